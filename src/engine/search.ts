// The fact index: an inverted index from canonical terms to facts, with per-field weights and IDF.
// Ranking is our own (not fuse.js): a scan with Bitap over every field is linear in the base and its
// score says little about whether a question is in scope, whereas IDF-weighted coverage of the question
// does both jobs — rank, and tell "about this story" from "shares a word with it".
import { MONTH_NAMES } from "../knowledge/dates.js";
import type { Entity, Fact } from "../knowledge/types.js";
import { askedThingTermsOf, wordTermsOfThings } from "./asked-things.js";
import { descriptionHead, isKindTerm, kindTerm } from "./kind-nouns.js";
import type { Analyzer } from "./normalise.js";
import { words } from "./normalise.js";
import { kindsOfFact } from "./question-kinds.js";
import { WEEKDAY_NAME } from "./time-words.js";

/** How much a term counts for a fact, by the field it appears in (its best field wins). */
export const FIELD_WEIGHTS = {
  questions: 1,
  statement: 1,
  entities: 0.9,
  keywords: 0.85,
  quotes: 0.7,
  /** The things the fact gives, as `@where`, `@reaction` …: met by a word naming what is asked ("venue"). */
  askedThings: 0.85,
} as const;

/** A clause of a fact's text counts as a question it answers from this many words, and this many terms. */
const MIN_CLAUSE_WORDS = 3;
const MIN_CLAUSE_TERMS = 2;

/**
 * Share of a statement's or clause's own weight that counts against it in question similarity, for a fact
 * with no hand-written questions. Dice's penalty for words the question does not ask is right for a
 * question someone wrote (as long as a question); a sentence of the article carries detail no question
 * repeats, and a question about one part of it was refused for the rest. Measured: 1 (plain Dice), 0.5,
 * 0.35, 0.25 (docs/evaluation.md, paraphrase ablation).
 */
const SENTENCE_OWN_WEIGHT_SHARE = 0.35;

/** How many facts are scored in full (question similarity) after the first pass. */
const CANDIDATE_POOL = 40;

interface IndexedFact {
  fact: Fact;
  /** Each of the fact's questions as its distinct terms. */
  questions: string[][];
  /** Its questions are its own statement and clauses (nobody wrote it paraphrases): see SENTENCE_OWN_WEIGHT_SHARE. */
  sentencesOnly: boolean;
}

/** A text that recurs across facts (a quote, an entity's names, a keyword), analysed once. */
/** A fact's question terms for the question match (`FactIndex.questionTermsOf`). */
interface QuestionTerms {
  /** Every question's term numbers, one question after another. */
  ids: Int32Array;
  /** Each term's IDF, in the same order. */
  idfs: Float64Array;
  /** Where each question's terms end in `ids`. */
  ends: Int32Array;
}

interface SharedText {
  /** Its distinct folded words in first-seen order, and how often each occurs in it. */
  words: string[];
  times: number[];
  terms: string[];
}

export interface QueryTerm {
  term: string;
  /** Weight of the term in the question: its IDF, less for generic words. */
  weight: number;
  known: boolean;
  /** The question's word the term came from (as corrected), for checking and explaining support. */
  word?: string;
  /** An unknown word written as a name (capitalised mid-sentence, or an acronym). */
  name?: boolean;
  /** A known word that names an entity or a side of the story ("rashid", "norway"), not what is said of it. */
  party?: boolean;
  /**
   * In a question that offers two alternatives ("directly OR through go-betweens?", "about land or about
   * security?"), which one the term belongs to: a fact answers by covering one of them, not both.
   */
  alternative?: 1 | 2;
  /**
   * Other terms a fact may hold instead of this one: a side's capital named as its government ("what has
   * OSLO offered?") is met by a fact that names the side, as by one that names the city.
   */
  metBy?: readonly string[];
}

export interface Hit {
  fact: Fact;
  /** Share of the question's weight that the fact covers, in [0, 1]. */
  coverage: number;
  /** Best overlap between the question and one of the fact's own questions, in [0, 1]. */
  questionMatch: number;
  score: number;
}

/** One term's postings: parallel arrays of fact positions (ascending) and field weights. */
export interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

/**
 * Everything the index computes from the facts: what building costs, and what the index cache
 * (src/storage/index-cache/) saves and loads in its place.
 */
