/**
 * The project as a new admin has it: the files git tracks or would (untracked, not ignored; with their modification times, so the build
 * rule of scripts/built.mjs sees what it would see in this checkout), this checkout's built dist/, and
 * node_modules/ as `npm ci` would make it — every package, or only the production ones (`--omit=dev`, read
 * from package-lock.json: no TypeScript, no vitest). Packages are symlinks into this checkout's node_modules.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./harness.js";

export function freshCopy(prefix: string, packages: "all" | "production" = "all"): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file !== "");
  for (const file of tracked) {
    // A file deleted in the working tree but not yet in git is not part of the copy.
    if (!existsSync(path.join(ROOT, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(dir, file), { preserveTimestamps: true });
  }
  cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true, preserveTimestamps: true });
  if (packages === "all") {
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  } else {
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    for (const [key, entry] of Object.entries(lock.packages)) {
      // Top-level packages only: a nested node_modules/ comes along inside its parent's symlink.
      if (!key.startsWith("node_modules/") || key.includes("/node_modules/", 1) || entry.dev) continue;
      mkdirSync(path.dirname(path.join(dir, key)), { recursive: true });
      symlinkSync(path.join(ROOT, key), path.join(dir, key), "dir");
    }
  }
  return dir;
}
