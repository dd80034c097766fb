// fuse.js against the plain alternative (the code the bot runs, except where named otherwise) on the jobs
// fuse.js could do here: correcting misspelt words (the corrector), matching misspelt entity names and
// aliases, and autocomplete over facts (/ask and /source). Quality on real typos and partial inputs, and
// time. `node scripts/built.mjs run bench/fuse-compare.js` → markdown on stdout; the figures and the
// decisions are in docs/fuse.md.
import { performance } from "node:perf_hooks";
import Fuse from "fuse.js";
import { factChoices, matchFacts } from "../src/commands/source.js";
import { AnswerEngine } from "../src/engine/engine.js";
import { Corrector, editDistance, MIN_CORRECTABLE_LENGTH } from "../src/engine/fuzzy.js";
import { Analyzer, words } from "../src/engine/normalise.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import type { Fact, KnowledgeBase } from "../src/knowledge/types.js";
import { questionMix, typo } from "./engine-bench.js";
import { median, percentile } from "./stats.js";
import { mulberry32, syntheticKnowledgeBase } from "./synthetic.js";

// ------------------------------------------------------------------------------------------ corrector

/**
 * The corrector as it was with fuse.js (until issue 13): Fuse proposes up to 8 candidates per bucket, the
 * same edit distance decides. src/engine/fuzzy.ts's Corrector is the plain one: every word of the bucket.
 */
class FuseCorrector extends Corrector {
  private readonly fuses = new Map<string, Fuse<string>>();
  constructor(frequency: ReadonlyMap<string, number>) {
    super(frequency);
    for (const [key, list] of this.buckets) {
      this.fuses.set(
        key,
        new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true }),
      );
    }
  }
  protected override candidates(key: string, word: string): readonly string[] {
    return (this.fuses.get(key)?.search(word, { limit: 8 }) ?? []).map(({ item }) => item);
  }
}

/** The corrector's vocabulary, built as the engine builds it. */
function correctorVocabulary(kb: KnowledgeBase): Map<string, number> {
  const analyzer = new Analyzer(kb.lexicon);
  const engine = new AnswerEngine(kb, { answerMemoSize: 0 });
  const vocabulary = new Map(
    [...engine.parts.index.vocabulary].filter(([word]) => !analyzer.isStopword(word)),
  );
  for (const word of kb.lexicon.generic) if (!vocabulary.has(word)) vocabulary.set(word, 1);
  return vocabulary;
}

/** Words of a base's vocabulary given typos (two each). */
const VOCABULARY_SAMPLE = 1_500;
/** Inputs timed per autocomplete method on a large base, where a fuse.js scan takes a while. */
const LARGE_BASE_SAMPLE = 20;

function timeMs(run: () => void, repeats = 5): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Misspelt words: the typo'd word of each question of the bench's mix, and typos of the base's own words. */
const MIX = questionMix(1);

function typoWords(
  vocabulary: ReadonlyMap<string, number>,
  sampleSize: number,
): { questions: string[]; vocabulary: string[] } {
  const fromQuestions = new Set<string>();
  const mix = MIX;
  const originals = new Set(mix.filter((q) => q.group !== "typo").flatMap((q) => words(q.text)));
  for (const q of mix)
    if (q.group === "typo") for (const w of words(q.text)) if (!originals.has(w)) fromQuestions.add(w);
  const random = mulberry32(1);
  const fromVocabulary: string[] = [];
  const correctable = [...vocabulary.keys()].filter(
    (w) => w.length >= MIN_CORRECTABLE_LENGTH && !/\d/.test(w),
  );
  // Every word of a small base; an even sample of a large one's (a 10k base has tens of thousands).
  const step = Math.max(1, Math.floor(correctable.length / sampleSize));
  for (let i = 0; i < correctable.length; i += step) {
    fromVocabulary.push(typo(correctable[i] as string, random), typo(correctable[i] as string, random));
  }
  return { questions: [...fromQuestions], vocabulary: fromVocabulary };
}

