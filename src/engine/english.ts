// Ordinary English words and names, from the Hunspell en_US dictionary (dictionary-en, the word list
// spell-checkers use): its lower-case entries are common words, its capitalised ones are names. That is
// the line the engine needs for a word its knowledge base has never seen: "footprint" or "regular" is
// a paraphrase to weigh, "Qatar" or "NATO" is a party the sources may not cover at all.

import { countries as isoCountries } from "countries-list";
import { BoundedMemo } from "../shared/bounded-memo.js";
import { foldText } from "../shared/fold.js";
import { DEMONYMS } from "./demonyms.js";
import { regionNames } from "./regions.js";
import { isSpokenCommonWord, spokenCount } from "./spoken-frequency.js";
import { wordData } from "./word-data.js";
import type { WordSet } from "./word-table.js";

interface WordLists {
  common: WordSet;
  proper: WordSet;
  /** Common words Hunspell inflects as verbs: an -ed or -ing flag (D, G), or a doubled form ("expelled"). */
  verbs: WordSet;
}

/** Irregular past forms missing from the en_US list. */
const IRREGULAR_PAST_FORMS = ["led", "fled", "bled", "misled"];

/**
 * Hunspell .dic files' text (en_US's, then en_GB's: British spellings, "neighbours", "realise", "defence",
 * are English too, no names the story lacks) as the engine's sets: lower-case entries are common words,
 * capitalised ones names, and a common word with an -ed or -ing flag a verb. The edge that reads the files
 * (src/knowledge/word-data.ts) calls this.
 */
export function wordListsFromHunspell(
  dictionaries: readonly string[],
  prefixes: ReadonlyMap<string, string> = new Map(),
): {
  common: Set<string>;
  proper: Set<string>;
  verbs: Set<string>;
} {
  const common = new Set<string>();
  const proper = new Set<string>();
  const verbs = new Set<string>();
  for (const text of dictionaries) {
    for (const line of text.split("\n").slice(1)) {
      const slash = line.indexOf("/");
      const word = slash === -1 ? line.trim() : line.slice(0, slash);
      if (word === "") continue;
      if (/^\p{Lu}/u.test(word)) proper.add(word.toLowerCase());
      else {
        const flags = slash === -1 ? "" : line.slice(slash + 1);
        common.add(word);
        if (!/[DG]/.test(flags)) continue;
        verbs.add(word);
        // "replace", "reopen", "displace": Hunspell lists them as "place", "open" with a prefix flag. Without
        // it "who REPLACED …" asked the doer of no verb. Verbs only: as common words the prefixed forms
        // changed which unknown words are names and typos, and cost answers.
        for (const flag of flags) {
          const prefix = prefixes.get(flag);
          if (prefix) verbs.add(prefix + word);
        }
      }
    }
  }
  // Past forms the word list lacks, whose capitalised namesakes ("LED") would make them names: "who LED the
  // talks" names no one.
  for (const word of IRREGULAR_PAST_FORMS) common.add(word);
  // "expel", "run", "stop": the dictionary lists their doubled forms ("expelled", "running") as words.
  for (const word of common) {
    const doubled = /^([a-z]+)([bdglmnprt])\2(?:ed|ing)$/.exec(word);
    if (doubled?.[1] && doubled[2] && common.has(doubled[1] + doubled[2])) verbs.add(doubled[1] + doubled[2]);
  }
  return { common, proper, verbs };
}

/**
 * The prefixes of a Hunspell affix file, by flag ("PFX A   0     re   ." → A: re): the simple ones, that
 * strip nothing and take any word.
 */
export function prefixesFromAffix(affix: string): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const [, flag, prefix] of affix.matchAll(/^PFX\s+(\S)\s+0\s+(\p{Ll}+)\s+\.\s*$/gmu)) {
    if (flag && prefix) prefixes.set(flag, prefix);
  }
  return prefixes;
}

/** Whether a word or a form it may be inflected from is in `common` ("troops", "toppled"): what SUBTLEX-US keeps. */
export function isCommonForm(common: WordSet, word: string): boolean {
  return baseForms(word).some((form) => common.has(form));
}

