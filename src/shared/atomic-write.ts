// One way every curator's command writes a file of the knowledge base (and its edit sheet): the content goes to
// a temporary file in the same directory, is flushed to the disk, and is renamed over the file. A bot reloading
// meanwhile, a second command, or a crash or full disk halfway sees the old file or the new one, never half of
// one (writeFileSync truncates first: a kb:add killed while writing entities.json left a base no one could load).
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** Writes `content` to `file` atomically: temporary file beside it, fsync, rename. Throws what failed. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // Same directory, so the rename never crosses a file system; unique per process and call.
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const fd = openSync(temporary, "w");
    try {
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
    rmSync(temporary, { force: true });
    throw error;
  }
}
