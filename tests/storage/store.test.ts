// The store on a real SQLite file in a temporary folder: migration, settings across a reopen, votes
// counted once, what logging off keeps, retention, and the exact shape kb:gaps prints.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import {
  DatabaseError,
  isBusy,
  MIGRATIONS,
  migrate,
  openDatabase,
  retryWhileBusy,
  SCHEMA_VERSION,
} from "../../src/storage/database.js";
import { readGaps } from "../../src/storage/gaps.js";
import { BotStore, questionKey } from "../../src/storage/store.js";

const execFileAsync = promisify(execFile);
/** The built module (tests/e2e/global-setup.ts builds dist/ before any test file runs). */
const DATABASE_JS = path.resolve("dist/src/storage/database.js");
const DAY = 24 * 60 * 60 * 1000;
const G = "100";
const OTHER_G = "200";

function fresh(options: { now?: () => number; defaults?: string[]; dir?: string } = {}) {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "store-"));
  const store = new BotStore(openDatabase(path.join(dir, "data")), {
    retentionDays: 90,
    defaultQaChannelIds: options.defaults ?? [],
    ...(options.now ? { now: options.now } : {}),
  });
  return { dir, store };
}

describe("database", () => {
  test("created on first open, in WAL mode, at the latest schema; reopening migrates nothing", () => {
    const { dir, store } = fresh();
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
    const again = openDatabase(path.join(dir, "data"));
    expect(migrate(again)).toBe(MIGRATIONS.length);
    again.close();
  });

  test("a database from a newer bot is refused with a message saying what to do", () => {
    const { dir, store } = fresh();
    store.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    store.close();
    expect(() => openDatabase(path.join(dir, "data"))).toThrow(/newer version of the bot.*DATA_DIR/);
  });

  test("a file that is not a database is refused with a message naming it and DATA_DIR, no stack trace", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    writeFileSync(path.join(dir, "bot.sqlite"), "not a database at all, just text ".repeat(100));
    expect(() => openDatabase(dir)).toThrow(DatabaseError);
    expect(() => openDatabase(dir)).toThrow(/bot\.sqlite.*DATA_DIR/);
  });

  test("read-only open of a missing database says to start the bot or set DATA_DIR", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    expect(() => openDatabase(path.join(dir, "nope"), { readonly: true })).toThrow(/DATA_DIR/);
  });
});

describe("settings", () => {
  test("QA_CHANNEL_IDS applies until a server chooses; its first change keeps its own defaults", () => {
    const { dir, store } = fresh({ defaults: ["1", "2"] });
    expect([...store.qaChannels(G)]).toEqual(["1", "2"]);
    // Channel 1 is in G, channel 2 in another server.
    expect(store.addQaChannel(G, "3", (id) => id === "1" || id === "3")).toBe(true);
    expect(store.addQaChannel(G, "3", () => true)).toBe(false);
    expect([...store.qaChannels(G)].sort()).toEqual(["1", "3"]);
    expect([...store.qaChannels(OTHER_G)]).toEqual(["1", "2"]);
    expect(store.removeQaChannel(G, "1", () => true)).toBe(true);
    expect(store.removeQaChannel(G, "1", () => true)).toBe(false);
    store.setLogging(G, false);
    store.close();

    const reopened = fresh({ dir, defaults: ["1", "2"] }).store;
    expect([...reopened.qaChannels(G)]).toEqual(["3"]);
    expect(reopened.hasOwnQaChannels(G)).toBe(true);
    expect(reopened.loggingEnabled(G)).toBe(false);
    expect(reopened.loggingEnabled(OTHER_G)).toBe(true);
    expect(reopened.anyQaChannels()).toBe(true);
    reopened.close();
  });

  test("a server that removed every channel has none (the defaults do not come back)", () => {
    const { dir, store } = fresh({ defaults: ["1"] });
    store.removeQaChannel(G, "1", () => true);
    store.close();
    const reopened = fresh({ dir, defaults: ["1"] }).store;
    expect([...reopened.qaChannels(G)]).toEqual([]);
    reopened.close();
  });
});