export interface IndexData {
  /** Term → postings: no object per posting, cheap to scan. Each term's document frequency is its length. */
  postings: ReadonlyMap<string, Postings>;
  /** Every folded word in the base with its count, in first-seen order (the corrector's tie order). */
  vocabulary: ReadonlyMap<string, number>;
  /** Per fact (by position), each of its questions as its distinct terms. */
  questions: ReadonlyArray<string[][]>;
}

export function buildIndexData(
  facts: readonly Fact[],
  entities: readonly Entity[],
  analyzer: Analyzer,
): IndexData {
  const vocabulary = new Map<string, number>();
  const entityText = new Map(entities.map((e) => [e.id, [e.name, ...e.aliases].join(" ")]));
  const kinds = entityKinds(entities);
  const sharedText = sharedTexts(analyzer);
  // One scratch map for every fact (a fact's field weights are only needed until its postings are out).
  const weights = new Map<string, number>();
  const lists = new Map<string, { docs: number[]; weights: number[] }>();
  const addTerms = (terms: readonly string[], weight: number) => {
    for (const term of terms) {
      if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
    }
  };
  // Vocabulary counts are updated in the order words occur, so the map's order (the corrector's tie
  // order) is what one pass over every word gave.
  const addUnique = (text: string, weight: number): string[] => {
    const folded = words(text);
    countWords(vocabulary, folded);
    const terms = analyzer.termsOfWords(folded);
    addTerms(terms, weight);
    return terms;
  };
  const addShared = (text: string, weight: number) => {
    const found = sharedText(text);
    found.words.forEach((word, i) => {
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + (found.times[i] as number));
    });
    addTerms(found.terms, weight);
  };
  const questions = facts.map((fact, doc) => {
    weights.clear();
    addUnique(fact.statement, FIELD_WEIGHTS.statement);
    const own = fact.questions.map((q) => addUnique(q, FIELD_WEIGHTS.questions));
    own.push(...clausesAsQuestions(fact, analyzer));
    for (const k of fact.keywords) addShared(k, FIELD_WEIGHTS.keywords);
    for (const id of fact.entities) addShared(entityText.get(id) ?? "", FIELD_WEIGHTS.entities);
    addTerms(kinds.namedBy(fact), FIELD_WEIGHTS.entities);
    for (const quote of fact.quotes) addShared(quote.text, FIELD_WEIGHTS.quotes);
    const things = askedThingTermsOf(fact, kindsOfFact(fact));
    addTerms(things, FIELD_WEIGHTS.askedThings);
    addTerms(wordTermsOfThings(things, analyzer), FIELD_WEIGHTS.askedThings);
    addPostings(lists, doc, weights);
    return own;
  });
  // Entity names are part of the vocabulary even when no fact mentions them yet.
  for (const text of entityText.values()) countWords(vocabulary, words(text));
  return { postings: packedPostings(lists), vocabulary, questions };
}

/** Each word once more in the vocabulary's counts, in the order the words occur. */
function countWords(vocabulary: Map<string, number>, folded: readonly string[]): void {
  for (const word of folded) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
}

/**
 * A text's words and terms, read once per distinct text. Quotes, entity names and keywords recur across facts:
 * fold and analyse each distinct one once, and count its words by multiplicity. Statements and questions are
 * nearly all distinct: caching them would only hold every text of the base in a map.
 */
function sharedTexts(analyzer: Analyzer): (text: string) => SharedText {
  const shared = new Map<string, SharedText>();
  return (text) => {
    let found = shared.get(text);
    if (!found) {
      const folded = words(text);
      const times = new Map<string, number>();
      for (const word of folded) times.set(word, (times.get(word) ?? 0) + 1);
      found = {
        words: [...times.keys()],
        times: [...times.values()],
        terms: analyzer.termsOfWords(folded),
      };
      shared.set(text, found);
    }
    return found;
  };
}

/**
 * The clauses of a fact's statement and quotes, as questions' terms, when nobody wrote it paraphrases: a fact
 * with only its statement to be matched against shares few words with a question, a long sentence being long.
 * A kb:add draft (reviewed: false) already carries the clauses kb:add chose as its questions.
 */
