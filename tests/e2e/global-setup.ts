/**
 * Builds dist/ once before any test file runs: the end-to-end tests run the product as it ships
 * (`node dist/src/main.js`), so they must run what the sources say, not a stale build. tsc is incremental
 * (dist/.tsbuildinfo.build): when nothing changed it only checks and takes a few seconds. Building here,
 * once, also keeps several test files from running tsc into the same dist/ at the same time.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export default function setup(): void {
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
      { cwd: ROOT, stdio: "pipe", timeout: 180_000 },
    );
  } catch (err) {
    // A type error somewhere in src still emits JavaScript (noEmitOnError is off): go on if main.js exists,
    // the typecheck step of CI reports the error itself.
    if (!existsSync(path.join(ROOT, "dist/src/main.js"))) throw err;
  }
}
