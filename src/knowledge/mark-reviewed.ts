// `kb:review -- --mark-reviewed ARTICLE-ID [FACT-ID…]`: takes `"reviewed": false` off the drafts named (all
// of the article's drafts when none is named) in the article's facts.json, so a curator does not delete the
// line by hand thirty times. A draft with a check left (review-sheet.ts' openChecks: one not fixed, nor kept
// as it is) is refused and left a draft: fix it or keep it, and mark it again.
// `kb:review -- --keep ARTICLE-ID FACT-ID[:KEY]…`: writes the checks named (all the fact's, with no key) as the
// fact's `"kept"`, so a check read and kept on purpose stops showing and no longer bars marking.
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { formatJson } from "./draft/json.js";

export interface MarkResult<Check> {
  marked: string[];
  /** Fact id → the open checks it was refused for. */
  refused: Map<string, Check[]>;
  /** Fact ids asked for that the article does not hold. */
  unknown: string[];
}

interface RawFacts {
  facts?: Array<{ id?: unknown; reviewed?: unknown; kept?: unknown }>;
}

/**
 * Marks the drafts in `dir`/articles/`article`/facts.json; `open` is openChecks' map for the article.
 * Writes nothing when a fact id is unknown (a typo should not half-mark an article).
 */
export function markReviewed<Check>(
  dir: string,
  article: string,
  factIds: readonly string[],
  open: ReadonlyMap<string, readonly Check[]>,
): MarkResult<Check> {
  const file = path.join(dir, "articles", article, "facts.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawFacts;
  const facts = raw.facts ?? [];
  const ids = new Set(facts.map((f) => f.id));
  const unknown = factIds.filter((id) => !ids.has(id));
  const result: MarkResult<Check> = { marked: [], refused: new Map(), unknown };
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
  if (result.marked.length > 0) writeFileAtomic(file, formatJson(raw));
  return result;
}

export interface KeepResult {
  /** Fact id → the keys now kept on it. */
  kept: Map<string, string[]>;
  /** What was asked that no draft's checks hold ("fact-id:side" of a fact with no side check), with why. */
  unknown: string[];
}

/**
 * Keeps checks as they are: each `FACT-ID:KEY` (or `FACT-ID`, all its checks) in `open` (openChecks' map for
 * the article, by key) is added to the fact's `"kept"`. Writes nothing when any is unknown: a typo should not
 * keep half of what was meant.
 */
export function keepChecks(
  dir: string,
  article: string,
  tokens: readonly string[],
  open: ReadonlyMap<string, readonly string[]>,
): KeepResult {
  const file = path.join(dir, "articles", article, "facts.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawFacts;
  const result: KeepResult = { kept: new Map(), unknown: [] };
  for (const token of tokens) {
    const colon = token.lastIndexOf(":");
    const [id, key] = colon < 0 ? [token, undefined] : [token.slice(0, colon), token.slice(colon + 1)];
    const keys = open.get(id);
    if (!keys) result.unknown.push(`${token} (no draft "${id}" with a check left)`);
    else if (key !== undefined && !keys.includes(key))
      result.unknown.push(`${token} (its checks left: ${keys.join(", ")})`);
    else result.kept.set(id, [...new Set([...(result.kept.get(id) ?? []), ...(key ? [key] : keys)])]);
  }
  if (result.unknown.length > 0 || result.kept.size === 0) return result;
  for (const fact of raw.facts ?? []) {
    const keys = typeof fact.id === "string" ? result.kept.get(fact.id) : undefined;
    if (!keys) continue;
    const before = Array.isArray(fact.kept)
      ? fact.kept.filter((k): k is string => typeof k === "string")
      : [];
    fact.kept = [...new Set([...before, ...keys])];
  }
  writeFileAtomic(file, formatJson(raw));
  return result;
}
