// A production install (README: `npm ci && npm prune --omit=dev`, or `npm ci --omit=dev` on a built copy):
// node_modules without TypeScript. `npm start` runs the built dist/ as it is; the install's own build step
// (prepare) passes on a current dist/; a source newer than the build gets one line saying what to do,
// never `tsc: not found`.
import { spawnSync } from "node:child_process";
import { rmSync, utimesSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { freshCopy } from "./fresh-copy.js";

let copy: string;

beforeAll(() => {
  copy = freshCopy("production", "production");
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

function npm(args: string[], input = "") {
  const result = spawnSync("npm", args, {
    cwd: copy,
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

test("the copy really has no TypeScript", () => {
  const probe = spawnSync(process.execPath, ["-e", "require.resolve('typescript')"], { cwd: copy });
  expect(probe.status).not.toBe(0);
});

test("npm start answers from the built code (terminal mode, piped)", () => {
  const r = npm(["start", "--silent"], "/who-leads side:syria\n");
  expect(r.stderr).not.toMatch(/tsc|Building first/);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/al-Dalati/);
});

test("the install's build step (prepare) passes on a current dist/", () => {
  const r = npm(["run", "--silent", "prepare"]);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe("");
});

test("a source newer than the build: one clear message, no tsc: not found", () => {
  const future = new Date(Date.now() + 60_000);
  utimesSync(path.join(copy, "src/main.ts"), future, future);
  const r = npm(["start", "--silent"], "/about\n");
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/Building first: src\/main\.ts changed since the last build/);
  expect(r.stderr).toMatch(/TypeScript is not installed .*\n.*npm ci && npm prune --omit=dev/);
  expect(r.stderr).not.toMatch(/not found|\n\s+at /);
  expect(r.stdout).toBe("");
});
