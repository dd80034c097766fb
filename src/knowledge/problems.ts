// What is wrong with a knowledge base, said so an editor can find it: file, fact and field.
import path from "node:path";
import { PROJECT_ROOT } from "../shared/project-root.js";

export interface Problem {
  file: string;
  factId?: string;
  field?: string;
  message: string;
}

export class KnowledgeBaseError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const head = `knowledge base has ${problems.length} problem${problems.length === 1 ? "" : "s"}`;
    super([head, ...problems.map((p) => `  ${formatProblem(p)}`)].join("\n"));
    this.name = "KnowledgeBaseError";
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.factId !== undefined ? `fact "${p.factId}"` : null, p.field ? `field ${p.field}` : null]
    .filter((part) => part !== null)
    .join(", ");
  return where ? `${p.file}: ${where}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Paths in messages are relative to the project root when possible, so they read the same on every machine. */
export function displayPath(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join("/");
}
