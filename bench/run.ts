// `npm run bench [-- section… --name=value …]`: runs the benchmark sections in order and writes each one's
// Markdown into docs/benchmarks.md between that section's own markers, so sections written by different
// people (engine, end to end) never overwrite each other or the hand-written text around them.
// Add a section by appending it to SECTIONS; it gets the parsed options and returns Markdown.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { e2eSection } from "./e2e-bench.js";
import { engineSection } from "./engine-bench.js";
import { gapsSection } from "./gaps-bench.js";
import { kbAddSection } from "./kb-add-bench.js";
import { reliabilitySection } from "./reliability-bench.js";
import { startSection } from "./start-bench.js";
import { typoSection } from "./typo-bench.js";

export interface BenchContext {
  /** `--name=value` flags after `npm run bench --`; a bare `--name` is "true". */
  options: ReadonlyMap<string, string>;
  /** Progress for the person watching: stderr, so stdout carries only the Markdown. */
  log(line: string): void;
}

export interface BenchSection {
  /** Names the markers in docs/benchmarks.md and selects the section on the command line. */
  id: string;
  /** Heading used when the document has no markers for the section yet. */
  title: string;
  run(context: BenchContext): Promise<string>;
}

export const SECTIONS: readonly BenchSection[] = [
  engineSection,
  e2eSection,
  startSection,
  gapsSection,
  kbAddSection,
  reliabilitySection,
  typoSection,
];

export const DOC_FILE = path.join("docs", "benchmarks.md");

export function markers(id: string): { start: string; end: string } {
  return { start: `<!-- bench:${id}:start -->`, end: `<!-- bench:${id}:end -->` };
}

/** The document with the section's generated part replaced, or appended under its heading if new. */
export function replaceSection(
  doc: string,
  section: Pick<BenchSection, "id" | "title">,
  body: string,
): string {
  const { start, end } = markers(section.id);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end, from);
  const block = `${start}\n${body.trim()}\n${end}`;
  if (from >= 0 && to >= 0) return doc.slice(0, from) + block + doc.slice(to + end.length);
  const head = doc.trim() === "" ? "# Benchmarks\n" : doc.replace(/\s*$/, "\n");
  return `${head}\n## ${section.title}\n\n${block}\n`;
}

export function parseArgs(argv: readonly string[]): { sections: string[]; options: Map<string, string> } {
  const sections: string[] = [];
  const options = new Map<string, string>();
  for (const arg of argv) {
    const flag = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (flag?.[1]) options.set(flag[1], flag[2] ?? "true");
    else sections.push(arg);
  }
  return { sections, options };
}

async function main(): Promise<void> {
  const { sections: wanted, options } = parseArgs(process.argv.slice(2));
  const unknown = wanted.filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown section(s) ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.id).join(", ")}`,
    );
  }
  const chosen = wanted.length > 0 ? SECTIONS.filter((s) => wanted.includes(s.id)) : SECTIONS;
  const context: BenchContext = { options, log: (line) => process.stderr.write(`${line}\n`) };
  for (const section of chosen) {
    context.log(`== ${section.title}`);
    const body = await section.run(context);
    process.stdout.write(`${body.trim()}\n\n`);
    // Exploratory runs (--sizes, --no-fuse …) pass --no-write to leave the recorded figures alone.
    if (options.get("write") === "false" || options.has("no-write")) continue;
    const doc = existsSync(DOC_FILE) ? readFileSync(DOC_FILE, "utf8") : "";
    writeFileSync(DOC_FILE, replaceSection(doc, section, body));
    context.log(`wrote ${section.id} section of ${DOC_FILE}`);
  }
}

// Importable by tests without running anything.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