function compareCorrectors(
  name: string,
  kb: KnowledgeBase,
  sample: number,
  lines: { push: (...more: string[]) => void },
): void {
  const vocabulary = correctorVocabulary(kb);
  const sets = typoWords(vocabulary, sample);
  const buildFuse = timeMs(() => new FuseCorrector(vocabulary));
  const buildPlain = timeMs(() => new Corrector(vocabulary));
  for (const [setName, typos] of Object.entries(sets)) {
    const distinct = [...new Set(typos)];
    let same = 0;
    let fuseOnly = 0;
    let plainOnly = 0;
    let differ = 0;
    const examples: string[] = [];
    const fuse = new FuseCorrector(vocabulary);
    const plain = new Corrector(vocabulary);
    for (const word of distinct) {
      const a = fuse.correct(word)?.word ?? null;
      const b = plain.correct(word)?.word ?? null;
      if (a === b) same++;
      else {
        if (a === null) plainOnly++;
        else if (b === null) fuseOnly++;
        else differ++;
        if (examples.length < 6) examples.push(`${word}: fuse ${a ?? "—"}, plain ${b ?? "—"}`);
      }
    }
    // Time of correcting every distinct typo once, on fresh instances (the correction memo would hide it).
    const fuseMs =
      timeMs(() => {
        const c = new FuseCorrector(vocabulary);
        for (const w of distinct) c.correct(w);
      }) - buildFuse;
    const plainMs =
      timeMs(() => {
        const c = new Corrector(vocabulary);
        for (const w of distinct) c.correct(w);
      }) - buildPlain;
    lines.push(
      `| ${name} | ${setName} | ${distinct.length} | ${same} | ${fuseOnly} | ${plainOnly} | ${differ} | ${buildFuse.toFixed(1)} / ${buildPlain.toFixed(1)} | ${((fuseMs * 1000) / distinct.length).toFixed(1)} / ${((plainMs * 1000) / distinct.length).toFixed(1)} |`,
    );
    if (examples.length > 0) lines.push(`|  |  | differences: ${examples.join("; ")} | | | | | | |`);
  }
}

// ------------------------------------------------------------------------------------------ entity names

/** Folded name → entity id, for every name and alias. */
function nameTable(kb: KnowledgeBase): Array<{ name: string; id: string }> {
  return kb.entities.flatMap((e) =>
    [e.name, ...e.aliases].map((n) => ({ name: words(n).join(" "), id: e.id })),
  );
}