function clausesAsQuestions(fact: Fact, analyzer: Analyzer): string[][] {
  if (hasParaphrases(fact) || fact.reviewed === false) return [];
  const out: string[][] = [];
  for (const text of [fact.statement, ...fact.quotes.map((q) => q.text)]) {
    for (const clause of clausesOf(text)) {
      const terms = [...new Set(analyzer.termsOfWords(words(clause)))];
      if (terms.length >= MIN_CLAUSE_TERMS) out.push(terms);
    }
  }
  return out;
}

/** A fact's terms and their field weights added to each term's postings under construction. */
function addPostings(
  lists: Map<string, { docs: number[]; weights: number[] }>,
  doc: number,
  weights: ReadonlyMap<string, number>,
): void {
  for (const [term, weight] of weights) {
    let list = lists.get(term);
    if (!list) {
      list = { docs: [], weights: [] };
      lists.set(term, list);
    }
    list.docs.push(doc);
    list.weights.push(weight);
  }
}

/** The postings built as typed arrays: no object per posting, cheap to scan. */
function packedPostings(
  lists: ReadonlyMap<string, { docs: number[]; weights: number[] }>,
): Map<string, Postings> {
  const postings = new Map<string, Postings>();
  for (const [term, list] of lists) {
    postings.set(term, { docs: Int32Array.from(list.docs), weights: Float64Array.from(list.weights) });
  }
  return postings;
}

/**
 * The kind each entity's description gives it ("Islamist GROUP …" → @is:group, kind-nouns.ts), and the kind
 * terms of a fact: those of the entities its own words name. A fact that only lists an entity (the meetings'
 * timing, reported by Reuters) does not answer "which agency …": the answer must name it.
 */
function entityKinds(entities: readonly Entity[]): { namedBy: (fact: Fact) => string[] } {
  const kinds = new Map<string, { term: string; names: string[][] }>();
  for (const entity of entities) {
    const head = descriptionHead(entity.description ?? "");
    if (head === undefined) continue;
    const names = [entity.name, ...entity.aliases].map((name) => words(name)).filter((n) => n.length > 0);
    kinds.set(entity.id, { term: kindTerm(head), names });
  }
  const contains = (text: readonly string[], name: readonly string[]) =>
    text.some((_, at) => name.every((word, i) => text[at + i] === word));
  return {
    namedBy: (fact) => {
      const terms: string[] = [];
      let told: string[] | undefined;
      for (const id of fact.entities) {
        const kind = kinds.get(id);
        if (kind === undefined || terms.includes(kind.term)) continue;
        told ??= words([fact.statement, ...fact.quotes.map((q) => q.text)].join(" "));
        if (kind.names.some((name) => contains(told as string[], name))) terms.push(kind.term);
      }
      return terms;
    },
  };
}

export class FactIndex {
  readonly facts: IndexedFact[];
  private readonly postings: ReadonlyMap<string, Postings>;
  /** Score accumulator reused by every search (one slot per fact), so a search allocates no map. */
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  /**
   * The best CANDIDATE_POOL facts of a search, best first, as positions and scores (one slot spare for the
   * one pushed out): reused, so a search allocates no pair per candidate.
   */
  private readonly poolDocs = new Int32Array(CANDIDATE_POOL + 1);
  private readonly poolScores = new Float64Array(CANDIDATE_POOL + 1);
  /** Of the same candidates, their question match and final score (`searchAll`). */
  private readonly poolMatches = new Float64Array(CANDIDATE_POOL);
  private readonly poolFinal = new Float64Array(CANDIDATE_POOL);
  /** Every term of the facts' questions, numbered: the question match looks terms up by number. */
  private readonly termIds = new Map<string, number>();
  /** By term number, reused by every search: whether the query asks it, its weight, and whether it names a party. */
  private readonly asked: Uint8Array;
  private readonly askedWeight: Float64Array;
  private readonly askedParty: Uint8Array;
  /** Every folded word in the base with its count: the vocabulary typos are corrected against. */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly unknownIdf: number;
  /**
   * Kind terms made for a word that names several of the base's kinds ("district": a province and a
   * territory): the facts of any of them (`kindOfAny`). Few, bounded by the base's kinds.
   */
  private readonly unions = new Map<string, Postings>();
  private kindHeadsMemo: readonly string[] | undefined;

