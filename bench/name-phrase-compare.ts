// Misspelt multi-word names (one word of "Eli Cohen", "Asaad al-Shaibani" … misspelt by a dropped, doubled
// or changed letter) read back as the name: the engine's plain `namePhraseCorrections` against fuse.js over
// the same names, and names the base lacks ("hafez assad", "ehud barak" on the seed base) that either makes
// a base name. `node scripts/built.mjs run bench/name-phrase-compare.js`; figures in docs/fuse.md.
import { performance } from "node:perf_hooks";
import Fuse from "fuse.js";
import { wordClass } from "../src/engine/english.js";
import { namePhraseCorrections } from "../src/engine/fuzzy.js";
import { Analyzer, words } from "../src/engine/normalise.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import type { KnowledgeBase } from "../src/knowledge/types.js";
import { buildFollowupBase } from "./followups.js";

/** Real names that share a word with a base name: none may be read as one. */
const NAMES_THE_BASE_LACKS = [
  ["hafez", "assad"],
  ["maher", "assad"],
  ["asma", "assad"],
  ["ehud", "barak"],
  ["farouk", "sharaa"],
  ["rami", "dalati"],
  ["ali", "cohen"],
  ["ahmad", "shaibani"],
  ["bashar", "jaafari"],
  ["ron", "paul"],
  ["tom", "cruise"],
];

function typo(word: string, k: number): string {
  const i = 1 + (k % Math.max(1, word.length - 1));
  const kind = k % 3;
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + (word[i] ?? "") + word.slice(i);
  return word.slice(0, i) + (word[i] === "a" ? "e" : "a") + word.slice(i + 1);
}

function measure(label: string, kb: KnowledgeBase): void {
  const analyzer = new Analyzer(kb.lexicon);
  const byText = new Map<string, string[]>();
  for (const entity of kb.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const folded = words(name).filter((word) => !analyzer.isStopword(word));
      if (folded.length > 1) byText.set(folded.join(" "), folded);
    }
  }
  const names = [...byText.values()];
  const isCommon = (word: string) => wordClass(word) === "common";
  const cases: Array<{ typed: string[]; want: string }> = [];
  names.forEach((name, k) => {
    name.forEach((word, i) => {
      for (let t = 0; t < 3; t++) {
        const typed = typo(word, k + t + i);
        if (typed === word || isCommon(typed)) continue;
        cases.push({ typed: name.map((w, j) => (j === i ? typed : w)), want: name.join(" ") });
      }
    });
  });
  const lacks = NAMES_THE_BASE_LACKS.filter((name) => !byText.has(name.join(" ")));
  for (const threshold of [0.1, 0.2, 0.4]) {
    const fuse = new Fuse(
      names.map((name) => name.join(" ")),
      { includeScore: true, threshold, ignoreLocation: true },
    );
    let plainRight = 0;
    let fuseRight = 0;
    for (const { typed, want } of cases) {
      const corrections = namePhraseCorrections(typed, names, isCommon);
      const read = typed.map((word) => corrections.get(word) ?? word).join(" ");
      if (read === want || (read !== typed.join(" ") && byText.has(read))) plainRight++;
      if (fuse.search(typed.join(" "))[0]?.item === want) fuseRight++;
    }
    const plainSwaps = lacks.filter((name) => namePhraseCorrections(name, names, isCommon).size > 0).length;
    const fuseSwaps = lacks.filter((name) => fuse.search(name.join(" ")).length > 0).length;
    const time = (run: () => void) => {
      const start = performance.now();
      for (let r = 0; r < 20; r++) run();
      return ((performance.now() - start) * 1000) / (20 * cases.length);
    };
    const plainUs = time(() => {
      for (const { typed } of cases) namePhraseCorrections(typed, names, isCommon);
    });
    const fuseUs = time(() => {
      for (const { typed } of cases) fuse.search(typed.join(" "));
    });
    console.log(
      `| ${label} | ${names.length} | ${cases.length} | ${threshold} | ${plainRight} / ${fuseRight} | ${lacks.length}: ${plainSwaps} / ${fuseSwaps} | ${plainUs.toFixed(0)} / ${fuseUs.toFixed(0)} |`,
    );
  }
}

console.log(
  "| base | multi-word names | misspelt | fuse threshold | read right (plain / fuse) | names it lacks made a base name (plain / fuse) | µs per phrase (plain / fuse) |",
);
console.log("| --- | --: | --: | --: | --: | --: | --: |");
measure("real", loadKnowledgeBase());
const reviewed = buildFollowupBase("reviewed");
try {
  measure("real + reviewed follow-ups", loadKnowledgeBase(reviewed.dir));
} finally {
  reviewed.remove();
}
