// The facts of one paragraph: one per sentence of a claim (with the sentence before as its second quote when
// it points back, or joined into the claim before it goes on with), the claims at its end, and a side's
// lead. Pure.

import { formatSortable, MONTH_NAMES } from "../dates.js";
import type { Entity } from "../schema.js";
import { claimFactsOf } from "./claim-facts.js";
import { capitalOf } from "./countries.js";
import { type ResolvedDate, resolveDates } from "./dates.js";
import { type DraftContext, sectionKeywords } from "./draft-context.js";
import { type DraftFact, factId, joinFacts } from "./draft-fact.js";
import { entitiesIn } from "./entities.js";
import { EVENT_NOUNS, EVENT_PARTIES } from "./event-nouns.js";
import { leadFact } from "./lead-facts.js";
import { partiesClause, partiesQuestions } from "./parties-claim.js";
import { withPronounSubjectResolved } from "./pronoun-subjects.js";
import {
  claimQuestions,
  clausesOf,
  infinitiveOf,
  MIN_SENTENCE_WORDS,
  NUMBER_WORDS,
  placedIn,
  roleQuestions,
  statementOf,
  withInfinitives,
} from "./sentences.js";
import { shortQuestions } from "./short-questions.js";
import { sideTies } from "./sides.js";
import { clauseEndingWith, withPlaceForThere, withReferencesResolved } from "./wording.js";

/** A paragraph's opening sentence this short (in words) introduces the next one rather than stating a claim. */
const MAX_LEAD_IN_WORDS = 10;

/** Sentence openings that point back to the sentence before. */
const ANAPHOR =
  /^(?:It|They|Their|He|She|His|Her|This|That|These|Those|The two|The pair|Both|Its|There)\b|^(?:[A-Z][\w-]*\s){0,3}(?:the talks|the meeting|the session)\b/;
/**
 * Openings whose subject is the claim before: a pronoun ("It was …", "They agreed …", "Its media office …").
 * "That accord, reached after …" names its subject, and stays a fact of its own (with the one before as
 * its second quote).
 */
const PRONOUN_OPENING = /^(?:It|They|Its|Their|He|She|His|Her|Both|The two|The pair)\b/;
/**
 * "at a comparable level", "a similar meeting": a likeness whose other term is not in the sentence (no "to" or
 * "with" after it), which is what the sentence before told: that sentence is its second quote.
 */
const COMPARISON_BACK = /\b(?:comparable|similar|equivalent)\b(?![^,.;]*\b(?:to|with)\b)/i;
/**
 * "the talks", "the Geneva meeting", "the session", "the delegations": a sentence anywhere in the article that
 * speaks of the event by a definite noun, or of its parties, is about the lede's event.
 */
const EVENT_REFERENCE = new RegExp(
  `\\b(?:the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:${EVENT_NOUNS})|${EVENT_PARTIES})\\b`,
  "u",
);
/** "Thursday's meeting": an event named by its day. */
const THE_DAYS_EVENT = new RegExp(`^\\p{L}+['’]s\\s+(?:${EVENT_NOUNS})\\b`, "u");
/** "in the capital", "its capital": a city the sentence does not name (not "the capital of …", which does). */
const CAPITAL_REFERENCE = /\b(?:the|its)\s+capital\b(?!\s+(?:of|city)\b)/i;
/** "in the Swiss city", "the French capital": a place the sentence describes by its country, not by name. */
const DESCRIBED_PLACE = /\bthe\s+\p{Lu}\p{Ll}+\s+(?:capital|city|town)\b(?!\s+of\b)/u;

/** The clause of a sentence that names the entity ("on Wednesday of last week it hit Nairobi itself, …"). */
function clauseNaming(
  sentence: string,
  entity: Entity,
  index: Parameters<typeof entitiesIn>[1],
): string | null {
  const clauses = sentence.split(/,\s+and\s+|;\s+/);
  const clause = clauses.find((c) => entitiesIn(c, index).includes(entity));
  return clause && clause !== sentence ? clause.trim() : null;
}

