// Per-server settings, answers and votes, the questions the bot could not answer. Settings are read from
// memory (loaded once at start); every write is queued and committed in one transaction shortly after,
// so no reply waits for the disk, and `flush()` on shutdown commits whatever is still queued.
import { createHash } from "node:crypto";
import type { Db } from "./database.js";
import { voterSalt } from "./database.js";

/** How long writes wait to be committed together. */
const FLUSH_DELAY_MS = 50;
/** A queue this long is committed at once instead of waiting for the timer. */
export const FLUSH_BATCH_MAX = 500;
/** How often records past FEEDBACK_RETENTION_DAYS are deleted while the bot runs. */
const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Vote = "up" | "down";
type VoteResult = "counted" | "already-counted" | "unknown-answer";

export interface AnswerRecord {
  /** The id in the answer's buttons: the interaction id, or the id of the message it replies to. */
  id: string;
  guildId: string | null;
  question: string;
  /** Facts the answer rests on; for an abstention, the nearest fact(s) it offered. */
  factIds: readonly string[];
  status: "answered" | "no_answer";
}

interface StoreOptions {
  retentionDays: number;
  /** QA_CHANNEL_IDS: the Q&A channels of every server that has not chosen its own. */
  defaultQaChannelIds: readonly string[];
  now?: () => number;
  /** Called when a queued write fails (the batch is lost; the bot goes on). */
  onWriteError?: (err: unknown) => void;
}

interface GuildSettings {
  logging: boolean;
  /** Set once the server chose its own Q&A channels. */
  qaChannels: Set<string> | null;
}

/** One normal form per question, so "Who won?" and "who  won" count as the same question. */
export function questionKey(question: string): string {
  return question
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s?!.…]+$/u, "")
    .trim();
}

export class BotStore {
  private readonly guilds = new Map<string, GuildSettings>();
  private readonly defaults: ReadonlySet<string>;
  private readonly salt: string;
  private readonly now: () => number;
  private readonly retentionMs: number;
  private queue: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private purgeTimer: NodeJS.Timeout | null = null;
  /** Answers and votes queued but not yet committed, so a vote right after an answer finds it. */
  private readonly pendingAnswers = new Map<string, { guildId: string | null }>();
  private readonly pendingVotes = new Set<string>();
  private closed = false;

  constructor(
    readonly db: Db,
    private readonly options: StoreOptions,
  ) {
    this.defaults = new Set(options.defaultQaChannelIds);
    this.now = options.now ?? Date.now;
    this.retentionMs = options.retentionDays * DAY_MS;
    this.salt = voterSalt(db);
    for (const row of db.prepare("SELECT guild_id, logging, qa_channels_set FROM guild_settings").all() as {
      guild_id: string;
      logging: number;
      qa_channels_set: number;
    }[]) {
      this.guilds.set(row.guild_id, {
        logging: row.logging === 1,
        qaChannels: row.qa_channels_set === 1 ? new Set() : null,
      });
    }
    for (const row of db.prepare("SELECT guild_id, channel_id FROM qa_channels").all() as {
      guild_id: string;
      channel_id: string;
    }[]) {
      this.guilds.get(row.guild_id)?.qaChannels?.add(row.channel_id);
    }
    this.purgeExpired();
  }

  /** Deletes records older than the retention period now, then every PURGE_INTERVAL_MS. */
  startPurging(): void {
    this.purgeTimer ??= setInterval(() => this.purgeExpired(), PURGE_INTERVAL_MS).unref();
  }

  // ── settings ──────────────────────────────────────────────────────────────────────────────────────────

  loggingEnabled(guildId: string | null): boolean {
    // Outside a server (DMs, a member's own install) nothing is kept: there is no server to ask.
    if (guildId === null) return false;
    return this.guilds.get(guildId)?.logging ?? true;
  }