function wordLists(): WordLists {
  return wordData();
}

/** Reads the word lists (Hunspell's and SUBTLEX-US's) now, once per process, so no question pays for it. */
export function loadWordLists(): void {
  wordData();
}

/**
 * Whether a lower-case word is a verb's base form, as it stands after did, does, will ("did Norway EXPEL").
 * Many nouns are verbs too ("border", "round"); the caller asks only of words in a verb's place.
 */
export function isVerb(word: string): boolean {
  return wordLists().verbs.has(word);
}

/** Irregular past forms of verbs a news story uses, which no suffix undoes ("MET al-Rashid", "HELD talks"). */
const IRREGULAR_VERB_FORMS = new Set([
  ...IRREGULAR_PAST_FORMS,
  "met",
  "held",
  "sent",
  "took",
  "taken",
  "gave",
  "given",
  "made",
  "said",
  "told",
  "fell",
  "fallen",
  "began",
  "begun",
  "spoke",
  "spoken",
  "brought",
  "sought",
  "won",
  "struck",
  "left",
  "kept",
  "went",
  "gone",
  "overthrown",
  "overthrew",
  "withdrawn",
  "withdrew",
  "chosen",
  "driven",
  "shown",
  "sworn",
  "broken",
  "wrote",
  "written",
]);

/**
 * Whether a word is a verb's past participle as a passive or perfect takes it ("FIRED", "replaced", "held",
 * "taken"): a regular -ed form, or an irregular past form a news story uses. Base forms ("change") and -ing
 * forms ("meeting") are not: after "was" they are nouns as often as verbs.
 */
export function isPastParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_VERB_FORMS.has(lower) || (lower.length >= MIN_REGULAR_PARTICIPLE && lower.endsWith("ed"));
}

/** "used", "aimed": shorter -ed words ("red", "bed", "fled" aside) are no regular participles. */
const MIN_REGULAR_PARTICIPLE = 4;

/**
 * Whether the word is a verb or an inflection of one ("bombed", "visiting", "urges", "stopped", "met"):
 * only a verb's own endings are undone ("leader" is no form of "lead", "quickly" none of "quick"). The
 * one test for "is this word in a verb's place" (a capital after a verb is its object; a wrong name before
 * a verb takes no noun with it).
 */
export function isVerbForm(word: string): boolean {
  const { verbs } = wordLists();
  const lower = word.toLowerCase();
  return IRREGULAR_VERB_FORMS.has(lower) || verbBaseForms(lower).some((form) => verbs.has(form));
}

/** Endings a verb takes, each with what to put back: ("ies", "y") turns "hurries" into hurry. */
const VERB_ENDINGS: readonly (readonly [string, string])[] = [
  ["s", ""],
  ["es", ""],
  ["ies", "y"],
  ["ed", ""],
  ["d", ""],
  ["ied", "y"],
  ["ing", ""],
  ["ing", "e"],
];

/**
 * A word's endings other than a verb's: "quickly", "leader", "latest", and a comparative or superlative of a
 * word in -y ("EARLIER", "earliest" → early): no name the dictionary lacks, so no "it" stands for it.
 */
const OTHER_ENDINGS: readonly (readonly [string, string])[] = [
  ["ly", ""],
  ["er", ""],
  ["est", ""],
  ["ier", "y"],
  ["iest", "y"],
];

/** The word and what it is with each ending taken off (a stem of at least three letters left). */
function withoutEndings(word: string, endings: readonly (readonly [string, string])[]): string[] {
  const forms = [word];
  for (const [suffix, add] of endings) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix))
      forms.push(word.slice(0, -suffix.length) + add);
  }
  return forms;
}

/** The forms a verb form may be inflected from ("urges" → urge, "hurried" → hurry, "stopped" → stop). */
function verbBaseForms(word: string): string[] {
  const forms = withoutEndings(word, VERB_ENDINGS);
  // "stopped", "running": a consonant doubled before the ending.
  const doubled = /^([a-z]+?)([bdglmnprt])\2(?:ed|ing)$/.exec(word);
  if (doubled?.[1] && doubled[2]) forms.push(doubled[1] + doubled[2]);
  return forms;
}