/** The names of the people a sentence names, in the order it names them. */
function peopleIn(sentence: string, index: Parameters<typeof entitiesIn>[1]): string[] {
  const at = (name: string) => sentence.indexOf(name.split(" ").at(-1) as string);
  return entitiesIn(sentence, index)
    .filter((e) => e.kind === "person")
    .map((e) => e.name)
    .sort((a, b) => at(a) - at(b));
}

/** The base's entity for the capital of the first country among `named` whose capital the base knows. */
function capitalNamed(named: readonly Entity[], index: Parameters<typeof entitiesIn>[1]): Entity | null {
  for (const entity of named) {
    if (entity.kind !== "country") continue;
    const city = capitalOf(entity.name);
    const place = city ? entitiesIn(city, index).find((e) => e.kind === "place") : undefined;
    if (place) return place;
  }
  return null;
}

/** A cause or purpose; not "after", "following" or "amid", which order events in time. */
const CAUSE_WORDS =
  /\b(because|to (shield|protect|prevent|enforce|help|lock|agree|support|consolidate)|so as to|in order to|purpose|aim|goal|meant to|why|reason)\b/i;

/** A year before a noun ("the 1994 accord", "the 1973 war") names a thing; it does not date the sentence. */
function namesAThing(sentence: string, date: ResolvedDate): boolean {
  return date.precision === "year" && /\bthe\s+$/i.test(sentence.slice(0, date.index));
}

/**
 * "The last contact … was in 2000, when … talks in Lima …", "… at war since 1948": a sentence dated by a year
 * alone, years from the dateline, is background to the article's event. It is not about the lede's event,
 * and the place it names is no "there" of the sentences after it.
 */
function isBackground(dates: readonly ResolvedDate[], sentence: string, reference: string): boolean {
  const own = dates.filter((d) => !namesAThing(sentence, d));
  return (
    own.length > 0 &&
    own.every((d) => d.precision === "year" && Math.abs(Number(d.sort) - Number(reference.slice(0, 4))) > 1)
  );
}

/** Whether a sortable date (YYYY-MM-DD, YYYY-MM or YYYY) lies after the dateline, at its own precision. */
export function isAhead(sort: string, reference: string): boolean {
  return sort > reference.slice(0, sort.length);
}

/** What drafting an article has made so far, which each paragraph adds to. */
export interface Drafted {
  facts: DraftFact[];
  /** Headings already given to the first fact under them. */
  headed: Set<string>;
  /** Sides whose lead has a fact already: one per side and article, as a curator writes it. */
  ledSides: Set<string>;
}

type EntityIndex = DraftContext["index"];

/** What the sentences of a paragraph so far hand on to the next one. */
interface Before {
  sentence: string | null;
  /** The sentence before with its references written out, so a chain of them reaches the named thing. */
  resolved: string | null;
  /** The fact drafted from the sentence before, in this paragraph (null when it made none). */
  fact: DraftFact | null;
  /** The places the last sentence naming a place put something in: where "there" of a later one is. */
  places: Entity[];
}

/** What a sentence names, with what it needs of the sentence before to be understood. */
interface SentenceNames {
  /** What the sentence names itself. */
  own: Entity[];
  /** The sentence before (when this one points back) or its clause naming "the capital": the second quote. */
  context: string | null;
  /** The city "the capital" stands for. */
  capital: Entity | null;
  /** What the sentence names with its context, and the capital. */
  named: Entity[];
  places: Entity[];
}

/** What a sentence about the lede's event takes from it, as words it can be found by. */
interface EventTies {
  dates: string[];
  places: Entity[];
  people: Entity[];
}

/** One sentence as drafting reads it, before its fact is written. */
interface SentenceReading {
  sentence: string;
  section: string | null;
  /** The sentence with the references to the sentence before written out ("That accord, …"). */
  resolved: string;
  names: SentenceNames;
  /** The places of the sentence before, for a sentence naming none ("Fighting broke out there"). */
  inherited: Entity[];
  dates: ResolvedDate[];
  contextDates: ResolvedDate[];
  event: EventTies;
}

/** When a sentence's events happened, as of the dateline. */
interface SentenceTime {
  /** Dates that are not ahead of the dateline: a plan's date dates no event of the sentence. */
  happenedDates: ResolvedDate[];
  /** The first of those more precise than a year: the date of the sentence's event. */
  dated: ResolvedDate | null;
  /** Whether the sentence tells of an event (the lede's, or one it dates). */
  aboutEvent: boolean;
}

