// The asks of a question as the engine reads them: each pronoun for what the ask or context before it
// named written as that name, and an ask of function words only asked with its context. Pure string work
// on the question alone; no story wording.

import { AUX_WORDS, OPENS_ASK, stripOpening, WH_WORDS } from "./ask-openings.js";
import { asksInContext } from "./asks-in-message.js";
import { TENSE_AUXILIARIES } from "./auxiliaries.js";
import { isOrdinaryEnglish, isPastParticiple, isVerbForm, wordClass } from "./english.js";
import { isFunctionWord } from "./function-words.js";
import { withoutMarkup } from "./markup.js";
import { namesPerson } from "./person-nouns.js";
import { allMatches, compiledRegExp, escapeRegExp } from "./regexp.js";
import { isMonthName, isWeekdayName, MONTH_NAME, WEEKDAY_NAME } from "./time-words.js";

/** Pronouns for a person named in the ask before: "who joined X, and who came with HIM …". */
const PERSON_PRONOUN = /\b(?:he|him|his|she|her)\b/i;
/**
 * "There" that says something exists, no place: before a form of be or a modal ("there IS a plan", "there's",
 * "there might be"), or after one when a noun phrase follows ("IS there any sign …", "HAS there been a
 * meeting"). "Who was there?" ends on it: the place.
 */
const EXISTENTIAL_THERE =
  "['’](?:s|re|ll|d)\\b|\\s+(?:is|are|was|were|has|have|had|will|would|could|might|may|must|should|seems?|appears?|used|remains?)\\b|(?<=\\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|has|have|had|hasn['’]t|haven['’]t|will|would|could|might|may|must|should|be)\\s+there)\\s+\\p{L}";
/**
 * Words for a thing or place named before: "who met at X, and what state is THAT in?". "That" before a noun
 * is written as the name too: "…in Oslo, so what did THAT meeting agree?" asks about the Oslo meeting.
 * Not the "it" of "is it true", nor the subject of "…back when IT WAS just border talks", which stand for
 * nothing named.
 */
const THING_PRONOUN = new RegExp(
  `\\b(?:it(?!['’]s\\b|\\s+true\\b|\\s+(?:is|was|has been|had been)\\b)(?<!\\b(?:is|was)\\s+it)|that|there(?!${EXISTENTIAL_THERE}))\\b`,
  "iu",
);

/**
 * A cleft question: "what IS IT THAT Norway wants …", "who WAS IT THAT met them?" ask "what Norway wants",
 * "who met them"; the "it" and "that" of the frame stand for nothing.
 */
