// What the Discord bot loads before it identifies to the gateway: src/main.ts's static imports, followed
// through every module they import, must not reach the engine's code (answering, index, corrector) or the
// knowledge base's loader, which main.ts loads once READY arrives (docs/benchmarks.md, start-up).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/** The packages (bare specifiers, value imports) the modules of `graph` import statically. */
function packagesOf(graph: ReadonlySet<string>): Set<string> {
  const packages = new Set<string>();
  for (const module of graph) {
    const text = readFileSync(path.join(SRC, module), "utf8");
    for (const m of text.matchAll(/^import\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?"([^."][^"]*)"/gm)) {
      packages.add(m[1] as string);
    }
  }
  return packages;
}

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

  test("the graph's packages are read (discord.js, pino, better-sqlite3)", () => {
    expect([...packagesOf(graph)]).toEqual(expect.arrayContaining(["discord.js", "pino", "better-sqlite3"]));
  });

  // zod (~95 modules) checks the knowledge base, after IDENTIFY; the configuration is read without it.
  test.each(["zod"])("main.ts does not load the %s package before identifying", (name) => {
    expect(packagesOf(graph)).not.toContain(name);
  });

  // A process's first fetch() loads Node's own copy of undici; GET /gateway/bot uses node:http(s), loaded already.
  test("no module loaded before identifying calls fetch()", () => {
    const callers = [...graph].filter((module) =>
      /(?<![\w.])fetch\(/.test(
        readFileSync(path.join(SRC, module), "utf8").replace(/^\s*(\/\/|\*).*$/gm, ""),
      ),
    );
    expect(callers).toEqual([]);
  });
});
