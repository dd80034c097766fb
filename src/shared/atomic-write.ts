// One way every curator's command writes a file of the knowledge base (and its edit sheet): the content goes to
// a temporary file in the same directory, is flushed to the disk, and is renamed over the file. A bot reloading
// meanwhile, a second command, or a crash or full disk halfway sees the old file or the new one, never half of
// one (writeFileSync truncates first: a kb:add killed while writing entities.json left a base no one could load).
import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * Writes `content` to `file` atomically: temporary file beside it, fsync, rename, fsync of the folder. A file
 * replaced keeps its mode. Throws what failed.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const dir = path.dirname(file);
  // Same directory, so the rename never crosses a file system; unique per process and call.
  const temporary = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const mode = modeOf(file);
  try {
    const fd = openSync(temporary, "w");
    try {
      // The curator's own mode (a sheet kept 0600) stays the file's.
      if (mode !== undefined) fchmodSync(fd, mode);
      for (let written = 0; written < bytes.length; ) {
        written += writeSync(fd, bytes, written, bytes.length - written);
      }
      // On the disk before the rename: otherwise a power cut may leave the new name on empty content.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    // What failed is thrown, not a failure to clean up after it.
    try {
      rmSync(temporary, { force: true });
    } catch {}
    throw error;
  }
  syncFolder(dir);
}

/** The permission bits of `file`, or undefined when there is none yet. */
function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The rename on the disk too: fsync of the folder, where the platform lets a folder be opened and synced. */
function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, "r");
  } catch (error) {
    if (refused(error)) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!refused(error)) throw error;
  } finally {
    closeSync(fd);
  }
}

const refused = (error: unknown) => ["EISDIR", "EPERM"].includes((error as NodeJS.ErrnoException).code ?? "");
