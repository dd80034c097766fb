// What the knowledge base is missing, from the records: the questions the bot could not answer and the
// answers members voted 👎, most frequent first. Read by `npm run kb:gaps` and `/kb gaps`.
import type { Db } from "./database.js";

interface UnansweredGap {
  question: string;
  count: number;
  /** ISO 8601, UTC. */
  lastAsked: string;
  nearestFact: string | null;
}

interface DislikedGap {
  question: string;
  factIds: string[];
  count: number;
}

interface Gaps {
  unanswered: UnansweredGap[];
  disliked: DislikedGap[];
}

interface GapsQuery {
  /** One server only; every server when absent. */
  guildId?: string;
  /** At most this many of each list. */
  limit?: number;
  /** Records older than this (ms since epoch) are ignored: they are past retention and about to go. */
  since?: number;
}

/** Most frequent first; among equals, the most recent. */
export function readGaps(db: Db, query: GapsQuery = {}): Gaps {
  const limit = query.limit ?? -1;
  const since = query.since ?? 0;
  const guild = query.guildId ?? null;
  // SQLite takes the bare columns (question, nearest_fact) from the row holding MAX(asked_at): the
  // latest wording of the question and its latest nearest fact.
  const unanswered = db
    .prepare(
      `SELECT question, COUNT(*) AS count, MAX(asked_at) AS last, nearest_fact
       FROM unanswered
       WHERE asked_at >= ? AND (? IS NULL OR guild_id = ?)
       GROUP BY question_key
       ORDER BY count DESC, last DESC
       LIMIT ?`,
    )
    .all(since, guild, guild, limit) as {
    question: string;
    count: number;
    last: number;
    nearest_fact: string | null;
  }[];
  const disliked = db
    .prepare(
      `SELECT a.question AS question, a.fact_ids AS fact_ids, COUNT(*) AS count, MAX(v.created_at) AS last
       FROM votes v JOIN answers a ON a.id = v.answer_id
       WHERE v.vote = -1 AND v.logged = 1 AND a.question IS NOT NULL AND v.created_at >= ?
         AND (? IS NULL OR a.guild_id = ?)
       GROUP BY a.question_key, a.fact_ids
       ORDER BY count DESC, last DESC
       LIMIT ?`,
    )
    .all(since, guild, guild, limit) as { question: string; fact_ids: string; count: number }[];
  return {
    unanswered: unanswered.map((r) => ({
      question: r.question,
      count: r.count,
      lastAsked: new Date(r.last).toISOString(),
      nearestFact: r.nearest_fact,
    })),
    disliked: disliked.map((r) => ({
      question: r.question,
      factIds: JSON.parse(r.fact_ids) as string[],
      count: r.count,
    })),
  };
}

/** The plain-text form of `kb:gaps` and `/kb gaps`. */
export function gapsText(gaps: Gaps): string[] {
  const lines: string[] = [];
  lines.push(
    gaps.unanswered.length === 0
      ? "Unanswered: none recorded."
      : `Unanswered (${gaps.unanswered.length}), most asked first:`,
  );
  for (const g of gaps.unanswered) {
    lines.push(
      `  ${g.count}× ${g.question} (last ${g.lastAsked.slice(0, 16).replace("T", " ")} UTC; nearest fact: ${g.nearestFact ?? "none"})`,
    );
  }
  lines.push(
    gaps.disliked.length === 0
      ? "Disliked: none recorded."
      : `Disliked (${gaps.disliked.length}), most 👎 first:`,
  );
  for (const g of gaps.disliked) {
    lines.push(
      `  ${g.count}× ${g.question} (facts: ${g.factIds.length > 0 ? g.factIds.join(", ") : "none"})`,
    );
  }
  return lines;
}
