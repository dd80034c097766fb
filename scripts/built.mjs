// Builds dist/ only when it is out of date, and runs the built programs: every npm script that runs the bot
// goes through here, so `npm start` on a built checkout starts at once instead of running tsc (4–14 s even
// when nothing changed). Plain JavaScript because it must run before anything is compiled.
//
//   node scripts/built.mjs build               compile (tsc -p tsconfig.build.json) and stamp dist/
//   node scripts/built.mjs build --if-stale    the same, only when dist/ is out of date
//   node scripts/built.mjs run ENTRY [ARGS…]   build if out of date, then run dist/ENTRY in this process
//
// The rule: dist/ is current when its stamp (dist/.tsbuildinfo.build, touched after every build that
// emitted) is newer than every .ts file under src/ and bench/ and than tsconfig.json and
// tsconfig.build.json, by modification time. Data (the knowledge base's .json and .txt) is read at run time
// and never needs a build. Without TypeScript (a production install, `npm ci --omit=dev`) a current dist/
// runs as it is, and an out-of-date or missing one is reported with what to do, never `tsc: not found`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
const STAMP = path.join(ROOT, "dist", ".tsbuildinfo.build");
const SOURCE_DIRS = ["src", "bench"];
const CONFIG_FILES = ["tsconfig.json", "tsconfig.build.json"];

/** The newest source file and its modification time (ms). */
function newestSource() {
  let newest = { file: "", mtimeMs: 0 };
  const consider = (file) => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  for (const file of CONFIG_FILES) consider(path.join(ROOT, file));
  for (const dir of SOURCE_DIRS) {
    const top = path.join(ROOT, dir);
    if (!existsSync(top)) continue;
    for (const entry of readdirSync(top, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".ts"))
        consider(path.join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  return newest;
}

/** Why dist/ must be built, or undefined when it is current. */
export function staleReason() {
  if (!existsSync(STAMP) || !existsSync(path.join(ROOT, "dist", "src", "main.js"))) {
    return "dist/ has not been built yet";
  }
  const stampMs = statSync(STAMP).mtimeMs;
  const newest = newestSource();
  if (newest.mtimeMs > stampMs) return `${path.relative(ROOT, newest.file)} changed since the last build`;
  return undefined;
}

function typescriptCompiler() {
  try {
    return createRequire(path.join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    return undefined;
  }
}

/** Runs tsc; stamps dist/ when it emitted (0: clean, 2: type errors but JavaScript written). */
export function build() {
  const tsc = typescriptCompiler();
  if (!tsc) {
    process.stderr.write(
      "TypeScript is not installed (a production install), so dist/ cannot be built here.\n" +
        "Build with all dependencies first: npm ci && npm prune --omit=dev (see the README, Production install).\n",
    );
    return 1;
  }
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = result.status ?? 1;
  // tsc leaves its build info untouched when nothing changed: the stamp is ours to move.
  if ((code === 0 || code === 2) && existsSync(STAMP)) {
    const now = new Date();
    utimesSync(STAMP, now, now);
  }
  return code;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === "build") {
    if (rest.includes("--if-stale") && !staleReason()) return 0;
    return build();
  }
  if (command === "run" && rest[0]) {
    const [entry, ...args] = rest;
    const reason = staleReason();
    if (reason) {
      process.stderr.write(`Building first: ${reason}.\n`);
      const code = build();
      if (code !== 0) return code;
    }
    const file = path.join(ROOT, "dist", entry);
    // What `node dist/ENTRY ARGS…` would see: entry points check process.argv[1] to know they are the main.
    process.argv = [process.argv[0] ?? process.execPath, file, ...args];
    await import(pathToFileURL(file).href);
    return undefined;
  }
  process.stderr.write("Usage: node scripts/built.mjs build [--if-stale] | run ENTRY [ARGS…]\n");
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const code = await main(process.argv.slice(2));
  if (code !== undefined) process.exitCode = code;
}