/** Every ending `baseForms` undoes, a verb's first. */
const ALL_ENDINGS = [...VERB_ENDINGS, ...OTHER_ENDINGS];

/** The word and the forms it may be inflected from ("troops" → troop, "toppled" → topple). */
function baseForms(word: string): string[] {
  return withoutEndings(word, ALL_ENDINGS);
}

type WordClass = "common" | "name" | "unknown";

/**
 * Words whose class is remembered: each reading of a question asks it of every word, again for each
 * re-ask of a claim, and the lists it reads are read once per process.
 */
const WORD_CLASS_MEMO_LIMIT = 20_000;
const wordClasses = new BoundedMemo<string, WordClass>(WORD_CLASS_MEMO_LIMIT);

/** Whether a lower-case word is ordinary English, a name, or in no dictionary (a typo, slang, a rare name). */
export function wordClass(word: string): WordClass {
  return wordClasses.get(word, classOf);
}

function classOf(word: string): WordClass {
  const { common, proper } = wordLists();
  const forms = baseForms(word);
  if (forms.some((form) => common.has(form))) return "common";
  if (forms.some((form) => proper.has(form))) return "name";
  return "unknown";
}

/** Hunspell's prefixes (en_US PFX flags A, I, U, C, E, F, K): "resign" is listed only as "sign" + re-. */
const PREFIXES = ["re", "in", "un", "de", "dis", "con", "pro"];
/** A prefix leaves at least this many letters of a word for the rest to count as one ("dean" is no de-an). */
const MIN_PREFIXED_STEM = 4;

/** Whether a word the dictionary lists only through a prefix ("resign", "unseat", "disarm") is common English. */
function isPrefixedCommonWord(word: string): boolean {
  const { common } = wordLists();
  return PREFIXES.some((prefix) => {
    const stem = word.slice(prefix.length);
    return (
      word.startsWith(prefix) &&
      stem.length >= MIN_PREFIXED_STEM &&
      baseForms(stem).some((form) => common.has(form))
    );
  });
}

/** Each part of a run-together compound has at least this many letters ("ceasefire" = cease + fire). */
const MIN_COMPOUND_PART = 3;

/**
 * Whether a word missing from the dictionary is still ordinary English: a prefixed form ("resign"), a
 * compound written as one word ("ceasefire", "airstrikes", "peacekeepers"), or a British spelling
 * ("normalisation"). Names ("modi", "fidesz", "tromso") are none of these.
 */
export function isOrdinaryEnglish(word: string): boolean {
  return isEnglishWord(word.toLowerCase());
}

/**
 * `isOrdinaryEnglish` of a lower-case word, with a compound's two common parts kept only when `partsFit`
 * accepts them as well.
 */
function isEnglishWord(
  lower: string,
  partsFit: (head: string, tail: string) => boolean = () => true,
): boolean {
  if (wordClass(lower) === "common" || isPrefixedCommonWord(lower)) return true;
  const { common } = wordLists();
  const isCommon = (part: string) => baseForms(part).some((form) => common.has(form));
  for (let cut = MIN_COMPOUND_PART; cut <= lower.length - MIN_COMPOUND_PART; cut++) {
    const head = lower.slice(0, cut);
    const tail = lower.slice(cut);
    if (common.has(head) && isCommon(tail) && partsFit(head, tail)) return true;
  }
  const american = lower.replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1").replace(/our(s?)$/, "or$1");
  return american !== lower && isCommon(american);
}

/** Country and territory names in lower case, from the runtime's CLDR data (regions.ts), built on first use. */
let countries: Set<string> | undefined;

/**
 * Whether a word names a country or its people ("qatar", "france", "saudi" of Saudi Arabia, "egyptians").
 * A country the sources do not name is another party to the story, not a detail of it to correct.
 */
export function isCountryName(word: string): boolean {
  return countryWords.get(word, namesCountry);
}

