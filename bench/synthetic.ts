// A deterministic synthetic knowledge base of any size, for benchmarking the engine beyond the 59 real facts.
// Sizes count every fact: the real facts are kept as they are (so real questions still have real answers)
// and synthetic ones fill the rest. Synthetic text mixes tokens drawn from the real base (stopwords and
// content words, weighted by how often the real facts use them) with generated pseudo-words. The pseudo-word
// pool grows as PSEUDO_WORDS_PER_SQRT_FACT · √facts (Heaps' law with β = ½, typical of English text) and is
// drawn Zipf-wise, so the synthetic base has a few very common words with long posting lists and a long
// tail of rare ones, like a real news archive. Quotes are real `Quote` objects of the real article (they
// stay verbatim, with their offsets); entities and lexicon are the real ones.
import { words } from "../src/engine/normalise.js";
import { QUESTION_KINDS } from "../src/engine/question-kinds.js";
import { MONTH_NAMES } from "../src/knowledge/dates.js";
import type { QuestionKind, Topic } from "../src/knowledge/schema.js";
import type { Fact, KnowledgeBase, Quote, Side } from "../src/knowledge/types.js";

/** Pseudo-words in the vocabulary per √(number of facts): 1,897 at 1,000 facts, 18,974 at 100,000. */
export const PSEUDO_WORDS_PER_SQRT_FACT = 60;
/** Share of tokens drawn from the real base's own words; the rest are pseudo-words. */
const REAL_TOKEN_SHARE = 0.6;
/** Zipf exponent of pseudo-word frequencies (1 ≈ natural language). */
const ZIPF_EXPONENT = 1;
/** Share of a synthetic question's words taken from its fact's statement: questions paraphrase facts. */
const QUESTION_OVERLAP = 0.5;
const TIMELINE_SHARE = 0.15;
const SIDE_SHARE = 0.02;

const SYLLABLE_ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "sh",
  "kh",
  "tr",
];
const SYLLABLE_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"];
const SYLLABLE_CODAS = ["", "", "", "n", "r", "l", "s", "m"];
/** Question openings and the kind of question each asks. */
const STARTERS: ReadonlyArray<[string, QuestionKind]> = [
  ["Who", "who"],
  ["What", "what"],
  ["When did", "when"],
  ["Where", "where"],
  ["Why", "why"],
  ["How", "how"],
  ["How many", "how-many"],
  ["Is", "yes-no"],
  ["Did", "yes-no"],
  ["Which", "what"],
];
const SIDES: readonly Side[] = ["syria", "israel", "united-states"];

/** Mulberry32: tiny, fast and good enough for test data; the same seed gives the same stream everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pseudoVocabularySize(facts: number): number {
  return Math.round(PSEUDO_WORDS_PER_SQRT_FACT * Math.sqrt(facts));
}

class Draw {
  constructor(private readonly random: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new RangeError("pick from an empty list");
    return item;
  }

  /** Up to `count` distinct items, in the order drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 4; tries++) {
      chosen.add(this.pick(items));
    }
    return [...chosen];
  }

  /** Index drawn by cumulative weights (binary search). */
  weighted(cumulative: Float64Array): number {
    const total = cumulative[cumulative.length - 1] ?? 0;
    const target = this.random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Pseudo-words that are neither real words of the base nor each other: "tralimour", "koshen", "zuvai". */
function pseudoWords(count: number, taken: ReadonlySet<string>, draw: Draw): string[] {
  const made = new Set<string>();
  while (made.size < count) {
    let word = "";
    const syllables = draw.int(2, 4);
    for (let i = 0; i < syllables; i++) {
      word += draw.pick(SYLLABLE_ONSETS) + draw.pick(SYLLABLE_VOWELS) + draw.pick(SYLLABLE_CODAS);
    }
    if (word.length >= 4 && !taken.has(word)) made.add(word);
  }
  return [...made];
}

/** Vocabulary of the real facts as a token stream: drawing from it reproduces the real word frequencies. */
function realTokens(kb: KnowledgeBase): string[] {
  const tokens: string[] = [];
  for (const fact of kb.facts) {
    for (const text of [fact.statement, ...fact.questions, ...fact.keywords]) tokens.push(...words(text));
  }
  return tokens;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A knowledge base of `facts` facts: the real ones first, then synthetic ones. The same real base, size and
 * seed always give the same result.
 */
export function syntheticKnowledgeBase(real: KnowledgeBase, facts: number, seed = 1): KnowledgeBase {
  if (!Number.isInteger(facts) || facts < real.facts.length) {
    throw new RangeError(`a synthetic base needs an integer of at least ${real.facts.length} facts`);
  }
  const draw = new Draw(mulberry32(seed));
  const tokens = realTokens(real);
  const pseudo = pseudoWords(pseudoVocabularySize(facts), new Set(tokens), draw);
  const zipf = new Float64Array(pseudo.length);
  let sum = 0;
  for (let rank = 0; rank < pseudo.length; rank++) {
    sum += 1 / (rank + 1) ** ZIPF_EXPONENT;
    zipf[rank] = sum;
  }
  const token = (): string =>
    draw.chance(REAL_TOKEN_SHARE) ? draw.pick(tokens) : (pseudo[draw.weighted(zipf)] ?? "");
  const quotes: Quote[] = real.facts.flatMap((f) => f.quotes);
  const entityIds = real.entities.map((e) => e.id);
  const articleId = real.facts[0]?.articleId ?? real.articles[0]?.id ?? "";

  const out: Fact[] = [...real.facts];
  const width = String(facts).length;
  for (let i = 1; out.length < facts; i++) {
    const statementWords = Array.from({ length: draw.int(8, 18) }, token);
    const kinds = new Set<QuestionKind>();
    const questions = Array.from({ length: draw.int(2, 5) }, () => {
      const [starter, kind] = draw.pick(STARTERS);
      kinds.add(kind);
      const rest = Array.from({ length: draw.int(3, 8) }, () =>
        draw.chance(QUESTION_OVERLAP) ? draw.pick(statementWords) : token(),
      );
      return `${starter} ${rest.join(" ")}?`;
    });
    const fact: Fact = {
      id: `synthetic-${String(i).padStart(width, "0")}`,
      articleId,
      statement: `${capitalise(statementWords.join(" "))}.`,
      // Shallow copies: each fact owns its quote objects, as the loader gives them, with the same verbatim text.
      quotes: draw.some(quotes, draw.int(1, 2)).map((q) => ({ ...q })),
      entities: draw.some(entityIds, draw.int(0, 3)),
      topics: draw.some<Topic>(
        real.story.topics.map((t) => t.id),
        draw.int(1, 2),
      ),
      questions,
      keywords: Array.from({ length: draw.int(0, 4) }, () =>
        draw.chance(0.3) ? `${token()} ${token()}` : token(),
      ),
      kinds: QUESTION_KINDS.filter((k) => kinds.has(k) && draw.chance(0.5)),
    };
    if (draw.chance(SIDE_SHARE)) fact.side = draw.pick(SIDES);
    if (draw.chance(TIMELINE_SHARE)) {
      const year = draw.int(1946, 2025);
      const month = draw.int(1, 12);
      fact.timeline = {
        when: `in ${MONTH_NAMES[month - 1]} ${year}`,
        sort: `${year}-${String(month).padStart(2, "0")}`,
        implied: false,
      };
    }
    out.push(fact);
  }
  return {
    articles: real.articles,
    facts: out,
    entities: real.entities,
    lexicon: real.lexicon,
    story: real.story,
  };
}
