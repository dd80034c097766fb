// The review sheet of `npm run kb:review`: each fact of an article on a few lines (what it says, its quotes,
// kinds, side, date, entities) with what a curator should look at, so a review reads the drafts against the
// article instead of paging through facts.json, whose drafted questions repeat each sentence five times.
// A draft's notes are of two kinds: what must be checked before it goes live (what kb:add guessed or wrote:
// a date it resolved, a side it set, a statement it wrote, entities it matched or missed, quotes it joined)
// and what is optional (a better statement, a member's questions). Marking a fact reviewed is how a curator
// says its notes are dealt with, so a reviewed fact has none (a "when" kind on a fact that says the article
// gives no date, a side on a profile, a date the curator wrote as implied are decisions, not mistakes): the
// sheet's count is what is left to do.
// Pure: knowledge base in, text out; the command (review.ts) reads the base and prints.
import { wordClass } from "../engine/english.js";
import { escapeRegExp } from "../engine/regexp.js";
import { attributesOf, withoutNumberedNames } from "../engine/support.js";
import { isWeekdayName } from "../engine/time-words.js";
import { foldWords, normaliseAlias } from "../shared/fold.js";
import { plural } from "../shared/plural.js";
import type { CheckKey, FixCheckKey } from "./check-keys.js";
import { MONTH_NAMES } from "./dates.js";
import { sideLeads } from "./draft/lead-facts.js";
import { isPlaceholderDescription } from "./draft/placeholder-descriptions.js";
import { entityLine, type SuggestionSource, suggestedEntity } from "./entity-suggestions.js";
import { namesWhosePost } from "./placed-posts.js";
import { draftedQuestions } from "./review-leftovers.js";
import {
  dateSettled,
  profileSettled,
  speaksOfTheEvent,
  subjectYearSettled,
  thereIsThePlace,
} from "./settled-checks.js";
import { statementRewritten } from "./statement-questions.js";
import { articleDate, type Entity, type Fact, type KnowledgeBase } from "./types.js";
import { locativeThere, unplacedTitles, vagueTwo, yearlessDays } from "./vague-wording.js";

export interface ReviewOptions {
  /** Only this article's facts; all articles when absent. */
  article?: string;
  /** Reviewed facts too, not only the drafts (`"reviewed": false`). */
  all: boolean;
  /**
   * The must-check pass alone: the drafts with a `CHECK:` line, and no `optional:` lines (the last line still
   * counts everything); each other draft on one line. Sizes of the sheet are in docs/curation.md.
   */
  checks?: boolean;
  /**
   * Where a fact is, as a block's first line names it ("/tmp/kb/articles/ID/facts.json:120"); the file
   * relative to the base when absent or undefined.
   */
  locate?: (articleId: string, factId: string) => string | undefined;
}

/**
 * One thing to look at: `check` must be done before the fact goes live, `optional` makes it answer better.
 * `open`: a check the files themselves still show (a kind with no date in it, a post with no country): it
 * goes away when fixed, so `kb:review -- --mark-reviewed` refuses the fact while it is there. The others
 * (a date or statement kb:add wrote, names to add) are the curator's judgement: reading them settles them.
 */
export interface ReviewNote {
  /**
   * `settled`: a check kb:review verified itself (settled-checks.ts); `kept`: one the curator kept as it is
   * (`"kept"` in the fact). Both counted and not shown.
   */
  level: "check" | "optional" | "settled" | "kept";
  text: string;
  open?: true;
  /** A check's kind, by which a curator keeps it as it is (`"kept"` in the fact, `kb:review -- --keep`). */
  key?: CheckKey;
}

/** Whether a capitalised word is a date's, not a name's ("On Thursday", "in July"). */
function isCalendarWord(word: string): boolean {
  return isWeekdayName(word) || MONTH_NAMES.some((month) => month.toLowerCase() === word.toLowerCase());
}

/** Lower-case words inside a name ("Secretary of State", "Observatory for Human Rights"). */
const NAME_JOINERS = new Set(["of", "for"]);

/**
 * Runs of capitalised words inside a sentence ("Sheikh Ali Hamdan", "Le Monde"), not its first word. A
 * single capitalised word that is ordinary English ("the French capital", a title such as "Secretary") is
 * no name to add.
 */
