// Time phrases in an ask: one put first is read after the ask (so a question word opens it), and the words
// that only say when ("in the newest report", "now", "earliest") are cut out of what is searched for. Pure
// string work.

import { opensWithVerbGroup } from "./ask-openings.js";
import { alternation, TENSE_AUXILIARIES } from "./auxiliaries.js";
import { timeIntentOf } from "./time-intent.js";
import {
  closedUp,
  MONTH_NAME,
  MONTH_NAMES_IN_TEXT,
  NOT_A_LANDMARK,
  ORDINAL_TIME_WORDS,
} from "./time-words.js";

/**
 * A time phrase that opens a clause: "in May,", "back in May", "before Lisbon,", "since then", "at first",
 * "these days", "now". It says when the ask is about, so it stays with the ask.
 */
const LEADING_TIME = new RegExp(
  `^(?:(?:back\\s+)?(?:in|during|by|since|until|around)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:${MONTH_NAME}|\\d{4}|then|the beginning|the start)\\b(?:\\s+\\d{4})?|(?:before|after|since|until|prior to)\\s+(?:the\\s+)?(?!${NOT_A_LANDMARK}\\b)[\\p{L}\\p{N}'’-]+|at first|at the (?:start|beginning|time)|originally|initially|these days|nowadays|now|currently|today|so far|back then|as of now)\\b[\\s,]*`,
  "iu",
);

/**
 * "After the first Lisbon meeting,", "before the July talks": a clause that is nothing but a landmark of a few
 * words with no verb of its own (not "since Ruritania has stepped up its strikes", a claim).
 */
const LANDMARK_CLAUSE = new RegExp(
  `^(?:before|after|prior to|following|in the wake of)\\s+the\\s+(?!(?:[\\p{L}\\p{N}'’-]+\\s+)*(?:${alternation(TENSE_AUXILIARIES)})\\b)[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}[\\s,]*$`,
  "iu",
);

/**
 * "Back in May, had either government commented?" → "had either government commented back in May?": a
 * clause that opens with a time phrase is an ask with its time, read with the time after it (so what opens
 * it is the question word). `null` when the clause is nothing but a time phrase ("in May," before the
 * ask): the caller carries it to the next ask. Any other clause comes back as it was.
 */
export function timeLast(clause: string): string | null {
  // "After the first Lisbon meeting, who …": a clause that is only a landmark is the next ask's time.
  if (LANDMARK_CLAUSE.test(clause)) return null;
  const lead = LEADING_TIME.exec(clause);
  if (!lead) return clause;
  const rest = clause.slice(lead[0].length).trim();
  if (rest === "" || /^[?!.]+$/.test(rest)) return null;
  // "after the mayor WAS OUSTED, what did …": the phrase's noun is the subject of the verb after it, so the
  // clause is a subordinate one of time (context), not a time phrase before an ask ("after the strikes DID
  // ruritania pull back").
  if (opensWithVerbGroup(rest)) return clause;
  return withTime(rest, lead[0]);
}

/** The ask with a time phrase added at its end, before its closing punctuation. */
export function withTime(ask: string, time: string): string {
  const phrase = time.replace(/[\s,]+$/, "").trim();
  const [, body = ask, end = ""] = /^(.*?)([?!.]*)$/s.exec(ask.trim()) ?? [];
  return `${body} ${phrase}${end}`;
}

/**
 * "In the newest report", "as of the most recent reports", "according to the latest coverage": which report is
 * asked about, not what. Its words ("report") would rank facts about reports; its time stays the ask's.
 */
const REPORT_FRAME =
  /\s*,?\s*\b(?:in|as of|according to|per|from)\s+(?:the\s+)?(?:newest|latest|most recent|last|current|freshest)\s+(?:reports?|reporting|articles?|news|coverage|updates?)\b\s*,?/i;

/**
 * "now", "rn" (chat "right now"), "currently", "these days": when the ask is about, which says nothing of what
 * it is about.
 */
const NOW_WORDS =
  /\s*,?\s*\b(?:right now|rn|as of (?:now|today)|now|currently|nowadays|these days|at present|at the moment)\b\s*,?/gi;

/**
 * The ask without the words that only say "the latest": a report frame ("how long did they talk for in the
 * newest report?" → "… talk for?") and "now", "currently" (a fact saying "Freedonia is now run by …" is not the
 * newer for it). The time stays the ask's (`timeIntentOf` read it first).
 */
export function withoutReportFrame(ask: string): string {
  const found = REPORT_FRAME.exec(ask);
  const rest = found ? `${ask.slice(0, found.index)} ${ask.slice(found.index + found[0].length)}` : ask;
  const bare = closedUp(rest.replace(NOW_WORDS, " "));
  // Nothing left but punctuation: the ask was its time words; keep it as it was.
  return /\p{L}/u.test(bare) ? bare : ask;
}

/**
 * "earliest", "initially", "at the very start": when the ask is about, as "now" is for the latest. Not "first",
 * which is also what a fact says ("the first ministerial meeting", "for the first time").
 */
const EARLIEST_WORDS =
  /\s*,?\s*\b(?:earliest|initially|originally|at first|(?:at|from) the (?:very )?(?:start|beginning|outset)|in the (?:very )?beginning|to begin with|early on|in the early days)\b\s*,?/gi;

/**
 * The ask without the words that only say "the earliest" ("where were the earliest meetings held?" → "where
 * were the meetings held?"): a base that does not use the word would weigh it as one the sources lack. The
 * time stays the ask's (`timeIntentOf` read it first).
 */
export function withoutEarliestWords(ask: string): string {
  const bare = closedUp(ask.replace(EARLIEST_WORDS, " "));
  return /\p{L}/u.test(bare) ? bare : ask;
}

/**
 * Words that say nothing of what is asked about, beside a time word: the question word and auxiliary, an
 * article, "one" or "figure" standing for what was asked before, and "take place" / "happen".
 */
const ONLY_WHEN_FILLER = new RegExp(
  `\\b(?:who|whom|whose|what|which|when|where|how|why|${alternation(TENSE_AUXILIARIES)}|the|a|an|and|but|so|then|about|as of|at|in|on|one|ones|figure|figures|number|count|tally|total|version|update|take place|took place|taking place|happen|happened|happening)\\b`,
  "gi",
);

/**
 * "…, and what's the newest figure?", "…, and where did the latest one take place?": an ask that says only
 * when, and so asks again what the ask before it asked, at its own time.
 */
export function asksOnlyWhen(clause: string): boolean {
  const intent = timeIntentOf(clause);
  if (intent === null || intent.kind === "before") return false;
  const rest = clause
    .replace(/['’]s\b/g, " ")
    .replace(ORDINAL_TIME_WORDS, " ")
    .replace(MONTH_NAMES_IN_TEXT, " ")
    .replace(
      /\b(?:now|currently|these days|today|so far|yet|still|any ?more|at first|originally|initially)\b/gi,
      " ",
    )
    .replace(ONLY_WHEN_FILLER, " ");
  return !/\p{L}/u.test(rest);
}

/**
 * What an ask asked about, for an ask that says only when: its words less its time words ("what death toll
 * was first reported for the fighting" → "what death toll was reported for the fighting").
 */
export function withoutTimesOf(ask: string): string {
  return closedUp(
    ask
      .replace(ORDINAL_TIME_WORDS, " ")
      .replace(new RegExp(`\\b(?:in|on|during|of|from|back in)\\s+(?:${MONTH_NAME})\\b`, "gi"), " ")
      .replace(/\b(?:now|currently|these days|today|so far|at first|originally|initially)\b/gi, " "),
  );
}
