// Builds dist/ only when it is out of date, and runs the built programs: every npm script that runs the bot
// goes through here, so `npm start` on a built checkout starts at once instead of running tsc (4–14 s even
// when nothing changed). Plain JavaScript because it must run before anything is compiled.
//
//   node scripts/built.mjs build [--bench]              compile the product (or the benchmarks) and stamp it
//   node scripts/built.mjs build [--bench] --if-stale   the same, only when it is out of date
//   node scripts/built.mjs run ENTRY [ARGS…]            build if out of date, then run dist/ENTRY in this process
//
// Two builds share dist/. The product (tsconfig.build.json: src/ only) is what `npm ci` (prepare),
// `npm start` and every other program build; the benchmarks (tsconfig.bench.json: bench/ with the Discord
// stand-in of tests/support/ and the src/ they measure) are built only by an ENTRY under bench/ — `npm run
// bench` and `npm run eval` — so an install never compiles test support. The rule: a build is current when
// its stamp (dist/.tsbuildinfo.build or .bench, touched after every build that emitted) is newer than every
// .ts file under its source folders and than its tsconfig files, by modification time. Data (the knowledge
// base's .json and .txt) is read at run time and never needs a build. Without TypeScript (a production
// install, `npm ci --omit=dev`) a current dist/ runs as it is, and an out-of-date or missing one is reported
// with what to do, never `tsc: not found`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
/** What each build compiles, where it stamps, and a file its output must have. */
export const TARGETS = {
  product: {
    config: "tsconfig.build.json",
    stamp: path.join(ROOT, "dist", ".tsbuildinfo.build"),
    sourceDirs: ["src"],
    output: path.join(ROOT, "dist", "src", "main.js"),
  },
  bench: {
    config: "tsconfig.bench.json",
    stamp: path.join(ROOT, "dist", ".tsbuildinfo.bench"),
    sourceDirs: ["src", "bench", "tests/support"],
    output: path.join(ROOT, "dist", "bench", "run.js"),
  },
};

/** The build an entry point belongs to: the benchmarks' for bench/…, the product's for everything else. */
export function targetOf(entry) {
  return entry.split(/[\\/]/)[0] === "bench" ? TARGETS.bench : TARGETS.product;
}

/** The newest source file of a build and its modification time (ms). */
function newestSource(target) {
  let newest = { file: "", mtimeMs: 0 };
  const consider = (file) => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  for (const file of ["tsconfig.json", target.config]) consider(path.join(ROOT, file));
  for (const dir of target.sourceDirs) {
    const top = path.join(ROOT, dir);
    if (!existsSync(top)) continue;
    for (const entry of readdirSync(top, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".ts"))
        consider(path.join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  return newest;
}

/** Why a build (the product's by default) must be run, or undefined when it is current. */
export function staleReason(target = TARGETS.product) {
  if (!existsSync(target.stamp) || !existsSync(target.output)) {
    return target === TARGETS.product
      ? "dist/ has not been built yet"
      : "the benchmarks have not been built yet";
  }
  const stampMs = statSync(target.stamp).mtimeMs;
  const newest = newestSource(target);
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

/** Runs tsc for a build; stamps it when it emitted (0: clean, 2: type errors but JavaScript written). */
export function build(target = TARGETS.product) {
  const tsc = typescriptCompiler();
  if (!tsc) {
    process.stderr.write(
      "TypeScript is not installed (a production install), so dist/ cannot be built here.\n" +
        "Build with all dependencies first: npm ci && npm prune --omit=dev (see the README, Production install).\n",
    );
    return 1;
  }
  const result = spawnSync(process.execPath, [tsc, "-p", target.config], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = result.status ?? 1;
  // tsc leaves its build info untouched when nothing changed: the stamp is ours to move.
  if ((code === 0 || code === 2) && existsSync(target.stamp)) {
    const now = new Date();
    utimesSync(target.stamp, now, now);
  }
  return code;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === "build") {
    const target = rest.includes("--bench") ? TARGETS.bench : TARGETS.product;
    if (rest.includes("--if-stale") && !staleReason(target)) return 0;
    return build(target);
  }
  if (command === "run" && rest[0]) {
    const [entry, ...args] = rest;
    const target = targetOf(entry);
    const reason = staleReason(target);
    if (reason) {
      process.stderr.write(`Building first: ${reason}.\n`);
      const code = build(target);
      if (code !== 0) return code;
    }
    const file = path.join(ROOT, "dist", entry);
    // What `node dist/ENTRY ARGS…` would see: entry points check process.argv[1] to know they are the main.
    process.argv = [process.argv[0] ?? process.execPath, file, ...args];
    await import(pathToFileURL(file).href);
    return undefined;
  }
  process.stderr.write("Usage: node scripts/built.mjs build [--bench] [--if-stale] | run ENTRY [ARGS…]\n");
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const code = await main(process.argv.slice(2));
  if (code !== undefined) process.exitCode = code;
}
