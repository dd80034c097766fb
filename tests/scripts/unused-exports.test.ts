// scripts/unused-exports.mjs (run by `npm run lint`) on small projects written for each case.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const SCRIPT = path.resolve(import.meta.dirname, "../../scripts/unused-exports.mjs");
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function check(files: Record<string, string>, ...args: string[]) {
  const root = mkdtempSync(path.join(os.tmpdir(), "unused-exports-"));
  made.push(root);
  const tsconfig = {
    compilerOptions: {
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      types: [],
      noLib: true,
    },
  };
  writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ ...tsconfig, include: ["src", "tests"] }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const run = spawnSync(process.execPath, [SCRIPT, "--root", root, ...args], { encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe("unused exports", () => {
  test.each<{ name: string; files: Record<string, string>; named: string[]; notNamed: string[] }>([
    {
      name: "an export no file uses is named, one another file imports is not",
      files: {
        "src/a.ts": "export function used() { return 1; }\nexport function unused() { return 2; }\n",
        "src/b.ts": 'import { used } from "./a.js";\nexport const x = used();\n',
      },
      named: ["src/a.ts:2 unused", "src/b.ts:2 x"],
      notNamed: [" used\n"],
    },
    {
      name: "an export only its own module uses is named",
      files: {
        "src/a.ts": "export const LIMIT = 3;\nexport function f() { return LIMIT; }\n",
        "src/b.ts": 'import { f } from "./a.js";\nf();\n',
      },
      named: ["src/a.ts:1 LIMIT"],
      notNamed: [" f\n"],
    },
    {
      name: "an alias, a namespace import and a re-export each count as a use",
      files: {
        "src/a.ts": "export const one = 1;\nexport const two = 2;\nexport const three = 3;\n",
        "src/b.ts":
          'import { one as uno } from "./a.js";\nimport * as a from "./a.js";\nexport { three } from "./a.js";\nconsole.log(uno, a.two);\n',
        "src/c.ts": 'import { three } from "./b.js";\nconsole.log(three);\n',
      },
      named: [],
      notNamed: ["one", "two", "three"],
    },
  ])("$name", ({ files, named, notNamed }) => {
    const { status, err } = check(files);
    expect(status).toBe(named.length > 0 ? 1 : 0);
    for (const line of named) expect(err).toContain(line);
    for (const text of notNamed) expect(err).not.toContain(text);
  });

  test("a type named in another export's signature stays exported; a use by tests only is listed with --all", () => {
    const { status, out, err } = check(
      {
        "src/a.ts":
          "export interface Options { n: number }\nexport function make(o: Options) { return o.n; }\n",
        "tests/a.test.ts": 'import { make } from "../src/a.js";\nmake({ n: 1 });\n',
      },
      "--all",
    );
    expect(err).toBe("");
    expect(status).toBe(0);
    expect(out).toContain("src/a.ts:2 make");
    expect(out).not.toContain("Options");
  });
});
