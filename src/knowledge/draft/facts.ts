// Drafts an article's facts: one per sentence of the body, each with the sentence as its verbatim quote,
// the entities it names, its dates resolved against the dateline, the kinds of question it can answer, the
// side it speaks of when it says who leads or represents one, topics from the story's topic words, and a
// statement (the sentence, with relative dates written out). Drafts are marked `reviewed: false`.
// Pure: text and the current base in, files' contents out (src/knowledge/add.ts does the I/O).
import nlp from "compromise";
import { escapeRegExp } from "../../engine/regexp.js";
import type { Entity, Story } from "../schema.js";
import { type ParsedArticle, parseArticle } from "./article.js";
import { formatDate, type ResolvedDate, resolveDates } from "./dates.js";
import { entitiesIn, findNames, mergeEntities, slugOf, spellingIndex, spellingNotes } from "./entities.js";
import { personProfile, profileStatement, saidBefore } from "./profiles.js";
import { leadQuestions, leadStatement, type SideTie, sideTies } from "./sides.js";
import {
  claimOf,
  clauseEndingWith,
  roleOf,
  splitAfterQuotations,
  subjectOfCopula,
  trailingClaims,
  withPlaceForThere,
  withReferencesResolved,
} from "./wording.js";

interface DraftOptions {
  id?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

/** A drafted fact as it is written to facts.json (the schema's input shape). */
interface DraftFact {
  id: string;
  statement: string;
  quotes: string[];
  entities: string[];
  topics: string[];
  questions: string[];
  keywords: string[];
  kinds: string[];
  side?: string;
  timeline?: { when: string; sort: string; implied: boolean };
  happened?: string;
  reviewed: false;
}

interface DraftedArticle {
  id: string;
  meta: {
    id: string;
    title: string;
    outlet: string | null;
    published: string | null;
    url: string | null;
    sections: string[];
    attributions: never[];
  };
  facts: DraftFact[];
  entities: Entity[];
  addedEntities: Entity[];
  parsed: ParsedArticle;
}

/** The words a reader asks what someone is with ("what's Dermer's job?"): a profile fact's keywords. */
const PROFILE_WORDS = ["job", "title", "post", "role", "position", "portfolio"];
/** Longest fact id we make from a sentence's first words. */
const MAX_ID_LENGTH = 48;
const ID_WORDS = 7;
/** Sentences shorter than this (in words) carry no claim of their own ("Israel stayed silent."is 4). */
const MIN_SENTENCE_WORDS = 4;
/** A paragraph's opening sentence this short (in words) introduces the next one rather than stating a claim. */
const MAX_LEAD_IN_WORDS = 10;
/** Parts of a sentence kept as extra retrieval questions: short claims inside a long sentence. */
const MAX_CLAUSES = 6;
const MIN_CLAUSE_WORDS = 3;

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
 * "the talks", "the Paris meeting", "the session": a sentence anywhere in the article that speaks of the
 * event by a definite noun is about the lede's event.
 */
const EVENT_REFERENCE =
  /\bthe\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:talks|meeting|session|encounter|summit|vote|hearing)\b/u;
/** The word a sentence names its event by ("held TALKS", "the SESSION"), for a side's lead fact. */
const EVENT_NOUN = /\b(talks|meeting|session|encounter|summit|negotiations|vote|hearing)\b/i;
/** Nouns for whoever leads or represents a side: "Syria's foreign MINISTER", "the Israeli SIDE". */
const ROLE_NOUNS =
  "(?:minister|envoy|ambassador|chief|side|delegation|governor|negotiator|mediator|representative)s?\\b";
/** A count; not "one", which is more often a pronoun ("one official said") than a number. */
const NUMBER_WORDS =
  /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|several|few)\b/i;
/** A cause or purpose; not "after", "following" or "amid", which order events in time. */
const CAUSE_WORDS =
  /\b(because|to (shield|protect|prevent|enforce|help|lock|agree|support|consolidate)|so as to|in order to|purpose|aim|goal|meant to|why|reason)\b/i;

