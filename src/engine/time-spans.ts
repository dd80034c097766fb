// Asks over a span of time: "how long have … been going on" asks when it began, and an ask that compares
// two times ("between May and August", "the July one vs the August one") is asked of each. Pure string work.
import { withTime } from "./time-phrases.js";
import { closedUp, MONTH_NAME } from "./time-words.js";

/**
 * "How long have the talks been going on?", "since when has Ruritania been talking to Freedonia?": a span up to
 * now, whose answer is when it began (not how long one meeting lasted). Subject, then what it has been doing.
 */
const SPAN_TO_NOW =
  /\b(?:how long|since when)\s+(?:have|has)\s+(.+?)\s+been\s+((?:[\p{L}-]+ing|going on|underway|ongoing)\b[^?!.]*?)\s*([?!.]*)$/iu;
/** "going on", "happening", "underway", "ongoing": nothing more than that it goes on. */
const GOES_ON = /^(?:going(?: on)?|happening|underway|ongoing|running|continuing)$/i;

/**
 * "How long have the talks been going on?" → "when did the talks first start?": a span up to now asks when it
 * began; null for any other ask ("how long did the meeting last?" asks a duration).
 */
export function sinceWhen(ask: string): string | null {
  const found = SPAN_TO_NOW.exec(ask);
  if (!found?.[1] || !found[2]) return null;
  const [, subject, doing, end] = found;
  const what = GOES_ON.test(doing.trim()) ? "" : ` ${doing.trim()}`;
  return `${ask.slice(0, found.index)}when did ${subject} first start${what}${end || "?"}`;
}

/** "between May and August", "from July to now": the two times an ask compares. */
const BETWEEN_TIMES = new RegExp(
  `\\s*,?\\b(?:between|from)\\s+(${MONTH_NAME})\\s+(?:and|to|until|till)\\s+(${MONTH_NAME}|now|today)\\b,?`,
  "i",
);
/**
 * "what changed … in WHO LEADS Freedonia's side?": across two named times the change is told by each time's facts,
 * so each time asks the thing itself ("who leads Freedonia's side in May?"), not for a fact that tells a change.
 */
const CHANGE_IN =
  /^\W*what(?:['’]s|\s+has|\s+have)?\s+chang(?:ed|es)\s+(?:in|about|with|regarding|as to)\s+(?=(?:who|whom|whose|what|which|where|how)\b)/i;
/** "how long did the July meeting last vs the August one?": the second time after the ask with the first. */
const VERSUS_TIME = new RegExp(
  `^(.*?\\b(${MONTH_NAME})\\b.*?)\\s*,?\\s+(?:vs\\.?|versus|compared (?:to|with))\\s+(?:the\\s+|in\\s+)?(${MONTH_NAME})(?:\\s+(?:one|ones|meeting|talks|round))?\\s*([?!.]*)$`,
  "i",
);

/** "…, the July one and the August one?", "… in July and in August?": two times the ask is asked of, at its end. */
const BOTH_TIMES = new RegExp(
  `^(.*?\\S)\\s*,?\\s+(?:both\\s+)?(?:the|in)\\s+(${MONTH_NAME})(?:\\s+(?:one|meeting|talks|round))?\\s+and\\s+(?:the|in)\\s+(${MONTH_NAME})(?:\\s+(?:one|meeting|talks|round))?\\s*([?!.]*)$`,
  "i",
);

/**
 * "What changed between May and August …?", "how long did the July meeting last vs the August one?": the
 * ask as asked of each time, the earlier time first, or null when the ask compares no two times. Each is
 * answered on its own; the newer answer answers and the older is shown apart as earlier, never merged.
 */
export function comparedAsks(ask: string): [string, string] | null {
  const between = BETWEEN_TIMES.exec(ask);
  if (between?.[1] && between[2]) {
    const rest = closedUp(
      `${ask.slice(0, between.index)} ${ask.slice(between.index + between[0].length)}`,
    ).replace(CHANGE_IN, "");
    const second = /^(now|today)$/i.test(between[2]) ? between[2] : `in ${between[2]}`;
    return [withTime(rest, `in ${between[1]}`), withTime(rest, second)];
  }
  const both = BOTH_TIMES.exec(ask.trim());
  if (both?.[1] && both[2] && both[3]) {
    const [, rest, first, second, end = ""] = both;
    return [withTime(`${rest}${end}`, `in ${first}`), withTime(`${rest}${end}`, `in ${second}`)];
  }
  const versus = VERSUS_TIME.exec(ask.trim());
  if (versus?.[1] && versus[2] && versus[3]) {
    const [, first, month, other, end = ""] = versus;
    const at = first.toLowerCase().lastIndexOf(month.toLowerCase());
    const second = `${first.slice(0, at)}${other}${first.slice(at + month.length)}`;
    return [`${first}${end}`, `${second}${end}`];
  }
  return null;
}