describe("answers, votes and gaps", () => {
  test("a vote counts once per member per answer, across a reopen; unknown answers are said so", () => {
    const { dir, store } = fresh();
    store.recordAnswer({ id: "10", guildId: G, question: "Who leads?", factIds: ["f1"], status: "answered" });
    // Before the write is committed: the pending answer is found.
    expect(store.vote("10", "u1", "down")).toBe("counted");
    expect(store.vote("10", "u1", "up")).toBe("already-counted");
    store.close();
    const reopened = fresh({ dir }).store;
    expect(reopened.vote("10", "u1", "down")).toBe("already-counted");
    expect(reopened.vote("10", "u2", "down")).toBe("counted");
    expect(reopened.vote("99", "u1", "up")).toBe("unknown-answer");
    reopened.flush();
    // Member ids are never stored: only salted hashes.
    const voters = reopened.db.prepare("SELECT voter FROM votes").all() as { voter: string }[];
    expect(voters).toHaveLength(2);
    for (const { voter } of voters) expect(voter).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(reopened.db.prepare("SELECT * FROM votes").all())).not.toMatch(/u1|u2/);
    expect(readGaps(reopened.db).disliked).toEqual([{ question: "Who leads?", factIds: ["f1"], count: 2 }]);
    reopened.close();
  });

  test("kb:gaps shape: unanswered grouped by question, most frequent first, latest wording and time", () => {
    let now = Date.UTC(2026, 0, 1);
    const { store } = fresh({ now: () => now });
    const ask = (id: string, question: string, nearest: string[]) => {
      store.recordAnswer({ id, guildId: G, question, factIds: nearest, status: "no_answer" });
      now += 1000;
    };
    ask("1", "Who won the league?", []);
    ask("2", "who won the  league", ["f9"]);
    ask("3", "What is the weather?", []);
    store.recordAnswer({ id: "4", guildId: G, question: "Who leads?", factIds: ["f1"], status: "answered" });
    store.flush();
    expect(readGaps(store.db)).toEqual({
      unanswered: [
        {
          question: "who won the  league",
          count: 2,
          lastAsked: new Date(Date.UTC(2026, 0, 1) + 1000).toISOString(),
          nearestFact: "f9",
        },
        {
          question: "What is the weather?",
          count: 1,
          lastAsked: new Date(Date.UTC(2026, 0, 1) + 2000).toISOString(),
          nearestFact: null,
        },
      ],
      disliked: [],
    });
    expect(readGaps(store.db, { guildId: OTHER_G }).unanswered).toEqual([]);
    expect(readGaps(store.db, { limit: 1 }).unanswered).toHaveLength(1);
    store.close();
  });

  test("logging off: nothing new is kept, what was kept is deleted, votes still count once", () => {
    const { store } = fresh();
    store.recordAnswer({ id: "1", guildId: G, question: "Who won?", factIds: [], status: "no_answer" });
    store.recordAnswer({ id: "2", guildId: G, question: "Who leads?", factIds: ["f1"], status: "answered" });
    store.vote("2", "u1", "down");
    store.flush();
    expect(readGaps(store.db).unanswered).toHaveLength(1);
    expect(readGaps(store.db).disliked).toHaveLength(1);
    store.setLogging(G, false);
    store.recordAnswer({ id: "3", guildId: G, question: "Off topic?", factIds: [], status: "no_answer" });
    expect(store.vote("3", "u1", "down")).toBe("counted");
    expect(store.vote("3", "u1", "down")).toBe("already-counted");
    store.flush();
    expect(readGaps(store.db)).toEqual({ unanswered: [], disliked: [] });
    expect(JSON.stringify(store.db.prepare("SELECT * FROM answers").all())).not.toMatch(/Who|Off topic/);
    store.close();
  });

  test("outside a server nothing is kept but the vote count", () => {
    const { store } = fresh();
    store.recordAnswer({ id: "1", guildId: null, question: "In a DM?", factIds: [], status: "no_answer" });
    expect(store.vote("1", "u1", "down")).toBe("counted");
    store.flush();
    expect(readGaps(store.db)).toEqual({ unanswered: [], disliked: [] });
    store.close();
  });

  test("records past the retention period are deleted", () => {
    let now = Date.UTC(2026, 0, 1);
    const { store } = fresh({ now: () => now });
    store.recordAnswer({ id: "1", guildId: G, question: "Old?", factIds: [], status: "no_answer" });
    store.vote("1", "u1", "down");
    store.flush();
    now += 91 * DAY;
    store.recordAnswer({ id: "2", guildId: G, question: "New?", factIds: [], status: "no_answer" });
    store.flush();
    store.purgeExpired();
    expect(readGaps(store.db).unanswered.map((g) => g.question)).toEqual(["New?"]);
    expect(store.vote("1", "u2", "up")).toBe("unknown-answer");
    store.close();
  });
});

test.each([
  ["Who won?", "who won"],
  ["  WHO   won ?! ", "who won"],
  ["Ｗho won…", "who won"],
])("questionKey(%j) = %j", (question, key) => {
  expect(questionKey(question)).toBe(key);
});

describe("opening while another process holds the lock", () => {
  const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

  test.each([
    ["SQLITE_BUSY", true],
    ["SQLITE_BUSY_RECOVERY", true],
    ["SQLITE_BUSY_SNAPSHOT", true],
    ["SQLITE_LOCKED", false],
    ["SQLITE_CORRUPT", false],
    [undefined, false],
  ])("isBusy(code %s) is %s", (code, expected) => {
    expect(isBusy(Object.assign(new Error("x"), { code }))).toBe(expected);
  });

  test("a busy action is tried again until it succeeds", () => {
    let calls = 0;
    const result = retryWhileBusy(() => {
      calls++;
      if (calls < 3) throw busy;
      return "opened";
    }, 5_000);
    expect(result).toBe("opened");
    expect(calls).toBe(3);
  });

  test("an error that is not busy is thrown at once; busy past the deadline is thrown", () => {
    let calls = 0;
    const corrupt = Object.assign(new Error("file is not a database"), { code: "SQLITE_NOTADB" });
    expect(() =>
      retryWhileBusy(() => {
        calls++;
        throw corrupt;
      }),
    ).toThrow(corrupt);
    expect(calls).toBe(1);
    let clock = 0;
    expect(() =>
      retryWhileBusy(
        () => {
          clock += 100;
          throw busy;
        },
        250,
        () => clock,
      ),
    ).toThrow(busy);
    expect(clock).toBe(300);
  });

  test("four processes opening one new file at the same moment all open it, five times over", async () => {
    const script = `
      const { openDatabase } = await import(${JSON.stringify(pathToFileURL(DATABASE_JS).href)});
      const at = Number(process.argv[2]);
      while (Date.now() < at) {}
      openDatabase(process.argv[1]).close();
    `;
    for (let round = 0; round < 5; round++) {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), "race-")), "data");
      const at = Date.now() + 800;
      const runs = Array.from({ length: 4 }, () =>
        execFileAsync(process.execPath, ["--input-type=module", "-e", script, dir, String(at)], {
          timeout: 20_000,
        }),
      );
      await Promise.all(runs);
      const db = openDatabase(dir);
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
    }
  }, 120_000);
});