/**
 * Drafts a paragraph's facts into `drafted`, sentence by sentence: what the sentence names and dates, its
 * statement, its fact (joined into the one before when it goes on with it), the claims at its end and a side's
 * first lead.
 */
export function draftParagraph(
  ctx: DraftContext,
  paragraphSentences: string[],
  section: string | null,
  drafted: Drafted,
): void {
  const before: Before = { sentence: null, resolved: null, fact: null, places: [] };
  // The paragraph's sentences so far, resolved: "the ministry's" after "Chile's foreign ministry" two sentences back.
  const paragraphSoFar: string[] = [];
  for (const sentence of paragraphSentences) {
    const { sentence: previous, resolved: resolvedBefore, fact: beforeFact } = before;
    const paragraphBefore = paragraphSoFar.join(" ");
    // "That accord, …", "into the zone": what the sentence before named, written out.
    const resolved = withReferencesResolved(sentence, resolvedBefore, ctx.isNoun, paragraphBefore);
    paragraphSoFar.push(resolved);
    before.sentence = sentence;
    before.resolved = resolved;
    before.fact = null;
    if (sentence.split(/\s+/).length < MIN_SENTENCE_WORDS) continue;
    const names = namesOf(sentence, previous, ctx.index);
    const background = isBackground(resolveDates(sentence, ctx.reference), sentence, ctx.reference);
    // "Fighting broke out there": a sentence naming no place is about the place of the one before.
    const inherited = names.places.length === 0 && !background ? before.places : [];
    // Only a place the sentence puts something in ("a visit to Lima", "in Geneva") is handed on: in
    // "Neither Oslo nor Santiago commented" the capitals speak for governments; a background sentence's
    // place ("talks in Lima in 2000") is not where the next sentence's news is.
    if (background) before.places = [];
    else if (names.places.length > 0) before.places = names.places.filter((p) => placedIn(sentence, p));
    if (ctx.existingQuotes.has(sentence)) continue;
    const reading = readSentence(ctx, { sentence, section, resolved, names, inherited });
    const plain = withReferencesResolved(
      statementOf(sentence, reading.dates),
      resolvedBefore,
      ctx.isNoun,
      paragraphBefore,
    );
    const written = pronounSubjectWrittenOut(ctx, reading, plain, previous, resolvedBefore);
    if (written) before.resolved = written.resolved;
    const time = timeOf(ctx, reading);
    const statement = withNamesSpelt(ctx, reading, written?.statement ?? plain);
    const fact = sentenceFact(ctx, reading, statement, drafted.headed, {
      sentenceWritten: written?.resolved ?? null,
      happenedSort: written ? beforeFact?.timeline?.sort : time.dated?.sort,
    });
    // "They agreed …" written out happened where the sentence before puts it ("on 12 May, … met … in
    // Lima"), not at a date it mentions ("the truce, which has held since 3 May"): that sentence's fact has
    // the day's timeline entry, so this one is dated with `happened` (one entry per event). "The 19 May
    // meeting had been planned …" names a day's event by its date, as a noun does: when an earlier draft has
    // that day's entry, it is that event.
    const dayBefore = written ? (beforeFact?.timeline?.sort ?? beforeFact?.happened) : undefined;
    if (dayBefore) fact.happened = dayBefore;
    else if (
      namesDatedEvent(sentence, time.dated, drafted.facts) ||
      onTheEventsDay(ctx, sentence, time.dated)
    )
      fact.happened = time.dated?.sort;
    else datedFact(fact, time);
    const claimFacts = claimFactsOf(ctx, sentence, section);
    if (section) drafted.headed.add(section);
    if (beforeFact && goesOnWith(reading, paragraphSentences, previous, beforeFact, written !== null)) {
      joinFacts(beforeFact, fact);
      before.fact = beforeFact;
    } else {
      drafted.facts.push(fact);
      before.fact = fact;
    }
    drafted.facts.push(
      ...claimFacts,
      ...partiesFacts(ctx, reading, fact),
      ...leadFactsOf(ctx, reading, time, drafted.ledSides),
    );
  }
}

