// Text normalisation shared by the index and the questions, so both sides meet on the same terms:
// fold (case, diacritics, quotes, dashes) → words → drop stopwords → stem → canonical synonym.
import { stemmer } from "stemmer";
import type { Lexicon } from "../knowledge/schema.js";
import { BoundedMemo } from "../shared/bounded-memo.js";
import { foldText } from "../shared/fold.js";
import { alternation, CONTRACTION_STEMS } from "./auxiliaries.js";
import { escapeRegExp } from "./regexp.js";

/**
 * Spellings of the United States that would otherwise be lost: "U.S." splits into "u" and "s", and a
 * lower-case "us" is a pronoun. Only the upper-case or dotted forms are read as the country.
 */
const US_FORMS = /\b(?:U\.S\.A\.?|U\.S\.?|USA|US)(?![\w.])|\bunited states\b/gi;
/**
 * "what is the us doing", "WHICH us president", "A us envoy": after "the" or another determiner, a
 * lower-case "us" is the country, never the pronoun, which no determiner comes before. `$1` the determiner.
 */
const THE_US = /\b(the|which|whose|a|every|each|another)\s+us\b(?!['’])/giu;

function markUnitedStates(text: string): string {
  return text
    .replace(THE_US, (_, determiner: string) => ` ${determiner} america `)
    .replace(US_FORMS, (match) => {
      if (/^us$/.test(match)) return match; // lower-case "us" is the pronoun
      return " america ";
    });
}

/** "wasnt", "didnt", "dont": a contraction typed without its apostrophe is the contraction ("wasnt" ≠ "want"). */
const CONTRACTION_WITHOUT_APOSTROPHE = new RegExp(`\\b(${alternation(CONTRACTION_STEMS)})nt\\b`, "gi");

/**
 * "whos", "wheres", "hows": a question word's "'s" typed without its apostrophe is that "'s", taken off as
 * it is from "who's", so the word still asks what it asks ("whos ragip soylus source" asks who; "wheres"
 * a place). None of them is an English word of its own. "Whats" is left as it was: the stopword lists and
 * openings read it already, and as "what" it moved the ablated base's "whats the venue for the talks" to
 * the other place fact, as "what's the venue" is answered there.
 */
const QUESTION_WORD_S = /\b(who|where|when|why|how)s\b/g;

/**
 * "won't", "shan't": the contractions whose first part is no word of their own ("won" is win's past, a word
 * that weighs); said in full, both words are stopwords.
 */
const IRREGULAR_NEGATION = /\b(won|shan)'t\b/g;

/** The words of a text, folded; possessive 's removed; hyphenated names split ("al-rashid" → al, rashid). */
export function words(text: string): string[] {
  const folded = foldText(markUnitedStates(text))
    .replace(IRREGULAR_NEGATION, (_, verb: string) => (verb === "won" ? "will not" : "shall not"))
    .replace(/'s\b/g, "")
    .replace(QUESTION_WORD_S, "$1")
    .replace(CONTRACTION_WITHOUT_APOSTROPHE, "$1n't");
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Particles of a phrasal verb, which English lets an object separate from its verb: "lock anybody up",
 * "hand the land back", "turn the offer down". A two-word phrase of the lexicon ending in one of them is
 * also read with up to `MAX_PARTICLE_GAP` words between its verb and its particle.
 */
const PARTICLES = new Set(["up", "down", "back", "out", "over", "off", "in", "away"]);
const MAX_PARTICLE_GAP = 3;

/** A stem shorter than this from a longer word would meet a two-letter word ("used" → "us"). */
const MIN_STEM_LENGTH = 3;

/** Endings that inflect a word or make its adverb: "answer" → "answers", "answered"; "basic" → "basically". */
const INFLECTIONS = ["s", "es", "ed", "d", "ing", "ly", "ally", "edly", "er", "ers", "est"] as const;

/** Whether `longer` is `shorter` inflected ("answered" of "answer", "writing" of "write"), not another word ("quite" of "quit"). */
function inflects(shorter: string, longer: string): boolean {
  const bases = shorter.endsWith("e") ? [shorter, shorter.slice(0, -1)] : [shorter];
  return INFLECTIONS.some((ending) => bases.some((b) => longer === b + ending));
}

export function stem(word: string): string {
  // The Porter stemmer is for English; digits and short words are kept as they are.
  if (word.length <= 3 || /\d/.test(word)) return word;
  // Porter keeps "-ly": "directly" would not meet "direct", nor "publicly" "public".
  const base = word.length > 5 && word.endsWith("ly") && !word.endsWith("ily") ? word.slice(0, -2) : word;
  const stemmed = stemmer(base.replace(/isation/g, "ization").replace(/ise([ds]?)$/, "ize$1"));
  // Porter cuts "used", "uses" and "using" to "us", the pronoun's term (and "the us", the country, is read
  // as America): a stem this short keeps a final "e" so it meets no two-letter word.
  return stemmed.length < MIN_STEM_LENGTH ? `${stemmed}e` : stemmed;
}

/**
 * A question word a few folded words before a phrase ("WHAT's on the agenda", "WHAT KIND OF STUFF is on the
 * agenda", "WHO is part of the talks"): it stands for the thing the phrase tells of, which is asked for, not
 * put to the bot. Five words reach "what do the talks have on …", not the thing of a yes/no ask after it.
 * "who", "whom" and "which" ask only at the start, after "and"/"but" or after a word of asking ("tell me
 * WHO …"): elsewhere they are relative and stand for the noun before them ("is the dam, WHICH the town built,
 * on the agenda" asks whether the dam is an issue).
 */
const QUESTION_WORD_BEFORE =
  " (?:what|whats|(?<=^ | (?:and|but|me|us|know|wonder|wondering|ask|asking) )(?:who|whos|whom|which))(?: [^ ]+){0,5}";

/** The patterns of a phrase of the lexicon's `askedPhrases`, as folded words, and its reading after a question word. */
function askedPhrase(
  phrase: readonly string[],
  reading: string,
): { where: RegExp; reading: string; elsewhere: RegExp } {
  const typed = ` ${escapeRegExp(phrase.join(" "))} `;
  return {
    where: new RegExp(`(?<=${QUESTION_WORD_BEFORE})${typed}`, "g"),
    reading: ` ${reading} `,
    elsewhere: new RegExp(`(?<!${QUESTION_WORD_BEFORE})${typed}`, "g"),
  };
}

const TERM_CACHE_LIMIT = 200_000;
/**
 * Texts whose terms are remembered: the support checks read the same statements, entity descriptions and
 * name words again for every candidate fact of every ask.
 */
const TEXT_TERMS_LIMIT = 4_096;

interface Term {
  /** Canonical stem: what the index stores and matches on. */
  term: string;
  /** The folded word the term came from, for typo correction and messages. */
  word: string;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * Turns text into index terms using the knowledge base's lexicon. One instance is shared by the index and
 * the questions so that both are analysed identically.
 */
/**
 * The index term under which a fact that gives a thing a question may ask for is found ("@where",
 * asked-things.ts): no word folds to it, since folding keeps letters and digits only.
 */
const NO_NAMING_TERMS: readonly string[] = [];

export function askedThingTerm(thing: string): string {
  return `@${thing}`;
}

export class Analyzer {
  readonly stopwords: ReadonlySet<string>;
  /**
   * Folded phrase → replacement, longest phrase first, with the phrase's words (`needs`: it can match only
   * in a text that has them all) and the replacement's (`brings`: a later phrase may match them).
   */
  private readonly phrases: Array<{
    phrase: string;
    replacement: string;
    needs: string[];
    brings: string[];
    /** A phrase of the lexicon's `askedPhrases`: where a question word stands for the thing, and what it reads. */
    asked?: { where: RegExp; reading: string; elsewhere: RegExp };
  }>;
  /** First word of every phrase: a text with none of them skips the phrase pass (almost every text). */
  private readonly phraseStarts: ReadonlySet<string>;
  /** First word → the positions in `phrases` of the phrases it begins, in order. */
  private readonly phrasesByFirstWord = new Map<string, number[]>();
  /** The phrases `phrased` is to try for the text at hand, by position in `phrases`. */
  private readonly tried: Uint8Array;
  /** Verb → its separable particles and what the phrase is read as ("lock" → up → detain). */
  private readonly separable = new Map<string, Map<string, string>>();
  /** Folded word → term: a base has a few thousand distinct words but millions of them to stem. */
  private readonly termMemo = new BoundedMemo<string, Term | null>(TERM_CACHE_LIMIT);
  /** Text → its terms (`terms`). */
  private readonly textTermsMemo = new BoundedMemo<string, readonly string[]>(TEXT_TERMS_LIMIT);
  /** Stem → canonical stem of its synonym group. */
  private readonly canonical = new Map<string, string>();
  readonly generic: ReadonlySet<string>;
  /** Generic term → the lexicon's generic words (folded) it is the term of (`isGenericWord`). */
  private readonly genericWordsByTerm = new Map<string, string[]>();
  /** Term → the term of the thing it names what is asked for, that a fact giving it is indexed under (lexicon `asks`). */
  private readonly askedKinds = new Map<string, string>();
  /** The words the lexicon's `asks` lists, folded: a word of another class with their stem is no such word. */
  private readonly askedWords = new Set<string>();
  /** The index term of a thing asked ("@change") → the terms of the words the lexicon's `asks` names it by. */
  private readonly namingTerms = new Map<string, string[]>();
  /** Term → the terms that say its opposite (lexicon `opposites`, both ways). */
  private readonly opposites = new Map<string, Set<string>>();

  constructor(lexicon: Lexicon) {
    this.stopwords = new Set(lexicon.stopwords.flatMap((w) => words(w)));
    const asked = new Map(
      Object.entries(lexicon.askedPhrases ?? {}).map(([phrase, reading]) => [
        words(phrase).join(" "),
        reading,
      ]),
    );
    this.phrases = Object.entries(lexicon.phrases)
      .map(([phrase, replacement]) => ({
        phrase: ` ${words(phrase).join(" ")} `,
        replacement: ` ${replacement} `,
        needs: [...new Set(words(phrase))],
        brings: [replacement, asked.get(words(phrase).join(" ")) ?? ""]
          .join(" ")
          .split(" ")
          .filter((w) => w !== ""),
        ...(asked.has(words(phrase).join(" ")) && {
          asked: askedPhrase(words(phrase), asked.get(words(phrase).join(" ")) ?? ""),
        }),
      }))
      .filter(({ phrase }) => phrase.trim() !== "")
      .sort((a, b) => b.phrase.length - a.phrase.length);
    this.phraseStarts = new Set(this.phrases.map(({ phrase }) => phrase.trim().split(" ")[0] ?? ""));
    this.tried = new Uint8Array(this.phrases.length);
    this.phrases.forEach(({ needs }, k) => {
      const first = needs[0] ?? "";
      this.phrasesByFirstWord.set(first, [...(this.phrasesByFirstWord.get(first) ?? []), k]);
    });
    for (const { phrase, replacement } of this.phrases) {
      const [verb, particle, ...rest] = phrase.trim().split(" ");
      // "back in" → in, "way back" → then: a time phrase, no verb with an object.
      if (!verb || !particle || rest.length > 0 || !PARTICLES.has(particle)) continue;
      if (this.stopwords.has(replacement.trim())) continue;
      const particles = this.separable.get(verb) ?? new Map<string, string>();
      particles.set(particle, replacement.trim());
      this.separable.set(verb, particles);
    }
    for (const group of lexicon.synonyms) {
      const stems = group.map((w) => words(w).map(stem).join(" "));
      const head = stems[0] ?? "";
      for (const s of stems) if (!this.canonical.has(s)) this.canonical.set(s, head);
    }
    this.generic = new Set(lexicon.generic.flatMap((w) => words(w).map((x) => this.canonicalOf(stem(x)))));
    for (const word of lexicon.generic.flatMap((w) => words(w))) {
      const term = this.canonicalOf(stem(word));
      this.genericWordsByTerm.set(term, [...(this.genericWordsByTerm.get(term) ?? []), word]);
    }
    for (const [kind, asking] of Object.entries(lexicon.asks ?? {})) {
      for (const word of asking ?? []) {
        const term = this.canonicalOf(words(word).map(stem).join(" "));
        this.askedWords.add(words(word).join(" "));
        if (!this.askedKinds.has(term)) this.askedKinds.set(term, askedThingTerm(kind));
        const naming = this.namingTerms.get(askedThingTerm(kind)) ?? [];
        if (!naming.includes(term)) this.namingTerms.set(askedThingTerm(kind), [...naming, term]);
      }
    }
    for (const [one, other] of lexicon.opposites ?? []) {
      const a = this.canonicalOf(stem(words(one).join(" ")));
      const b = this.canonicalOf(stem(words(other).join(" ")));
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        const set = this.opposites.get(from) ?? new Set<string>();
        set.add(to);
        this.opposites.set(from, set);
      }
    }
  }

  /**
   * The index term of the kind of question a word names what it asks for ("venue" → a place, "job" → who
   * holds what post), from the lexicon's `asks`; undefined for any other word.
   */
  askedKindOf(term: string, word?: string): string | undefined {
    // "ORIGINALLY" shares its stem with "origin": an adverb names no thing asked (the lists hold nouns and
    // verbs), unless the lexicon lists it.
    if (word !== undefined && /ly$/.test(word) && !this.askedWords.has(words(word).join(" ")))
      return undefined;
    return this.askedKinds.get(term);
  }

  /** The terms of the words the lexicon's `asks` names a thing asked by ("@change" → chang). */
  namingTermsOf(thingTerm: string): readonly string[] {
    return this.namingTerms.get(thingTerm) ?? NO_NAMING_TERMS;
  }

  /** The terms that say the opposite of a term ("accept" → refuse). */
  oppositesOf(term: string): ReadonlySet<string> {
    return this.opposites.get(term) ?? NO_TERMS;
  }

  canonicalOf(stemmed: string): string {
    return this.canonical.get(stemmed) ?? stemmed;
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }

  readonly #computeTerm = (word: string): Term | null =>
    this.stopwords.has(word) ? null : { term: this.canonicalOf(stem(word)), word };

  /**
   * Whether a typed word is one of the lexicon's generic words: its term is generic and the word is a generic
   * word or an inflection of one. The stemmer folds some other words onto a generic word's stem ("quit" onto
   * "quite"'s, "inform" onto "information"'s): those are words of their own. Read for the verb an ask claims
   * (ask-parts.ts `predicateOf`): "why did Novak QUIT?" claims an event a fact must tell. Not yet for a word's
   * weight: `INFLECTIONS` misses "putting" and "reporting" (of "reportedly"), which would then weigh as
   * words the base lacks.
   */
  isGenericWord(word: string, term: string): boolean {
    if (!this.generic.has(term)) return false;
    const folded = words(word).join(" ");
    // Only the generic words the stemmer itself folds the word with: a word the lexicon reads onto the term (a
    // synonym: "direct" of "in person", a correction) is the generic word it is read as.
    const own = stem(folded);
    const generic = (this.genericWordsByTerm.get(term) ?? []).filter((g) => stem(g) === own);
    return (
      generic.length === 0 || generic.some((g) => g === folded || inflects(g, folded) || inflects(folded, g))
    );
  }

  /** Term for one folded word, or null for a stopword. */
  termOf(word: string): Term | null {
    // Questions bring unknown words too: the memo is bounded rather than let a long-running bot grow it.
    return this.termMemo.get(word, this.#computeTerm);
  }

  /** The text's words with the lexicon's phrases replaced. */
  words(text: string): string[] {
    return this.phrased(words(text));
  }

  /** Already folded words (from `words`) with the lexicon's phrases replaced. */
  phrased(plain: string[]): string[] {
    if (!plain.some((w) => this.phraseStarts.has(w))) return plain;
    // Padded with spaces so a phrase only matches whole words.
    let folded = ` ${plain.join(" ")} `;
    // In the lexicon's order, only the phrases whose first word the text has (or a replacement made before
    // brought in) and whose other words it has too: a phrase passed over could not have matched when its
    // turn came, so the text reads as if every phrase had been tried, for a fraction of the searches.
    const present = new Set(folded.split(" "));
    // Reused, not made per text: an array this long is allocated outside the heap, dearer than clearing it.
    const tried = this.tried.fill(0);
    const mark = (word: string, after: number) => {
      for (const k of this.phrasesByFirstWord.get(word) ?? []) if (k > after) tried[k] = 1;
    };
    for (const word of present) mark(word, -1);
    for (let k = 0; k < this.phrases.length; k++) {
      if (tried[k] === 0) continue;
      const { phrase, replacement, needs, brings, asked } = this.phrases[k] as (typeof this.phrases)[number];
      if (!needs.every((word) => present.has(word))) continue;
      const replaced = asked
        ? folded.replace(asked.where, asked.reading).replace(asked.elsewhere, replacement)
        : folded.replaceAll(phrase, replacement);
      if (replaced === folded) continue;
      folded = replaced;
      for (const word of brings) {
        if (present.has(word)) continue;
        present.add(word);
        mark(word, k);
      }
    }
    return this.joinSeparated(folded.split(" ").filter((w) => w !== ""));
  }

  /** "lock anybody up" → detain anybody: a phrasal verb whose object stands between verb and particle. */
  private joinSeparated(phrased: string[]): string[] {
    const out = [...phrased];
    for (let i = 0; i < out.length; i++) {
      const particles = this.separable.get(out[i] as string);
      if (!particles) continue;
      for (let gap = 1; gap <= MAX_PARTICLE_GAP && i + gap + 1 < out.length + 1; gap++) {
        const at = i + gap + 1;
        const replacement = particles.get(out[at] ?? "");
        if (replacement === undefined) continue;
        out.splice(at, 1);
        out.splice(i, 1, ...replacement.split(" "));
        break;
      }
    }
    return out;
  }

  readonly #computeTextTerms = (text: string): readonly string[] => this.termsOfWords(words(text));

  /** Distinct canonical terms of a text (a copy: the caller may change it). */
  terms(text: string): string[] {
    return [...this.textTermsMemo.get(text, this.#computeTextTerms)];
  }

  /**
   * Distinct canonical terms of already folded words (from `words`), in first-seen order: the index folds
   * each text once and takes both its vocabulary and its terms from the same words.
   */
  termsOfWords(plain: string[]): string[] {
    const terms = new Set<string>();
    for (const word of this.phrased(plain)) {
      const term = this.termOf(word);
      if (term) terms.add(term.term);
    }
    return [...terms];
  }
}