export function capitalisedNames(text: string): string[] {
  const names: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;"“”])\s+/)) {
    const words = sentence.split(/\s+/);
    let run: string[] = [];
    const flush = () => {
      // A joiner is part of a name only between two capitalised words.
      while (run.length > 0 && NAME_JOINERS.has(run.at(-1) as string)) run.pop();
      if (run.length > 1 || (run.length === 1 && wordClass((run[0] as string).toLowerCase()) !== "common"))
        names.push(run.join(" "));
      run = [];
    };
    words.forEach((raw, i) => {
      let word = raw.replace(/^[("“'‘]+|[)"”'’.,;:!?]+$/g, "").replace(/['’]s$/, "");
      // "UN-patrolled" names the UN; "al-Rashid" is a name though it starts in lower case.
      if (/^\p{Lu}[\p{Lu}\p{Ll}]*-\p{Ll}/u.test(word)) word = word.slice(0, word.indexOf("-"));
      const capitalised =
        (/^\p{Lu}/u.test(word) || /^(?:al|el|ad|as|bin|ibn|abu)-\p{Lu}/u.test(word)) && !isCalendarWord(word);
      // "Channel 12": a number goes on a name already begun; "Secretary of State": so does "of".
      if (i > 0 && (capitalised || (run.length > 0 && (/^\d+$/.test(word) || NAME_JOINERS.has(raw)))))
        run.push(word);
      else flush();
      if (/[,;:)]$/.test(raw)) flush();
    });
    flush();
  }
  return names;
}

/** Whether the entity's description is still the placeholder kb:add wrote (draft/placeholder-descriptions.ts). */
export const isDraftedDescription = (entity: Entity) => isPlaceholderDescription(entity.description);

/** A year alone ("1974"): what a sentence's bare year gives, which names what it mentions (a war, an accord). */
const BARE_YEAR = /^\d{4}$/;

function entityNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(normaliseAlias);
}

/**
 * Whether the statement is the quotes as the article words them, dates and places written in or not, and the
 * words kb:add writes in unbracketed (placed-statements.ts): a year, a name's words (a given name, an owner).
 */
function isQuoted(fact: Fact): boolean {
  const statement = fact.statement.replace(/\s*\([^)]*\)/g, " ");
  const quotes = fact.quotes.map((q) => q.text.replace(/\s*\([^)]*\)/g, " "));
  return [...quotes, quotes.join(" ")].some((quote) => quoteWithNamesAdded(statement, quote));
}

/**
 * A capitalised word (or a name opened by a particle, "al-Soto"), or a year: what kb:add may write into a
 * quote's words and it still reads as the quote.
 */
const ADDED_WORD = /^(?:\p{Lu}[\p{L}'’-]*|(?:al|el|ad|as|bin|ibn|abu)-\p{Lu}[\p{L}'’-]*|\d{4})$/u;

