// What an ask places itself before or after ("… before the July talks", "after the first meeting"): the
// landmark, read from the ask and cut out of it, and the words that say which of its events. Pure string work.
import { closedUp, NOT_A_LANDMARK, ORDINAL_TIME_WORDS } from "./time-words.js";

/**
 * "… before the July talks", "prior to the Lisbon meeting", "the week before …": what the ask places itself
 * before, up to the end of its clause. Not "before it became …", "before which …" (no landmark), "before or after …".
 */
function landmarkPattern(words: string): RegExp {
  return new RegExp(
    `(?:\\b(?:the|a|one|two|three|\\d+)\\s+(?:days?|weeks?|months?|nights?)\\s+|\\b(?:shortly|just|right|long|soon)\\s+)?\\b(?:${words})\\s+(?!${NOT_A_LANDMARK}\\b|or\\b|\\p{L}+ing\\b)([\\p{L}\\p{N}'’ -]+?)\\s*(?:[?!.,;:]|\\s+(?:and|or|but|so)\\s|$)`,
    "iu",
  );
}
const BEFORE_LANDMARK = landmarkPattern("before|prior to|ahead of");
/**
 * "… after the Oslo meeting", "in the wake of the July talks", "following the first round": what the ask places
 * itself after. Not "before or after …" (which asks the order), "after it", "after which", "after meeting …".
 */
const AFTER_LANDMARK = landmarkPattern("(?<!\\bor\\s+)after|following(?=\\s+the\\b)|in the wake of");
/** "When did they NEXT meet after …", "the FIRST time after …": the earliest event after the landmark. */
const NEXT_AFTER = /\b(?:next|first|soonest|earliest)\b/i;
/**
 * "Who ran Freedonia before the current government?": a holder of a post, not an event; what it asks is who
 * held it before, which no report's date tells.
 */
const HOLDER = /^(?:the\s+)?(?:current|present|new|old|former|previous|incoming|outgoing)\b/i;

/**
 * What "… before the July talks?" places the ask before ("the July talks"), if anything. The engine makes it
 * the ask's time when it names a dated event (else the ask is read with `timeIntentOf` as it stands).
 */
export function beforeLandmark(question: string): string | null {
  const landmark = BEFORE_LANDMARK.exec(question)?.[1] ?? null;
  return landmark !== null && !HOLDER.test(landmark) ? landmark : null;
}

/** What "… after the Oslo meeting?" places the ask after ("the Oslo meeting"), if anything. */
export function afterLandmark(question: string): string | null {
  const landmark = AFTER_LANDMARK.exec(question)?.[1] ?? null;
  return landmark !== null && !HOLDER.test(landmark) ? landmark : null;
}

/** The landmark an ask places itself before or after, whichever it names first. */
export function landmarkOf(question: string): { direction: "before" | "after"; landmark: string } | null {
  const before = beforeLandmark(question);
  const after = afterLandmark(question);
  if (before === null && after === null) return null;
  const at = (pattern: RegExp) => pattern.exec(question)?.index ?? Number.POSITIVE_INFINITY;
  if (after !== null && (before === null || at(AFTER_LANDMARK) < at(BEFORE_LANDMARK))) {
    return { direction: "after", landmark: after };
  }
  return { direction: "before", landmark: before as string };
}

/** "When did they next meet after the July talks?": the earliest event after the landmark, not any. */
export function asksNextAfter(question: string): boolean {
  return NEXT_AFTER.test(withoutLandmark(question));
}

/**
 * The ask without the "before …" landmark its time intent read ("which day did Ruritania hit Fredburg before the
 * July talks?" → "which day did Ruritania hit Fredburg?"): the landmark says when, not what is asked about.
 */
export function withoutLandmark(ask: string): string {
  const direction = landmarkOf(ask)?.direction;
  if (direction === undefined) return ask;
  const found = (direction === "after" ? AFTER_LANDMARK : BEFORE_LANDMARK).exec(ask);
  if (!found?.[1]) return ask;
  const start = found.index;
  const end = start + found[0].indexOf(found[1]) + found[1].length;
  const rest = `${ask.slice(0, start).replace(/[\s,]+$/, "")} ${ask.slice(end).replace(/^\s*,/, "")}`;
  return rest
    .replace(/\s+([?!.])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A landmark without the words that say which of its events ("the first Lisbon talks" → "the Lisbon talks"):
 * `timeIntentOf` reads them; as words they would rank facts saying "for the first time".
 */
export function withoutTimeWords(landmark: string): string {
  const rest = closedUp(landmark.replace(ORDINAL_TIME_WORDS, ""));
  // "the latest": nothing left but an article, so the landmark is its time word; it stays as it was.
  return /\p{L}/u.test(rest.replace(/\b(?:the|a|an)\b/gi, "")) ? rest : landmark;
}