  /** Wraps index data built for these facts (by buildIndexData, or loaded from the index cache). */
  constructor(facts: readonly Fact[], data: IndexData) {
    if (data.questions.length !== facts.length) {
      throw new RangeError(`index data for ${data.questions.length} facts, not ${facts.length}`);
    }
    this.postings = data.postings;
    this.vocabulary = data.vocabulary;
    this.facts = facts.map((fact, doc) => ({
      fact,
      questions: data.questions[doc] ?? [],
      sentencesOnly: !hasParaphrases(fact) && fact.reviewed !== false,
    }));
    this.scores = new Float64Array(this.facts.length);
    this.seen = new Uint8Array(this.facts.length);
    this.touched = new Int32Array(this.facts.length);
    for (const questions of data.questions) {
      for (const terms of questions) {
        for (const term of terms) if (!this.termIds.has(term)) this.termIds.set(term, this.termIds.size);
      }
    }
    this.asked = new Uint8Array(this.termIds.size);
    this.askedWeight = new Float64Array(this.termIds.size);
    this.askedParty = new Uint8Array(this.termIds.size);
    this.unknownIdf = this.idfOf(0);
  }

  /** IDF by term, filled as terms are met (question similarity asks for the same terms again and again). */
  private readonly idfCache = new Map<string, number>();

  private idfOf(df: number): number {
    const n = this.facts.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Whether the fact at this position has the term in any field (postings are sorted by position). */
  has(doc: number, term: string): boolean {
    const docs = this.postingsOf(term)?.docs;
    if (!docs) return false;
    let low = 0;
    let high = docs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = docs[mid] as number;
      if (at === doc) return true;
      if (at < doc) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }

  isKnownTerm(term: string): boolean {
    return this.postings.has(term) || this.unions.has(term);
  }

  private postingsOf(term: string): Postings | undefined {
    return this.postings.get(term) ?? this.unions.get(term);
  }

  /** The kinds the base's facts name entities of (kind-nouns.ts): "group", "province" … */
  kindHeads(): readonly string[] {
    this.kindHeadsMemo ??= [...this.postings.keys()].filter(isKindTerm).map((term) => term.slice(4));
    return this.kindHeadsMemo;
  }

  /**
   * The term met by the facts naming an entity of any of these kinds: the kind's own term for one, a term
   * for their union for several (each fact's best field weight).
   */
  kindOfAny(heads: readonly string[]): string | undefined {
    const terms = heads.map(kindTerm).filter((term) => this.postings.has(term));
    if (terms.length <= 1) return terms[0];
    const key = kindTerm(heads.join("|"));
    if (!this.unions.has(key)) {
      const best = new Map<number, number>();
      for (const term of terms) {
        const { docs, weights } = this.postings.get(term) as Postings;
        for (const [i, doc] of docs.entries()) {
          best.set(doc, Math.max(best.get(doc) ?? 0, weights[i] as number));
        }
      }
      const docs = [...best.keys()].sort((a, b) => a - b);
      this.unions.set(key, {
        docs: Int32Array.from(docs),
        weights: Float64Array.from(docs, (doc) => best.get(doc) as number),
      });
    }
    return key;
  }

  idf(term: string): number {
    let idf = this.idfCache.get(term);
    if (idf === undefined) {
      idf = this.idfOf(this.postingsOf(term)?.docs.length ?? 0);
      this.idfCache.set(term, idf);
    }
    return idf;
  }

  /**
   * Each fact's question terms as numbers (`termIds`) with their IDFs, every question's in turn, and where
   * each question ends: made the first time the fact is a candidate.
   */
  private readonly questionTerms: Array<QuestionTerms | undefined> = [];

  private questionTermsOf(doc: number): QuestionTerms {
    let read = this.questionTerms[doc];
    if (read === undefined) {
      const questions = (this.facts[doc] as IndexedFact).questions;
      const ends = new Int32Array(questions.length);
      const all = questions.flat();
      const ids = Int32Array.from(all, (term) => this.termIds.get(term) as number);
      const idfs = Float64Array.from(all, (term) => this.idf(term));
      let end = 0;
      questions.forEach((terms, q) => {
        end += terms.length;
        ends[q] = end;
      });
      read = { ids, idfs, ends };
      this.questionTerms[doc] = read;
    }
    return read;
  }

  /** Ranks facts for the question's terms, best first. */
  search(query: readonly QueryTerm[], limit = 10): Hit[] {
    // A question offering alternatives is two queries, the words they share and each alternative's own:
    // a fact is scored for the one it answers better.
    const alternatives = query.some((q) => q.alternative === 1) && query.some((q) => q.alternative === 2);
    if (alternatives) {
      const one = this.searchAll(
        query.filter((q) => q.alternative !== 2),
        limit,
      );
      const two = this.searchAll(
        query.filter((q) => q.alternative !== 1),
        limit,
      );
      const best = new Map<Fact, Hit>();
      for (const hit of [...one, ...two]) {
        const known = best.get(hit.fact);
        if (!known || known.score < hit.score) best.set(hit.fact, hit);
      }
      return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    }
    return this.searchAll(query, limit);
  }

  /**
   * A query term's postings: its own, or with `metBy` one list holding the best of its own and those terms'
   * weight in each fact (a fact naming both the city and the side counts once). Most terms have no `metBy`:
   * their own postings are returned as they are, with nothing allocated per posting.
   */
  private postingsMetBy(q: QueryTerm): Postings | undefined {
    const own = this.postingsOf(q.term);
    if (!q.metBy || q.metBy.length === 0) return own;
    const lists = [own, ...q.metBy.map((term) => this.postingsOf(term))].filter(
      (list): list is Postings => list !== undefined,
    );
    if (lists.length <= 1) return lists[0];
    const best = new Map<number, number>();
    for (const { docs, weights } of lists) {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        best.set(doc, Math.max(best.get(doc) ?? 0, weights[i] as number));
      }
    }
    return { docs: Int32Array.from(best.keys()), weights: Float64Array.from(best.values()) };
  }