  /** Turning logging off also deletes what was kept for the server. */
  setLogging(guildId: string, on: boolean): void {
    this.settings(guildId).logging = on;
    this.enqueue(() => {
      this.upsertSettings(guildId);
      if (!on) {
        this.db.prepare("DELETE FROM unanswered WHERE guild_id = ?").run(guildId);
        this.db
          .prepare("UPDATE answers SET question = NULL, question_key = NULL WHERE guild_id = ?")
          .run(guildId);
        this.db
          .prepare(
            "UPDATE votes SET logged = 0 WHERE answer_id IN (SELECT id FROM answers WHERE guild_id = ?)",
          )
          .run(guildId);
      }
    });
  }

  /** The server's Q&A channels: its own choice, or QA_CHANNEL_IDS until it makes one. */
  qaChannels(guildId: string): ReadonlySet<string> {
    return this.guilds.get(guildId)?.qaChannels ?? this.defaults;
  }

  /** Whether the server chose its own channels (else QA_CHANNEL_IDS applies). */
  hasOwnQaChannels(guildId: string): boolean {
    return (this.guilds.get(guildId)?.qaChannels ?? null) !== null;
  }

  isQaChannel(guildId: string, channelId: string): boolean {
    return this.qaChannels(guildId).has(channelId);
  }

  /** Whether any server has a Q&A channel of its own (the bot then needs Message Content). */
  anyQaChannels(): boolean {
    for (const settings of this.guilds.values()) if ((settings.qaChannels?.size ?? 0) > 0) return true;
    return false;
  }

  /**
   * Adds a Q&A channel. The first change a server makes starts from the defaults that are its own channels
   * (`inGuild` tells which), so adding one channel does not silently drop QA_CHANNEL_IDS.
   */
  addQaChannel(guildId: string, channelId: string, inGuild: (channelId: string) => boolean): boolean {
    const channels = this.ownChannels(guildId, inGuild);
    if (channels.has(channelId)) return false;
    channels.add(channelId);
    this.saveChannels(guildId, channels);
    return true;
  }

  removeQaChannel(guildId: string, channelId: string, inGuild: (channelId: string) => boolean): boolean {
    const channels = this.ownChannels(guildId, inGuild);
    const removed = channels.delete(channelId);
    // Saved either way: the server's first change makes its channel list its own.
    this.saveChannels(guildId, channels);
    return removed;
  }

  private ownChannels(guildId: string, inGuild: (channelId: string) => boolean): Set<string> {
    const settings = this.settings(guildId);
    settings.qaChannels ??= new Set([...this.defaults].filter(inGuild));
    return settings.qaChannels;
  }

  private saveChannels(guildId: string, channels: ReadonlySet<string>): void {
    const ids = [...channels];
    this.enqueue(() => {
      this.upsertSettings(guildId);
      this.db.prepare("DELETE FROM qa_channels WHERE guild_id = ?").run(guildId);
      const insert = this.db.prepare("INSERT INTO qa_channels (guild_id, channel_id) VALUES (?, ?)");
      for (const id of ids) insert.run(guildId, id);
    });
  }

  private settings(guildId: string): GuildSettings {
    let settings = this.guilds.get(guildId);
    if (!settings) {
      settings = { logging: true, qaChannels: null };
      this.guilds.set(guildId, settings);
    }
    return settings;
  }

  /** Writes the server's in-memory settings as they are when the queue is committed. */
  private upsertSettings(guildId: string): void {
    const settings = this.settings(guildId);
    this.db
      .prepare(
        `INSERT INTO guild_settings (guild_id, logging, qa_channels_set) VALUES (?, ?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET logging = excluded.logging, qa_channels_set = excluded.qa_channels_set`,
      )
      .run(guildId, settings.logging ? 1 : 0, settings.qaChannels ? 1 : 0);
  }

  // ── answers, votes, unanswered questions ──────────────────────────────────────────────────────────────