/**
 * The fact of who took part, from a sentence that opens on an act between two parties (parties-claim.ts):
 * its clause as the quote, the sentence's statement up to the parties, the sentence's place and day.
 */
function partiesFacts(ctx: DraftContext, reading: SentenceReading, fact: DraftFact): DraftFact[] {
  const { sentence, names, inherited } = reading;
  const clause = partiesClause(sentence);
  const place = names.places[0] ?? inherited[0];
  const asked = clause ? partiesQuestions(clause, place?.name ?? null) : [];
  if (!clause || asked.length === 0) return [];
  const tail = clause.split(/\s+/).slice(-3).join(" ");
  const end = fact.statement.indexOf(tail);
  if (end < 0) return [];
  const statement = `${fact.statement.slice(0, end + tail.length)}.`;
  const named = new Set([...entitiesIn(clause, ctx.index), ...(place ? [place] : [])].map((e) => e.id));
  return [
    {
      id: factId(statement, ctx.taken),
      statement,
      quotes: [clause],
      entities: fact.entities.filter((id) => named.has(id)),
      topics: fact.topics,
      questions: [statement, ...asked],
      keywords: fact.keywords.filter((k) => /\d{4}$/.test(k)),
      kinds: ["who", "what", "yes-no", ...(fact.kinds.includes("when") ? ["when"] : [])],
      ...(fact.timeline?.sort
        ? { happened: fact.timeline.sort }
        : fact.happened
          ? { happened: fact.happened }
          : {}),
      reviewed: false,
    },
  ];
}

/**
 * What a sentence names. "It was the second time…", "They agreed…": a sentence that starts by pointing back
 * needs the one before it to be understood, so that one is its second quote (and lends its names and dates).
 */
function namesOf(sentence: string, before: string | null, index: EntityIndex): SentenceNames {
  const own = entitiesIn(sentence, index);
  const namedBefore = before ? entitiesIn(before, index) : [];
  // "34 injured in the capital": the capital of the country the sentence (or the one before) names.
  const capital = CAPITAL_REFERENCE.test(sentence) ? capitalNamed([...own, ...namedBefore], index) : null;
  // A capital the sentence before named ("…, and on Wednesday of last week it hit Nairobi itself, …") is
  // what "the capital" stands for: that clause is the sentence's second quote (the casualties "in the
  // capital" are the strike's), and lends the capital alone, not the rest of the sentence's names.
  const capitalClause =
    before && capital && namedBefore.includes(capital) ? clauseNaming(before, capital, index) : null;
  const context =
    before && (ANAPHOR.test(sentence) || COMPARISON_BACK.test(sentence)) ? before : capitalClause;
  const named = context && !capitalClause ? entitiesIn(`${sentence} ${context}`, index) : [...own];
  if (capital && !named.includes(capital)) named.push(capital);
  return { own, context, capital, named, places: named.filter((e) => e.kind === "place") };
}

/** The sentence's dates, its context's, and what it takes from the lede's event. */
function readSentence(
  ctx: DraftContext,
  read: Pick<SentenceReading, "sentence" | "section" | "resolved" | "names" | "inherited">,
): SentenceReading {
  const { sentence, section, names, inherited } = read;
  const dates = resolveDates(sentence, ctx.reference);
  const contextDates = names.context ? resolveDates(names.context, ctx.reference) : [];
  const event = ledeEventTies(ctx, sentence, section, names, inherited, [...dates, ...contextDates]);
  return { ...read, dates, contextDates, event };
}

/**
 * The opening section tells the lede's event: a sentence there with no date or place of its own ("the
 * meeting lasted around four hours", "Berg was accompanied by …") is about that event, so the event's date
 * and place are words it can be found by (not shown in its answer). The lede itself is where the headline
 * puts it ("meet in Geneva" of "held talks in the Swiss city").
 */
