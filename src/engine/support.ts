// Does a fact support everything a question asks? Retrieval finds the facts that share most of a
// question's weight; this decides whether the best of them may be given as the answer. A fact that
// shares most words but not the one that names who or what is asked about, or that has no date for a
// "when", would put words in the article's mouth: such a fact is offered as a suggestion, never an answer.
import type { Fact } from "../knowledge/types.js";
import type { Attribute } from "./ask-attributes.js";
import { wordClass } from "./english.js";
import { namesPerson } from "./person-nouns.js";
import { compiledRegExp, escapeRegExp } from "./regexp.js";
import { MONTH_NAME as MONTH, TIME_EXPRESSION, WEEKDAY_NAME as WEEKDAY } from "./time-words.js";

/** A day-level date: "27 May", "May 27", "Thursday", "2025-05-27". */
const EXACT_DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+(?:${MONTH})\\b|(?:${MONTH})\\s+\\d{1,2}\\b|(?:${WEEKDAY})\\b|\\d{4}-\\d{2}-\\d{2})`,
  "i",
);
/** Day, month and weekday expressions ("24 July", "May 27, 2025", "Thursday"). */
const DATE_WORDS = new RegExp(
  `(?:\\d{1,2}\\s+)?\\b(?:${MONTH}|${WEEKDAY})\\b(?:\\s+\\d{1,2}\\b)?(?:,?\\s+\\d{4})?`,
  "gi",
);
/** A span of time: "since 1967", "for four hours", "decades of", "several hours". */
const DURATION =
  /\bsince\s+(?:the\s+)?\d{4}\b|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|some|around|about|nearly|over|more than)\s+(?:minutes|hours|days|weeks|months|years|decades)\b|\bdecades of\b|\byears of\b|\blasted\b/i;
/** An exact count: a number that is not a year, or a number word. */
const EXACT_COUNT =
  /\b(?!(?:19|20)\d{2}\b)\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million)\b/i;
/** A number of units of time: "four hours", "several days", "two decades" (a duration, not a count). */
const SPAN_OF_TIME =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few|some|multiple|numerous|dozens of|hundreds of)\s+(?:minutes|hours|days|weeks|months|years|decades)\b/gi;
/** A length in space: "375 km", "50 miles long". */
const LENGTH = /\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot)\b/i;
/** An area: "1,200 square kilometres", "50 km²", "300 hectares". */
const AREA =
  /\b\d[\d,.]*\s*(?:square\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)|sq\.?\s*(?:km|mi)|km²|hectares?|acres?)(?!\p{L})/iu;
/** An age or a birth: "55-year-old", "aged 41", "born in 1982". */
const AGE = /\b\d{1,3}[- ]years?[- ]old\b|\baged?\s+\d{1,3}\b|\bborn\b/i;
/** An end set for something: "expires in March", "valid until", "lapses". */
const EXPIRY = /\bexpir\w*|\buntil\b|\blaps(?:e|es|ed)\b/i;
/** Where someone comes from: "born in", "a native of", "grew up in", "hails from". */
const ORIGIN =
  /\bborn\b|\bnative\b|\bgr[eo]w(?:n)? up\b|\bhails? from\b|\bhome ?town\b|\boriginally from\b|\braised\b/i;
/** A political party named: "the Rivers Party", "a party leader", "his political party". */
const PARTY =
  /\bpolitical\s+part(?:y|ies)\b|\p{Lu}[\p{L}-]+\s+[Pp]arty\b|\bparty\s+(?:members?|leaders?|chair\w*|colleagues?)\b/u;
/** That someone took up a post or something began: an appointment, a "became", a taking over. */
const START =
  /\bbec[oa]me\b|\bbecoming\b|\bappoint(?:ed|ment)\b|\btook (?:over|office|up)\b|\belected\b|\bsworn in\b|\binstalled\b|\bpromoted\b|\bsince\b/i;
/** A month named: "in December", "Dec." is not read. */
const MONTH_NAMED = new RegExp(`\\b(?:${MONTH})\\b`, "i");

/**
 * A number right after a capitalised word inside a sentence: part of a name ("Channel 5", "Route 9"), which
 * counts nothing. Names the sentence starts with, or of another shape, only a list of names finds
 * (withoutNumberedNames).
 */
const NUMBER_IN_NAME = /(?<=[\p{L},;:]\s+)(\p{Lu}[\p{Ll}]+)\s+\d+\b(?![.,]\d)/gu;
/**
 * A number, exact or vague, as it opens a count ("1,300", "three", "hundreds of", "several"): a year is none.
 * `PEOPLE_COUNTED` reads what it counts from the words after it.
 */
const NUMBER_OPENS =
  /\b(?:(?!(?:19|20)\d{2}\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|several|many|multiple|numerous|dozens|hundreds|thousands|a few|a handful)\b((?:\s+[\p{L}'’-]+){1,2})/giu;
/**
 * Words that count people after a number: people, the dead and hurt ("three DEAD", "34 INJURED"), those
 * counted by their part ("five SOURCES", "two MINISTERS"), or a verb the counted people are the subject of
 * ("1,300 WERE killed"). WordNet's person nouns (person-nouns.ts) are read beside them, as plurals.
 */
const PEOPLE_WORD =
  /^(?:people|persons|individuals|dead|killed|injured|wounded|hurt|died|casualties|victims|civilians|sources|officials|members|delegates|representatives|soldiers|troops|fighters|gunmen|militants|men|women|children|ministers|leaders|envoys|negotiators|were|was)$/i;

/**
 * Whether a text counts people: a number followed by a word for people, right after it or after one word
 * between ("five Chilean OFFICIALS", "hundreds of PEOPLE"). "The two countries", "five subjects", "multiple
 * rounds" count other things: "how many people were on the delegation?" is not answered by them.
 */
function countsPeople(text: string, isPerson: (word: string) => boolean): boolean {
  for (const found of text.matchAll(NUMBER_OPENS)) {
    const after = (found[1] ?? "").trim().split(/\s+/);
    if (after.some((word) => PEOPLE_WORD.test(word) || isPerson(word.toLowerCase().replace(/s$/, "")))) {
      return true;
    }
  }
  return false;
}

/** A count, however vague: "multiple rounds" answers "how many rounds?", not "exactly how many?". */
const COUNT =
  /\b(?:multiple|several|many|numerous|dozens|hundreds|thousands|a few|a handful)\b|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) time\b/i;

/** A fact that orders things in time can answer "before …" ("since 1967", "during the Petrov regime"). */
const EARLIER = new RegExp(
  `\\b(?:before|prior|previous(?:ly)?|former(?:ly)?|earlier|since|until|ago|during|decades?|years|histor(?:y|ic|ical|ically)|longtime|regime|first|initial|already|follow(?:s|ed|ing)?|after|${MONTH}|1\\d{3}|20\\d{2})\\b`,
  "i",
);
/** An hour or a part of the day: "on the evening of 24 July", "at 10 a.m.", "overnight". */
const TIME_OF_DAY =
  /\b(?:morning|afternoon|evening|night|overnight|midnight|noon|midday|dawn|dusk|o['’]clock)\b|\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b/i;
/** A fact that looks ahead can answer "next …", "in future …". */
const LATER = /\b(?:will|future|next|upcoming|planned|scheduled|expected to)\b/i;
/** A fact about what may come: "could expand", "remains distant", "a path toward". */
const FUTURE =
  /\b(?:could|will|would|may|might|future|next|potential(?:ly)?|expect\w*|plan\w*|remains?|path|prospects?|expand\w*|toward)\b/i;

/** A quid pro quo: "in return for", "in exchange for", "swapped", "traded for", "as compensation". */
const EXCHANGE =
  /\bin (?:return|exchange)\b|\bexchang(?:e|es|ed|ing)\b|\bswap(?:s|ped|ping)?\b|\btrad(?:e|es|ed|ing) for\b|\bquid pro quo\b|\bcompensat(?:e|ed|ion)\b/i;

/**
 * What brought something about: "in response to", "because", "after", "created an opening", "prompted". A
 * purpose ("meant to stop clashes") tells what something was for, not what started it.
 */
const CAUSE =
  /\b(?:because|due to|in response to|as a result|result(?:ed|ing)? (?:in|from)|after|following|amid|led to|lead to|prompt(?:ed|s)?|trigger(?:ed|s)?|spark(?:ed|s)?|caus(?:e|ed|es)|reasons?|opened|opening|paved the way|enabl(?:e|ed|es)|allow(?:ed|s)?|made possible)\b/i;
/**
 * That something was said or left unsaid: "stated", "said", "announced", "confirmed", "declined to comment",
 * "kept silent". A statement asked about is answered by such a fact, or by one that says there was none. Not
 * "say": "the article does not say when" is the article's silence, not a party's.
 */
const SAYING =
  /\b(?:statements?|stat(?:ed|ing)|said|says|told|spoke|comment(?:s|ed|ing)?|announc(?:e|ed|es|ement|ements)|declar(?:e|ed|es|ation|ations)|confirm(?:s|ed|ing|ation)?|silen(?:t|ce)|quiet|publicly|tweet(?:s|ed)?|wrote|posted|readouts?)\b|\bcommuniqu[eé]s?(?!\w)/i;
/**
 * A statement the sides made together, or one said not to have been made: "a joint statement", "the joint
 * communiqué", "said jointly", "jointly announced". "Joint security concerns" or "a joint working group" is
 * no statement.
 */
const JOINT_SAYING =
  /\bjoint\s+(?:[\p{L}-]+\s+)?(?:statements?|declarations?|announcements?|press releases?|readouts?|communiqu[eé]s?(?!\w))|\b(?:said|stated|declared|announced|issued|released)\s+(?:[\p{L}-]+\s+){0,3}?jointly\b|\bjointly\s+(?:said|stated|declared|announced|issued|released)\b/iu;
/** A share in per cent: "40 percent", "40%". */
const PERCENTAGE = /%|\bper ?cent\b/i;
/**
 * What a party did or said in answer to something: "in response to", "welcomed", "dismissed", "said", or that
 * it put something on record ("publicly acknowledged"): "has X said anything?" is answered by either.
 */
const REACTION =
  /\b(?:react(?:ed|ion|s)?|respon(?:d|ded|se|ses)|welcom(?:e|ed)|condemn(?:ed)?|denied|den(?:y|ies)|dismiss(?:ed)?|reject(?:ed)?|refus(?:e|ed)|turn(?:ed)? down|criticis(?:e|ed)|criticiz(?:e|ed)|prais(?:e|ed)|said|says|stated|told|comment(?:ed)?|acknowledg(?:e|ed|es)|declined to comment|no comment|silent|silence)\b/i;

/**
 * What a party bound itself to: a commissive verb or noun ("pledged", "vowed", "an assurance"), or a verb of
 * saying with a modal of the future after it in the same clause ("stated that it will not allow …", "said
 * they would …"): a promise is said as what one will do.
 */
const COMMITMENT =
  /\b(?:pledg(?:e|ed|es)|vow(?:ed|s)?|promis(?:e|ed|es)|assur(?:ance|ances|ed)|guarantee(?:d|s)?|commit(?:ted|ment|ments)|undert(?:ook|aken|aking))\b|\b(?:said|says|stated|states|told|announced|declared|insisted)\b[^.;:]{0,60}?\b(?:will|would|won['’]t|wouldn['’]t|shall)\b/i;

/**
 * That something changed: a verb of growing, shrinking or turning ("reduced its operations", "scaled back",
 * "expanded its presence", "a dramatic shift", "a pivot"); a fact that tells only a state tells no change.
 */
const CHANGE =
  /\b(?:chang(?:e|ed|es|ing)|reduc(?:e|ed|es|ing|tion)|scal(?:e|ed|ing) back|cut back|expan(?:d|ded|ds|ding|sion)|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|shift(?:ed|s|ing)?|pivot(?:ed|s)?|grow(?:n|s|ing)?|grew|eas(?:e|ed|ing)|step(?:ped)? up|ramp(?:ed)? up|stepp?ed up)\b/i;

/**
 * The words OUTCOME and AGREEMENT share, one list so that they cannot drift: an accord, a settlement, a pledge, or
 * a denial of one ("rejected talk of a meeting").
 */
const AGREED_WORDS =
  "accords?|deals?|treaty|pact|settle(?:d|ment)|commit(?:ted|ment)|pledg(?:e|ed)|reject(?:ed|s)?|den(?:y|ied|ies)|dismiss(?:ed|es)?|refus(?:e|ed|es)|turn(?:ed)? down|baseless";

/**
 * What something ended in or settled: an agreement, a decision, a signing, something set up or brought
 * about, a result ("agreed that …", "set up a joint commission", "has created space for …", "marked a pivot",
 * "we accomplished precisely that": achieve's synonym, as the ask reads it).
 * A denial is one too: "what did X and Y agree when they met?" is answered by "X rejected talk of a meeting".
 * A fact that tells only that a meeting took place, or what it was meant to do, has none of these.
 */
const OUTCOME = new RegExp(
  `\\b(?:agree(?:d|s|ment|ments)?|sign(?:ed|ing)?|${AGREED_WORDS}|decid(?:e|ed)|decisions?|conclu(?:ded|sion)|set up|establish(?:ed)?|creat(?:e|ed)|result(?:ed|s)?|produc(?:e|ed)|yield(?:ed)?|achiev(?:e|ed|ement)|accomplish(?:ed|ment)?|outcome|led to|paved|mark(?:ed|s)|signal(?:l)?ed|affirm(?:ed)?|backed|approv(?:e|ed|al)|understanding|breakthrough)\\b`,
  "i",
);

/**
 * That parties agreed: an agreement, a deal or a signing, an approval, a pledge, or a denial of one ("rejected
 * talk of a meeting"); "signed" or "signing", not the noun "a sign of progress". Read from the statement alone: a
 * quote is the article's whole sentence.
 */
const AGREEMENT = new RegExp(
  `\\b(?:agree(?:d|s|ment|ments|ing)?|sign(?:ed|ing)|${AGREED_WORDS}|understandings?|consensus|approv(?:e|ed|al|ing))\\b`,
  "i",
);

/**
 * A list of the members of something: "actions: detaining … and approving …", "five topics, including",
 * "Chile, Peru and the US". Read from the statement alone: a quote is the article's whole sentence,
 * whose list may be of something else ("several concrete actions, including …" lists no belongings).
 */
const LIST =
  /:\s+\p{L}|\b(?:includ(?:e|es|ed|ing)|such as|namely|among them)\b|[\p{L}'’-]+,\s+[\p{L}'’ -]+,?\s+(?:and|or)\s+\p{L}/iu;

/**
 * The words of a statement before its list: what the list is of. "Concrete actions: detaining … and
 * approving the handover of … belongings" lists actions, so it does not say which belongings; "the
 * belongings, including a watch" would. Empty when the statement lists nothing.
 */
export function listedAfter(statement: string): string {
  const found = LIST.exec(statement);
  return found ? statement.slice(0, found.index) : "";
}

/** A statement that says the article does not say when ("…; the article does not say when"). */
const SAYS_UNDATED = /\bdoes(?: not|n't) say when\b|\bundated\b/i;
/** What a fact's own statement says the article does not give. */
const SILENCES: ReadonlyArray<[RegExp, Attribute[]]> = [
  [SAYS_UNDATED, ["date", "exact-date", "duration", "start"]],
  [/\bno exact dates?\b|\bdoes(?: not|n't) (?:say|give|state)\b[^.;]*\bdate/i, ["exact-date"]],
  [/\bno exact number\b/i, ["exact-count"]],
  [/\bdoes(?: not|n't) say how many\b/i, ["count", "exact-count", "head-count"]],
  // "The agency did not say who sat across the table": the source names no one.
  [/\b(?:does|did)(?: not|n't) (?:say|name|identify|reveal|disclose) who\b/i, ["name"]],
  [/\bnot (?:been )?named\b|\bunnamed\b|\bnot identified\b|\bunidentified\b/i, ["name"]],
];

/**
 * An ask that places something in time or orders it ("did they meet BEFORE the talks?", "which came FIRST",
 * "is it RECENT?"), however it is asked: a fact that says the article does not say when cannot answer it.
 */
const ASKS_ABOUT_TIME =
  /\b(?:when|before|after|first|earlier|later|recent(?:ly)?|ago|yet|since|until|prior|previous(?:ly)?|date|day|month|year|how long|how soon|timing|time)\b/i;

/** Whether an ask places something in time or orders it (ASKS_ABOUT_TIME). */
export function asksAboutTime(ask: string): boolean {
  return ASKS_ABOUT_TIME.test(ask);
}

/** Whether a fact's own statement says the article does not say when ("…; the article does not say when"). */
export function saysUndated(fact: Fact): boolean {
  return SAYS_UNDATED.test(fact.statement);
}

/**
 * A timeline entry that says the article gives no date ("not dated in the article"): it is there to order
 * the event on /timeline (its sort date is the report's), and answers no "when".
 */
const UNDATED_TIMELINE = /\b(?:not dated|undated|no date)\b/i;

/** A year as an ask types it ("in 1974"): the years a "what month" ask wants the month of. */
const YEAR = /^(?:1[89]|20)\d{2}$/;

/**
 * Whether a fact gives a month of one of the years an ask names ("what month IN 1994 was the accord signed?"):
 * a month written with that year ("March 1994", "3 March 1994", "1994-03") or a timeline entry in it. A fact
 * whose month is another year's (talks in August 2025 that name the 1994 accord) does not say. True when the
 * ask names no year.
 */
export function givesMonthOf(fact: Fact, askedWords: readonly string[]): boolean {
  const years = askedWords.filter((word) => YEAR.test(word));
  if (years.length === 0) return true;
  const texts = [fact.statement, ...fact.quotes.map((q) => q.text)];
  const sorts = [fact.timeline?.sort, fact.happened].filter((sort): sort is string => sort !== undefined);
  return years.some((year) => {
    const written = compiledRegExp(
      `\\b(?:${MONTH})\\s+(?:\\d{1,2},?\\s+)?${year}\\b|\\b${year}-\\d{2}\\b`,
      "i",
    );
    return texts.some((t) => written.test(t)) || sorts.some((sort) => sort.startsWith(`${year}-`));
  });
}

/** The attributes a fact can answer: from its statement, quotes and timeline, less what it says is missing. */
export function attributesOf(fact: Fact): Set<Attribute> {
  const texts = [fact.statement, ...fact.quotes.map((q) => q.text)];
  const has = (pattern: RegExp) => texts.some((t) => pattern.test(t));
  // Dates out of the way: "24 July" is not a count, nor "December" a name.
  const undated = texts.map((t) => t.replace(DATE_WORDS, " "));
  const found = new Set<Attribute>();
  const timeline = fact.timeline && !UNDATED_TIMELINE.test(fact.timeline.when) ? fact.timeline : undefined;
  if (timeline || has(TIME_EXPRESSION)) found.add("date");
  if ((timeline && /^\d{4}-\d{2}-\d{2}$/.test(timeline.sort) && !timeline.implied) || has(EXACT_DATE)) {
    found.add("exact-date");
  }
  if (DURATION.test(fact.statement)) found.add("duration");
  if (has(TIME_OF_DAY)) found.add("time-of-day");
  // How long this thing took or measures: said in the statement, counted out; a quote is the article's
  // whole sentence, whose "after years of conflict" may measure something else.
  if (new RegExp(SPAN_OF_TIME.source, "i").test(fact.statement) || LENGTH.test(fact.statement)) {
    found.add("span");
  }
  if (has(LENGTH) || has(AREA)) found.add("measure");
  if (has(MONTH_NAMED) || (timeline && MONTH_NAMED.test(timeline.when))) found.add("month");
  if (has(AGE)) found.add("age");
  if (has(EXPIRY)) found.add("expiry");
  if (has(ORIGIN)) found.add("origin");
  if (has(PARTY)) found.add("party");
  if (has(SAYING)) found.add("statement");
  if (has(JOINT_SAYING)) found.add("joint-statement");
  if (has(START)) found.add("start");
  if (has(EARLIER)) found.add("earlier");
  if (has(LATER)) found.add("later");
  if (has(FUTURE)) found.add("future");
  if (has(EXCHANGE)) found.add("exchange");
  if (has(CAUSE)) found.add("cause");
  if (has(PERCENTAGE)) found.add("percentage");
  if (has(REACTION)) found.add("reaction");
  // Said in the statement: a quote is the article's whole sentence, whose "said … will" may be another's.
  if (COMMITMENT.test(fact.statement)) found.add("commitment");
  if (CHANGE.test(fact.statement)) found.add("change");
  if (has(OUTCOME)) found.add("outcome");
  if (AGREEMENT.test(fact.statement)) found.add("agreement");
  // "Talked for several hours", "four hours": a span of time is how long, not how many of anything else;
  // "the town's Channel 5 reported": a number that goes on a name counts nothing.
  const uncounted = undated.map((t) => t.replace(SPAN_OF_TIME, " ").replace(NUMBER_IN_NAME, "$1"));
  if (uncounted.some((t) => EXACT_COUNT.test(t))) found.add("exact-count").add("count");
  if (uncounted.some((t) => COUNT.test(t))) found.add("count");
  if (found.has("count") && uncounted.some((t) => countsPeople(t, namesPerson))) found.add("head-count");
  if (LIST.test(fact.statement)) found.add("list");
  // A name: a capitalised word that does not open a sentence.
  if (undated.some((t) => /[\p{Ll},;:(]\s+\p{Lu}\p{Ll}/u.test(t))) found.add("name");
  for (const [pattern, missing] of SILENCES) {
    if (pattern.test(fact.statement)) for (const attribute of missing) found.delete(attribute);
  }
  return found;
}

/**
 * A silence said of one thing in a clause of its own, beside a clause that gives that attribute of another
 * thing: "the article does not state ITS OWN PUBLICATION DATE; it embeds POSTS dated 27 May 2025" is silent
 * on the article's date and gives the posts'. The attributes the other clauses give though a silence takes
 * them from the fact, and the silent clause's text: an ask that names none of that clause's own words asks
 * about what the other clauses date ("what date was the post?"), one that does asks what the article leaves
 * out ("when was the article published?"). Undefined when no clause of the statement is silent so.
 */
export function clauseSilence(
  fact: Fact,
): { given: ReadonlySet<Attribute>; silentClause: string } | undefined {
  const clauses = fact.statement.split(/\s*;\s*/);
  if (clauses.length < 2) return undefined;
  const silentAt = clauses.findIndex((clause) => SILENCES.some(([pattern]) => pattern.test(clause)));
  const silentClause = clauses[silentAt];
  if (silentClause === undefined) return undefined;
  const others = clauses.filter((_, i) => i !== silentAt);
  if (others.some((clause) => SILENCES.some(([pattern]) => pattern.test(clause)))) return undefined;
  const given = attributesOf({ ...fact, statement: others.join("; "), quotes: [] });
  const whole = attributesOf(fact);
  const scoped = new Set([...given].filter((attribute) => !whole.has(attribute)));
  return scoped.size > 0 ? { given: scoped, silentClause } : undefined;
}

/**
 * The fact with those of `names` that hold a number ("Channel 12", "Resolution 242") taken out of its
 * statement and quotes: a number inside a name counts nothing, wherever the name stands (NUMBER_IN_NAME).
 */
export function withoutNumberedNames(fact: Fact, names: readonly string[]): Fact {
  const numbered = names.filter((name) => /\d/.test(name)).sort((a, b) => b.length - a.length);
  if (numbered.length === 0) return fact;
  const pattern = new RegExp(numbered.map(escapeRegExp).join("|"), "gi");
  return {
    ...fact,
    statement: fact.statement.replace(pattern, " "),
    quotes: fact.quotes.map((q) => ({ ...q, text: q.text.replace(pattern, " ") })),
  };
}

/**
 * Whether a word the base has never seen is a name (a person, a place, a country, a group). A name the
 * facts lack is something they do not cover ("who speaks for the SAMI", "did QATAR pay"); an unknown
 * common word is more often a paraphrase ("footprint", "regular"), left to the ranking, which weighs it
 * as the base's rarest word. A word in no dictionary is most often a name (Stoltenberg, Tromsø), unless it
 * is short enough to be chat shorthand or a typo ("prez", "stuf").
 */
export function isName(word: string): boolean {
  const kind = wordClass(word);
  return kind === "name" || (kind === "unknown" && word.length > UNLISTED_SHORTHAND_LENGTH);
}

/** Words in no dictionary up to this length are taken for shorthand or typos, not names. */
const UNLISTED_SHORTHAND_LENGTH = 4;