/** Words `isCountryName` has read: a question's unknown words are read so for every fact a check weighs. */
const countryWords = new BoundedMemo<string, boolean>(WORD_CLASS_MEMO_LIMIT);

function namesCountry(word: string): boolean {
  if (!countries) {
    const { common } = wordLists();
    countries = new Set();
    // CLDR's names ("Türkiye") and countries-list's with their other names ("Turkey"), diacritics folded:
    // "turkey" and "china" typed in lower case are countries, though the dictionary lists them as common words.
    const names = [
      ...regionNames().values(),
      ...Object.values(isoCountries).flatMap((country) => [country.name, ...(country.alias ?? [])]),
    ];
    for (const name of names) {
      const lower = foldText(name);
      countries.add(lower);
      const [head] = lower.split(/\s+/);
      if (head && head !== lower && !common.has(head)) countries.add(head);
    }
  }
  const lower = foldText(word);
  if (countries.has(lower)) return true;
  // Its people: "saudis", "egyptians", "qatari", "lebanese", "turkish"; "french", "swiss", "danes" (demonyms.ts).
  const singular = lower.replace(/s$/, "");
  if (countries.has(singular) || DEMONYMS.has(lower) || DEMONYMS.has(singular)) return true;
  const stem = singular.replace(/(?:ian|an|i|ese|ish)$/, "");
  if (stem === singular || stem.length < MIN_DEMONYM_STEM) return false;
  for (const country of countries) if (country.startsWith(stem)) return true;
  return false;
}

/** A demonym's stem is at least this long before it is matched to a country ("swede" → Sweden). */
const MIN_DEMONYM_STEM = 4;

/** Letters tried when a typo is undone one edit at a time. */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Common-word corrections remembered (typos repeat); cleared when it reaches this size. */
const COMMON_CORRECTION_CACHE_LIMIT = 10_000;
const commonCorrections = new BoundedMemo<string, string | null>(COMMON_CORRECTION_CACHE_LIMIT);
/**
 * A typo shorter than this ("isue", "stuf", "teh"), or a vowel typed for another, is undone only into a
 * word people say at least `OFTEN_SAID_COUNT` times in SUBTLEX-US's 51 million words (as "issue", "stuff"
 * and "leader" are; docs/engine.md, figures): at three or four letters one edit, and in a name one vowel, reaches many rare words.
 */
const SHORT_TYPO_LENGTH = 5;
const OFTEN_SAID_COUNT = 1000;
/** A vowel typed for another is undone from this length: at five letters names become words ("milon" → melon). */
const VOWEL_SLIP_LENGTH = 6;
/** Vowels a typist confuses ("leeder", "secirity"); not "y", which makes names words ("berri" → berry). */
const VOWELS = "aeiou";

/**
 * The ordinary English word a word in no dictionary is a slip of ("titel" → title, "goverment" →
 * government, "manny" → many, "leeder" → leader, "teh" → the), or null: the slips
 * people make typing a word they know. The knowledge base's own vocabulary is tried first (it holds the
 * names a typo is most often of); this is for the common words it lacks, so that a misspelt common word is
 * read as the paraphrase it is, not as a name the sources do not cover. Undone, never at the first letter:
 * a letter left out, two letters swapped, a letter typed twice, and from six letters a vowel typed for
 * another (into a word people often say). Not a letter dropped or a consonant changed: "modi" is one letter from "mod" and "mode", and
 * a name the sources lack must stay one. Of several words, the one people say most (SUBTLEX-US) wins. A word
 * the dictionary lists but people seldom say is read so too, into a word said far more (`LISTED_SLIP_SAID`).
 */
export function commonWordOneEditFrom(word: string): string | null {
  return commonCorrections.get(word, findCommonWord);
}

/**
 * Whether a word the dictionary lacks is English all the same, as `isOrdinaryEnglish` reads it, but a
 * compound only of words people say as common words: "betwen" is no compound of "bet" and "Wen".
 */
export function isEnglishNotSlip(word: string): boolean {
  return isEnglishWord(word, (head, tail) => isSpokenCommonWord(head) && spokenAsCommon(tail));
}