function ledeEventTies(
  ctx: DraftContext,
  sentence: string,
  section: string | null,
  names: SentenceNames,
  inherited: readonly Entity[],
  allDates: readonly ResolvedDate[],
): EventTies {
  const { lede, event } = ctx;
  const ties: EventTies = { dates: [], places: [], people: [] };
  if (sentence === lede) ties.places = event.places;
  else if (
    (section === event.section && !isBackground(allDates, sentence, ctx.reference)) ||
    EVENT_REFERENCE.test(sentence)
  ) {
    // "the 1994 accord" names a thing; "in 2000" dates the sentence.
    const ownDate = allDates.some((d) => !namesAThing(sentence, d));
    if (event.date && !ownDate) ties.dates.push(formatSortable(event.date));
    if (inherited.length === 0 && !names.places.some((p) => placedIn(sentence, p)))
      ties.places = event.places;
    // "the two ministers", "the purpose of the Geneva talks": who took part in the event, when the
    // sentence names no one itself.
    if (!names.named.some((e) => e.kind === "person")) ties.people = event.people;
  }
  return ties;
}

/** Whether a word is one the article uses as a verb. */
const verbTest =
  (ctx: DraftContext) =>
  (word: string): boolean =>
    ctx.tagged.verbs.has(word.toLowerCase());

/**
 * "It struck …", "They agreed …": the pronoun written out from the sentence before, so the statement stands
 * alone as a fact of its own (its quote stays as written, the sentence before its second quote), and the
 * sentence with it written out is what the next sentence points back to. A short one ("Its media office
 * described the claims as baseless.") completes the claim before, and is joined into it (goesOnWith) as
 * written. Null when the sentence opens with no pronoun to write out.
 */
function pronounSubjectWrittenOut(
  ctx: DraftContext,
  { sentence, resolved: sentenceResolved }: SentenceReading,
  plain: string,
  before: string | null,
  resolvedBefore: string | null,
): { statement: string; resolved: string } | null {
  if (!before || !resolvedBefore || !PRONOUN_OPENING.test(sentence)) return null;
  if (sentence.split(/\s+/).length <= MAX_LEAD_IN_WORDS) return null;
  const people = peopleIn(before, ctx.index);
  const statement = withPronounSubjectResolved(plain, resolvedBefore, verbTest(ctx), people);
  if (!statement) return null;
  const resolved = withPronounSubjectResolved(sentenceResolved, resolvedBefore, verbTest(ctx), people);
  return { statement, resolved: resolved ?? sentenceResolved };
}

/** The statement with what it describes named: the capital, the lede's place, the lede's event. */
function withNamesSpelt(ctx: DraftContext, reading: SentenceReading, written: string): string {
  const { sentence, names, event: ties } = reading;
  const { lede, event } = ctx;
  const { capital } = names;
  let statement = written;
  if (capital) statement = statement.replace(CAPITAL_REFERENCE, (said) => `${said} (${capital.name})`);
  // "held talks in the Swiss city": the lede's place is the headline's ("meet in Geneva"), named in the
  // statement as a curator writes it, so an answer to "where …?" or "was it in Oslo?" says the name.
  const ledePlace = sentence === lede && event.places.length === 1 ? event.places[0] : undefined;
  if (ledePlace && !statement.includes(ledePlace.name)) {
    statement = statement.replace(DESCRIBED_PLACE, (said) => `${said} (${ledePlace.name})`);
  }
  // "Fighting broke out there on 13 July": the place of the sentence before, written in as the capital is
  // ("broke out there (in Kivu)"), so the answer to "which province did the fighting break out in?" says it.
  const [onlyPlace] = reading.inherited.length === 1 && names.places.length === 0 ? reading.inherited : [];
  if (onlyPlace && withPlaceForThere(statement, onlyPlace.name) !== null) {
    statement = statement.replace(/\bthere\b/, `there (in ${onlyPlace.name})`);
  }
  // "the meeting lasted around four hours": which meeting, as a curator writes it ("the meeting (12 March
  // 2024, in Geneva)"), so a reader's "the March meeting", "the Geneva meeting" finds it.
  if (ties.dates.length > 0 && sentence !== lede) {
    const place = event.places[0]?.name;
    const said = EVENT_REFERENCE.exec(statement);
    if (said) {
      const end = said.index + said[0].length;
      statement = `${statement.slice(0, end)} (${ties.dates[0]}${place && !statement.includes(place) ? `, in ${place}` : ""})${statement.slice(end)}`;
    }
  }
  return statement;
}

