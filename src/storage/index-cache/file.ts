// Reading and writing the index cache file: whole, atomically, never throwing (a problem is returned).
import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { EngineParts } from "../../engine/engine.js";
import { messageOf } from "../../shared/message-of.js";
import { decodeSnapshot } from "./decode.js";
import { encodeSnapshot } from "./encode.js";

/** Why the cache was not used: "hit" when it was. */
export type CacheStatus = "hit" | "below-threshold" | "missing" | "stale" | "unreadable" | "corrupt";

type ReadResult =
  | { parts: EngineParts; status: "hit"; detail?: undefined }
  | { parts?: undefined; status: Exclude<CacheStatus, "hit">; detail?: string };

export function readSnapshot(file: string, key: string, facts: number): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readWhole(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "missing" };
    return { status: "unreadable", detail: messageOf(error) };
  }
  try {
    const parts = decodeSnapshot(bytes, key, facts);
    return parts === "stale" ? { status: "stale" } : { parts, status: "hit" };
  } catch (error) {
    return { status: "corrupt", detail: messageOf(error) };
  }
}

/** Writes the snapshot atomically (temporary file, then rename); returns why it failed, or null. */
export function writeSnapshot(file: string, key: string, parts: EngineParts): string | null {
  // Unique per process: the shards of a sharded bot start together and may all write at once.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const bytes = encodeSnapshot(key, parts);
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(temporary, "w");
    try {
      for (let written = 0; written < bytes.length; ) {
        written += writeSync(fd, bytes, written, bytes.length - written);
      }
    } finally {
      closeSync(fd);
    }
    // A reader sees the old file or the new one, never half of one.
    renameSync(temporary, file);
    return null;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: a stray temporary file in a cache directory is harmless.
    }
    return messageOf(error);
  }
}

/** Into a fresh buffer (byte offset 0), so that the 8-byte-aligned sections can be viewed as typed arrays. */
function readWhole(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(size);
    for (let read = 0; read < size; ) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) throw new Error("file shrank while being read");
      read += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