/**
 * The sentences of each paragraph, located verbatim: compromise splits the whole body once (paragraphs
 * apart), and each sentence is found in its paragraph in order. A paragraph none of whose sentences
 * could be placed is kept whole, so no text is lost.
 */
function sentencesByParagraph(sentences: readonly string[], paragraphs: readonly string[]): string[][] {
  const out: string[][] = paragraphs.map(() => []);
  let p = 0;
  let from = 0;
  for (const text of sentences.flatMap((raw) => splitAfterQuotations(raw.trim()))) {
    for (let q = p; q < paragraphs.length; q++) {
      const at = (paragraphs[q] as string).indexOf(text, q === p ? from : 0);
      if (at < 0) continue;
      p = q;
      from = at + text.length;
      out[q]?.push(text);
      break;
    }
  }
  paragraphs.forEach((paragraph, i) => {
    if (out[i]?.length === 0 && paragraph.trim() !== "") out[i] = [paragraph.trim()];
  });
  return out;
}

/** The sentence with relative dates written out: "on Thursday evening (24 July 2025)". */
function statementOf(sentence: string, dates: readonly ResolvedDate[]): string {
  let out = "";
  let at = 0;
  for (const date of dates) {
    if (!date.relative) continue;
    let end = date.index + date.text.length;
    // "Thursday's meeting" → "Thursday's (24 July 2025) meeting": the possessive stays on its word.
    const possessive = /^['’]s\b/.exec(sentence.slice(end));
    if (possessive) end += possessive[0].length;
    out += `${sentence.slice(at, end)} (${formatDate(date.sort)})`;
    at = end;
  }
  return out + sentence.slice(at);
}

function clausesOf(sentence: string): string[] {
  const parts = sentence
    .split(/[,;:—–()"“”]\s*|\s+(?:and|while|but|whereas|when|which|who|after|before|as)\s+/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= MIN_CLAUSE_WORDS);
  return parts.length > 1 ? parts.slice(0, MAX_CLAUSES) : [];
}

/** The claim a sentence reports, without its reporting frame, and the subject of a "was to …" claim. */
function claimQuestions(sentence: string): string[] {
  const claim = claimOf(sentence);
  if (!claim) return [];
  const subject = subjectOfCopula(claim);
  return [claim, ...(subject ? [subject] : [])];
}

function factId(sentence: string, taken: Set<string>): string {
  const words = slugOf(sentence).split("-").filter(Boolean).slice(0, ID_WORDS);
  let base = words.join("-");
  while (base.length > MAX_ID_LENGTH && base.includes("-")) base = base.slice(0, base.lastIndexOf("-"));
  let id = base || "fact";
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Whether the sentence names the place after a preposition of place ("in Paris", "a visit to Baku"); not
 * after a role ("the US ambassador to Turkey" happens nowhere).
 */
function placedIn(sentence: string, place: Entity): boolean {
  const spellings = [place.name, ...place.aliases].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(
    `\\b(?<!${ROLE_NOUNS}\\s)(?:in|at|to|near|into|inside|from|around|outside)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${spellings.join("|")})\\b`,
    "iu",
  ).test(sentence);
}

/** `next` (a sentence that points back) joined into `fact`, the claim it goes on with. */
function joinFacts(fact: DraftFact, next: DraftFact): void {
  fact.statement = `${fact.statement} ${next.statement}`;
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  fact.quotes = union(fact.quotes, next.quotes);
  fact.entities = union(fact.entities, next.entities);
  fact.topics = union(fact.topics, next.topics);
  fact.questions = union(fact.questions, next.questions);
  fact.keywords = union(fact.keywords, next.keywords);
  fact.kinds = union(fact.kinds, next.kinds);
  if (!fact.side && next.side) fact.side = next.side;
  if (!fact.timeline && next.timeline) {
    fact.timeline = next.timeline;
    delete fact.happened;
  } else if (!fact.timeline && !fact.happened && next.happened) fact.happened = next.happened;
}

/**
 * "Who is X?" and "X, <what the sentence says X is>" for each person the sentence describes: a reader asks
 * who someone is, or their title, with few words besides the name, and those match a short question best.
 */
function roleQuestions(sentence: string, named: readonly Entity[], tagged: TaggedWords): string[] {
  const out: string[] = [];
  const isVerb = (word: string) => tagged.verbs.has(word.toLowerCase());
  const isNoun = (word: string) => tagged.nouns.has(word.toLowerCase());
  for (const person of named) {
    if (person.kind !== "person") continue;
    const role = roleOf(sentence, [person.name, ...person.aliases], isVerb, isNoun);
    // By the surname alone ("al-Shaibani, Syria's foreign minister"): a given name is one more word the
    // reader's "who is Shaibani?" lacks, and lowers the match.
    const surname = person.aliases
      .filter((a) => person.name.endsWith(` ${a}`) && !/\s/.test(a))
      .sort((a, b) => b.length - a.length)[0];
    if (role) out.push(`${surname ?? person.name}, ${role}`);
  }
  return out;
}

interface TaggedWords {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}

interface LedeEvent {
  /** Section the lede stands in (null before the first heading): the opening section that tells the event. */
  section: string | null;
  /** The event's date (sortable), when the lede gives one to the day or month. */
  date: string | null;
  /** Where the event happened: places the headline puts it in, else places the lede puts it in. */
  places: Entity[];
  /** Who the lede says took part. */
  people: Entity[];
}

function ledeEvent(
  lede: string | null,
  title: string,
  sentences: readonly string[][],
  parsed: ParsedArticle,
  index: ReadonlyArray<{ pattern: RegExp; entity: Entity }>,
  reference: string,
): LedeEvent {
  if (!lede) return { section: null, date: null, places: [], people: [] };
  const paragraph = sentences.findIndex((p) => p.includes(lede));
  const section = parsed.paragraphs[paragraph]?.section ?? null;
  const date = resolveDates(lede, reference).find((d) => d.precision !== "year")?.sort ?? null;
  const placed = (text: string) =>
    entitiesIn(text, index).filter((e) => e.kind === "place" && placedIn(text, e));
  const headlinePlaces = placed(title);
  return {
    section,
    date,
    places: headlinePlaces.length > 0 ? headlinePlaces : placed(lede),
    people: entitiesIn(lede, index).filter((e) => e.kind === "person"),
  };
}

type VerbToInfinitive = (word: string, model: unknown, tense: string) => string;

/**
 * Past forms compromise tagged in the text that do not end in "-ed", each with its infinitive from
 * compromise's own conjugation tables (no re-parse: converting the whole document costs as much as parsing it).
 */
export function irregularPastForms(doc: ReturnType<typeof nlp>): Map<string, string> {
  const world = nlp.world() as unknown as {
    methods: { two: { transform: { verb: { toInfinitive: VerbToInfinitive } } } };
    model: unknown;
  };
  const toInfinitive = world.methods.two.transform.verb.toInfinitive;
  const out = new Map<string, string>();
  for (const raw of doc.match("(#PastTense|#Participle)").out("array") as string[]) {
    for (const word of raw.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (out.has(word) || /ed$/.test(word) || word.length < 3) continue;
      const infinitive = toInfinitive(word, world.model, "PastTense");
      if (infinitive && infinitive !== word && /^[a-z]+$/.test(infinitive)) out.set(word, infinitive);
    }
  }
  return out;
}

/** The sentence with its irregular past forms in the infinitive, if it has any; else nothing. */
function withInfinitives(sentence: string, irregular: ReadonlyMap<string, string>): string[] {
  let changed = false;
  const text = sentence.replace(/\p{L}+/gu, (word) => {
    const infinitive = irregular.get(word.toLowerCase());
    if (!infinitive) return word;
    changed = true;
    return /^\p{Lu}/u.test(word) ? infinitive[0]?.toUpperCase() + infinitive.slice(1) : infinitive;
  });
  return changed ? [text] : [];
}

function wordStarts(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b(?:${escaped.join("|")})`, "i");
}

interface DraftInput {
  text: string;
  options: DraftOptions;
  entities: readonly Entity[];
  story: Story;
  /** Fact ids already in the base (all articles), so drafted ids never clash. */
  factIds: ReadonlySet<string>;
  /** Quotes already in this article's facts.json: their sentences are not drafted again. */
  existingQuotes: ReadonlySet<string>;
  /** Statements of the base's other articles' facts: a profile they give already is not drafted again. */
  knownStatements?: readonly string[];
}

export function draftArticle(input: DraftInput): DraftedArticle {
  const { text, options, story } = input;
  const parsed = parseArticle(text);
  const title = options.title ?? parsed.title;
  const published = options.published ?? parsed.dateline?.date ?? null;
  // The id rests on what the text says (dateline and title), so a re-run with other flags finds the article.
  const idDate = parsed.dateline?.date ?? published;
  const id =
    options.id ??
    [idDate, ...slugOf(parsed.title).split("-").slice(0, 6)].filter(Boolean).join("-").slice(0, 80);
  const reference = published ?? new Date().toISOString().slice(0, 10);

  const paragraphTexts = parsed.paragraphs.map((p) => p.text);
  const body = paragraphTexts.join("\n\n");
  // One parse of the body serves both sentence splitting and names (compromise's parse is the slow part).
  const doc = nlp(body);
  const sentences = sentencesByParagraph(doc.sentences().out("array") as string[], paragraphTexts);
  // Irregular past forms ("broke", "met", "flew") and their infinitives: "when did the fighting break out?"
  // asks with a form no suffix rule reaches from "Fighting broke out". The sentence with them replaced is one
  // more question the fact answers.
  const irregular = irregularPastForms(doc);
  const describe = (name: string) => `${name}, as named in “${title}”${published ? ` (${published})` : ""}.`;
  const { entities, added } = mergeEntities(
    input.entities,
    findNames(doc, body),
    spellingNotes(body),
    describe,
  );
  const index = spellingIndex(entities);

  // A side is named as the holder of a role: "Syria's foreign minister", "the Israeli side", "US envoy".
  const sideSpellings = story.sides.map((side) => {
    const entity = entities.find((e) => e.id === side.id);
    const names = [side.label, ...side.names, ...(entity ? [entity.name, ...entity.aliases] : [])];
    return { id: side.id, names: names.map(escapeRegExp).join("|") };
  });
  const topicWords = story.topics.map((t) => ({ id: t.id, pattern: wordStarts(t.words) }));
  const fallbackTopic = story.draftTopic ?? story.topics[0]?.id ?? "background";

  const taken = new Set(input.factIds);
  const facts: DraftFact[] = [];
  // The lede is what the headline sums up: the headline is one of the questions it answers.
  const lede = sentences.flat().find((s) => s.split(/\s+/).length >= MIN_SENTENCE_WORDS);
  const event = ledeEvent(lede ?? null, title, sentences, parsed, index, reference);
  // Spans of time ("four hours", "several days", "a month"): compromise tags them in the parsed body.
  const durations = (doc.match("(#Value|several|few|many) #Duration").out("array") as string[])
    .map((d) => d.replace(/[.,;:!?)"”]+$/, "").trim())
    .filter(Boolean);
  // Words compromise read as verbs and nouns here: "Ron Dermer, held talks …" is a clause, not an appositive.
  const wordsTagged = (tag: string) =>
    new Set(
      (doc.match(tag).out("array") as string[]).flatMap((v) => v.toLowerCase().match(/[\p{L}-]+/gu) ?? []),
    );
  const tagged: TaggedWords & { titles: ReadonlySet<string> } = {
    verbs: wordsTagged("#Verb"),
    nouns: wordsTagged("#Noun"),
    titles: wordsTagged("(#Actor|#Honorific)"),
  };
  const isNoun = (word: string) => tagged.nouns.has(word.toLowerCase());
  /** Headings already given to the first fact under them. */
  const headed = new Set<string>();
  /** Sides whose lead has a fact already: one per side and article, as a curator writes it. */
  const ledSides = new Set<string>();
  const allSentences = sentences.flat();
  /** What the article calls a person, from the first sentence that says it ("Foreign Minister"). */
  const roleInArticle = (person: Entity, first: string): string | null => {
    for (const text of [first, ...allSentences]) {
      const role = roleOf(
        text,
        [person.name, ...person.aliases],
        (w) => tagged.verbs.has(w.toLowerCase()),
        (w) => tagged.nouns.has(w.toLowerCase()),
      );
      if (role) return role;
    }
    return null;
  };
  const eventNoun = (text: string): string =>
    (EVENT_NOUN.exec(text) ?? EVENT_NOUN.exec(lede ?? ""))?.[1]?.toLowerCase() ?? "meeting";
  const leadFact = (
    tie: SideTie,
    sentence: string,
    place: Entity | null,
    date: string | null,
    section: string | null,
  ): DraftFact => {
    const sideInfo = story.sides.find((s) => s.id === tie.side);
    const label = sideInfo?.label ?? tie.side;
    const noun = eventNoun(sentence);
    const event = `the ${noun}${place ? ` in ${place.name}` : ""}${date ? ` on ${formatDate(date)}` : ""}`;
    const companionRoles = new Map(tie.companions.map((c) => [c.id, roleInArticle(c, sentence)]));
    const role = roleInArticle(tie.person, sentence);
    // A mediator stands between the other sides the sentence or the lede names.
    const named = entitiesIn(`${sentence} ${lede ?? ""}`, index).map((e) => e.id);
    const between = story.sides.filter((s) => s.id !== tie.side && named.includes(s.id)).map((s) => s.label);
    const statement = leadStatement(tie, label, event, role, companionRoles, between);
    const topics = topicWords.filter((t) => t.pattern?.test(statement)).map((t) => t.id);
    const sideEntity = entities.find((e) => e.id === tie.side);
    const fact: DraftFact = {
      id: factId(`${tie.side} lead ${tie.person.name.split(/\s+/).at(-1)} ${date?.slice(0, 7) ?? ""}`, taken),
      statement,
      quotes: [sentence],
      entities: [
        ...new Set(
          [tie.person, ...tie.companions, ...(sideEntity ? [sideEntity] : []), ...(place ? [place] : [])].map(
            (e) => e.id,
          ),
        ),
      ],
      topics: topics.length > 0 ? topics : [fallbackTopic],
      questions: [statement, ...leadQuestions(tie, label, between)],
      keywords: [...new Set([...(date ? [formatDate(date)] : []), ...(section ? [section] : [])])],
      kinds: ["who", "what", "yes-no"],
      side: tie.side,
      reviewed: false,
    };
    if (date) fact.happened = date;
    return fact;
  };
  sentences.forEach((paragraphSentences, paragraph) => {
    let previousPlaces: Entity[] = [];
    let previous: string | null = null;
    /** The sentence before with its references written out, so a chain of them reaches the named thing. */
    let previousResolved: string | null = null;
    /** The fact drafted from the sentence before, in this paragraph (null when it made none). */
    let previousFact: DraftFact | null = null;
    const section = parsed.paragraphs[paragraph]?.section ?? null;
    const inLedeSection = section === event.section;
    for (const sentence of paragraphSentences) {
      const before = previous;
      const beforeFact = previousFact as DraftFact | null;
      previous = sentence;
      // "That accord, …", "into the zone": what the sentence before named, written out.
      const resolvedBefore = previousResolved;
      const resolved = withReferencesResolved(sentence, resolvedBefore, isNoun);
      previousResolved = resolved;
      previousFact = null;
      if (sentence.split(/\s+/).length < MIN_SENTENCE_WORDS) continue;
      // "It was the second time…", "They agreed…": a sentence that starts by pointing back needs the one
      // before it to be understood, so that one is its second quote (and lends its names and dates).
      const context = before && ANAPHOR.test(sentence) ? before : null;
      const own = entitiesIn(sentence, index);
      const named = context ? entitiesIn(`${sentence} ${context}`, index) : [...own];
      const places = named.filter((e) => e.kind === "place");
      // "Fighting broke out there": a sentence naming no place is about the place of the one before.
      const inherited = places.length === 0 ? previousPlaces : [];
      // Only a place the sentence puts something in ("a visit to Baku", "in Paris") is handed on: in
      // "Neither Damascus nor Jerusalem commented" the capitals speak for governments.
      if (places.length > 0) previousPlaces = places.filter((p) => placedIn(sentence, p));
      if (input.existingQuotes.has(sentence)) continue;
      const dates = resolveDates(sentence, reference);
      const contextDates = context ? resolveDates(context, reference) : [];
      // The opening section tells the lede's event: a sentence there with no date or place of its own
      // ("the meeting lasted around four hours", "al-Shaibani was accompanied by …") is about that event,
      // so the event's date and place are words it can be found by (not shown in its answer).
      // The lede itself is where the headline puts it ("meet in Paris" of "held talks in the French capital").
      const eventDates: string[] = [];
      let eventPlaces: Entity[] = [];
      let eventPeople: Entity[] = [];
      if (sentence === lede) eventPlaces = event.places;
      else if (inLedeSection || EVENT_REFERENCE.test(sentence)) {
        // A year before a noun ("the 1974 agreement", "the 1973 war") names a thing; it does not date the
        // sentence as "in 2000" does.
        const ownDate = [...dates, ...contextDates].some(
          (d) => d.precision !== "year" || !/\bthe\s+$/i.test(sentence.slice(0, d.index)),
        );
        if (event.date && !ownDate) eventDates.push(formatDate(event.date));
        if (inherited.length === 0 && !places.some((p) => placedIn(sentence, p))) eventPlaces = event.places;
        // "the two ministers", "the purpose of the Paris talks": who took part in the event, when the
        // sentence names no one itself.
        if (!named.some((e) => e.kind === "person")) eventPeople = event.people;
      }
      let statement = withReferencesResolved(statementOf(sentence, dates), resolvedBefore, isNoun);
      // "the meeting lasted around four hours": which meeting, as a curator writes it ("the meeting (24 July
      // 2025, in Paris)"), so a reader's "the July meeting", "the Paris meeting" finds it.
      if (eventDates.length > 0 && sentence !== lede) {
        const place = event.places[0]?.name;
        const said = EVENT_REFERENCE.exec(statement);
        if (said) {
          const end = said.index + said[0].length;
          statement = `${statement.slice(0, end)} (${eventDates[0]}${place && !statement.includes(place) ? `, in ${place}` : ""})${statement.slice(end)}`;
        }
      }
      const kinds = new Set<string>(["what", "yes-no"]);
      if (named.some((e) => e.kind === "person" || e.kind === "organisation" || e.kind === "outlet"))
        kinds.add("who");
      if (dates.length > 0) kinds.add("when");
      // "where": a place the sentence puts something in ("met in Amman"), or the place it points back to;
      // not a capital that speaks for a government ("Damascus dismissed"), not "in September".
      if (inherited.length > 0 || places.some((p) => placedIn(sentence, p))) kinds.add("where");
      // A count, not a date: years and the sentence's dates do not make it answer "how many".
      let undated = sentence;
      for (const date of dates) undated = undated.replace(date.text, " ");
      if (NUMBER_WORDS.test(undated.replace(/\b(1[89]|20)\d\d\b/g, " "))) kinds.add("how-many");
      // A span of time answers "how long" (asked as a "when") and "how much time".
      if (durations.some((d) => sentence.includes(d))) kinds.add("when").add("how-many");
      if (CAUSE_WORDS.test(sentence)) kinds.add("why");
      // Who leads or represents a side now: not a sentence about the past ("in 2000, … Syria's then
      // foreign minister"), and only a person the sentence ties to the side's role.
      const dated = dates.find((d) => d.precision !== "year") ?? null;
      const historical =
        dates.length > 0 &&
        dates.every((d) => Number(d.sort.slice(0, 4)) < Number(reference.slice(0, 4)) - 1);
      // Who leads or represents a side, for a sentence about an event (the lede's, or one it dates): each
      // side's first lead in the article becomes a fact of its own (below), the only one with that side.
      const aboutEvent =
        sentence === lede || inLedeSection || EVENT_REFERENCE.test(sentence) || dated !== null;
      const ties = historical || !aboutEvent ? [] : sideTies(sentence, own, sideSpellings);
      const topics = topicWords.filter((t) => t.pattern?.test(sentence)).map((t) => t.id);
      // "there" read as the place it stands for, in the wording the questions are drawn from.
      const [onlyPlace] = inherited.length === 1 && places.length === 0 ? inherited : [];
      const spoken = (onlyPlace && withPlaceForThere(resolved, onlyPlace.name)) || resolved;
      const fact: DraftFact = {
        id: factId(sentence, taken),
        statement,
        quotes: context ? [sentence, context] : [sentence],
        entities: [...new Set([...named, ...inherited, ...eventPlaces, ...eventPeople].map((e) => e.id))],
        topics: topics.length > 0 ? topics : [fallbackTopic],
        questions: [
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
            ...clausesOf(spoken),
            ...claimQuestions(spoken),
            ...dates.flatMap((d) => (d.precision === "year" ? [] : (clauseEndingWith(spoken, d.text) ?? []))),
            ...roleQuestions(sentence, own, tagged),
          ]),
        ],
        // The heading a sentence stands under says what its section is about ("The agenda", "The Amman track").
        keywords: [
          ...new Set([
            ...[...dates, ...contextDates].map((d) => formatDate(d.sort)),
            ...eventDates,
            ...(section ? [section] : []),
          ]),
        ],
        kinds: [...kinds],
        reviewed: false,
      };
      if (dated) {
        fact.timeline = {
          when: dated.relative ? `${dated.text} (${formatDate(dated.sort)})` : formatDate(dated.sort),
          sort: dated.sort,
          implied: dated.implied,
        };
      } else if (dates[0]) fact.happened = dates[0].sort;
      // One fact per claim: a sentence that ends on a claim about a noun ("…, the Suwayda ceasefire, which has
      // held since 19 July after fighting that the Observatory says killed at least 1,300 people") gives each
      // such claim a fact of its own, quoting the part it rests on. The sentence's own fact keeps the whole
      // sentence: trimmed to its first claim, it lost the words readers find it by.
      const trailing = trailingClaims(sentence);
      const claimFacts: DraftFact[] = [];
      if (trailing) {
        const about = entitiesIn(trailing.claims[0]?.quote ?? "", index);
        for (const claim of trailing.claims) {
          const claimDates = resolveDates(claim.statement, reference);
          const claimDated = claimDates.find((d) => d.precision !== "year");
          const kinds = new Set<string>(["what", "yes-no"]);
          if (claimDates.length > 0) kinds.add("when");
          const claimNamed = entitiesIn(claim.statement, index);
          if (claimNamed.some((e) => e.kind === "organisation" || e.kind === "outlet" || e.kind === "person"))
            kinds.add("who");
          let undatedClaim = claim.statement;
          for (const date of claimDates) undatedClaim = undatedClaim.replace(date.text, " ");
          if (NUMBER_WORDS.test(undatedClaim.replace(/\b(1[89]|20)\d\d\b/g, " "))) kinds.add("how-many");
          const claimTopics = topicWords.filter((t) => t.pattern?.test(claim.statement)).map((t) => t.id);
          const claimStatement = statementOf(claim.statement, claimDates);
          const claimFact: DraftFact = {
            id: factId(claim.statement, taken),
            statement: claimStatement,
            quotes: [claim.quote],
            entities: [
              ...new Set([...claimNamed, ...about.filter((e) => e.kind === "place")].map((e) => e.id)),
            ],
            topics: claimTopics.length > 0 ? claimTopics : [fallbackTopic],
            questions: [
              ...new Set([
                claimStatement,
                ...withInfinitives(claim.statement, irregular),
                ...clausesOf(claim.statement),
              ]),
            ],
            keywords: [
              ...new Set([...claimDates.map((d) => formatDate(d.sort)), ...(section ? [section] : [])]),
            ],
            kinds: [...kinds],
            reviewed: false,
          };
          // "has held since 19 July" is a state as of the report, not an event of 19 July.
          if (claimDated && !/\bsince\s+$/i.test(claim.statement.slice(0, claimDated.index)))
            claimFact.happened = claimDated.sort;
          claimFacts.push(claimFact);
        }
      }
      if (section) headed.add(section);
      // A sentence that points back goes on with the claim before it ("They agreed …" after "al-Shaibani
      // met … in Amman"; "Its media office described the claims as baseless"): one fact with both quotes.
      // So does a paragraph's short opening ("Azerbaijan has been another venue.", "The semi-public meeting
      // built on months of discreet contacts."): it introduces the claim after it, which it joins.
      const leadIn =
        before !== null &&
        paragraphSentences.indexOf(before) === 0 &&
        before.split(/\s+/).length <= MAX_LEAD_IN_WORDS &&
        beforeFact?.quotes.length === 1 &&
        beforeFact.quotes[0] === before;
      const pointsBack =
        context !== null && PRONOUN_OPENING.test(sentence) && beforeFact?.quotes.includes(context);
      if (beforeFact && (pointsBack || leadIn)) {
        joinFacts(beforeFact, fact);
        previousFact = beforeFact;
      } else {
        facts.push(fact);
        previousFact = fact;
      }
      facts.push(...claimFacts);
      // The lede's meeting is where the headline puts it; another sentence's, where it says, else the lede's.
      const eventPlace =
        (sentence === lede ? event.places[0] : undefined) ??
        places.find((p) => placedIn(sentence, p)) ??
        (eventDates.length > 0 || eventPlaces.length > 0 ? event.places[0] : undefined);
      const eventDate = dated?.sort ?? event.date;
      for (const tie of ties) {
        if (ledSides.has(tie.side)) continue;
        ledSides.add(tie.side);
        facts.push(leadFact(tie, sentence, eventPlace ?? null, eventDate, section));
      }
    }
  });
  // "Who is X?": one profile fact per person the article gives a role, as a curator writes it. The words a
  // reader asks a person's post with are its keywords.
  const people = entitiesIn(body, index).filter((e) => e.kind === "person");
  for (const person of people) {
    const profile = personProfile(
      person,
      allSentences,
      (w) => tagged.verbs.has(w.toLowerCase()),
      isNoun,
      (w) => tagged.titles.has(w.toLowerCase()),
    );
    if (!profile || profile.quotes.some((q) => input.existingQuotes.has(q))) continue;
    const statement = profileStatement(profile);
    if (saidBefore(profile, input.knownStatements ?? [])) continue;
    const surname = person.aliases
      .filter((a) => person.name.endsWith(` ${a}`) && !/\s/.test(a))
      .sort((a, b) => b.length - a.length)[0];
    const topics = topicWords.filter((t) => t.pattern?.test(statement)).map((t) => t.id);
    facts.push({
      id: factId(`${person.name} profile`, taken),
      statement,
      quotes: profile.quotes,
      entities: [...new Set([person.id, ...entitiesIn(profile.roles.join(" "), index).map((e) => e.id)])],
      topics: topics.length > 0 ? topics : [fallbackTopic],
      questions: [...new Set([statement, ...profile.roles.map((r) => `${surname ?? person.name}, ${r}`)])],
      keywords: [...new Set([...PROFILE_WORDS, ...profile.roles])],
      kinds: ["who", "what"],
      reviewed: false,
    });
  }
  return {
    id,
    meta: {
      id,
      title,
      outlet: options.outlet ?? null,
      published,
      url: options.url ?? parsed.links[0] ?? null,
      sections: parsed.sections,
      attributions: [],
    },
    facts,
    entities,
    addedEntities: added,
    parsed,
  };
}