function compareNames(kb: KnowledgeBase, lines: { push: (...more: string[]) => void }): void {
  const table = nameTable(kb);
  const random = mulberry32(7);
  const cases: Array<{ typed: string; id: string; kind: string }> = [];
  for (const { name, id } of table) {
    const parts = name.split(" ");
    const long = parts.findIndex((p) => p.length >= MIN_CORRECTABLE_LENGTH);
    if (long >= 0) {
      const misspelt = [...parts];
      misspelt[long] = typo(parts[long] as string, random);
      cases.push({ typed: misspelt.join(" "), id, kind: "one typo" });
    }
    if (name.length >= 6)
      cases.push({ typed: name.slice(0, Math.ceil(name.length * 0.6)), id, kind: "partial" });
  }
  const fuse = new Fuse(table, { keys: ["name"], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const plainBest = (typed: string): string | null => {
    let best: { id: string; d: number } | null = null;
    for (const { name, id } of table) {
      // A partial name is compared with the same length of each name: the rest is not typed yet.
      const d = Math.min(editDistance(typed, name, 3), editDistance(typed, name.slice(0, typed.length), 3));
      if (d <= 2 && (!best || d < best.d)) best = { id, d };
    }
    return best?.id ?? null;
  };
  for (const kind of ["one typo", "partial"]) {
    const set = cases.filter((c) => c.kind === kind);
    const fuseRight = set.filter((c) => fuse.search(c.typed, { limit: 1 })[0]?.item.id === c.id).length;
    const plainRight = set.filter((c) => plainBest(c.typed) === c.id).length;
    const fuseUs =
      (timeMs(() => {
        for (const c of set) fuse.search(c.typed, { limit: 1 });
      }, 5) *
        1000) /
      set.length;
    const plainUs =
      (timeMs(() => {
        for (const c of set) plainBest(c.typed);
      }, 5) *
        1000) /
      set.length;
    lines.push(
      `| ${kind} | ${set.length} | ${fuseRight} (${pct(fuseRight, set.length)}) | ${plainRight} (${pct(plainRight, set.length)}) | ${fuseUs.toFixed(1)} / ${plainUs.toFixed(1)} |`,
    );
  }
}

// ------------------------------------------------------------------------------------------ autocomplete

interface Partial {
  typed: string;
  target: string;
  kind: string;
}

/**
 * What a member types on the way to a fixture question the engine answers: the first 40 % or 70 % of it, and
 * the 70 % with one word misspelt. The fact the whole question is answered with is the one to suggest.
 */
function partials(engine: AnswerEngine): Partial[] {
  const random = mulberry32(3);
  const out: Partial[] = [];
  for (const q of MIX) {
    if (q.group !== "dev" && q.group !== "held-out") continue;
    const answer = engine.ask(q.text);
    const target = answer.status === "answered" ? answer.factIds[0] : undefined;
    if (!target) continue;
    const cut = (share: number) => q.text.slice(0, Math.max(3, Math.ceil(q.text.length * share)));
    out.push({ typed: cut(0.4), target, kind: "first 40 %" });
    const seventy = cut(0.7);
    out.push({ typed: seventy, target, kind: "first 70 %" });
    const long = [...seventy.matchAll(/\p{L}{5,}/gu)].filter((m) => m.index + m[0].length < seventy.length);
    const chosen = long[Math.floor(random() * long.length)];
    if (chosen?.index !== undefined) {
      const misspelt =
        seventy.slice(0, chosen.index) +
        typo(chosen[0], random) +
        seventy.slice(chosen.index + chosen[0].length);
      out.push({ typed: misspelt, target, kind: "70 % with a typo" });
    }
  }
  return out;
}

type Suggester = (typed: string) => string[];

function rankOf(suggested: string[], target: string): number {
  const i = suggested.indexOf(target);
  return i < 0 ? Number.POSITIVE_INFINITY : i + 1;
}

function compareAutocomplete(
  kb: KnowledgeBase,
  sizeName: string,
  cases: Partial[],
  lines: { push: (...more: string[]) => void },
  quality: boolean,
): void {
  const engine = new AnswerEngine(kb, { answerMemoSize: 0 });
  const questionOwner = new Map<string, string>();
  for (const f of kb.facts)
    for (const q of f.questions)
      if (!questionOwner.has(q.toLowerCase())) questionOwner.set(q.toLowerCase(), f.id);
  let fuseFacts: Fuse<Fact> | null = null;
  const fuseFactsBuild = timeMs(() => {
    fuseFacts = new Fuse(kb.facts, {
      keys: ["id", "statement", "questions", "keywords", "quotes.text"],
      threshold: 0.4,
      ignoreLocation: true,
    });
  }, 3);
  const questions = kb.facts.flatMap((f) => f.questions.map((q) => ({ q, id: f.id })));
  let fuseQuestions: Fuse<{ q: string; id: string }> | null = null;
  const fuseQuestionsBuild = timeMs(() => {
    fuseQuestions = new Fuse(questions, { keys: ["q"], threshold: 0.4, ignoreLocation: true });
  }, 3);
  const unique = (ids: string[]) => [...new Set(ids)].slice(0, 25);
  const methods: Array<[string, Suggester, number]> = [
    [
      "/ask: engine.suggest (plain: vocabulary prefix + the engine's ranking)",
      (t) =>
        unique(engine.suggest(t, 25, 100).flatMap((c) => questionOwner.get(c.value.toLowerCase()) ?? [])),
      0,
    ],
    [
      "/ask: fuse.js over the facts' questions",
      (t) =>
        unique(
          (fuseQuestions as unknown as Fuse<{ q: string; id: string }>)
            .search(t, { limit: 60 })
            .map((r) => r.item.id),
        ),
      fuseQuestionsBuild,
    ],
    [
      "/source: matchFacts (plain: every typed word a substring)",
      (t) =>
        matchFacts(kb.facts, t)
          .slice(0, 25)
          .map((f) => f.id),
      0,
    ],
    [
      "/source: factChoices as shipped (substring, else fuse.js below 1,000 facts)",
      (t) => factChoices(kb.facts, t).map((c) => c.value),
      0,
    ],
    [
      "/source: fuse.js alone over id, statement, questions, keywords, quotes",
      (t) => (fuseFacts as unknown as Fuse<Fact>).search(t, { limit: 25 }).map((r) => r.item.id),
      fuseFactsBuild,
    ],
  ];
  for (const [name, suggest, buildMs] of methods) {
    const cells: string[] = [];
    if (quality) {
      for (const kind of ["first 40 %", "first 70 %", "70 % with a typo"]) {
        const set = cases.filter((c) => c.kind === kind);
        const ranks = set.map((c) => rankOf(suggest(c.typed), c.target));
        cells.push(
          `${pct(ranks.filter((r) => r <= 5).length, set.length)} / ${pct(ranks.filter((r) => r <= 25).length, set.length)}`,
        );
      }
    }
    const sample = cases.slice(0, quality ? 150 : LARGE_BASE_SAMPLE);
    for (const c of sample.slice(0, 3)) suggest(c.typed);
    const times = sample.map((c) => {
      const start = performance.now();
      suggest(c.typed);
      return performance.now() - start;
    });
    const p99 = percentile(times, 99);
    lines.push(
      `| ${sizeName} | ${name} | ${cells.join(" | ")}${quality ? " | " : ""}${median(times).toFixed(2)} / ${p99.toFixed(2)} | ${buildMs.toFixed(1)} |`,
    );
  }
}

function pct(n: number, of: number): string {
  return of === 0 ? "–" : `${((100 * n) / of).toFixed(0)} %`;
}

// ------------------------------------------------------------------------------------------ main

const real = loadKnowledgeBase();
/** Printed as they come: the large base takes minutes. */
const lines = { push: (...more: string[]) => process.stdout.write(`${more.join("\n")}\n`) };
lines.push("### Corrector: fuse.js candidates + edit distance vs edit distance over the same buckets", "");
lines.push(
  "| Base | Typos | Distinct | Same correction | Only fuse corrects | Only plain corrects | Both, differently | Build ms (fuse / plain) | µs per typo (fuse / plain) |",
);
lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
compareCorrectors("real", real, VOCABULARY_SAMPLE, lines);
compareCorrectors("10k", syntheticKnowledgeBase(real, 10_000, 1), 200, lines);
lines.push("", "### Entity names and aliases: misspelt or partial name → entity (top 1)", "");
lines.push("| Input | Cases | fuse.js right | plain edit distance right | µs per lookup (fuse / plain) |");
lines.push("| --- | --- | --- | --- | --- |");
compareNames(real, lines);
lines.push("", "### Autocomplete: partial question → the fact the whole question is answered with", "");
lines.push(
  "Hit rate in the first 5 / the 25 choices Discord shows; time per keystroke p50 / p99; build of the index.",
  "",
);
lines.push("| Base | Method | first 40 % | first 70 % | 70 % with a typo | ms p50 / p99 | build ms |");
lines.push("| --- | --- | --- | --- | --- | --- | --- |");
const realEngine = new AnswerEngine(real, { answerMemoSize: 0 });
const cases = partials(realEngine);
compareAutocomplete(real, "real", cases, lines, true);
lines.push("", `(${cases.length} inputs from ${(cases.length / 3) | 0} answered fixture questions.)`, "");
lines.push("| Base | Method | ms p50 / p99 | build ms |", "| --- | --- | --- | --- |");
compareAutocomplete(syntheticKnowledgeBase(real, 10_000, 1), "10k", cases, lines, false);
