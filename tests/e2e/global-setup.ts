/**
 * Builds dist/ once before any test file runs, when it is out of date: the end-to-end tests run the product as
 * it ships (`node dist/src/main.js`), so they must run what the sources say, not a stale build. The rule is
 * `npm start`'s (scripts/built.mjs: sources newer than the build stamp), so a current dist/ costs no tsc run
 * (4–14 s on a busy machine). Building here, once, also keeps several test files from running tsc into the
 * same dist/ at the same time.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export default function setup(): void {
  try {
    execFileSync(process.execPath, [path.join(ROOT, "scripts/built.mjs"), "build", "--if-stale"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 180_000,
    });
  } catch (err) {
    // A type error somewhere in src still emits JavaScript (noEmitOnError is off): go on if main.js exists,
    // the typecheck step of CI reports the error itself.
    if (!existsSync(path.join(ROOT, "dist/src/main.js"))) throw err;
  }
}