/** The kinds of question a sentence answers, from what it names, dates, counts and gives as a reason. */
function kindsOf(ctx: DraftContext, reading: SentenceReading): Set<string> {
  const { sentence, names, inherited, dates } = reading;
  const kinds = new Set<string>(["what", "yes-no"]);
  if (names.named.some((e) => e.kind === "person" || e.kind === "organisation" || e.kind === "outlet"))
    kinds.add("who");
  if (dates.length > 0) kinds.add("when");
  // "where": a place the sentence puts something in ("met in Lima"), or the place it points back to;
  // not a capital that speaks for a government ("Oslo dismissed"), not "in September".
  if (inherited.length > 0 || names.places.some((p) => placedIn(sentence, p))) kinds.add("where");
  // A count, not a date: years and the sentence's dates do not make it answer "how many".
  let undated = sentence;
  for (const date of dates) undated = undated.replace(date.text, " ");
  if (NUMBER_WORDS.test(undated.replace(/\b(1[89]|20)\d\d\b/g, " "))) kinds.add("how-many");
  // A span of time answers "how long" (asked as a "when") and "how much time".
  if (ctx.durations.some((d) => sentence.includes(d))) kinds.add("when").add("how-many");
  if (CAUSE_WORDS.test(sentence)) kinds.add("why");
  return kinds;
}

/**
 * A date after the dateline is a plan's ("would address the UN in late September"): as of the report it has
 * not happened, so it dates no event of the sentence (it stays a keyword, and a "when" the fact answers).
 */
function timeOf(ctx: DraftContext, reading: SentenceReading): SentenceTime {
  const { sentence, section, dates } = reading;
  // "That accord, reached after the 1973 war": the war's year is not when the accord did anything; the year
  // of the thing the sentence opens with, as written out ("The 1974 disengagement agreement, …"), is.
  const subjectYears = resolveDates(reading.resolved, ctx.reference).filter(
    (d) => namesAThing(reading.resolved, d) && /^the\s+$/i.test(reading.resolved.slice(0, d.index)),
  );
  const happenedDates = [...subjectYears, ...dates.filter((d) => !namesAThing(sentence, d))].filter(
    (d) => !isAhead(d.sort, ctx.reference),
  );
  const dated = happenedDates.find((d) => d.precision !== "year") ?? null;
  const aboutEvent =
    sentence === ctx.lede ||
    section === ctx.event.section ||
    EVENT_REFERENCE.test(sentence) ||
    dated !== null;
  return { happenedDates, dated, aboutEvent };
}

/** How a sentence written out from the one before reads, and when the sentence before dates it. */
interface WrittenOut {
  /** The sentence with its pronoun subject written out, when it opens with one. */
  sentenceWritten: string | null;
  /** When it happened: "They agreed …" written out happened when the sentence before did. */
  happenedSort: string | undefined;
}

/** "The 19 May meeting had been planned …": a date before a noun, naming the day an earlier draft's entry holds. */
function namesDatedEvent(sentence: string, dated: ResolvedDate | null, facts: readonly DraftFact[]): boolean {
  return (
    dated !== null &&
    /\bthe\s+$/i.test(sentence.slice(0, dated.index)) &&
    /^\s+\p{Ll}/u.test(sentence.slice(dated.index + dated.text.length)) &&
    facts.some((f) => f.timeline?.sort === dated.sort)
  );
}

/**
 * "was already in Paris before the talks; al-Shaibani flew in on Thursday": a sentence that speaks of the
 * lede's event, dated to its day, tells part of that event (an arrival, where it had been expected), which
 * the lede's timeline entry is: dated with `happened`, one entry per event.
 */
function onTheEventsDay(ctx: DraftContext, sentence: string, dated: ResolvedDate | null): boolean {
  return (
    dated !== null &&
    sentence !== ctx.lede &&
    dated.sort === ctx.event.date &&
    dated.precision === "day" &&
    (EVENT_REFERENCE.test(sentence) || THE_DAYS_EVENT.test(sentence.slice(dated.index)))
  );
}