/** A word or its base form said as a common word ("strikes", "keepers" → keeper). */
function spokenAsCommon(word: string): boolean {
  return baseForms(word).some((form) => isSpokenCommonWord(form));
}

/**
 * A word the dictionary lists that people say fewer times than this in SUBTLEX-US ("stoped", read as
 * "stope" + d, 2; "planed", 7; "meating", read as "meat" + ing, 0) may be a slip of a word said
 * `LISTED_SLIP_RATIO` times more, and at least `OFTEN_SAID_COUNT` times ("stopped", 3,844): the fuzzy
 * corrector's rule for a listed word near a base word (`REAL_WORD_SAID`), for the common words the base lacks.
 * "hopped" (86) is no slip of "hoped" (830, under ten times more), nor is any word said 100 times or more.
 */
const LISTED_SLIP_SAID = 100;
const LISTED_SLIP_RATIO = 10;

/**
 * Whether a word is ordinary English people say: one the dictionary lists as common and SUBTLEX-US counts
 * `LISTED_SLIP_SAID` times or more ("minister", not "basher", said 16 times, nor "stoped").
 */
export function isOftenSaidCommonWord(word: string): boolean {
  return wordClass(word) === "common" && spokenCount(word) >= LISTED_SLIP_SAID;
}

function findCommonWord(word: string): string | null {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return null;
  const listed = wordClass(word) === "common";
  const said = listed ? spokenCount(word) : 0;
  if ((!listed && wordClass(word) !== "unknown") || said >= LISTED_SLIP_SAID) return null;
  // "resign", "ceasefire", "normalisation": English the list holds only through a prefix or as parts.
  if (!listed && isEnglishNotSlip(word)) return null;
  const { common } = wordLists();
  const isCommon = (candidate: string) => baseForms(candidate).some((form) => common.has(form));
  const slips = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    for (const letter of LETTERS) slips.add(word.slice(0, i) + letter + word.slice(i));
  }
  for (let i = 1; i + 1 < word.length; i++) {
    slips.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1]) slips.add(word.slice(0, i) + word.slice(i + 1));
  }
  // A vowel typed for another, from six letters, into a word people often say: "leeder" → leader,
  // "secirity" → security; never "modi" → mode, "tusk" → task, "ortega" → ortego.
  const vowelSlips = new Set<string>();
  if (word.length >= VOWEL_SLIP_LENGTH) {
    for (let i = 1; i < word.length; i++) {
      if (!VOWELS.includes(word[i] ?? "")) continue;
      for (const vowel of VOWELS) vowelSlips.add(word.slice(0, i) + vowel + word.slice(i + 1));
    }
  }
  const short = word.length < SHORT_TYPO_LENGTH;
  let best: string | null = null;
  let bestCount = -1;
  for (const candidate of new Set([...slips, ...vowelSlips])) {
    if (candidate === word || !isCommon(candidate)) continue;
    const count = spokenCount(candidate);
    // A word no one says ("lapind", read as lapin + d; "kaolin") is no word a typist meant.
    if (count === 0) continue;
    const rare = count < OFTEN_SAID_COUNT;
    if (rare && (short || (vowelSlips.has(candidate) && !slips.has(candidate)))) continue;
    // A listed word is itself unless the word it is a slip of is said often and far more.
    if (listed && (rare || count < said * LISTED_SLIP_RATIO)) continue;
    // The word people say most: "teh" is "the", not "tech".
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/** An adverb this short ("only", "early", "daily") is as often a topic word as a manner. */
const MIN_ADVERB_LENGTH = 7;

/**
 * Whether a word is an adverb of an ordinary adjective: "physically", "actually", "officially" ("where have
 * the meetings PHYSICALLY taken place?"). It says how, not what about.
 */
export function isMannerAdverb(word: string): boolean {
  if (word.length < MIN_ADVERB_LENGTH || !word.endsWith("ly")) return false;
  const { common } = wordLists();
  const base = word.slice(0, -2);
  return [base, base.replace(/al$/, ""), base.replace(/i$/, "y"), `${base}e`].some((form) =>
    common.has(form),
  );
}
