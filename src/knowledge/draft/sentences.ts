// Reading an article's sentences for drafting: each paragraph's sentences located verbatim, a sentence's
// statement with relative dates written out, and the questions its wording gives (its clauses, the claim it
// reports, the roles it gives people, its irregular past forms in the infinitive). Pure.

import { escapeRegExp } from "../../engine/regexp.js";
import { formatSortable } from "../dates.js";
import type { Entity } from "../schema.js";
import type { ResolvedDate } from "./dates.js";
import { nlp } from "./nlp-libraries.js";
import { ROLE_NOUNS } from "./posts.js";
import { claimOf, roleOf, splitAfterQuotations, subjectOfCopula, withCapital } from "./wording.js";

/** Sentences shorter than this (in words) carry no claim of their own ("Chile stayed silent." is 4). */
export const MIN_SENTENCE_WORDS = 4;
/** Parts of a sentence kept as extra retrieval questions: short claims inside a long sentence. */
const MAX_CLAUSES = 6;
const MIN_CLAUSE_WORDS = 3;
/**
 * A comma that ends a clause or list item, not a number's thousands comma: "killed at least 1,300 people" had
 * been cut after "at least 1" (the second curator trial, August).
 */
export const CLAUSE_COMMA = /(?<!\d),|,(?!\d{3}(?!\d))/;
/** Where a sentence breaks into clauses: punctuation (a clause comma), or a word that opens a clause. */
const CLAUSE_BREAK = new RegExp(
  `(?:${CLAUSE_COMMA.source}|[;:—–()"“”])\\s*|\\s+(?:and|while|but|whereas|when|which|who|after|before|as)\\s+`,
);
/** A count; not "one", which is more often a pronoun ("one official said") than a number. */
export const NUMBER_WORDS =
  /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|several|few)\b/i;

/**
 * The sentences of each paragraph, located verbatim: compromise splits the whole body once (paragraphs
 * apart), and each sentence is found in its paragraph in order. A paragraph none of whose sentences
 * could be placed is kept whole, so no text is lost.
 */
