// The project's TypeScript sources, for tests that hold every file to a rule of the team's guide (no story
// names in the engine, no measured figures in comments, one memo, one place for the calendar's names).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/shared/project-root.js";

/** Every .ts file under `dir` (relative to the project), as a project-relative path with "/" separators. */
export function sourceFiles(dir = "src"): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f).split(path.sep).join("/"))
    .sort();
}

/** A project file's text, by its project-relative path. */
export function readSource(file: string): string {
  return readFileSync(path.join(PROJECT_ROOT, file), "utf8");
}