/** The sentence's fact, as it is before it is dated or joined to the one before. */
function sentenceFact(
  ctx: DraftContext,
  reading: SentenceReading,
  statement: string,
  headed: ReadonlySet<string>,
  writtenOut: WrittenOut,
): DraftFact {
  const { topicWords, fallbackTopic, taken } = ctx;
  const { sentence, section, resolved, names, inherited, dates, contextDates, event: ties } = reading;
  const { context, named, places } = names;
  const kinds = kindsOf(ctx, reading);
  const topics = topicWords.filter((t) => t.pattern?.test(sentence)).map((t) => t.id);
  // "there" read as the place it stands for, in the wording the questions are drawn from.
  const [onlyPlace] = inherited.length === 1 && places.length === 0 ? inherited : [];
  const spoken = (onlyPlace && withPlaceForThere(resolved, onlyPlace.name)) || resolved;
  const short = shortQuestionsOf(ctx, reading, kinds, spoken, onlyPlace, writtenOut);
  return {
    id: factId(sentence, taken),
    statement,
    quotes: context ? [sentence, context] : [sentence],
    entities: [...new Set([...named, ...inherited, ...ties.places, ...ties.people].map((e) => e.id))],
    topics: topics.length > 0 ? topics : [fallbackTopic],
    questions: questionsOf(ctx, reading, statement, spoken, headed, short),
    // The heading a sentence stands under says what its section is about ("The agenda", "The Lima track").
    keywords: [
      ...new Set([
        ...[...dates, ...contextDates].map((d) => formatSortable(d.sort)),
        ...ties.dates,
        ...sectionKeywords(ctx, section, !headed.has(section ?? "")),
      ]),
    ],
    kinds: [...kinds],
    reviewed: false,
  };
}

/** "Paris talks" of a headline naming its event so ("… confirms Paris talks with …"): "the Paris talks". */
function headlineEvent(title: string): string | undefined {
  const found = new RegExp(`\\b((?:\\p{Lu}[\\p{L}-]*\\s+)?(?:${EVENT_NOUNS}))\\b`, "u").exec(title);
  return found?.[1] ? `the ${found[1]}` : undefined;
}

/** Short questions from the main clause, its pronoun written out ("They agreed …" → "Who agreed …?"). */
function shortQuestionsOf(
  ctx: DraftContext,
  reading: SentenceReading,
  kinds: ReadonlySet<string>,
  spoken: string,
  onlyPlace: Entity | undefined,
  writtenOut: WrittenOut,
): string[] {
  const { event, index, isNoun, irregular } = ctx;
  // The month it happened: "They agreed …" written out happened when the sentence before did.
  const eventMonth = (
    writtenOut.happenedSort ??
    (reading.event.dates.length > 0 ? event.date : null) ??
    ""
  ).slice(5, 7);
  return shortQuestions({
    sentence: writtenOut.sentenceWritten ?? spoken,
    kinds,
    entitiesIn: (text) => entitiesIn(text, index),
    isVerb: verbTest(ctx),
    isNoun,
    // A past form this article uses ("met"), else a regular one ("mediated"), else as written ("say").
    infinitiveOf: (verb) =>
      irregular.get(verb.toLowerCase()) ?? (/(?:ed|[^s]s)$/.test(verb) ? infinitiveOf(verb) : verb),
    month: eventMonth ? (MONTH_NAMES[Number(eventMonth) - 1] ?? null) : null,
    places: [...(onlyPlace ? [onlyPlace] : []), ...reading.names.places].map((p) => p.name),
    durations: ctx.durations.filter((d) => reading.sentence.includes(d)),
    eventName: reading.event.dates.length > 0 ? headlineEvent(ctx.title) : undefined,
  });
}