/** Whether `statement` is `quote` with only names' words and years added (each word compared folded). */
export function quoteWithNamesAdded(statement: string, quote: string): boolean {
  const words = (text: string) => text.split(/\s+/).filter((w) => foldWords(w) !== "");
  const said = words(statement);
  const quoted = words(quote).map(foldWords);
  let q = 0;
  for (const word of said) {
    const folded = foldWords(word);
    const added = ADDED_WORD.test(word.replace(/[.,;:!?"”]+$/, ""));
    // "al-Soto's" for the quote's "Soto's": the full name's end is the quote's word.
    if (q < quoted.length && (folded === quoted[q] || (added && folded.endsWith(` ${quoted[q]}`)))) q++;
    else if (!added) return false;
  }
  return q === quoted.length;
}

/**
 * The post of a profile ("Benjamin Netanyahu is Prime Minister.") when it names no country or body: no
 * possessive ("Israel's"), no entity of the base that is not a person ("US ambassador to Turkey"). Read alone,
 * a member cannot tell whose prime minister.
 */
function unplacedPost(fact: Fact, entities: ReadonlyMap<string, Entity>): string | null {
  const person = fact.entities.map((id) => entities.get(id)).find((e) => e?.kind === "person");
  if (!person) return null;
  const profile = new RegExp(`^${escapeRegExp(person.name)} (?:is|was) (.+)\\.$`).exec(fact.statement);
  const post = profile?.[1];
  return !post || namesWhosePost(post, entities.values()) ? null : post;
}

/** A sentence of a statement that opens with a subject pronoun: "…. It was their second meeting." */
const PRONOUN_OPENING = /(?:^|[.!?]["”]?\s+)(It|They|He|She|This|These)\s/;
/**
 * A definite noun a statement uses with nothing in it saying which ("sent troops into THE ZONE", "THE TWO
 * COUNTRIES"): the sentence before named it in the article; the reply shows the statement alone.
 */
const VAGUE_DEFINITE =
  /\b[Tt]he (two countries|two sides|two governments|zone|agreement|accord|deal|channel)\b/g;
/** A month with no day before it and no year after it ("overthrown IN DECEMBER"): which December? */
const MONTH_WITHOUT_YEAR = new RegExp(
  `\\b(?:(?:in|since|until|by|from|last|through|during|early|late)\\s+|mid-)((?:early |late )?(?:${MONTH_NAMES.join("|")}))\\b(?!,?\\s+\\d{4})(?!\\s*\\([^)]*\\d{4}\\))`,
);

/**
 * The definite nouns of a statement that nothing in it places ("the zone" where no other "zone" comes with a
 * name: "the buffer zone", "a UN-patrolled zone"); "the two countries" where it names fewer than two countries.
 */
export function vagueDefinites(statement: string, countries: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of statement.matchAll(VAGUE_DEFINITE)) {
    const noun = match[1] as string;
    const head = noun.split(" ").at(-1) as string;
    if (noun.startsWith("two ")) {
      // "US-sponsored" names no party to what the two countries do.
      const named = countries.filter((name) =>
        new RegExp(`\\b${escapeRegExp(name)}\\b(?!-)`).test(statement),
      );
      if (named.length < 2) found.push(match[0].toLowerCase());
    } else if ([...statement.matchAll(new RegExp(`\\b${head}\\b`, "gi"))].length === 1) {
      found.push(match[0].toLowerCase());
    }
  }
  return [...new Set(found)];
}
/** Words that make a noun phrase definite or quantified: a noun after one of them is no bare noun. */
const NOT_BARE = new Set(
  "the a an this that these those its their his her our some all both each every no any many several most more it they he she we there".split(
    " ",
  ),
);
/** A subject reported with no determiner: "X says fighting killed …", "Fighting killed …" at the start. */
const REPORTED_SUBJECT =
  /(?:^|\b(?:says|said|reported|reports|noted|added|estimates|estimated)\s+)(\p{L}[\p{Ll}-]+)\s+(?:\p{Ll}+ed|left|took|broke|fell|rose|hit|made)\b/u;

/**
 * The bare noun a statement kb:add wrote reports as a subject ("fighting" of "the Observatory says fighting
 * killed at least 1,300 people"): which fighting? The clause named it in its sentence ("the Suwayda
 * ceasefire, which has held since 19 July after fighting that …"); the statement alone does not.
 */
function bareSubject(statement: string): string | null {
  const word = REPORTED_SUBJECT.exec(statement)?.[1];
  if (!word) return null;
  const lower = word.toLowerCase();
  // A capitalised word at the start that is a name ("Damascus reported …") is no bare noun.
  if (word !== lower && wordClass(lower) !== "common") return null;
  return NOT_BARE.has(lower) ? null : lower;
}

/**
 * Drafts of the same article with a `timeline` entry on the same day: /timeline lists each as an event, so
 * three drafts dated "Thursday" (the meeting, a minister's arrival, where it was expected) are three entries.
 */
function sharedTimelines(facts: readonly Fact[]): Map<Fact, Fact[]> {
  const shared = new Map<Fact, Fact[]>();
  for (const fact of facts) {
    const day = fact.timeline?.sort;
    if (fact.reviewed !== false || !day || day.length < 10 || fact.timeline?.sequence !== undefined) continue;
    const others = facts.filter(
      (f) => f !== fact && f.articleId === fact.articleId && f.timeline?.sort === day,
    );
    if (others.length > 0) shared.set(fact, others);
  }
  return shared;
}

/** The names a fact's quotes give (capitalised runs) that no entity of the base has by any spelling. */
function unnamedIn(fact: Fact, entities: ReadonlyMap<string, Entity>): string[] {
  return unnamedNames(
    fact.quotes.map((q) => q.text),
    [...entities.values()],
  );
}

/** The names texts give (capitalised runs) that none of the entities has by any spelling. */
export function unnamedNames(texts: readonly string[], entities: readonly Entity[]): string[] {
  const known = entities.flatMap(entityNames);
  return [...new Set(texts.flatMap((text) => capitalisedNames(text)))].filter((name) => {
    const key = normaliseAlias(name);
    return !known.some((k) => k === key || key.includes(k) || k.includes(key));
  });
}

/** What a draft's notes are read against, besides the fact: its article and the article's other drafts. */
export interface NoteContext {
  /** Other drafts with a timeline entry on its day. */
  sameDay: readonly Fact[];
  /** The entities of its article's first fact. */
  ledeEntities: readonly string[];
  /** Its article's date. */
  articleDay: string | null;
  /** Entities with kb:add's description this draft is the first of its article to name. */
  describeHere: readonly Entity[];
  /** Names with no entity it is the first draft of its article to give (all it gives when absent). */
  unnamedHere: readonly string[];
  /** The article the entities for those names are suggested from. */
  source: SuggestionSource;
  /** Person id → the label of the side they lead in the article's drafts (lead-facts.ts' sideLeads). */
  leads: ReadonlyMap<string, string>;
  /** Each quote of its article's facts with a side → that fact's id: the lead facts a joined quote repeats. */
  leadQuotes: ReadonlyMap<string, readonly string[]>;
}

/** Adds a note of each level to one list; a check by its key (`CHECK_KEYS`). */
interface NoteWriter {
  check: (key: CheckKey, text: string) => void;
  /** A check the files still show until it is fixed (`ReviewNote.open`). */
  openCheck: (key: FixCheckKey, text: string) => void;
  optional: (text: string) => void;
  settled: (text: string) => void;
}

function noteWriter(notes: ReviewNote[]): NoteWriter {
  return {
    check: (key, text) => notes.push({ level: "check", text, key }),
    openCheck: (key, text) => notes.push({ level: "check", text, key, open: true }),
    optional: (text) => notes.push({ level: "optional", text }),
    settled: (text) => notes.push({ level: "settled", text }),
  };
}

/**
 * What to look at in a draft, in the order the README's review step goes through a fact: what kb:add
 * guessed or wrote (`check`) and what a curator may improve (`optional`); none for a reviewed fact.
 */
export function reviewNotes(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  context: Partial<NoteContext> = {},
): ReviewNote[] {
  const notes: ReviewNote[] = [];
  if (fact.reviewed !== false) return notes;
  const { sameDay = [], ledeEntities = [], articleDay = null, describeHere = [] } = context;
  const note = noteWriter(notes);
  claimNotes(fact, entities, context.leads ?? new Map<string, string>(), note);
  dateNotes(fact, articleDay, sameDay, note);
  const unsupported = unsupportedKinds(fact, entities);
  if (unsupported.includes("when")) note.openCheck("kind", "kind when, but no date or duration in it");
  if (unsupported.includes("how-many")) note.openCheck("kind", "kind how-many, but no number in it");
  absentEntityNotes(fact, entities, ledeEntities, note);
  if (repeatedLeadNotes(fact, context.leadQuotes ?? new Map<string, string[]>(), note)) {
    // Its own check says what to do with the joined quote.
    const joined = notes.findIndex((n) => n.text.startsWith("quotes joined:"));
    if (joined >= 0) notes.splice(joined, 1);
  }
  const unnamedHere = context.unnamedHere ?? unnamedIn(fact, entities);
  if (unnamedHere.length > 0) {
    const source = context.source ?? { text: "", title: "", published: articleDay };
    const lines = unnamedHere.map((name) => `      ${entityLine(suggestedEntity(name, source))}`);
    note.check(
      "names",
      `names with no entity: ${unnamedHere.join(", ")} — paste the entry below into entities.json, its kind and description as the article suggests them (correct a wrong guess; replace an "as named in" description); the next kb:review puts it on the drafts that name it\n${lines.join("\n")}`,
    );
  }
  for (const entity of describeHere) {
    note.openCheck(
      "description",
      `description of ${entity.id} is kb:add's placeholder: in entities.json, write one line on who or what it is`,
    );
  }
  // A check the curator read and kept as it is: counted, not shown, and no bar to marking the draft.
  const kept = new Set(fact.kept ?? []);
  return notes.map((n) => (n.level === "check" && n.key && kept.has(n.key) ? { ...n, level: "kept" } : n));
}

/**
 * The notes on what the draft claims: its statement, a profile's post with no country, its questions, its
 * side, and its joined quotes: read with the side they back where there is one, else with a profile's statement,
 * else on a "joined" line of their own.
 */
function claimNotes(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  leads: ReadonlyMap<string, string>,
  note: NoteWriter,
): void {
  const post = unplacedPost(fact, entities);
  const joined = fact.quotes.length > 1;
  // A statement the curator rewrote is theirs: kb:add's wording is no longer there to check.
  const rewritten = statementRewritten(fact);
  // Joined quotes are read with the side they back. Beside a statement, the join has its own check: in the
  // statement's line it came back on its own once the statement was rewritten, after the first apply (curator
  // trial 7), so it is on the first sheet.
  const andJoined = joined ? ", and that the second quote belongs to this claim (else delete it)" : "";
  const statementChecked = statementNotes(fact, entities, leads, { post, rewritten }, note);
  // Where kb:add wrote the statement: what a member reading it alone cannot place (curator trial 2 missed both).
  if (!isQuoted(fact) && !rewritten && fact.side === undefined) unplacedWordingNotes(fact.statement, note);
  // Also of a statement that is its quotes: what the sentence before said, the reply does not show.
  if (!rewritten && fact.side === undefined) vagueDefiniteNote(fact, entities, note);
  if (!rewritten && fact.side === undefined) vagueWordingNotes(fact, entities, post !== null, note);
  if (post) postNote(fact, entities, post, note);
  draftedQuestionsNote(fact, note);
  if (fact.side !== undefined) sideNote(fact.side, isQuoted(fact) || rewritten, andJoined, note);
  if (joined && !statementChecked && fact.side === undefined)
    note.check("joined", "quotes joined: check that the second quote belongs to this claim");
}

/**
 * The note on the statement itself: one that is its quote (optional), a profile's (settled), or one kb:add
 * wrote (a check). Whether it settled the joined quotes too: only a profile's (each quote the person's post); any
 * other statement's join has its own "joined" line.
 */
function statementNotes(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  leads: ReadonlyMap<string, string>,
  drafted: { post: string | null; rewritten: boolean },
  note: NoteWriter,
): boolean {
  if (isQuoted(fact)) {
    // "Fighting broke out there", "Axios described it as …": the reply shows the statement on its own.
    const pointer = /\b(it|its|they|their|them|there)\b/i.exec(fact.statement)?.[0];
    note.optional(
      pointer
        ? `statement is its quote and says “${pointer}”: name who, what or where, as a member reads it alone`
        : "statement is its quote: keep it if it reads as an answer, or write the one-sentence answer",
    );
    return false;
  }
  if (profileSettled(fact, entities, leads)) {
    note.settled("a profile: its post and name as the quote gives them");
    // Each quote of such a profile is the person's post beside their name (profileSettled): they belong.
    if (fact.quotes.length > 1) note.settled("a profile's joined quotes: each the person's post");
    return true;
  }
  if (fact.side === undefined && !drafted.post && !drafted.rewritten) {
    // A side's lead and a post with no country have a check of their own that reads the statement.
    note.check(
      "statement",
      "statement written by kb:add: check that it says what the quotes say, and nothing else",
    );
  }
  return false;
}

/** A pronoun opening a sentence, or a bare noun for a subject, in a statement kb:add wrote. */
function unplacedWordingNotes(statement: string, note: NoteWriter): void {
  const pronoun = PRONOUN_OPENING.exec(statement)?.[1];
  if (pronoun)
    note.check(
      "pronoun",
      `statement has “${pronoun}” opening a sentence, from a joined quote: write who or what, as a member reads the statement alone`,
    );
  const bare = bareSubject(statement);
  if (bare)
    note.check(
      "bare",
      `statement names “${bare}” with no “the” or name: say which (“the ${bare} in …”), as a member reads it alone`,
    );
}

/** "The ministry", "the province" with nothing in the statement saying which (its countries aside). */
function vagueDefiniteNote(fact: Fact, entities: ReadonlyMap<string, Entity>, note: NoteWriter): void {
  const countries = fact.entities.flatMap((id) => {
    const e = entities.get(id);
    return e?.kind === "country" ? [e.name, ...e.aliases] : [];
  });
  const vague = vagueDefinites(fact.statement, countries);
  if (vague.length > 0)
    note.check(
      "vague",
      `statement says ${vague.map((v) => `“${v}”`).join(", ")} with nothing saying which: name it, as a member reads the statement alone`,
    );
}

/** "the two ministers", "there" with no place, a title with no country before a name (vague-wording.ts). */
function vagueWordingNotes(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  profile: boolean,
  note: NoteWriter,
): void {
  const factEntities = fact.entities.flatMap((id) => entities.get(id) ?? []);
  const people = factEntities.filter((e) => e.kind === "person");
  const places = factEntities.filter((e) => e.kind === "place" || e.kind === "country");
  if (
    locativeThere(
      fact.statement,
      places.flatMap((e) => [e.name, ...e.aliases]),
    )
  )
    note.check(
      "vague",
      "statement says “there” with no place named before it: name the place, as a member reads the statement alone",
    );
  const two = vagueTwo(
    fact.statement,
    people.flatMap((e) => [e.name, ...e.aliases]),
  );
  if (two.length > 0)
    note.check(
      "vague",
      `statement says ${two.map((v) => `“${v}”`).join(", ")} with nothing saying which: name it, as a member reads the statement alone`,
    );
  const titles = profile ? [] : unplacedTitles(fact.statement, people, entities.values());
  if (titles.length > 0)
    note.check(
      "vague",
      `statement says ${titles.map((t) => `“${t}”`).join(", ")} with no country: whose? write it in (“Chile's prime minister …”), as a member reads the statement alone`,
    );
}

/** A profile's post with no country or body: whose it is, in the statement (and the person's description). */
function postNote(fact: Fact, entities: ReadonlyMap<string, Entity>, post: string, note: NoteWriter): void {
  // kb:add leaves such a person's description to the curator (draft/descriptions.ts): one edit, one check.
  const person = fact.entities.map((id) => entities.get(id)).find((e) => e?.kind === "person");
  // kb:add may have described the person by this very post ("head of the ministry's … department").
  const describe =
    person && (isDraftedDescription(person) || person.description === post)
      ? `, and as ${person.id}'s description in entities.json`
      : "";
  note.openCheck(
    "post",
    `post with no country or body: whose “${post}”? write it in, as the article gives it elsewhere or as is known (“Israel's prime minister”)${describe}`,
  );
}

/** How many of the fact's questions kb:add drafted from its sentence (optional: a member's say it better). */
function draftedQuestionsNote(fact: Fact, note: NoteWriter): void {
  const drafted = draftedQuestions(fact);
  if (drafted.length > 0) {
    note.optional(
      `${drafted.length} of ${fact.questions.length} questions are kb:add's (the sentence, its clauses): add or put a member's questions in their place`,
    );
  }
}

/** The side a draft says its person leads or represents, read with the joined quotes. */
function sideNote(side: string, curatorWorded: boolean, andJoined: string, note: NoteWriter): void {
  note.check(
    "side",
    curatorWorded
      ? `side ${side}: keep only on a fact that says who leads or represents ${side}${andJoined}`
      : `side ${side}, statement written by kb:add: check the quotes say this one leads or represents ${side} at this event, and nothing else${andJoined}`,
  );
}

/**
 * A month a statement names with no day and no year, which may be last year's as well as this year's: one more
 * than a month after the article's ("overthrown in December" in an August article). The month after it ("in
 * late September" of August) is read as this year's, December in January as last year's.
 */
export function yearlessMonth(statement: string, articleDay: string | null): string | null {
  const month = MONTH_WITHOUT_YEAR.exec(statement)?.[1];
  if (!month || !articleDay) return null;
  const index = MONTH_NAMES.findIndex((name) => month.endsWith(name)) + 1;
  const own = Number(articleDay.slice(5, 7));
  // December in a January article is the month before.
  return index > own + 1 && !(own === 1 && index === 12) ? month : null;
}

/** The notes on when the draft says it happened: a bare year, a date kb:add resolved, a day others share. */
function dateNotes(fact: Fact, articleDay: string | null, sameDay: readonly Fact[], note: NoteWriter): void {
  const month =
    statementRewritten(fact) || fact.side !== undefined ? null : yearlessMonth(fact.statement, articleDay);
  const days = statementRewritten(fact) || fact.side !== undefined ? [] : yearlessDays(fact.statement);
  if (days.length > 0)
    note.check(
      "month",
      `statement says ${days.map((d) => `“${d}”`).join(", ")} with no year: write the year in (“${days[0]} YYYY”), as a member reads it alone`,
    );
  if (month)
    note.check(
      "month",
      `statement says “${month}” with no year: write its year in (“${month} YYYY”), as a member reads it alone`,
    );
  const year = fact.happened !== undefined && BARE_YEAR.test(fact.happened) ? Number(fact.happened) : null;
  const farYear = year !== null && articleDay !== null && Math.abs(Number(articleDay.slice(0, 4)) - year) > 1;
  if (farYear && subjectYearSettled(fact))
    note.settled(`happened ${year}: the year of what the statement opens with`);
  else if (farYear) {
    note.check(
      "year",
      `happened ${year}, a year alone, in an article of ${articleDay}: a bare year names what the sentence mentions (a war, an accord), not when this happened — give the fact's own date, or remove happened`,
    );
  }
  if (fact.timeline?.implied) {
    if (dateSettled(fact, articleDay))
      note.settled(`date: "${fact.timeline.when}" can only be ${fact.timeline.sort}`);
    else
      note.check(
        "date",
        `date resolved by kb:add: check that "${fact.timeline.when}" is ${fact.timeline.sort}`,
      );
  }
  if (sameDay.length > 0) {
    note.openCheck(
      "timeline",
      `timeline entry on ${fact.timeline?.sort} as ${sameDay.map((f) => f.id).join(", ")}: one entry per event — date the others with happened`,
    );
  }
}

/**
 * A draft with no side that joined a quote a side's lead fact is drawn from: a second answer to "who led …?",
 * which the lead fact gives already (the second curator trial: "SANA did not say who sat across the table.
 * Israel's Channel 12 reported that … Dermer led the Israeli side …" beside the lead fact of that quote).
 */
function repeatedLeadNotes(
  fact: Fact,
  leadQuotes: ReadonlyMap<string, readonly string[]>,
  note: NoteWriter,
): boolean {
  if (fact.side !== undefined) return false;
  const repeated = fact.quotes
    .slice(1)
    .flatMap((q) => leadQuotes.get(q.text) ?? [])
    .filter((id) => id !== fact.id);
  if (repeated.length === 0) return false;
  note.check(
    "repeats-lead",
    `repeats the lead ${repeated.length === 1 ? "fact" : "facts"} ${[...new Set(repeated)].join(", ")} in its joined quote: delete that quote and what the statement says of it (or the draft), so "who led …?" has one answer`,
  );
  return true;
}

/** The notes on the draft's entities that neither its statement nor its quotes name. */
function absentEntityNotes(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  ledeEntities: readonly string[],
  note: NoteWriter,
): void {
  const text = normaliseAlias([fact.statement, ...fact.quotes.map((q) => q.text)].join(" "));
  const absent = fact.entities.filter((id) => {
    const entity = entities.get(id);
    return entity !== undefined && !entityNames(entity).some((name) => text.includes(name));
  });
  // kb:add gives a sentence about the lede's meeting ("the meeting lasted around four hours") the lede's people
  // and place on purpose, so "the July Paris meeting" finds it (docs/engine.md); any other absent name was
  // handed on from the sentence before.
  const fromLede = absent.filter((id) => ledeEntities.includes(id));
  const handedOn = absent.filter((id) => !ledeEntities.includes(id));
  const ledeNames = ledeEntities.flatMap((id) => entities.get(id)?.name ?? []);
  if (fromLede.length > 0 && speaksOfTheEvent(fact, ledeNames))
    note.settled(`entities of the lede's meeting: ${fromLede.join(", ")}, on a sentence about "the" meeting`);
  else if (fromLede.length > 0)
    note.check(
      "lede",
      `entities of the lede's meeting: ${fromLede.join(", ")} — keep them if the sentence is about that meeting, else remove them`,
    );
  const handedOnEntities = handedOn.flatMap((id) => entities.get(id) ?? []);
  if (handedOn.length > 0 && thereIsThePlace(fact, handedOnEntities))
    note.settled(`entities not named in it: ${handedOn.join(", ")}, the place its "there" stands for`);
  else if (handedOn.length > 0)
    note.check(
      "handed-on",
      `entities not named in it: ${handedOn.join(", ")} (handed on from another sentence?)`,
    );
}

/**
 * The kinds a fact claims that nothing in it answers: "when" with no date or duration, "how-many" with no
 * number but one inside a name ("Channel 12", "Resolution 242"). kb:add drops them from its drafts; on a fact
 * a curator edited, kb:review points them out.
 */
export function unsupportedKinds(fact: Fact, entities: ReadonlyMap<string, Entity>): string[] {
  const has = attributesOf(fact);
  const names = fact.entities.flatMap((id) => {
    const entity = entities.get(id);
    return entity ? [entity.name, ...entity.aliases] : [];
  });
  const counted = attributesOf(withoutNumberedNames(fact, names));
  const kinds = fact.kinds ?? [];
  const out: string[] = [];
  if (kinds.includes("when") && !has.has("date") && !has.has("duration") && fact.happened === undefined)
    out.push("when");
  // "more than 25 years" is a duration, which answers "how many years" and "how much time" as a count does.
  if (kinds.includes("how-many") && !counted.has("count") && !has.has("duration")) out.push("how-many");
  return out;
}

/** Each draft of the article with its notes, in the article's order. */
/** Each fact of the article that gets a block (drafts; every fact with `all`): its notes and its place (0-based) among the article's facts. */
function articleNotes(
  kb: KnowledgeBase,
  article: string,
  all: boolean,
): Array<[fact: Fact, notes: ReviewNote[], position: number]> {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const sameDay = sharedTimelines(kb.facts);
  const date = kb.articles.find((a) => a.id === article);
  const published = date ? articleDate(date) : null;
  const facts = kb.facts.filter((f) => f.articleId === article);
  // A placeholder description is noted once, on the first draft that names the entity; that of a person whose
  // profile's post names no country, on the profile's check of it.
  const described = new Set<string>();
  for (const fact of facts) {
    if (fact.reviewed !== false || unplacedPost(fact, entities) === null) continue;
    const person = fact.entities.map((id) => entities.get(id)).find((e) => e?.kind === "person");
    if (person) described.add(person.id);
  }
  // A name with no entity is listed once, on the first draft that gives it.
  const listed = new Set<string>();
  const source = { text: date?.text ?? "", title: date?.title ?? "", published };
  const leads = sideLeads(facts, kb.story.sides);
  const leadQuotes = new Map<string, string[]>();
  for (const lead of facts.filter((f) => f.side !== undefined))
    for (const q of lead.quotes) leadQuotes.set(q.text, [...(leadQuotes.get(q.text) ?? []), lead.id]);
  const out: Array<[Fact, ReviewNote[], number]> = [];
  for (const [position, fact] of facts.entries()) {
    if (!all && fact.reviewed !== false) continue;
    const unnamedHere =
      fact.reviewed === false ? unnamedIn(fact, entities).filter((n) => !listed.has(n)) : [];
    for (const name of unnamedHere) listed.add(name);
    const describeHere =
      fact.reviewed === false
        ? fact.entities
            .map((id) => entities.get(id))
            .filter((e): e is Entity => e !== undefined && isDraftedDescription(e) && !described.has(e.id))
        : [];
    for (const e of describeHere) described.add(e.id);
    out.push([
      fact,
      reviewNotes(fact, entities, {
        sameDay: sameDay.get(fact) ?? [],
        ledeEntities: facts[0]?.entities ?? [],
        articleDay: published,
        describeHere,
        unnamedHere,
        source,
        leads,
        leadQuotes,
      }),
      position,
    ]);
  }
  return out;
}

function dateOf(fact: Fact): string {
  if (fact.timeline)
    return `${fact.timeline.sort} ("${fact.timeline.when}"${fact.timeline.implied ? ", implied" : ""})`;
  return fact.happened ?? "—";
}

/**
 * A check's text with what `--keep` takes to keep it as it is ("[keep: FACT-ID:side]"), on its first line (the
 * names check goes on with entries to paste).
 */
function withKeepToken(note: ReviewNote, fact: Fact): string {
  if (note.level !== "check" || !note.key || note.open) return note.text;
  const [first = "", ...rest] = note.text.split("\n");
  return [`${first} [keep: ${keepToken(fact.id, note.key)}]`, ...rest].join("\n");
}

/** What `kb:review -- --keep ARTICLE …` takes for one check: the fact's id and the check's key. */
export const keepToken = (factId: string, key: CheckKey) => `${factId}:${key}`;

/** A draft on one line: its statement, and its quotes where the statement is not one of them. */
function oneLine(fact: Fact): string {
  const quotes = fact.quotes.map((q) => q.text);
  return quotes.includes(fact.statement)
    ? fact.statement
    : `${fact.statement} ← ${quotes.map((q) => `“${q}”`).join(" ")}`;
}

/**
 * The checks each draft of the article still has, by fact id: what --mark-reviewed refuses until each is fixed
 * (a check the files show goes when fixed) or kept as it is, so marking with no review marks only the drafts
 * with no check.
 */
export function openChecks(kb: KnowledgeBase, article: string): Map<string, ReviewNote[]> {
  const open = new Map<string, ReviewNote[]>();
  for (const [fact, notes] of articleNotes(kb, article, false)) {
    const left = notes.filter((n) => n.level === "check");
    if (left.length > 0) open.set(fact.id, left);
  }
  return open;
}

/** The sheet: one block per draft (per fact with `all`), then what is left to do: drafts, checks, optional notes. */
export function reviewSheet(kb: KnowledgeBase, options: ReviewOptions): string {
  const lines: string[] = [];
  let drafts = 0;
  let checks = 0;
  let optionals = 0;
  let settled = 0;
  let keptChecks = 0;
  let unchecked = 0;
  for (const article of kb.articles) {
    if (options.article !== undefined && article.id !== options.article) continue;
    const facts = kb.facts.filter((f) => f.articleId === article.id);
    for (const [fact, notes, i] of articleNotes(kb, article.id, options.all)) {
      const draft = fact.reviewed === false;
      const toCheck = notes.filter((n) => n.level === "check").length;
      const verified = notes.filter((n) => n.level === "settled").length;
      const kept = notes.filter((n) => n.level === "kept").length;
      if (draft) drafts += 1;
      checks += toCheck;
      settled += verified;
      keptChecks += kept;
      optionals += notes.length - toCheck - verified - kept;
      const place = `${options.locate?.(article.id, fact.id) ?? `articles/${article.id}/facts.json`} · ${i + 1} of ${facts.length} · ${fact.id}`;
      if (options.checks && toCheck === 0) {
        // One line, in the article's order among the blocks: a draft with no check can still say what the
        // article does not, and without these lines a curator reads the whole sheet a second time to find them.
        if (draft) {
          unchecked += 1;
          lines.push(`${place} (no check): ${oneLine(fact)}`, "");
        }
        continue;
      }
      const shown = notes.filter((n) => n.level === "check" || (n.level === "optional" && !options.checks));
      lines.push(
        `${place}${draft ? " (draft)" : ""}`,
        `  statement  ${fact.statement}`,
        ...fact.quotes.map((q) => `  quote      “${q.text}”`),
        `  kinds      ${(fact.kinds ?? []).join(", ") || "—"} · side ${fact.side ?? "—"} · date ${dateOf(fact)}`,
        `  entities   ${fact.entities.join(", ") || "—"}`,
        ...shown.map(
          (note) => `  - ${note.level === "check" ? "CHECK" : "optional"}: ${withKeepToken(note, fact)}`,
        ),
        "",
      );
    }
  }
  lines.push(
    `kb:review: ${plural(drafts, "drafted fact")}${options.article ? ` of ${options.article}` : ""} to review` +
      ` (${plural(checks, "check")}, ${plural(optionals, "optional note")}${options.checks ? ", not shown with --checks" : ""})` +
      (settled > 0
        ? `; ${plural(settled, "check")} kb:review settled itself (dates, profiles, the lede's meeting)`
        : "") +
      (keptChecks > 0
        ? `; ${plural(keptChecks, "check")} kept as ${keptChecks === 1 ? "it is" : "they are"}`
        : ""),
  );
  // A draft with no check can still say what the article does not: the curator reads each once.
  if (unchecked > 0)
    lines.push(
      `${plural(unchecked, "draft")} with no check, on one line each: read ${unchecked === 1 ? "it" : "them"} against the article and delete one that says what it does not`,
    );
  return `${lines.join("\n")}\n`;
}
