// What the Discord bot loads before it identifies to the gateway: src/main.ts's static imports, followed
// through every module they import, must not reach the engine's code (answering, index, corrector) or the
// knowledge base's loader, which main.ts loads once READY arrives (docs/benchmarks.md, start-up).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/** Every module of src/ that `entry` imports statically (type-only imports left out), transitively. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^import\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?"(\.[^"]+)\.js"/gm)) {
      visit(path.resolve(path.dirname(file), `${m[1]}.ts`));
    }
  };
  visit(path.join(SRC, entry));
  return new Set([...seen].map((f) => path.relative(SRC, f)));
}

describe("start-up imports", () => {
  const graph = staticGraph("main.ts");

  test("the graph is read (main.ts reaches the Discord client and the database)", () => {
    expect(graph).toContain("discord/client.ts");
    expect(graph).toContain("storage/database.ts");
  });

  test.each([
    "engine/engine.ts",
    "engine/search.ts",
    "engine/fuzzy.ts",
    "engine/question-analysis.ts",
    "storage/index-cache/cache.ts",
    // The knowledge base is loaded and validated at READY: its loader, zod schemas and reloader wait too.
    "knowledge/loader.ts",
    "knowledge/schema.ts",
    "knowledge/word-data.ts",
    "reload.ts",
    "terminal/terminal.ts",
  ])("main.ts does not load %s before identifying", (module) => {
    expect(graph).not.toContain(module);
  });
});
