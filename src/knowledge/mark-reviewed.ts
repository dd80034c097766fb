// `kb:review -- --mark-reviewed ARTICLE-ID [FACT-ID…]`: takes `"reviewed": false` off the drafts named (all
// of the article's drafts when none is named) in the article's facts.json, so a curator does not delete the
// line by hand thirty times. A draft whose check the files still show (review-sheet.ts' `open` notes: a kind
// with no date in it, a post with no country …) is refused and left a draft: fix it, and mark it again.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatJson } from "./draft/json.js";

export interface MarkResult {
  marked: string[];
  /** Fact id → the open checks it was refused for. */
  refused: Map<string, string[]>;
  /** Fact ids asked for that the article does not hold. */
  unknown: string[];
}

interface RawFacts {
  facts?: Array<{ id?: unknown; reviewed?: unknown }>;
}

/**
 * Marks the drafts in `dir`/articles/`article`/facts.json; `open` is openChecks' map for the article.
 * Writes nothing when a fact id is unknown (a typo should not half-mark an article).
 */
export function markReviewed(
  dir: string,
  article: string,
  factIds: readonly string[],
  open: ReadonlyMap<string, readonly string[]>,
): MarkResult {
  const file = path.join(dir, "articles", article, "facts.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawFacts;
  const facts = raw.facts ?? [];
  const ids = new Set(facts.map((f) => f.id));
  const unknown = factIds.filter((id) => !ids.has(id));
  const result: MarkResult = { marked: [], refused: new Map(), unknown };
  if (unknown.length > 0) return result;
  const asked = new Set(factIds);
  for (const fact of facts) {
    if (fact.reviewed !== false || typeof fact.id !== "string") continue;
    if (asked.size > 0 && !asked.has(fact.id)) continue;
    const checks = open.get(fact.id);
    if (checks && checks.length > 0) {
      result.refused.set(fact.id, [...checks]);
      continue;
    }
    delete fact.reviewed;
    result.marked.push(fact.id);
  }
  if (result.marked.length > 0) writeFileSync(file, formatJson(raw));
  return result;
}
