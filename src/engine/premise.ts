// The claim an ask puts to the bot, and the parts of it a correction may replace. "Rashid is governor of
// Finnmark, right?" asserts a claim; "why did ISIS overthrow Petrov?" takes one for granted. When the sources
// do not say it, the claim is asked again with one element left open (who, where, when, or the verb), and
// a fact that fills that same slot with something else is the correction. A plain "did Qatar pay …?"
// asserts nothing: it is a question, and a fact about someone else paying would not answer it.
// Pure string work on the ask; the engine decides what is a name and what the facts say.

import { WH_WORDS } from "./ask-openings.js";
import { alternation, BE_HAVE_AUXILIARIES, TENSE_AUXILIARIES, YES_NO_AUXILIARIES } from "./auxiliaries.js";
import { TRAILING_TAG } from "./question-tags.js";
import { isMonthName } from "./time-words.js";

/** How an ask puts its claim: said to be so ("…, right?", "is it true …") or taken for granted ("why did …"). */
export type ClaimForm = "asserted" | "presupposed";

export interface Claim {
  /** The claim with the tag or lead-in that puts it taken off: "rashid is governor of finnmark". */
  text: string;
  form: ClaimForm;
}

/** A lead-in that puts a claim to be checked: "is it true that …", "i heard …", "apparently …". */
const CHECK_LEAD_IN =
  /^(?:(?:so|ok|okay|wait)[\s,]+)?(?:is(?:n['’]?t)? it true(?: that)?|is(?:n['’]?t)? it the case(?: that)?|(?:it's|its) true(?: that)?|i (?:heard|read|saw)(?: (?:somewhere|online))?(?: that)?|some(?:one|body) (?:said|told me)(?: that)?|apparently|supposedly|(?:the )?rumou?r (?:is|has it)(?: that)?)[\s,]+/i;

/**
 * A negative question, which says what the asker believes and asks to have it confirmed: "isn't rashid the
 * governor of finnmark?", "didn't norway arrest the smugglers?" put "rashid the governor of finnmark",
 * "norway arrest the smugglers". Not a modal ("shouldn't they sign?" asks an opinion, "can't they meet?" a
 * possibility), nor "isn't it true that …" (a lead-in, CHECK_LEAD_IN).
 */
const NEGATIVE_OPENING = new RegExp(
  String.raw`^(?:(?:so|but|wait|and|ok|okay)[\s,]+)?(?:${alternation(TENSE_AUXILIARIES)})n['’]?t\s+(?!it (?:true|the case)\b)`,
  "i",
);

/**
 * A statement asked with a question mark: "so isis is the group that ousted petrov?", "the talks were in
 * geneva?". A subject of one or two words and a form of be or have, no question word anywhere; not the
 * asker's own state ("i was wondering …?", "you are sure?").
 */
const DECLARATIVE_QUESTION = new RegExp(
  String.raw`^(?!(?:${WH_WORDS}|${alternation(YES_NO_AUXILIARIES)}|i|you|u|we|ya)\b)(?:[\p{L}'’.-]+\s+){1,2}(?:${alternation(BE_HAVE_AUXILIARIES)})\b(?!.*\b(?:${WH_WORDS})\b)[^?]*\?+\s*$`,
  "iu",
);

/**
 * A cause asked of an event taken for granted: "what MADE Norway arrest …", "what LED Norway to arrest …",
 * "what prompted / pushed / drove / caused / got …" — a "why" in other words.
 */
const CAUSE_OPENING = /^what\s+(made|led|prompted|pushed|drove|caused|got)\s+(?!to\b|it\b)(.+)$/i;

/** Openings that take what follows for granted: "why did …", "why's rashid …", "how come …". */
const PRESUPPOSING = /^(?:why|whys|why['’]s|how come)\b/i;

/** A lead-in word before the claim itself ("so the tromsø fighting was …"). */
const LEADING_SO = /^(?:so|and|but|ok|okay)[\s,]+/i;

/**
 * The claim an ask puts, or undefined for an ask that asserts nothing ("did Qatar pay for the meetings?",
 * "who leads Norway's side?").
 */
export function claimOf(ask: string): Claim | undefined {
  const trimmed = ask.trim();
  const untagged = trimmed.replace(TRAILING_TAG, "");
  const unled = untagged.replace(CHECK_LEAD_IN, "");
  if (untagged !== trimmed || unled !== untagged) {
    const text = unled.replace(LEADING_SO, "").replace(/[?!.\s]+$/, "");
    return text === "" ? undefined : { text, form: "asserted" };
  }
  const unnegated = trimmed.replace(NEGATIVE_OPENING, "");
  if (unnegated !== trimmed) {
    const text = unnegated.replace(/[?!.\s]+$/, "");
    return text === "" ? undefined : { text, form: "asserted" };
  }
  const unso = trimmed.replace(LEADING_SO, "");
  if (DECLARATIVE_QUESTION.test(unso)) return { text: unso.replace(/[?!.\s]+$/, ""), form: "asserted" };
  if (PRESUPPOSING.test(trimmed)) return { text: trimmed.replace(/[?!.\s]+$/, ""), form: "presupposed" };
  const cause = CAUSE_OPENING.exec(trimmed);
  if (cause?.[1] && cause[2]) {
    // "What made Norway arrest …", "what led Norway to arrest …": why did Norway arrest …
    const rest =
      cause[1].toLowerCase() === "made" ? cause[2] : cause[2].replace(/^((?:\S+\s+){1,4}?)to\s+/, "$1");
    return { text: `why did ${rest}`.replace(/[?!.\s]+$/, ""), form: "presupposed" };
  }
  return undefined;
}

/**
 * "How did ISIS overthrow Petrov in December?", "when exactly did NATO topple Petrov?": how or when an
 * event came about takes the event for granted, as "why" does. Not "how has/have …" of a state or a
 * reaction's manner alone ("how has Iran reacted"): the answer-claim step corrects such a claim only by a
 * name in an event the claim fixes (premise-correction.ts `correctAnchoredName`).
 */
const MANNER_OR_TIME_OPENING = new RegExp(
  String.raw`^(?:how|when)(?:\s+(?:exactly|actually))?\s+(?:${alternation(TENSE_AUXILIARIES)})\s+(?!(?:it|they|that|this|there|you|u|we|i)\b)`,
  "i",
);

/** The event a how or when ask takes for granted ("how did ISIS overthrow Petrov?"), or undefined. */
export function impliedClaim(ask: string): Claim | undefined {
  const trimmed = ask.trim();
  if (!MANNER_OR_TIME_OPENING.test(trimmed)) return undefined;
  // "How did ISIS MANAGE TO overthrow Petrov": managing to do it is doing it.
  const text = trimmed.replace(/\bmanag(?:e|ed|es)\s+to\s+/i, "").replace(/[?!.\s]+$/, "");
  return { text, form: "presupposed" };
}

/** Openings that ask why; a claim asked again for one of its elements asks that element instead. */
const WHY_OPENING = /^(?:why|whys|how come)\b\s*/;

/**
 * The claim (as folded words, from the analyzer) asked again for what stands in `from`…`to`: the words
 * left out, and a question word put first that asks for that slot ("where", "when"), or none ("who did …"
 * is read from the words that stay). A "why" opening is dropped when the slot is asked for: "why did they
 * meet in Geneva" asks again as "where did they meet"; and with `withoutWhy`, when what is left out is the
 * claim's verb: "why has Chile ramped up its strikes" asks again what Chile has done with its strikes,
 * whose answer need give no reason.
 */
export function reaskWithout(
  claimWords: readonly string[],
  from: number,
  to: number,
  questionWord?: "where" | "when" | "how many" | "how long",
  withoutWhy = false,
): string {
  const kept = [...claimWords.slice(0, from), ...claimWords.slice(to)];
  let at = from;
  // "last June", "in early March": the words that placed the month went with it.
  const placing = kept[at - 1] ?? "";
  if (
    questionWord &&
    isMonthName(claimWords[from] ?? "") &&
    (LAST_MONTH.test(placing) || MONTH_PLACING.test(placing))
  ) {
    at -= 1;
    kept.splice(at, 1);
  }
  // "in", "at", "since", "out of" before a place or a year went with it.
  if (questionWord && isOutOf(kept, at)) kept.splice(at - 2, 2);
  else if (questionWord && /^(?:in|at|on|since|near|to|from)$/.test(kept[at - 1] ?? ""))
    kept.splice(at - 1, 1);
  const text = kept.join(" ");
  if (questionWord) return `${questionWord} ${text.replace(WHY_OPENING, "")}`;
  return withoutWhy ? text.replace(WHY_OPENING, "") : text;
}

/** A year as a claim gives it: "in 1991", "since the 1991 war". */
export const CLAIMED_YEAR = /^(?:1[89]|20)\d{2}$/;
/**
 * A word that puts what follows in a place: "met IN Oslo", "based IN Beirut", "held AT …", "coordinating
 * FROM Beirut" ("from" only before a place: "heard from Novak" names a person).
 */
export const PLACE_PREPOSITION = /^(?:in|at|from)$/;

/** Number words a claim may put ("three sources", "ten hours"), by value. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
    "seventeen eighteen nineteen twenty",
  ]
    .join(" ")
    .split(" ")
    .map((word, value): [string, number] => [word, value]),
);
const TENS: ReadonlyMap<string, number> = new Map([
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100],
  ["thousand", 1000],
  ["dozen", 12],
  // "a single source": one, said as no pronoun is.
  ["single", 1],
]);

/**
 * The number a folded word states ("three", "12", "fifty"), or undefined; a year is a time, not a number
 * (CLAIMED_YEAR), and "one" is as often a pronoun ("the one leading") as a count; "single" is one.
 */
export function numberOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return CLAIMED_YEAR.test(word) ? undefined : Number(word);
  if (word === "one") return undefined;
  return NUMBER_WORDS.get(word) ?? TENS.get(word);
}

/** The numbers a text states ("around four hours", "at least 1,300 people"): digits with their commas, number words. */
export function numbersIn(text: string): number[] {
  return (text.toLowerCase().match(/\d[\d,]*|\p{L}+/gu) ?? []).flatMap((token) => {
    const value = /^\d/.test(token) ? Number(token.replaceAll(",", "")) : numberOf(token);
    return value === undefined || (/^\d{4}$/.test(token) && CLAIMED_YEAR.test(token)) ? [] : [value];
  });
}

/** A unit of time after a number makes it how long ("ten hours"), not how many. */
export const TIME_UNIT = /^(?:minute|hour|day|week|month|year)s?$/;

/** Whether the words before `i` are "out of", which puts what follows in a place as "from" does ("runs it out of Beirut"). */
export function isOutOf(words: readonly string[], i: number): boolean {
  return words[i - 1] === "of" && words[i - 2] === "out";
}

/** A word that puts a claim in time: a month or a year ("in July", "in 1991"). */
export function isTimeWord(word: string): boolean {
  return isMonthName(word) || CLAIMED_YEAR.test(word);
}

/** A word before a month that makes it when the claim happened ("overthrown IN March"), not a name ("the May talks"). */
const MONTH_PREPOSITION = /^(?:in|on|during|since|by|until)$/;

/**
 * Whether the claim's word at `i` is the month it puts its event in: a month's name after a preposition of
 * time ("Petrov fell in March"). "The May talks were in Geneva" names the talks by their month; that month
 * frames the claim and is kept when another element is corrected.
 */
export function isClaimedMonth(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  if (!isMonthName(word)) return false;
  const before = words[i - 1] ?? "";
  // "overthrown LAST June", "in EARLY March": a word that places the month is the month's.
  if (LAST_MONTH.test(before)) return true;
  if (MONTH_PLACING.test(before)) return MONTH_PREPOSITION.test(words[i - 2] ?? "");
  return MONTH_PREPOSITION.test(before);
}

/** "Last June", "this March": a month put in the year before or this one is when the claim happened. */
const LAST_MONTH = /^(?:last|this)$/;
/**
 * "In EARLY March": a word between the preposition and its month. Not a day's number ("on 25 July"): the day
 * is the claim's own element, a number a fact corrects with its own day of that month.
 */
const MONTH_PLACING = /^(?:early|late|mid)$/;

/**
 * A clause a question takes for granted before asking: "since X, …", "now that X, …", "given that X, …", and
 * a time clause put first, which takes its event for granted as much ("when X met Y, what did they agree?",
 * "after Z fell in March, how quickly …?").
 */
const GRANTED_CLAUSE = new RegExp(
  String.raw`^(?:since|now that|given that|seeing (?:as|that)|considering(?: that)?|as|when|after|once)\s+([^,]+?),\s*(?:so\s+)?(?=(?:${WH_WORDS}|${alternation(YES_NO_AUXILIARIES)})\b)`,
  "i",
);
/**
 * A statement put first and built on with "so" ("Ruritania has held Finnmark since 1973, so why is it still
 * central?"): the statement is taken for granted as a "since" clause is. Not a question put first.
 */
const STATED_CLAUSE = new RegExp(
  String.raw`^(?!(?:${WH_WORDS}|${alternation(YES_NO_AUXILIARIES)})\b)([^,?]+?),\s*so\s+(?=(?:${WH_WORDS})\b)`,
  "i",
);
/** "Since" or "as" before a time is a time, not a claim: "since 1967", "since the talks began" stays a claim. */
const TIME_OPENING =
  /^(?:\d|the (?:start|beginning|first|last|end)|then|last|early|late|mid|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec|when|before|after|of|far|well|usual|always|ever|already|now)/i;
/** "What did Biden say WHEN HE MET al-Rashid": a time clause whose pronoun is the question's subject. */
const GRANTED_WHEN = new RegExp(
  String.raw`^(?:what|how|why|where)\s+(?:${alternation(TENSE_AUXILIARIES)})\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:when|after|while|as)\s+(?:he|she|they|it)\s+(.+?)[?!.\s]*$`,
  "iu",
);
/**
 * "What did Biden AND al-Rashid discuss when THEY met", "what did Biden discuss WITH al-Rashid when THEY met": a
 * time clause whose "they" is the two parties the question names, the subject and the one joined to it by
 * "and" or "with" (groups 1, 2 or 3, and the clause's rest, 4). The two are the clause's subject as "he" is
 * the question's in `GRANTED_WHEN`; without them the clause's "they met" claims nothing.
 */
const GRANTED_WHEN_BOTH = new RegExp(
  String.raw`^(?:what|how|why|where)\s+(?:${alternation(TENSE_AUXILIARIES)})\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)\s+(?:and\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)\s+\p{L}+(?:\s+about)?|\p{L}+(?:\s+about)?\s+with\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?))\s+(?:when|after|while|as)\s+they\s+(.+?)[?!.\s]*$`,
  "iu",
);

/**
 * A claim a question takes for granted in a clause of its own, apart from what it asks: "since Chile
 * has stepped up its strikes, how is Santiago responding?" → "Chile has stepped up its strikes"; "what did
 * Biden say when he met al-Rashid?" → "Biden met al-Rashid". Undefined when there is none, or the clause is
 * a time ("since 1967, …", "as of May, …").
 */
export function grantedClaim(question: string): Claim | undefined {
  const trimmed = question.trim();
  const clause = (GRANTED_CLAUSE.exec(trimmed) ?? STATED_CLAUSE.exec(trimmed))?.[1]?.trim();
  if (clause !== undefined) {
    const words = clause.split(/\s+/);
    if (words.length < 3 || TIME_OPENING.test(clause)) return undefined;
    return { text: clause, form: "presupposed" };
  }
  // Read first: "what did Biden and al-Rashid …" would otherwise be read with "Biden and" as the subject.
  const both = GRANTED_WHEN_BOTH.exec(trimmed);
  const other = both?.[2] ?? both?.[3];
  if (both?.[1] && other && both[4]) {
    return { text: `${both[1]} and ${other} ${both[4]}`, form: "presupposed" };
  }
  const during = GRANTED_WHEN.exec(trimmed);
  if (during?.[1] && during[2]) return { text: `${during[1]} ${during[2]}`, form: "presupposed" };
  return undefined;
}

/** A name of one to three words, as typed between commas. */
const APPOSED_NAME = String.raw`[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}`;
/** A definite post of two to eight words, no clause break in it ("the governor of Westshire"). */
const APPOSED_POST = String.raw`the\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,7}`;
/** "… the governor of Westshire, Jan Novak, …": a post, then the name set off by commas. */
const POST_THEN_NAME = new RegExp(String.raw`\b(${APPOSED_POST}),\s+(${APPOSED_NAME}),`, "iu");
/** "… Novak, the governor of Westshire, …": a name, then the post set off by commas. */
const NAME_THEN_POST = new RegExp(String.raw`(${APPOSED_NAME}),\s+(${APPOSED_POST}),`, "iu");
/** Words that open the ask before a name: "WHY IS Novak, the governor …" (group 1, dropped). */
const BEFORE_NAME = new RegExp(
  String.raw`^((?:(?:${WH_WORDS}|${alternation(YES_NO_AUXILIARIES)}|so|and|but|then|with|for|to|by|from)\s+)+)`,
  "i",
);

/**
 * The post an ask gives a person in passing, set off by commas ("why is Novak, THE GOVERNOR OF WESTSHIRE, in
 * charge?", "why is the governor of Westshire, Jan Novak, leading?"): a claim that the person holds it, taken
 * for granted as a clause is ("novak is the governor of westshire"). Undefined when there is none. Whether the
 * name is a person's is the premise corrector's to read (`postOf`).
 */
export function apposedPost(question: string): Claim | undefined {
  const after = POST_THEN_NAME.exec(question);
  if (after?.[1] && after[2]) return { text: `${after[2]} is ${after[1]}`, form: "asserted" };
  const before = NAME_THEN_POST.exec(question);
  if (!before?.[1] || !before[2]) return undefined;
  const name = before[1].replace(BEFORE_NAME, "");
  return name === "" ? undefined : { text: `${name} is ${before[2]}`, form: "asserted" };
}

/**
 * The sentences of a message that put a claim to the bot with a tag ("the talks are about a peace treaty
 * right? when's it getting signed"): each is an ask of its own, whatever follows it.
 */
export function taggedClaims(question: string): string[] {
  return question
    .split(/(?<=[?!.])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => TRAILING_TAG.test(sentence) && claimOf(sentence)?.form === "asserted");
}

/** "Which Redband members did Norway detain …": the asked thing's noun phrase, the auxiliary, the clause. */
const WHICH_THING_DID = /^(?:which|what)\s+((?:[\p{L}'’.-]+\s+){1,3}?)(?:did|does|do)\s+(.+)$/iu;
/** "What is Novak doing to help …", "what did Novak do to help …": what someone does, taken for granted. */
const WHAT_DOING_TO =
  /^what\s+(?:(?:is|are|was|were|has|have|had)\s+(.+?)\s+(?:doing|done)|did\s+(.+?)\s+do)(\s+as\s+[^,]+?)?\s+to\s+(.+)$/iu;

/**
 * The event a which or what ask takes for granted, put as a "why" ask that takes it for granted the same way,
 * with the words that may hold the wrong name: "which Redband members did Norway detain?" takes for granted
 * that Norway detained Redband members ("why did Norway detain Redband members?"; the asked thing's words,
 * "Redband members"); "what is Novak doing to help the talks?" that Novak helps them ("why did Novak help
 * the talks?"; the subject's words, "Novak"). `isVerb` says which word of the clause is its verb ("did
 * Norway's new government DETAIN …": the subject may take a few words). Undefined for an ask of another
 * form.
 */
export function presupposedWhy(
  ask: string,
  isVerb: (word: string) => boolean,
): { why: string; named: string[] } | undefined {
  const trimmed = ask.trim().replace(/[?!.\s]+$/, "");
  const doing = WHAT_DOING_TO.exec(trimmed);
  const subject = doing?.[1] ?? doing?.[2];
  if (doing && subject && doing[4]) {
    return { why: `why did ${subject} ${doing[4]}${doing[3] ?? ""}`, named: subject.split(/\s+/) };
  }
  const which = WHICH_THING_DID.exec(trimmed);
  if (!which?.[1] || !which[2]) return undefined;
  // The verb is the first word of the clause the caller reads as one, after a subject of one word or more.
  const words = which[2].trim().split(/\s+/);
  const at = words.findIndex((word, i) => i > 0 && !/['’]/.test(word) && isVerb(word.toLowerCase()));
  if (at < 1) return undefined;
  const thing = which[1].trim();
  return {
    why: `why did ${[...words.slice(0, at + 1), thing, ...words.slice(at + 1)].join(" ")}`,
    named: thing.split(/\s+/),
  };
}