  private searchAll(query: readonly QueryTerm[], limit: number): Hit[] {
    const total = query.reduce((sum, q) => sum + q.weight, 0);
    if (total === 0) return [];
    const { scores, seen, touched } = this;
    let count = 0;
    for (const q of query) {
      const postings = this.postingsMetBy(q);
      if (!postings) continue;
      const { docs, weights } = postings;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched[count++] = doc;
        }
        scores[doc] = (scores[doc] as number) + q.weight * (weights[i] as number);
      }
    }
    // Top CANDIDATE_POOL by score, then lower position: the order a full sort gave, without sorting all.
    const { poolDocs, poolScores } = this;
    let pooled = 0;
    for (let i = 0; i < count; i++) {
      const doc = touched[i] as number;
      const score = scores[doc] as number;
      scores[doc] = 0;
      seen[doc] = 0;
      if (pooled === CANDIDATE_POOL) {
        const lastScore = poolScores[pooled - 1] as number;
        if (score < lastScore || (score === lastScore && doc > (poolDocs[pooled - 1] as number))) continue;
      }
      let at = pooled;
      while (at > 0) {
        const beforeScore = poolScores[at - 1] as number;
        if (beforeScore > score || (beforeScore === score && (poolDocs[at - 1] as number) < doc)) break;
        at--;
      }
      poolDocs.copyWithin(at + 1, at, pooled);
      poolScores.copyWithin(at + 1, at, pooled);
      poolDocs[at] = doc;
      poolScores[at] = score;
      if (pooled < CANDIDATE_POOL) pooled++;
    }
    // The query's weights by term number, for the question match (the last of a term's weights, as a map
    // of them would hold); a query term no fact's question has has no number and matches none.
    const { asked, askedWeight, askedParty } = this;
    const ids: number[] = [];
    for (const q of query) {
      const id = this.termIds.get(q.term);
      if (id === undefined) continue;
      if (asked[id] === 0) ids.push(id);
      asked[id] = 1;
      askedWeight[id] = q.weight;
      if (q.party) askedParty[id] = 1;
    }
    // Each candidate's score, then a Hit for only the `limit` best (by score, then pool order: a stable sort).
    const { poolMatches, poolFinal } = this;
    const order: number[] = [];
    for (let i = 0; i < pooled; i++) {
      const indexed = this.facts[poolDocs[i] as number] as IndexedFact;
      const coverage = (poolScores[i] as number) / total;
      const ownShare = indexed.sentencesOnly ? SENTENCE_OWN_WEIGHT_SHARE : 1;
      const given = indexed.sentencesOnly ? this.askedThingsGiven(query, poolDocs[i] as number) : 0;
      const questionMatch = this.bestQuestionMatch(total, poolDocs[i] as number, ownShare, given);
      poolMatches[i] = questionMatch;
      poolFinal[i] = 0.6 * coverage + 0.4 * questionMatch;
      order.push(i);
    }
    for (const id of ids) {
      asked[id] = 0;
      askedWeight[id] = 0;
      askedParty[id] = 0;
    }
    order.sort((a, b) => (poolFinal[b] as number) - (poolFinal[a] as number) || a - b);
    return order.slice(0, limit).map(
      (i): Hit => ({
        fact: (this.facts[poolDocs[i] as number] as IndexedFact).fact,
        coverage: (poolScores[i] as number) / total,
        questionMatch: poolMatches[i] as number,
        score: poolFinal[i] as number,
      }),
    );
  }

  /**
   * The weight of the things a question asks for by name (`@commitment` of "what did Oslo PROMISE?", `@where`
   * of "the VENUE") that the fact gives: a fact nobody wrote questions for is matched against its own sentence,
   * which never names what it gives ("Oslo has stated that it will not …"), so each of its sentences is read as
   * also asking for them, as a question written for it would. Nothing counts against a fact for things not asked.
   */
  private askedThingsGiven(query: readonly QueryTerm[], doc: number): number {
    let given = 0;
    for (const q of query)
      if (q.term.startsWith("@") && !isKindTerm(q.term) && this.has(doc, q.term)) given += q.weight;
    return given;
  }

  /**
   * Weighted Dice overlap with the closest of the fact's questions: rewards a question phrased alike.
   * `ownShare` of the question's own weight counts against it, when it shares a word with the asked one
   * besides the names in it: "How old is al-Rashid?" shares only his name with a short clause about him,
   * and a clause that says nothing else the question asks is no closer for being short.
   */
  private bestQuestionMatch(total: number, doc: number, ownShare: number, given = 0): number {
    const { ids, idfs, ends } = this.questionTermsOf(doc);
    const { asked, askedWeight, askedParty } = this;
    let best = 0;
    let start = 0;
    for (let q = 0; q < ends.length; q++) {
      const end = ends[q] as number;
      let shared = 0;
      let own = 0;
      let sharesMoreThanNames = false;
      for (let t = start; t < end; t++) {
        const id = ids[t] as number;
        if (asked[id] === 1) {
          const w = askedWeight[id] as number;
          shared += w;
          if (askedParty[id] === 0) sharesMoreThanNames = true;
          own += w;
        } else own += idfs[t] as number;
      }
      start = end;
      const counted = sharesMoreThanNames ? Math.max(shared, own * ownShare) : own;
      const dice = (2 * (shared + given)) / (total + counted + given);
      if (dice > best) best = dice;
    }
    return best;
  }
}