  /**
   * Keeps an answer so its 👍/👎 buttons work, even after a restart; a no_answer question is also listed
   * as unanswered. With logging off (or outside a server) no question text is kept.
   */
  recordAnswer(record: AnswerRecord): void {
    const logged = this.loggingEnabled(record.guildId);
    const at = this.now();
    const question = logged ? record.question : null;
    const factIds = JSON.stringify(record.factIds);
    this.pendingAnswers.set(record.id, { guildId: record.guildId });
    this.enqueue(() => {
      this.pendingAnswers.delete(record.id);
      this.db
        .prepare(
          `INSERT OR IGNORE INTO answers (id, guild_id, question, question_key, fact_ids, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          record.id,
          record.guildId,
          question,
          question === null ? null : questionKey(question),
          factIds,
          record.status,
          at,
        );
      if (logged && record.status === "no_answer") {
        this.db
          .prepare(
            "INSERT INTO unanswered (guild_id, question, question_key, nearest_fact, asked_at) VALUES (?, ?, ?, ?, ?)",
          )
          .run(record.guildId, record.question, questionKey(record.question), record.factIds[0] ?? null, at);
      }
    });
  }

  /** Counts a member's vote on an answer once; a second press (either button) changes nothing. */
  vote(answerId: string, memberId: string, vote: Vote): VoteResult {
    const voter = createHash("sha256").update(`${this.salt}:${answerId}:${memberId}`).digest("hex");
    const key = `${answerId}:${voter}`;
    if (this.pendingVotes.has(key)) return "already-counted";
    const pending = this.pendingAnswers.get(answerId);
    const stored = pending
      ? undefined
      : (this.db.prepare("SELECT guild_id FROM answers WHERE id = ?").get(answerId) as
          | { guild_id: string | null }
          | undefined);
    if (!pending && !stored) return "unknown-answer";
    if (this.db.prepare("SELECT 1 FROM votes WHERE answer_id = ? AND voter = ?").get(answerId, voter)) {
      return "already-counted";
    }
    const guildId = pending ? pending.guildId : (stored?.guild_id ?? null);
    const logged = this.loggingEnabled(guildId) ? 1 : 0;
    const at = this.now();
    this.pendingVotes.add(key);
    this.enqueue(() => {
      this.pendingVotes.delete(key);
      this.db
        .prepare(
          "INSERT OR IGNORE INTO votes (answer_id, voter, vote, logged, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .run(answerId, voter, vote === "up" ? 1 : -1, logged, at);
    });
    return "counted";
  }

  /** Deletes answers, votes and unanswered questions older than FEEDBACK_RETENTION_DAYS. */
  purgeExpired(): void {
    const cutoff = this.now() - this.retentionMs;
    this.db
      .transaction(() => {
        this.db.prepare("DELETE FROM unanswered WHERE asked_at < ?").run(cutoff);
        this.db.prepare("DELETE FROM votes WHERE created_at < ?").run(cutoff);
        this.db.prepare("DELETE FROM answers WHERE created_at < ?").run(cutoff);
      })
      .immediate();
  }

  // ── the write queue ───────────────────────────────────────────────────────────────────────────────────

  private enqueue(write: () => void): void {
    if (this.closed) return;
    this.queue.push(write);
    if (this.queue.length >= FLUSH_BATCH_MAX) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  /** Commits every queued write in one transaction; returns how many. */
  flush(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    if (batch.length === 0) return 0;
    this.queue = [];
    try {
      // IMMEDIATE: the write lock is taken up front, where busy_timeout waits for another shard's commit;
      // a deferred transaction upgraded later can fail at once with SQLITE_BUSY_SNAPSHOT.
      this.db
        .transaction(() => {
          for (const write of batch) write();
        })
        .immediate();
    } catch (err) {
      this.options.onWriteError?.(err);
    }
    return batch.length;
  }

  /** Commits what is queued and closes the database. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.db.close();
  }
}
