// The bot's one embedded database (better-sqlite3): per-server settings, answers members can vote on, votes
// and the questions it could not answer. Created on first start under DATA_DIR, migrated by version
// (PRAGMA user_version), in WAL mode so the writer never blocks a reader (kb:gaps while the bot runs).
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { messageOf } from "../shared/message-of.js";

export type Db = Database.Database;

const DATABASE_FILE = "bot.sqlite";

/** How long opening keeps retrying while another process (a second shard) holds the new file's lock. */
const OPEN_BUSY_RETRY_MS = 10_000;
const OPEN_BUSY_PAUSE_MS = 25;

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, …). */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/**
 * Runs `action`, again after a short pause while it fails with SQLITE_BUSY, until `retryMs` has passed.
 * Why not busy_timeout alone: SQLite skips the busy handler where waiting could deadlock, as when two
 * processes switch one new file to WAL at the same moment (seen once with two shards starting together).
 */
export function retryWhileBusy<T>(action: () => T, retryMs = OPEN_BUSY_RETRY_MS, now = Date.now): T {
  const deadline = now() + retryMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return action();
    } catch (err) {
      if (!isBusy(err) || now() >= deadline) throw err;
      Atomics.wait(pause, 0, 0, OPEN_BUSY_PAUSE_MS + Math.random() * OPEN_BUSY_PAUSE_MS);
    }
  }
}

/**
 * Each entry moves the schema from version i to i + 1. Append only: a released migration never changes,
 * so every database, however old, reaches the same schema.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE guild_settings (
    guild_id TEXT PRIMARY KEY,
    logging INTEGER NOT NULL DEFAULT 1,
    -- 1 once the server chose its own Q&A channels: from then on QA_CHANNEL_IDS no longer applies to it.
    qa_channels_set INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE qa_channels (
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
  );
  -- An answer members can vote on, by the id in its buttons. question is NULL when the server has
  -- logging off: the vote is still counted once, but no text is kept.
  CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    guild_id TEXT,
    question TEXT,
    question_key TEXT,
    fact_ids TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX answers_created ON answers (created_at);
  -- voter is a salted hash of (answer, member): it dedupes votes and says nothing about who voted.
  CREATE TABLE votes (
    answer_id TEXT NOT NULL,
    voter TEXT NOT NULL,
    vote INTEGER NOT NULL,
    -- 0 when the server had logging off at the time: counted, never listed by kb:gaps.
    logged INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (answer_id, voter)
  );
  CREATE INDEX votes_created ON votes (created_at);
  CREATE TABLE unanswered (
    id INTEGER PRIMARY KEY,
    guild_id TEXT,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    nearest_fact TEXT,
    asked_at INTEGER NOT NULL
  );
  CREATE INDEX unanswered_key ON unanswered (guild_id, question_key);
  CREATE INDEX unanswered_asked ON unanswered (asked_at);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseError";
  }
}

/**
 * Applies the migrations the database has not had yet, in one write transaction taken before the version is
 * read (BEGIN IMMEDIATE): the shards of `npm run start:sharded` open the same file at the same moment, and
 * only the first may migrate it; the others wait (busy_timeout), then find it done.
 */
export function migrate(db: Db): number {
  db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new DatabaseError(
        `The database was written by a newer version of the bot (schema ${current}, this one knows ${SCHEMA_VERSION}). Update the bot, or point DATA_DIR at another folder.`,
      );
    }
    for (let version = current; version < SCHEMA_VERSION; version++) {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
  return SCHEMA_VERSION;
}

interface OpenOptions {
  /** Read-only (kb:gaps): never creates, never migrates. */
  readonly?: boolean;
}

/** Opens (creating DATA_DIR and the file on first start) and migrates the database. */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db | undefined;
  try {
    if (!options.readonly) mkdirSync(dataDir, { recursive: true });
    db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true } : {});
    db.pragma("busy_timeout = 5000");
    if (options.readonly) return db;
    // WAL: a crash loses no committed transaction and readers never wait for the writer; NORMAL sync is
    // durable across a process crash (only a power cut may lose the last commits).
    const opened = db;
    retryWhileBusy(() => opened.pragma("journal_mode = WAL"));
    db.pragma("synchronous = NORMAL");
    retryWhileBusy(() => migrate(opened));
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof DatabaseError) throw err;
    const reason = messageOf(err);
    throw new DatabaseError(
      options.readonly
        ? `Cannot read the database ${file} (${reason}). Start the bot once, or set DATA_DIR to the folder it uses.`
        : `Cannot open the database ${file}: ${reason}. Check that DATA_DIR points to a writable folder holding the bot's database (or an empty one).`,
    );
  }
}

/** A value from the meta table, created with `make()` the first time. */
function metaValue(db: Db, key: string, make: () => string): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined;
  if (row) return row.value;
  const value = make();
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)").run(key, value);
  return (db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string }).value;
}

/** The salt of voter hashes: random, made once per database, never leaves it. */
export function voterSalt(db: Db): string {
  return metaValue(db, "voter_salt", () => randomBytes(32).toString("hex"));
}
