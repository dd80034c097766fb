// A stand-in for how WordNet's compounds and groups are read against a base (CompoundReading): a base that
// says these words this often and writes these spans (each " a b "), the sources' own text and all.
import type { CompoundReading } from "../../src/engine/wordnet-compounds.js";

export function stubReading(
  baseWords: ReadonlyMap<string, number>,
  written: readonly string[],
): CompoundReading {
  return {
    fold: (lemma) => lemma.toLowerCase().split(/[_\s]+/),
    has: (words) =>
      words.length > 1 ? written.includes(` ${words.join(" ")} `) : baseWords.has(words[0] as string),
    writesItself: (words) => written.includes(` ${words.join(" ")} `),
    frequency: (words) => words.reduce((sum, w) => sum + (baseWords.get(w) ?? 0), 0),
  };
}