export function sentencesByParagraph(
  sentences: readonly string[],
  paragraphs: readonly string[],
): string[][] {
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
export function statementOf(sentence: string, dates: readonly ResolvedDate[]): string {
  let out = "";
  let at = 0;
  for (const date of dates) {
    if (!date.relative) continue;
    let end = date.index + date.text.length;
    // "Thursday's meeting" → "Thursday's (24 July 2025) meeting": the possessive stays on its word.
    const possessive = /^['’]s\b/.exec(sentence.slice(end));
    if (possessive) end += possessive[0].length;
    out += `${sentence.slice(at, end)} (${formatSortable(date.sort)})`;
    at = end;
  }
  return out + sentence.slice(at);
}

/**
 * The clauses of a sentence, as extra questions its fact answers: a reader asks about one clause of a long
 * sentence. `isVerb` (how the tagger read a word) keeps only parts that say something: a part with no verb
 * is a phrase ("the Oslo meeting" of "A week before the Oslo meeting"), which as a question of its own
 * matched every question about that meeting best. The sentence's opening phrase stays ("The 1994
 * fisheries accord, reached after …"): it is what the sentence is about, and asked about alone.
 */
export function clausesOf(sentence: string, isVerb?: (word: string) => boolean): string[] {
  const parts = sentence
    .split(CLAUSE_BREAK)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= MIN_CLAUSE_WORDS)
    .filter((p) => !isVerb || sentence.startsWith(p) || (p.match(/[\p{L}-]+/gu) ?? []).some(isVerb));
  return parts.length > 1 ? parts.slice(0, MAX_CLAUSES) : [];
}

/** The claim a sentence reports, without its reporting frame, and the subject of a "was to …" claim. */
export function claimQuestions(sentence: string): string[] {
  const claim = claimOf(sentence);
  if (!claim) return [];
  const subject = subjectOfCopula(claim);
  return [claim, ...(subject ? [subject] : [])];
}

/**
 * Whether the sentence names the place after a preposition of place ("in Geneva", "a visit to Lima"); not
 * after a role ("the Czech ambassador to Austria" happens nowhere).
 */
export function placedIn(sentence: string, place: Entity): boolean {
  const spellings = [place.name, ...place.aliases].map(escapeRegExp);
  return new RegExp(
    `\\b(?<!${ROLE_NOUNS}\\s)(?:in|at|to|near|into|inside|from|around|outside)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${spellings.join("|")})\\b`,
    "iu",
  ).test(sentence);
}

/**
 * "Who is X?" and "X, <what the sentence says X is>" for each person the sentence describes: a reader asks
 * who someone is, or their title, with few words besides the name, and those match a short question best.
 */
export function roleQuestions(sentence: string, named: readonly Entity[], tagged: TaggedWords): string[] {
  const out: string[] = [];
  const isVerb = (word: string) => tagged.verbs.has(word.toLowerCase());
  const isNoun = (word: string) => tagged.nouns.has(word.toLowerCase());
  for (const person of named) {
    if (person.kind !== "person") continue;
    const role = roleOf(sentence, [person.name, ...person.aliases], isVerb, isNoun);
    // By the surname alone ("Berg, Norway's foreign minister"): a given name is one more word the
    // reader's "who is Berg?" lacks, and lowers the match.
    const surname = person.aliases
      .filter((a) => person.name.endsWith(` ${a}`) && !/\s/.test(a))
      .sort((a, b) => b.length - a.length)[0];
    if (role) out.push(`${surname ?? person.name}, ${role}`);
  }
  return out;
}

export interface TaggedWords {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}

type VerbToInfinitive = (word: string, model: unknown, tense: string) => string;

/** compromise's own conjugation tables, read without parsing anything. */
function conjugation(): { toInfinitive: VerbToInfinitive; model: unknown } {
  const world = nlp.world() as unknown as {
    methods: { two: { transform: { verb: { toInfinitive: VerbToInfinitive } } } };
    model: unknown;
  };
  return { toInfinitive: world.methods.two.transform.verb.toInfinitive, model: world.model };
}

/** A verb as written ("met", "mediated", "says") in the infinitive ("meet", "mediate", "say"). */
export function infinitiveOf(verb: string): string {
  const word = verb.toLowerCase();
  if (!/^[a-z]+$/.test(word)) return verb;
  const { toInfinitive, model } = conjugation();
  const tense = /[^s]s$/.test(word) && !/ed$/.test(word) ? "PresentTense" : "PastTense";
  const infinitive = toInfinitive(word, model, tense);
  return infinitive && /^[a-z]+$/.test(infinitive) ? infinitive : verb;
}

/**
 * Past forms compromise tagged in the text that do not end in "-ed", each with its infinitive from
 * compromise's own conjugation tables (no re-parse: converting the whole document costs as much as parsing it).
 */
export function irregularPastForms(doc: ReturnType<typeof nlp>): Map<string, string> {
  const { toInfinitive, model } = conjugation();
  const out = new Map<string, string>();
  for (const raw of doc.match("(#PastTense|#Participle)").out("array") as string[]) {
    for (const word of raw.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (out.has(word) || /ed$/.test(word) || word.length < 3) continue;
      const infinitive = toInfinitive(word, model, "PastTense");
      if (infinitive && infinitive !== word && /^[a-z]+$/.test(infinitive)) out.set(word, infinitive);
    }
  }
  return out;
}

/** The sentence with its irregular past forms in the infinitive, if it has any; else nothing. */
export function withInfinitives(sentence: string, irregular: ReadonlyMap<string, string>): string[] {
  let changed = false;
  const text = sentence.replace(/\p{L}+/gu, (word) => {
    const infinitive = irregular.get(word.toLowerCase());
    if (!infinitive) return word;
    changed = true;
    return /^\p{Lu}/u.test(word) ? withCapital(infinitive) : infinitive;
  });
  return changed ? [text] : [];
}

export function wordStarts(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map(escapeRegExp);
  return new RegExp(`\\b(?:${escaped.join("|")})`, "i");
}
