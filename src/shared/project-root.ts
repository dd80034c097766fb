// The project's root folder, found the same way from src/ (vitest, tsc's output in dist/src/) and bench/.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Walks up from `start` to the directory holding package.json; `start` itself when there is none. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** The directory holding package.json, above this module: the same from src/ and dist/src/. */
export const PROJECT_ROOT: string = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