/**
 * A date alone ("24 July 2025", "Thursday, 24 July"), as kb:add writes one out after a relative date, is an
 * aside, not a clause: as a question of its own it would match every "when" question best.
 */
const DATE_ONLY = new RegExp(
  `^(?:(?:${MONTH_NAMES.join("|")}|${WEEKDAY_NAME})\\b|\\d+|[\\s,.'’s]|on|the|of)+$`,
  "i",
);

/** Whether someone wrote the fact a question other than its own statement. */
export function hasParaphrases(fact: Pick<Fact, "statement" | "questions">): boolean {
  return fact.questions.some((q) => q.trim() !== fact.statement.trim());
}

/**
 * The clauses of a sentence, split at punctuation and at the conjunctions and relative words that join
 * clauses; none when the sentence is one clause. A question asks about one clause of a long sentence
 * ("who is steering the contacts?" of "…, the governor who has been steering the contacts from
 * Oslo"), and matches it far better than the whole sentence.
 */
export function clausesOf(sentence: string): string[] {
  const parts = sentence
    .split(/[,;:—–()"“”]\s*|\s+(?:and|while|but|whereas|when|which|who|after|before|as)\s+/)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= MIN_CLAUSE_WORDS && !DATE_ONLY.test(part));
  return parts.length > 1 ? parts : [];
}