/** The questions a sentence's fact answers: its statement, the sentence's wordings, its clauses. */
function questionsOf(
  ctx: DraftContext,
  reading: SentenceReading,
  statement: string,
  spoken: string,
  headed: ReadonlySet<string>,
  short: readonly string[],
): string[] {
  const { title, lede, tagged, irregular } = ctx;
  const { sentence, section, resolved, names, dates } = reading;
  const isVerbWord = verbTest(ctx);
  return [
    ...new Set([
      statement,
      ...(sentence === lede ? [title] : []),
      // A heading sums up its section as the headline sums up the article: the first claim under it
      // answers it.
      ...(section && !headed.has(section) ? [section] : []),
      // As written too: a reader may ask with the sentence's own word ("that accord").
      ...(resolved !== sentence ? [sentence] : []),
      ...(spoken !== sentence ? [spoken] : []),
      ...withInfinitives(spoken, irregular),
      ...clausesOf(spoken, isVerbWord),
      ...claimQuestions(spoken),
      ...dates.flatMap((d) => {
        const clause = d.precision === "year" ? null : clauseEndingWith(spoken, d.text);
        // "A week before the Oslo meeting, on 12 March" ends with its date but tells no event.
        return clause && (clause.match(/[\p{L}-]+/gu) ?? []).some(isVerbWord) ? [clause] : [];
      }),
      ...roleQuestions(sentence, names.own, tagged),
      ...short,
    ]),
  ];
}

/**
 * The fact's timeline entry (its event's date), or the date it happened when it tells of no event. A year alone
 * does not date a sentence about the article's event: "the talks covered … the 1994 accord" names what the
 * talks covered, and happened 1994 made them thirty years old.
 */
function datedFact(fact: DraftFact, { dated, happenedDates, aboutEvent }: SentenceTime): void {
  if (dated) {
    fact.timeline = {
      when: dated.relative ? `${dated.text} (${formatSortable(dated.sort)})` : formatSortable(dated.sort),
      sort: dated.sort,
      implied: dated.implied,
    };
  } else if (happenedDates[0] && !aboutEvent) fact.happened = happenedDates[0].sort;
}

/**
 * A sentence that points back goes on with the claim before it ("They agreed …" after "Berg met … in Lima";
 * "Its media office described the claims as baseless"): one fact with both quotes. So does a paragraph's
 * short opening ("Peru has been another venue.", "The semi-public meeting built on months of discreet
 * contacts."): it introduces the claim after it, which it joins.
 */
function goesOnWith(
  reading: SentenceReading,
  paragraphSentences: readonly string[],
  before: string | null,
  beforeFact: DraftFact,
  written: boolean,
): boolean {
  const { context } = reading.names;
  const leadIn =
    before !== null &&
    paragraphSentences.indexOf(before) === 0 &&
    before.split(/\s+/).length <= MAX_LEAD_IN_WORDS &&
    beforeFact.quotes.length === 1 &&
    beforeFact.quotes[0] === before;
  const pointsBack =
    !written &&
    context !== null &&
    PRONOUN_OPENING.test(reading.sentence) &&
    beforeFact.quotes.includes(context);
  return pointsBack || leadIn;
}

/**
 * Who leads or represents a side now, for a sentence about an event (the lede's, or one it dates): each
 * side's first lead in the article becomes a fact of its own, the only one with that side. Not a sentence
 * about the past ("in 2000, … Norway's then foreign minister"), and only a person the sentence ties to the
 * side's role.
 */
function leadFactsOf(
  ctx: DraftContext,
  reading: SentenceReading,
  { dated, aboutEvent }: SentenceTime,
  ledSides: Set<string>,
): DraftFact[] {
  const { lede, event, reference, sideSpellings } = ctx;
  const { sentence, section, names, dates, event: ties } = reading;
  const historical =
    dates.length > 0 && dates.every((d) => Number(d.sort.slice(0, 4)) < Number(reference.slice(0, 4)) - 1);
  const sideTiesOf = historical || !aboutEvent ? [] : sideTies(sentence, names.own, sideSpellings);
  // The lede's meeting is where the headline puts it; another sentence's, where it says, else the lede's.
  const eventPlace =
    (sentence === lede ? event.places[0] : undefined) ??
    names.places.find((p) => placedIn(sentence, p)) ??
    (ties.dates.length > 0 || ties.places.length > 0 ? event.places[0] : undefined);
  const eventDate = dated?.sort ?? event.date;
  const leads: DraftFact[] = [];
  for (const tie of sideTiesOf) {
    if (ledSides.has(tie.side)) continue;
    ledSides.add(tie.side);
    leads.push(leadFact(ctx, tie, sentence, eventPlace ?? null, eventDate, section));
  }
  return leads;
}