const CLEFT = /\b(what|who|where|when|why|how|which)\s+(?:is|was|'s|’s)\s*it\s+that\s+/i;
/**
 * "X is THE ONE leading the talks", "why is X the one pushing Y?": X is leading, X is pushing. "X was the one
 * WHO met Y" (a finite verb after who/that): X met Y. The claim is read as it would be put plainly.
 */
const THE_ONE_DOING =
  /\s*(?:['’]s|\s+(?:is|was))\s+(?:just\s+|really\s+|still\s+)?the\s+one\s+(?:who|that)\s+(?!(?:is|was)\b|\p{L}+ing\b)/iu;
/** "the one (who is) leading": `$1` the word in -ing, a participle only if it is a verb's ("the one THING" is not). */
const THE_ONE_ING = /\bthe\s+one\s+(?:(?:who|that)\s+(?:is|was)\s+)?(?=(\p{L}+ing)\b)/iu;
const IS_THE_ONE_ING = /['’]s(?=\s+(?:just\s+|really\s+|still\s+)?the\s+one\s+(\p{L}+ing)\b)/iu;

/**
 * A yes/no question of a cleft: "IS the mayor THE ONE pushing the council …?", "WAS X THE ONE WHO met Y?".
 * The cleft takes the rest for granted (someone is pushing the council) and asks only whether X is who does
 * it: the claim "X is pushing the council …" put to the bot, as "is it true X is pushing …" puts it, so that
 * a wrong X is corrected; as a plain "is X pushing …?" it asked only whether something happened. `$1` a lead-in word,
 * `$2` the form of be, `$3` X, `$4` the participle after "the one" (a verb's: "the one THING" is no cleft).
 */
const YES_NO_CLEFT =
  /^((?:so|but|and|ok|okay|wait)[\s,]+)?(is|was)\s+(?!(?:it|there|just|really|still|also|now)\b)(\S+(?:\s+\S+){0,3}?)\s+(?=(?:just\s+|really\s+|still\s+)?the\s+one\s+(?:(?:who|that)\s+\p{L}|(\p{L}+ing)\b))/iu;

/**
 * "Where does the deal stand (now)?", "… about where the talks stand": how far along something is, no place.
 * Only "stand" that ends its clause, with at most a time word after it: "where does X stand ON the accord"
 * asks X's position on something, "where does it stand IN these talks" its place among them; "where do
 * things stand WITH the deal" is the deal's stage. `$1` the auxiliary, `$2` what stands, `$3` "with …".
 */
const WHERE_IT_STANDS =
  /\bwhere\s+(?:(does|do|did|is|are|was|were)\s+)?((?:[^\s?!.,;:]+\s+){1,10}?)stands?\b(\s+with\s+[^?!.,;:]{1,60}?)?(?=\s*(?:(?:right\s+)?now|currently|today|lately|these\s+days)?\s*(?:[?!.,;:]|$))/i;

/**
 * "Norway's END of the talks", "their end of the negotiations": a side of them, as "side" says it.
 */
const END_OF_TALKS =
  /(['’]s|\b(?:their|its|his|her|our|your))\s+end\s+of\s+(?=(?:the\s+|these\s+|this\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|deal|process|things|table)\b)/giu;
/**
 * "Who RAN Norway's side", "who's running point on X's side", "running the Chilean team": to run a side, a team
 * or a delegation is to lead it (not "who runs the country", a government). `$1` the verb, `$2` what comes
 * between it and the side.
 */
const RUNS_A_SIDE =
  /\b(run|runs|ran|running)\s+((?:point\s+(?:on|for)\s+)?(?:[\p{L}'’-]+\s+){0,2}?)(?=(?:side|sides|team|delegation)\b)/giu;
const LEAD_FORM: Readonly<Record<string, string>> = {
  run: "lead",
  runs: "leads",
  ran: "led",
  running: "leading",
};

/** An ask with a side's end put as its side, and running a side as leading it. */
function withSideWords(ask: string): string {
  return ask.replace(END_OF_TALKS, "$1 side of ").replace(RUNS_A_SIDE, (_, verb: string, between: string) => {
    const lead = LEAD_FORM[verb.toLowerCase()] ?? verb;
    return `${lead} ${between.replace(/^point\s+(?:on|for)\s+/i, "")}`;
  });
}

/** An ask with its clefts put plainly: "what is it that X wants" → "what X wants", "X's the one leading" → "X is leading". */
function withoutCleft(ask: string): string {
  const participle = (phrase: string, word: string, plain: string) => (isVerbForm(word) ? plain : phrase);
  return withSideWords(ask)
    .replace(
      WHERE_IT_STANDS,
      (_, aux: string | undefined, what: string, withWhat: string | undefined) =>
        `what stage ${aux ? `${aux} ` : ""}${what}at${withWhat ?? ""}`,
    )
    .replace(YES_NO_CLEFT, (phrase, lead: string | undefined, be: string, subject: string, ing?: string) =>
      ing !== undefined && !isVerbForm(ing)
        ? phrase
        : `${lead ?? ""}is it true ${subject} ${be.toLowerCase()} `,
    )
    .replace(CLEFT, "$1 ")
    .replace(THE_ONE_DOING, " ")
    .replace(IS_THE_ONE_ING, (phrase, word: string) => participle(phrase, word, " is"))
    .replace(THE_ONE_ING, (phrase, word: string) => participle(phrase, word, ""));
}

/** Shorter words are function words the dictionary may lack ("is"), not names. */
const MIN_NAME_LENGTH = 3;

/** "What (exactly) did THEY say": the speaker of an ask for a party's word, as a pronoun. */
const THEY_SAY =
  /\b(what\s+(?:exactly\s+|else\s+)?(?:did|do|does|have|has|had|will|would)\s+)they(?=\s+(?:\p{L}+ly\s+)?(?:say|said|think|thought)\b)/iu;
/** A side's body in context: "Chile's interim government", "Peru's new rulers", "Chile's authorities". */
const BODY_OF_SIDE =
  /\b([\p{L}.-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:government|rulers|leaders|leadership|authorities|officials|ministry|regime|administration)\b/giu;

/**
 * "When Chile's interim government spoke about Peru, what did THEY say …?": "they" speaking stands for the
 * side's body the context named last, so the ask wants that body's word (reacting-party.ts) rather than
 * anything said near the context's words.
 */
function withSpeakingBody(ask: string, before: string, isSide: (word: string) => boolean): string {
  if (!THEY_SAY.test(ask)) return ask;
  const body = allMatches(BODY_OF_SIDE, before)
    .filter((m) => isSide((m[1] ?? "").toLowerCase()))
    .at(-1)?.[0];
  return body === undefined ? ask : ask.replace(THEY_SAY, (_, opening: string) => `${opening}${body}`);
}

/**
 * Runs of words in an ask that name someone or something: no common English word, month or day, unless it
 * is a person the knowledge base names (`isPerson`: "Bush has met …", though "bush" is English and first).
 */
function namesIn(
  ask: string,
  isSide: (word: string) => boolean,
  isPerson: (word: string) => boolean = () => false,
): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  ask.split(/\s+/).forEach((token, i) => {
    const word = token.replace(/^[^\p{L}]+|(?:['’]s)?[^\p{L}]*$/gu, "");
    const lower = word.toLowerCase();
    // "non-interference", "thursday-evening": common words joined by a hyphen name nothing.
    const parts = lower.split("-");
    const compound = parts.length > 1 && parts.every((part) => part === "" || wordClass(part) === "common");
    // "flashpoint", "ceasefire": English written as one word, though the dictionary lists only its parts.
    const english = wordClass(lower) === "unknown" && isOrdinaryEnglish(lower);
    const naming =
      word.length >= MIN_NAME_LENGTH &&
      // "I'm", "they've": a pronoun and its verb, no name ("O'Brien", "D'Arcy" are names).
      !/['’](?:m|ve|re|ll|d|t)$/i.test(word) &&
      !OPENS_ASK.test(lower) &&
      !isMonthName(lower) &&
      !isWeekdayName(lower) &&
      !isSide(lower) &&
      !compound &&
      !english &&
      // "Tom Baker": a capitalised word inside the ask is a name, though "baker" is English too.
      (wordClass(lower) !== "common" || (i > 0 && /^\p{Lu}/u.test(word)) || isPerson(lower));
    if (naming) run.push(word);
    if ((!naming || token !== word) && run.length > 0) {
      runs.push(run.join(" "));
      run = [];
    }
  });
  if (run.length > 0) runs.push(run.join(" "));
  return runs;
}

/**
 * The asks of a question (`splitAsks`), each pronoun for what the ask or context before it named written
 * as that name: "who joined Marek in Vienna, and who came with HIM to Lisbon?" asks who came with
 * Marek. A person's pronoun takes the first name, "it"/"that"/"there" the last, and only in an ask that
 * names nothing itself. The sides of the story (`isSide`) are no referent: "who leads Freedonia's side, and
 * when did he start?" is about the leader.
 */
export function readAsks(
  question: string,
  isSide: (word: string) => boolean,
  count: TermCount = () => ({ any: 1, weighing: 1 }),
  isPerson: (word: string) => boolean = () => false,
  isEvent: (word: string) => boolean = () => false,
  isKnown: (word: string) => boolean = () => true,
): string[] {
  const plain = withoutMarkup(question);
  const asks = asksInContext(plain);
  if (asks.length === 0) return [plain === "" ? question.trim() : withoutCleft(plain)];
  return asks.map(({ ask: asked, before, afterAsk, context }) => {
    const names = namesIn(before, isSide, isPerson);
    const typed = withSpeakingBody(asked, before, isSide);
    const introduced = withIntroduced(
      withTopic(withoutCleft(withoutAskersOwnTime(typed, plain, isKnown)), context, count),
      afterAsk ? "" : before,
    );
    const placed = afterAsk ? introduced : withPlaceOfNoun(introduced, before, names, isSide);
    const ask =
      afterAsk || placed !== introduced ? placed : withEventOfContext(placed, before, names, isSide, isEvent);
    if (names.length === 0) return afterAsk ? withReferent(ask, before, isSide) : ask;
    const person = PERSON_PRONOUN.exec(ask);
    if (person) {
      // "Look, I'm sceptical of anything Lund touches, and I know HE met …": a name typed capitalised
      // is likelier the person than a word only missing from the dictionary ("sceptical").
      // A person the base names is likelier still ("Lund has met …, so who did HE meet?").
      const name =
        names.find((n) => n.split(" ").some((w) => isPerson(w.toLowerCase()))) ??
        names.find((n) => /^\p{Lu}/u.test(n)) ??
        names[0] ??
        "";
      return ask.replace(PERSON_PRONOUN, /^his$/i.test(person[0]) ? `${name}'s` : name);
    }
    // "…when Petrov was around, … has Chile changed how much IT strikes Norway?": a person the base names is
    // "he" or "she", never "it", "that" or "there".
    const things = names.filter((n) => !n.split(" ").some((w) => isPerson(w.toLowerCase())));
    if (
      things.length > 0 &&
      THING_PRONOUN.test(ask) &&
      !opensRelativeClause(ask) &&
      namesIn(ask, isSide).length === 0
    ) {
      // "…reviving some old accord, and I'm confused about what THAT ACCORD set up": "that" before a noun
      // the context used with no name beside it is that thing, not a name said elsewhere ("the BBC").
      if (demonstratesUnnamed(ask, before, things)) return ask.replace(THING_PRONOUN, "the");
      // A place is the likelier "it" or "there": a name after "in", "at" … ("a meeting in Oslo with …").
      const placeSource = `\\b(?:in|at|near|from|to)\\s+(?:the\\s+)?(${things.map(escapeRegExp).join("|")})\\b`;
      const place = compiledRegExp(placeSource, "i");
      const placing = before.match(compiledRegExp(placeSource, "gi"))?.at(-1);
      const placed = placing?.match(place)?.[1];
      const last = things.at(-1) ?? "";
      // "who mediated in Paris in July, and how long did IT go on?": what went on is what happened there
      // then, not the place; the ask keeps its pronoun and is asked there, at the time the ask before gave.
      if (placing !== undefined && DID_IT.test(ask)) return placedAndTimed(ask, placing, before);
      return ask.replace(THING_PRONOUN, placed ?? (asksOfEvent(ask) ? nounPhraseOf(last, before) : last));
    }
    // "who wrote the tweet about Lisbon, and when was IT posted?", "when did the Lisbon talks start, and how
    // long did THEY run?": a pronoun subject is no name of the ask before, but the thing that ask's verb
    // acted on, or its subject.
    return afterAsk ? withReferent(ask, before, isSide, true) : ask;
  });
}

/**
 * An ask whose pronoun stands for an event the ask before placed ("how long did it go on?" after "who
 * mediated in Paris in July"), asked with that place and, when it gives no time of its own, that ask's time:
 * "how long did it go on in Paris in July?".
 */
function placedAndTimed(ask: string, placing: string, before: string): string {
  const end = /[?!.]*$/.exec(ask)?.index ?? ask.length;
  const times = ask.match(TIME_PHRASE) === null ? (before.match(TIME_PHRASE) ?? []) : [];
  return [ask.slice(0, end), placing, ...times].join(" ") + ask.slice(end);
}

/** Prepositions that place a thing: "a meeting NEAR the harbour", "talks IN Oslo". */
const PLACING = "near|in|at|outside|inside";

/**
 * "I saw a post about mayors meeting NEAR LISBON, … what was THE MEETING meant to do?": a
 * definite noun of an ask that names nothing is the thing the context placed, and is asked with its place
 * ("the meeting near Lisbon"). Only a noun the context used once with a place name right after it.
 */
function withPlaceOfNoun(
  ask: string,
  before: string,
  names: readonly string[],
  isSide: (word: string) => boolean,
): string {
  if (names.length === 0 || namesIn(ask, isSide).length > 0) return ask;
  const definite = /\bthe\s+([\p{L}-]{4,})\b(?!\s+(?:of|in|at|near|on|between|with)\b)/iu.exec(ask);
  const noun = definite?.[1]?.toLowerCase();
  if (definite === undefined || definite === null || noun === undefined || isFunctionWord(noun)) return ask;
  if (wordClass(noun) !== "common") return ask;
  const stem = escapeRegExp(noun.replace(/s$/, ""));
  const placed = allMatches(
    compiledRegExp(
      `\\b${stem}s?\\s+((?:${PLACING})\\s+(?:the\\s+)?(${names.map(escapeRegExp).join("|")}))\\b`,
      "giu",
    ),
    before,
  );
  const [only] = placed;
  if (placed.length !== 1 || only?.[1] === undefined) return ask;
  const end = definite.index + definite[0].length;
  return `${ask.slice(0, end)} ${only[1]}${ask.slice(end)}`;
}

/** "the talks", "those meetings", "that session": `$1` the determiner, `$2` the noun, with no place or owner after it. */
const DETERMINED_NOUN =
  /\b(the|those|these|that|this)\s+([\p{L}-]{4,})\b(?!\s+(?:of|in|at|near|on|between|with|from)\b)/iu;

/**
 * "…there was all that bloodshed and then A MEETING IN LISBON right after, so what was the point of THOSE
 * TALKS?", "my cousin says THE JULY LISBON MEETING was a photo op, so what did officials say THE TALKS were
 * for?": an ask that names nothing asks of a meeting or talks (`isEvent`: the lexicon's words for either)
 * by a determiner alone, and the context told of one such event by its place (and month): the ask's noun
 * takes them ("those Lisbon talks", "the july Lisbon talks"). Read as asked, the ask fell to the story's
 * best-known talks, elsewhere. Only when the context tells of exactly one placed event.
 */
function withEventOfContext(
  ask: string,
  before: string,
  names: readonly string[],
  isSide: (word: string) => boolean,
  isEvent: (word: string) => boolean,
): string {
  if (names.length === 0 || namesIn(ask, isSide).length > 0) return ask;
  const determined = DETERMINED_NOUN.exec(ask);
  const noun = determined?.[2];
  if (!determined || noun === undefined || !isEvent(noun.toLowerCase())) return ask;
  const name = `(?:${names.map(escapeRegExp).join("|")})`;
  const eventAfter = compiledRegExp(`\\b([\\p{L}-]+)\\s+(?:${PLACING})\\s+(?:the\\s+)?(${name})\\b`, "giu");
  const eventBefore = compiledRegExp(
    `\\bthe\\s+((?:(?:${MONTH_NAME}|${name})\\s+){1,3})([\\p{L}-]+)\\b`,
    "giu",
  );
  const told = [
    ...allMatches(eventAfter, before).flatMap((m) =>
      isEvent((m[1] ?? "").toLowerCase()) ? [m[2] ?? ""] : [],
    ),
    ...allMatches(eventBefore, before).flatMap((m) =>
      isEvent((m[2] ?? "").toLowerCase()) ? [(m[1] ?? "").trim()] : [],
    ),
  ];
  const [only] = told;
  if (told.length !== 1 || !only) return ask;
  const at = determined.index + (determined[1]?.length ?? 0);
  return `${ask.slice(0, at)} ${only}${ask.slice(at)}`;
}

/** "how long DID IT go on?", "when DID IT start?": "it" the subject of something done, an event. */
const DID_IT = /\b(?:did|does|do)\s+it\b/i;

/** "how long did IT run?", "when was IT held?": the pronoun is the subject the ask's auxiliary asks about. */
const SUBJECT_PRONOUN = new RegExp(`\\b(?:${TENSE_AUXILIARIES.join("|")})\\s+(?:it|that|they)\\b`, "i");

function asksOfEvent(ask: string): boolean {
  return SUBJECT_PRONOUN.test(ask);
}

/**
 * "Who mediated THE JULY PARIS MEETING, and how long did it run?": a name after "the" qualifies the noun after
 * it, and that noun phrase, not the name, is what ran; the phrase from "the" to the noun, else the name.
 */
function nounPhraseOf(name: string, before: string): string {
  const phrase = compiledRegExp(
    `\\bthe\\s+(?:[\\p{L}\\d]+\\s+){0,2}?${escapeRegExp(name)}\\s+([\\p{L}-]+)`,
    "giu",
  );
  const found = allMatches(phrase, before).at(-1);
  const head = found?.[1]?.toLowerCase();
  if (
    !found ||
    !head ||
    isFunctionWord(head) ||
    TENSE_AUXILIARIES.includes(head) ||
    wordClass(head) !== "common"
  ) {
    return name;
  }
  return found[0];
}

/**
 * A plural noun an existential sentence introduces: "there WERE several MEETINGS", "there have been a bunch of
 * these MEETINGS". `$1` the noun: the first word in -s after at most four words of its noun phrase.
 */
const EXISTENTIAL_PLURAL =
  /\bthere(?:['’](?:s|re)|\s+(?:is|are|was|were|(?:has|have|had)\s+(?:\p{L}+ly\s+)?been|will\s+be))\s+(?:(?!(?:that|which|who|it)\b)[\p{L}'’-]+\s+){0,4}?([\p{L}-]{3,}s)\b/giu;
/**
 * A plural noun the context makes the subject of a form of be or have: "THE MEETINGS ARE apparently in person",
 * "the talks have been …". `$1` the noun.
 */
const PLURAL_SUBJECT = /\bthe\s+(?:[\p{L}-]+\s+)?([\p{L}-]{3,}s)\s+(?:are|were|have|had)\b/giu;
/** "they", "them", "these", "those": `$1` the word after, which tells "these" standing alone from "these talks". */
const PLURAL_PRONOUN = /\b(?:they|them|these|those)\b(?=\s+([\p{L}'’]+)|[\s?!.]*$)/iu;
/**
 * "There were several meetings and I get that they were face to face, but where did THEY take place?": an
 * existential sentence of the context introduces what a plural pronoun of the ask then stands for (the
 * meetings), when the ask names nothing of its own for it. The noun is a plural common word, no function
 * word ("there are THOSE who…"), and no clause runs before it ("there is talk THAT it seems"); the last
 * introduced wins.
 */
function withIntroduced(ask: string, context: string): string {
  const pronoun = PLURAL_PRONOUN.exec(ask);
  if (pronoun === null) return ask;
  // "were THESE held", "have THOSE ended": a demonstrative stands alone before a participle or an
  // auxiliary, not before its noun ("these talks", though "talks" is a verb's form too).
  const next = pronoun[1]?.toLowerCase();
  const alone =
    /^th(?:ey|em)$/i.test(pronoun[0]) ||
    next === undefined ||
    /^(?:are|were|have|had|did|do|will|would|could|can|might|may)$/.test(next) ||
    (!next.endsWith("s") && wordClass(next) !== "unknown" && isVerbForm(next));
  if (!alone) return ask;
  const nouns = [...context.matchAll(EXISTENTIAL_PLURAL), ...context.matchAll(PLURAL_SUBJECT)]
    .sort((a, b) => a.index - b.index)
    .map((m) => (m[1] ?? "").toLowerCase())
    .filter((noun) => !/(?:ss|us|is)$/.test(noun) && !isFunctionWord(noun) && wordClass(noun) === "common");
  const noun = nouns.at(-1);
  return noun === undefined ? ask : ask.replace(PLURAL_PRONOUN, `the ${noun}`);
}

/**
 * Whether the ask's first thing-pronoun is the relative "that" of a noun before it: "what happened in
 * December THAT opened the door?" — after a word no auxiliary, verb or function word ("did that",
 * "came of that" are the pronoun), and before a verb. It stands for the noun, not for a name of the context.
 */
function opensRelativeClause(ask: string): boolean {
  const found = THING_PRONOUN.exec(ask);
  if (found === null || found[0].toLowerCase() !== "that") return false;
  const typed = ask.slice(0, found.index).trim().split(/\s+/).at(-1) ?? "";
  const before = typed.toLowerCase();
  // "in March that …": a month, or a word typed capitalised, is a noun though the dictionary has it as a verb.
  const named = isMonthName(before) || isWeekdayName(before) || /^\p{Lu}/u.test(typed);
  const after = /^\s*([\p{L}'’]+)/u.exec(ask.slice(found.index + found[0].length))?.[1]?.toLowerCase() ?? "";
  const noun =
    /^\p{L}+$/u.test(before) &&
    !isFunctionWord(before) &&
    !OPENS_ASK.test(before) &&
    (named || !(wordClass(before) === "common" && isVerbForm(before)));
  return noun && after !== "" && !isFunctionWord(after) && isVerbForm(after);
}

/** Words on either side of a noun in which a name makes it that name's ("the Geneva meeting", "a meeting in Geneva"). */
const NAME_NEAR_NOUN_WORDS = 3;

/**
 * Whether the ask's "that"/"this" stands before a noun the context used with no name near it: "…reviving
 * some old accord, … what that accord set up" (the accord, not "the BBC"), but not "a meeting in Geneva, …
 * what did that meeting agree" (the Geneva meeting).
 */
function demonstratesUnnamed(ask: string, before: string, names: readonly string[]): boolean {
  // "that 1994 accord": a noun its own year names is that thing. Not a month: "that July meeting" may be one
  // of several that month, and read as "the July meeting" it took the wrong one (docs/evaluation.md).
  const modifier = /\b(?:that|this)\s+(\d{4})\s+\p{L}/iu.exec(ask)?.[1];
  if (modifier !== undefined) return true;
  const noun = /\b(?:that|this)\s+([\p{L}-]{3,})/iu.exec(ask)?.[1]?.toLowerCase();
  if (noun === undefined || wordClass(noun) !== "common") return false;
  const words = before.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ""));
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(" ")));
  const at = words.flatMap((w, i) =>
    w.toLowerCase().replace(/s$/, "") === noun.replace(/s$/, "") ? [i] : [],
  );
  return (
    at.length > 0 &&
    at.every((i) =>
      words
        .slice(Math.max(0, i - NAME_NEAR_NOUN_WORDS), i + NAME_NEAR_NOUN_WORDS + 1)
        .every((w) => !nameWords.has(w.toLowerCase().replace(/['’]s$/, ""))),
    )
  );
}

/** How many index terms a text has: any at all, and how many of them weigh (no generic word). */
export type TermCount = (text: string) => { any: number; weighing: number };

/**
 * "I've heard the Freedonian government made some sort of public promise regarding Ruritania, …, and I want the
 * exact wording — WHAT DID THEY SAY?": an ask of function words only (no term at all, `count`) asks about
 * its context. It is asked with the clause of context that says most, the first of equals (where the topic
 * is usually introduced). An ask with a word of its own, even a generic one ("what was their PURPOSE?",
 * "who else CAME WITH him?"), is left as it is.
 */
function withTopic(ask: string, context: readonly string[], count: TermCount): string {
  const named = namedTopic(context.at(-1) ?? "");
  if (named !== undefined && count(named).weighing > 0) return `${ask.replace(/[?!.]+$/, "")}, ${named}?`;
  if (context.length === 0 || count(ask).any > 0) return ask;
  let topic = "";
  let most = 0;
  for (const clause of context) {
    const { weighing } = count(clause);
    if (weighing > most) [topic, most] = [clause, weighing];
  }
  return topic === "" ? ask : `${ask.replace(/[?!.]+$/, "")}, ${topic}?`;
}

/**
 * A landmark time phrase the ask was given from the front of the message ("… before class?" of "real quick
 * before class: what's …?"): `$1` the phrase, `$2` its landmark, `$3` the closing marks.
 */
const TRAILING_LANDMARK = /\s+((?:before|after)\s+(?:(?:my|our|the)\s+)?([\p{L}'’-]+))([?!.]*)$/iu;

/**
 * "real quick before class: what's the Novak thing about?", "ok before work - who leads …": a time phrase put
 * before the ask whose landmark is no word of the base (`isKnown`) is the asker's own day, not the ask's
 * time, and is left out ("before Lisbon, when was …" keeps its landmark). Only a phrase typed before the ask:
 * one the ask ends with as typed is the ask's own ("what did he do before the revolution?").
 */
function withoutAskersOwnTime(ask: string, typed: string, isKnown: (word: string) => boolean): string {
  const match = TRAILING_LANDMARK.exec(ask);
  const phrase = match?.[1]?.toLowerCase();
  // An ordinary word ("class", "work", "lunch"), not a name the base lacks ("before Paris"): that is a time
  // the sources may not cover, to be said so.
  const landmark = match?.[2]?.toLowerCase() ?? "";
  if (!match || phrase === undefined || wordClass(landmark) !== "common" || isKnown(landmark)) return ask;
  const lower = typed.toLowerCase();
  const at = lower.indexOf(phrase);
  const opening = ask.toLowerCase().split(/\s+/).slice(0, 2).join(" ");
  if (at === -1 || lower.indexOf(opening, at + phrase.length) === -1) return ask;
  return `${ask.slice(0, match.index)}${match[3] ?? ""}`;
}

/**
 * "lmao the Novak thing?? what did Chile actually agree to": a noun phrase put as a question just before
 * the ask, with no verb in the past of its own, names what the ask is about; the ask is asked of it, as a topic the
 * context says most of is for an ask of no words (`withTopic`). A determiner and at most
 * four words after it: "finally some good news??" or "wild times?" name nothing.
 */
const NAMED_TOPIC = /^(?:the|that|this|these|those)((?:\s+[\p{L}\p{N}'’-]+){1,4})\s*\?+$/iu;

/** The noun phrase a clause of context names as the ask's topic (`NAMED_TOPIC`), without its "?"; or undefined. */
function namedTopic(clause: string): string | undefined {
  const words = NAMED_TOPIC.exec(clause.trim())?.[1]?.trim().split(/\s+/);
  // "the mayor LEFT early?" says something happened; "the deal?", "the meeting?" name a thing.
  if (words === undefined || words.some((w) => isPastParticiple(w) || isFunctionWord(w.toLowerCase())))
    return undefined;
  return clause.trim().replace(/\s*\?+$/, "");
}

/** "It", "they", "them" standing for what the ask before asked about; not "is it true", "it's true". */
const ASKED_ABOUT_PRONOUN = /\b(?:it(?!['’]s\s+true|\s+true\b)(?<!\b(?:is|was)\s+it)|they|them)\b/i;
/** Time phrases of the ask before, which do not carry over: "…at the start, and who leads IT now?" */
const TIME_PHRASE = new RegExp(
  `\\b(?:(?:back\\s+|way\\s+back\\s+)?(?:in|on|during|since|by|until|from)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:${MONTH_NAME}|${WEEKDAY_NAME})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|at (?:the )?(?:start|beginning|outset|first|time)|in the beginning|originally|initially|at first|now|currently|these days|nowadays|today|so far|lately|recently|anymore)\\b`,
  "gi",
);

/**
 * "Who led Freedonia's side at the start, and who's leading IT now?", "where were the talks held in May, and
 * where are THEY now?": a pronoun in an ask that names nothing, after an ask that named no one either,
 * stands for what that ask asked about — its words less its opening and its time ("led Freedonia's side",
 * "the talks held"), which are written in the pronoun's place.
 */
function withReferent(
  ask: string,
  previous: string,
  isSide: (word: string) => boolean,
  onlyNounPhrase = false,
): string {
  const pronoun = askedAboutPronoun(ask);
  if (pronoun === undefined || namesIn(ask, isSide).length > 0) return ask;
  const referent = stripOpening(stripOpening(previous.replace(/[?!.]+$/, "")))
    .replace(TIME_PHRASE, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (referent === "") return ask;
  // "Who mediated the July meeting, and how long did IT run?": what ran is the meeting, the object of the
  // verb the ask before opened with. "What did Norway promise, and which group did IT detain?": after an
  // ask whose auxiliary came before its subject, what detained is that subject.
  const event = asksOfEvent(ask);
  const object = event ? /^(\S+)\s+(the\s+.+)$/i.exec(referent) : null;
  // "What time of day DID THE JULY TALKS take place": the words after the auxiliary that follows the question
  // word and its noun.
  const inverted = INVERTED_ASK.exec(previous)?.[1]?.replace(TIME_PHRASE, " ").replace(/\s+/g, " ").trim();
  const invertedSubject = inverted === undefined ? undefined : subjectOf(inverted);
  // "What did the 1974 accord set up, and what did Norway declare about IT?": a pronoun that is no subject
  // stands for the subject of the ask before too, when they agree ("it" a thing, "they" a plural), not for
  // all its words ("the 1974 accord set up").
  const subject =
    object?.[1] && isVerbForm(object[1]) && !isFunctionWord(object[1])
      ? object[2]
      : event || agreesWith(pronoun.text, invertedSubject)
        ? invertedSubject
        : undefined;
  // `onlyNounPhrase`: the ask before named something, which a pronoun may stand for instead of the words
  // of that ask; only the noun phrase its verb acted on, or its subject, is sure.
  const written = subject ?? (onlyNounPhrase ? undefined : referent);
  if (written === undefined) return ask;
  const at = pronoun.index;
  return `${ask.slice(0, at)}${written}${ask.slice(at + pronoun.text.length)}`;
}

/** An ask whose auxiliary comes before its subject, after the question word and its noun: `$1` from the subject on. */
const INVERTED_ASK = new RegExp(
  `^(?:${WH_WORDS})\\b(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:${AUX_WORDS})\\s+([^?!.]+)`,
  "iu",
);

/** "was IT posted": `$1` the pronoun, `$2` the word after it (a participle makes it a passive's subject). */
const PASSIVE_IT = /\b(?:is|was)\s+(it)\s+([\p{L}-]+)/iu;

/** Determiners that open a noun phrase of two words at least ("the talks", "its army"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those)$/i;

/**
 * The subject of a clause that opens with it and its verb, as an ask's auxiliary leaves them: "norway promise
 * about threats" → "norway", "the direct talks being held" → "the direct talks", "the July Lisbon talks take
 * place" → "the July Lisbon talks"; undefined when no verb or plural noun ends a short noun phrase. The verb
 * after "did", "were" … is a base form, a participle or in -ing, never in -s: a word in -s is the noun.
 */
function subjectOf(clause: string): string | undefined {
  const words = clause.split(" ");
  const start = DETERMINER.test(words[0] ?? "") ? 2 : 1;
  for (let end = start; end < Math.min(words.length, start + 3); end++) {
    const word = (words[end] ?? "").toLowerCase();
    if (isFunctionWord(word)) return undefined;
    if (/[^s'’]s$/.test(word) && wordClass(word) === "common") return words.slice(0, end + 1).join(" ");
    if (/^(?:be|being|been)$/.test(word) || isVerbForm(word)) return words.slice(0, end).join(" ");
  }
  return undefined;
}

/**
 * Whether a noun phrase can be what a pronoun stands for: "it" a thing in the singular ("the 1974 accord"),
 * never a person's noun (WordNet's, `namesPerson`); "they" or "them" a plural ("the talks").
 */
function agreesWith(pronoun: string, phrase: string | undefined): boolean {
  const head = phrase?.split(" ").at(-1)?.toLowerCase();
  if (head === undefined || namesPerson(head)) return false;
  const plural = /[^s'’]s$/.test(head) && wordClass(head) === "common";
  return /^it$/i.test(pronoun) ? !plural : plural;
}

/**
 * The pronoun an ask uses for what the ask before asked about (`ASKED_ABOUT_PRONOUN`), or the subject of a
 * passive put as a question ("when WAS IT posted?"), which "is it true" and "was it in Lisbon" are not.
 */
function askedAboutPronoun(ask: string): { index: number; text: string } | undefined {
  const found = ASKED_ABOUT_PRONOUN.exec(ask);
  if (found !== null) return { index: found.index, text: found[0] };
  const passive = PASSIVE_IT.exec(ask);
  if (passive === null || !isPastParticiple(passive[2] ?? "")) return undefined;
  return { index: passive.index + passive[0].indexOf(passive[1] ?? "it", 2), text: passive[1] ?? "it" };
}
