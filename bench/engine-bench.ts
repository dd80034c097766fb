// Engine benchmark: index build time, heap, and per-question latency of `engine.ask` on the real base and on
// synthetic bases of 1,000 / 10,000 / 100,000 facts, next to a plain fuse.js scan over the same facts and
// questions. Options (after `npm run bench --`): --sizes=real,1k,10k,100k --no-fuse --seed=1
// --fuse-budget=60 (seconds a fuse.js scan may take before it is skipped as too slow).
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Fuse from "fuse.js";
import { type AnswerEngine, createEngine } from "../src/engine/engine.js";

import type { Answer } from "../src/engine/types.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import type { Fact, KnowledgeBase } from "../src/knowledge/types.js";
import { CACHE_MIN_FACTS, createEngineCached } from "../src/storage/index-cache/cache.js";
import { knowledgeBaseKey } from "../src/storage/index-cache/key.js";
import { readQuestions } from "./evaluate.js";
import { CHECK_ONLY, MEASURE_ONLY } from "./question-sets.js";
import type { BenchContext, BenchSection } from "./run.js";
import { percentile } from "./stats.js";
import { mulberry32, pseudoVocabularySize, syntheticKnowledgeBase } from "./synthetic.js";

/** The question mix repeats questions: measure the engine's work, not its memo of recent answers. */
const NO_MEMO = { answerMemoSize: 0 };

export type QuestionGroup = "dev" | "held-out" | "typo" | "out-of-scope";
export const GROUPS: readonly QuestionGroup[] = ["dev", "held-out", "typo", "out-of-scope"];

export interface BenchQuestion {
  text: string;
  group: QuestionGroup;
  /** What the fixture expects (typo'd copies keep it); off-topic questions must be declined. */
  expect: "answer" | "abstain";
}

interface SizeSpec {
  name: string;
  /** Facts in the base; null for the real base as loaded. */
  facts: number | null;
  /** Questions timed per round (null: the whole mix) and rounds over them. */
  questions: number | null;
  rounds: number;
  /** p99 target for `ask` in milliseconds, if the brief sets one. */
  targetP99: number | null;
}

const SIZES: readonly SizeSpec[] = [
  // Three rounds on the small bases so that p99 rests on ~1,500 samples, not on a handful of outliers.
  { name: "real", facts: null, questions: null, rounds: 3, targetP99: 2 },
  { name: "1k", facts: 1_000, questions: null, rounds: 3, targetP99: null },
  { name: "10k", facts: 10_000, questions: null, rounds: 1, targetP99: 50 },
  // A modest sample keeps the whole run well inside ten minutes on two cores.
  { name: "100k", facts: 100_000, questions: 200, rounds: 1, targetP99: 250 },
];
const WARMUP_QUESTIONS = 50;
/** Autocomplete is timed on prefixes of this many questions (Discord asks on every keystroke). */
const SUGGEST_QUESTIONS = 100;
const SUGGEST_LIMIT = 25;
/** Discord's limits on an autocomplete choice, which the bot passes to `suggest`. */
const SUGGEST_MAX_LENGTH = 100;
/** Questions timed to estimate a fuse.js scan before deciding whether to run it in full. */
const FUSE_PROBE_QUESTIONS = 5;
/** A fuse.js scan costs ~0.5 s per question at 1,000 facts: a fixed sample keeps it to seconds, not minutes. */
const FUSE_MAX_QUESTIONS = 100;
const DEFAULT_FUSE_BUDGET_S = 60;
const EXTRAPOLATED_MARGIN = 3;

const FIXTURES_DIR = path.join("tests", "fixtures");
const DEV_FIXTURE = "dev-questions.jsonl";

/** Off-topic questions: each must be declined whatever the size of the base. */
const OFF_TOPIC_SUBJECTS = [
  "the Premier League",
  "the 2022 World Cup",
  "Bitcoin",
  "the Eiffel Tower",
  "photosynthesis",
  "the French Revolution",
  "Taylor Swift",
  "the Mars rover",
  "quantum computing",
  "the Roman Empire",
  "inflation in Japan",
  "the Amazon rainforest",
];
const OFF_TOPIC_TEMPLATES = [
  "Who won {}?",
  "What is {}?",
  "When was {} founded?",
  "Why is {} important?",
  "How many people follow {}?",
  "Where is {}?",
];

/** One realistic slip in a word: a dropped, doubled, swapped or wrong letter. */
export function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const edit = Math.floor(random() * 4);
  if (edit === 0) return word.slice(0, at) + word.slice(at + 1);
  if (edit === 1) return word.slice(0, at) + (word[at] ?? "") + word.slice(at);
  if (edit === 2) return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
  const letter = "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)] ?? "e";
  return word.slice(0, at) + letter + word.slice(at + 1);
}

/**
 * Every question of tests/fixtures/*.jsonl (dev and held-out sets) but the check and measured sets', which
 * nothing but `npm run eval` may ask, a typo'd copy of each (one word of five letters or more misspelt) and
 * off-topic questions; deterministic for a seed.
 */
export function questionMix(seed = 1, root = process.cwd()): BenchQuestion[] {
  const random = mulberry32(seed);
  const dir = path.join(root, FIXTURES_DIR);
  // Sorted so that a new held-out set changes the mix the same way on every machine.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl") && ![...CHECK_ONLY, ...MEASURE_ONLY].includes(f.slice(0, -6)))
    .sort();
  const mix: BenchQuestion[] = files.flatMap((file) =>
    readQuestions(path.join(dir, file)).map(
      (q): BenchQuestion => ({
        text: q.q,
        group: file === DEV_FIXTURE ? "dev" : "held-out",
        expect: q.expect,
      }),
    ),
  );
  for (const { text, expect } of [...mix]) {
    const long = [...text.matchAll(/\p{L}{5,}/gu)];
    const chosen = long[Math.floor(random() * long.length)];
    if (!chosen || chosen.index === undefined) continue;
    const misspelt = typo(chosen[0], random);
    mix.push({
      text: text.slice(0, chosen.index) + misspelt + text.slice(chosen.index + chosen[0].length),
      group: "typo",
      expect,
    });
  }
  for (const template of OFF_TOPIC_TEMPLATES) {
    for (const subject of OFF_TOPIC_SUBJECTS)
      mix.push({ text: template.replace("{}", subject), group: "out-of-scope", expect: "abstain" });
  }
  return mix;
}

/** A deterministic sample of `count` questions that keeps every group's share (Fisher–Yates, then prefix). */
function sample<T>(items: readonly T[], count: number | null, seed: number): T[] {
  if (count === null || count >= items.length) return [...items];
  const random = mulberry32(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

export interface Stats {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of millisecond timings. */
export function stats(timings: readonly number[]): Stats {
  return {
    count: timings.length,
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    max: percentile(timings, 100),
  };
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Heap in use after a full collection; without --expose-gc the figure includes garbage, so say so. */
function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;

interface FuseResult {
  buildMs: number;
  heapMB: number;
  ask: Stats | null;
  /** Estimated seconds for the scan when it was skipped. */
  skippedEstimateS: number | null;
  /** Mean cost of one search (measured, probed, or extrapolated from a smaller base). */
  perQuestionMs: number;
  extrapolated: boolean;
  questions: number;
}

/** Start-up with the index cache (src/storage/index-cache/): a cold start builds and saves, a warm one loads. */
interface CacheResult {
  /** createEngineCached with an empty cache directory: build, then write the snapshot. */
  coldMs: number;
  /** createEngineCached again: hash the base, read and check the snapshot, wrap it. */
  warmMs: number;
  /** Of the warm start, hashing the base to find its snapshot. */
  keyMs: number;
  fileMB: number;
  /** Whether the loaded engine answered every timed question exactly as the built one (JSON of `ask`). */
  identical: boolean;
}

interface SizeResult {
  spec: SizeSpec;
  facts: number;
  distinctWords: number;
  generateMs: number | null;
  buildMs: number;
  heapMB: number;
  engineMB: number;
  ask: Stats;
  /** The same calls' CPU time (process user + system): what the machine's load does not inflate. */
  askCpu: Stats;
  byGroup: Map<QuestionGroup, Stats>;
  suggest: Stats;
  /** Answered share of the questions to answer, declined share of those to decline (fixture + off-topic). */
  answered: number;
  abstained: number;
  /** Share of questions answered exactly as on the real base (same status, same first fact). */
  agreement: number | null;
  fuse: FuseResult | null;
  cache: CacheResult | null;
}

/** Distinct lower-cased words of the facts' own text (quotes are the real article's): how the vocabulary grows. */
function distinctWords(facts: readonly Fact[]): number {
  const seen = new Set<string>();
  for (const fact of facts) {
    for (const text of [
      fact.statement,
      ...fact.questions,
      ...fact.keywords,
      ...fact.quotes.map((q) => q.text),
    ]) {
      for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) seen.add(word);
    }
  }
  return seen.size;
}

function answerKey(answer: Answer): string {
  return `${answer.status}:${answer.factIds[0] ?? answer.suggestions[0]?.factId ?? ""}`;
}

/**
 * fuse.js over the same facts and questions. When the last smaller base's cost per question, scaled by the
 * number of facts (a Bitap scan is linear in them), says the scan would overrun the budget by far, even
 * the probe is skipped: at 100,000 facts five probe questions alone would take minutes.
 */
function runFuse(
  facts: readonly Fact[],
  questions: readonly BenchQuestion[],
  budgetS: number,
  previous: { facts: number; perQuestionMs: number } | null,
  log: (l: string) => void,
): FuseResult {
  const before = heapUsed();
  let fuse: Fuse<Fact> | null = null;
  const buildMs = time(() => {
    fuse = new Fuse(facts, {
      keys: ["statement", "questions", "keywords", "quotes.text"],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    });
  });
  const heapMB = (heapUsed() - before) / MB;
  /** The result of a scan too slow to run: its estimated duration instead of its latency. */
  const skipped = (estimateS: number, perQuestionMs: number, extrapolated: boolean): FuseResult => ({
    buildMs,
    heapMB,
    ask: null,
    skippedEstimateS: estimateS,
    perQuestionMs,
    extrapolated,
    questions: questions.length,
  });
  const index = fuse as Fuse<Fact> | null;
  if (!index) throw new Error("fuse.js index not built");
  if (previous) {
    const perQuestionMs = (previous.perQuestionMs * facts.length) / previous.facts;
    const estimateS = (perQuestionMs * questions.length) / 1000;
    // The extrapolation is rough (real facts are longer than synthetic ones): probe unless it is far over.
    if (estimateS > EXTRAPOLATED_MARGIN * budgetS) {
      log(
        `  fuse.js: ~${perQuestionMs.toFixed(0)} ms/question extrapolated, ~${estimateS.toFixed(0)} s: skipped`,
      );
      return skipped(estimateS, perQuestionMs, true);
    }
  }
  // One untimed search warms the JIT; the probe then estimates the whole scan.
  index.search(questions[0]?.text ?? "");
  const probe = questions.slice(0, FUSE_PROBE_QUESTIONS).map((q) => time(() => index.search(q.text)));
  const perQuestionMs = probe.reduce((a, b) => a + b, 0) / Math.max(1, probe.length);
  const estimateS = (perQuestionMs * questions.length) / 1000;
  if (estimateS > budgetS) {
    log(
      `  fuse.js: ~${perQuestionMs.toFixed(0)} ms/question, ~${estimateS.toFixed(0)} s for ${questions.length}: skipped`,
    );
    return skipped(estimateS, perQuestionMs, false);
  }
  const timings = questions.map((q) => time(() => index.search(q.text)));
  const measured = stats(timings);
  const mean = timings.reduce((a, b) => a + b, 0) / Math.max(1, timings.length);
  return {
    buildMs,
    heapMB,
    ask: measured,
    skippedEstimateS: null,
    perQuestionMs: mean,
    extrapolated: false,
    questions: questions.length,
  };
}

/**
 * Cold start (empty cache directory: build and save) then warm start (load) of the same base, in a fresh
 * temporary directory. The process has built this base once already, so both run with a warm JIT.
 */
function benchCache(
  kb: KnowledgeBase,
  built: AnswerEngine,
  questions: readonly BenchQuestion[],
  log: (line: string) => void,
): CacheResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), "engine-cache-bench-"));
  try {
    heapUsed();
    let cold: ReturnType<typeof createEngineCached> | null = null;
    const coldMs = time(() => {
      cold = createEngineCached(kb, { cacheDir: dir, engine: NO_MEMO });
    });
    const coldResult = cold as ReturnType<typeof createEngineCached> | null;
    if (!coldResult?.saved || !coldResult.file) {
      throw new Error(`index cache not written: ${coldResult?.saveError ?? coldResult?.cache ?? "?"}`);
    }
    const file = coldResult.file;
    // Only one extra engine alive at a time: at 100,000 facts each holds ~0.5 GB.
    cold = null;
    heapUsed();
    let warm: ReturnType<typeof createEngineCached> | null = null;
    const warmMs = time(() => {
      warm = createEngineCached(kb, { cacheDir: dir, engine: NO_MEMO });
    });
    const loaded = warm as ReturnType<typeof createEngineCached> | null;
    if (loaded?.source !== "cache") throw new Error(`index cache not used: ${loaded?.cache ?? "?"}`);
    const keyMs = time(() => knowledgeBaseKey(kb));
    const identical = questions.every(
      (q) => JSON.stringify(loaded.engine.ask(q.text)) === JSON.stringify(built.ask(q.text)),
    );
    const fileMB = statSync(file).size / MB;
    log(
      `  cache: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms (hash ${keyMs.toFixed(0)} ms), ${fileMB.toFixed(1)} MB${identical ? "" : ", ANSWERS DIFFER"}`,
    );
    return { coldMs, warmMs, keyMs, fileMB, identical };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchSize(
  spec: SizeSpec,
  real: KnowledgeBase,
  mix: readonly BenchQuestion[],
  realAnswers: Map<string, string> | null,
  options: { seed: number; fuse: boolean; fuseBudgetS: number },
  previousFuse: { facts: number; perQuestionMs: number } | null,
  log: (line: string) => void,
): { result: SizeResult; answers: Map<string, string> } {
  let kb = real;
  let generateMs: number | null = null;
  if (spec.facts !== null) {
    const facts = spec.facts;
    generateMs = time(() => {
      kb = syntheticKnowledgeBase(real, facts, options.seed);
    });
  }
  const questions = sample(mix, spec.questions, options.seed + 1);
  log(`${spec.name}: ${kb.facts.length} facts, ${questions.length} questions × ${spec.rounds}`);

  const before = heapUsed();
  let built: AnswerEngine | null = null;
  const buildMs = time(() => {
    built = createEngine(kb, NO_MEMO);
  });
  const engine = built as AnswerEngine | null;
  if (!engine) throw new Error("engine not built");
  const after = heapUsed();
  log(`  build ${buildMs.toFixed(0)} ms, heap ${(after / MB).toFixed(0)} MB`);

  for (const q of questions.slice(0, spec.name === "real" ? questions.length : WARMUP_QUESTIONS))
    engine.ask(q.text);
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  const byGroup = new Map<QuestionGroup, number[]>();
  const answers = new Map<string, string>();
  let answerable = 0;
  let answered = 0;
  let offTopic = 0;
  let abstained = 0;
  for (let round = 0; round < spec.rounds; round++) {
    for (const q of questions) {
      let answer: Answer | null = null;
      const cpuBefore = process.cpuUsage();
      const ms = time(() => {
        answer = engine.ask(q.text);
      });
      const cpu = process.cpuUsage(cpuBefore);
      timings.push(ms);
      cpuTimings.push((cpu.user + cpu.system) / 1000);
      const list = byGroup.get(q.group) ?? [];
      list.push(ms);
      byGroup.set(q.group, list);
      const got = answer as Answer | null;
      if (round > 0 || !got) continue;
      answers.set(q.text, answerKey(got));
      if (q.expect === "abstain") {
        offTopic++;
        if (got.status === "no_answer") abstained++;
      } else {
        answerable++;
        if (got.status === "answered") answered++;
      }
    }
  }
  const ask = stats(timings);
  const askCpu = stats(cpuTimings);
  log(
    `  ask p50 ${ask.p50.toFixed(2)} ms, p99 ${ask.p99.toFixed(2)} ms, max ${ask.max.toFixed(2)} ms; CPU p99 ${askCpu.p99.toFixed(2)} ms`,
  );

  const prefixes = questions
    .slice(0, SUGGEST_QUESTIONS)
    .map((q) => q.text.slice(0, Math.ceil(q.text.length * 0.6)));
  for (const p of prefixes.slice(0, 10)) engine.suggest(p, SUGGEST_LIMIT, SUGGEST_MAX_LENGTH);
  const suggest = stats(
    prefixes.map((p) => time(() => engine.suggest(p, SUGGEST_LIMIT, SUGGEST_MAX_LENGTH))),
  );

  let agreement: number | null = null;
  if (realAnswers) {
    let same = 0;
    for (const [text, key] of answers) if (realAnswers.get(text) === key) same++;
    agreement = same / Math.max(1, answers.size);
  }
  const engineMB = (after - before) / MB;
  built = null;
  const cache =
    spec.facts !== null && kb.facts.length >= CACHE_MIN_FACTS ? benchCache(kb, engine, questions, log) : null;
  const fuseQuestions = sample(questions, FUSE_MAX_QUESTIONS, options.seed + 2);
  const fuse = options.fuse ? runFuse(kb.facts, fuseQuestions, options.fuseBudgetS, previousFuse, log) : null;
  if (fuse?.ask) log(`  fuse.js p50 ${fuse.ask.p50.toFixed(1)} ms, p99 ${fuse.ask.p99.toFixed(1)} ms`);
  return {
    result: {
      spec,
      facts: kb.facts.length,
      distinctWords: distinctWords(kb.facts),
      generateMs,
      buildMs,
      heapMB: after / MB,
      engineMB,
      ask,
      askCpu,
      byGroup: new Map([...byGroup].map(([group, list]) => [group, stats(list)])),
      suggest,
      answered: answered / Math.max(1, answerable),
      abstained: abstained / Math.max(1, offTopic),
      agreement,
      fuse,
      cache,
    },
    answers,
  };
}

const ms = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? "—" : value.toFixed(value >= 100 ? 0 : digits);
const percent = (value: number | null) => (value === null ? "—" : `${(100 * value).toFixed(0)} %`);
const count = (value: number) => value.toLocaleString("en-GB");

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const date = new Date().toISOString().slice(0, 10);
  const gc = globalThis.gc ? "" : " (no --expose-gc: heap figures include garbage)";
  // Other processes on a shared machine show up in p99 and max: the load average says how busy it was.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  return `Run ${date} on Node ${process.version}, ${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.platform()} ${os.arch()}, load average ${load} (1 / 5 / 15 min) at the end${gc}.`;
}

export function formatResults(
  results: readonly SizeResult[],
  mix: readonly BenchQuestion[],
  seed: number,
  budgetS: number,
): string {
  const groupCounts = GROUPS.map((g) => `${mix.filter((q) => q.group === g).length} ${g}`).join(", ");
  const lines = [
    machine(),
    "",
    `Question mix (seed ${seed}): ${groupCounts}. Synthetic bases keep the ${results[0]?.facts ?? "real"} real facts and add`,
    `generated ones; pseudo-words grow as 60·√facts (${count(pseudoVocabularySize(10_000))} at 10,000 facts). Latency is one`,
    "`engine.ask` call per question, after warm-up; heap is `heapUsed` after `global.gc()` with the base and engine alive.",
    "CPU p99 is the same calls' process CPU time (user + system, `process.cpuUsage()`): a shared machine's load stretches",
    "wall time by the turns the process waits for a core, not its CPU time; the target is the wall-clock p99.",
    "",
    "| Base | Facts | Distinct words | Build (ms) | Heap after build (MB) | Of which engine (MB) | Questions timed | ask p50 (ms) | ask p99 (ms) | ask max (ms) | ask CPU p50 / p99 (ms) | p99 target | Met |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
  ];
  for (const r of results) {
    const target = r.spec.targetP99;
    const met = target === null ? "—" : r.ask.p99 <= target ? "yes" : "**no**";
    lines.push(
      `| ${r.spec.name} | ${count(r.facts)} | ${count(r.distinctWords)} | ${ms(r.buildMs, 0)} | ${r.heapMB.toFixed(0)} | ${r.engineMB.toFixed(1)} | ${count(r.ask.count)} | ${ms(r.ask.p50)} | ${ms(r.ask.p99)} | ${ms(r.ask.max)} | ${ms(r.askCpu.p50)} / ${ms(r.askCpu.p99)} | ${target === null ? "—" : `≤ ${target}`} | ${met} |`,
    );
  }
  lines.push(
    "",
    "fuse.js baseline: `new Fuse(facts, { keys: [statement, questions, keywords, quotes.text], includeScore: true,",
    `ignoreLocation: true, threshold: 0.4 })\`, \`fuse.search(question)\` on a sample of ${FUSE_MAX_QUESTIONS} of the same questions.`,
    `A scan estimated to take more than ${budgetS} s is skipped. The estimate comes from 5 probe questions or, when the`,
    `smaller base's cost scaled by the number of facts (Bitap is linear) is over ${EXTRAPOLATED_MARGIN}× that, from the scaling alone.`,
    "",
    "| Base | Fuse build (ms) | Fuse index (MB) | Questions | fuse p50 (ms) | fuse p99 (ms) | engine p50 / p99 (ms) |",
    "|---|--:|--:|--:|--:|--:|--:|",
  );
  for (const r of results) {
    const f = r.fuse;
    const engine = `${ms(r.ask.p50)} / ${ms(r.ask.p99)}`;
    if (!f) {
      lines.push(`| ${r.spec.name} | not run | | | | | ${engine} |`);
    } else if (f.ask) {
      lines.push(
        `| ${r.spec.name} | ${ms(f.buildMs, 0)} | ${f.heapMB.toFixed(1)} | ${f.questions} | ${ms(f.ask.p50)} | ${ms(f.ask.p99)} | ${engine} |`,
      );
    } else {
      const how = f.extrapolated ? "extrapolated" : "probed";
      const minutes = ((f.skippedEstimateS ?? 0) / 60).toFixed(1);
      lines.push(
        `| ${r.spec.name} | ${ms(f.buildMs, 0)} | ${f.heapMB.toFixed(1)} | ${f.questions} | skipped: ~${ms(f.perQuestionMs, 0)} ms/question (${how}) | ≈ ${minutes} min for the sample | ${engine} |`,
      );
    }
  }
  lines.push(
    "",
    "By question group (p99, ms), autocomplete (`suggest`, 25 choices, on 60 % prefixes) and answers. “Same as real”",
    "is the share of questions whose status and first fact are those the real base gives: how much the added facts",
    "change the answers.",
    "",
    `| Base | ${GROUPS.map((g) => `${g} p99`).join(" | ")} | suggest p50 / p99 | Answered (expect answer) | Declined (expect decline) | Same as real |`,
    `|---|${GROUPS.map(() => "--:").join("|")}|--:|--:|--:|--:|`,
  );
  for (const r of results) {
    const groups = GROUPS.map((g) => ms(r.byGroup.get(g)?.p99)).join(" | ");
    lines.push(
      `| ${r.spec.name} | ${groups} | ${ms(r.suggest.p50)} / ${ms(r.suggest.p99)} | ${percent(r.answered)} | ${percent(r.abstained)} | ${percent(r.agreement)} |`,
    );
  }
  const cached = results.filter((r) => r.cache !== null);
  if (cached.length > 0) {
    lines.push(
      "",
      `Start-up with the index cache (\`createEngineCached\`, bases of ${count(CACHE_MIN_FACTS)} facts or more): a cold start`,
      "builds and writes the snapshot, a warm start hashes the base, reads and checks the snapshot and wraps it.",
      "Measured in the benchmark's process, after the build above (warm JIT); “Same answers” compares `ask` JSON",
      "of the loaded and the built engine on every timed question.",
      "",
      "| Base | Facts | Build (ms) | Cold start: build + save (ms) | Warm start: load (ms) | Of which hashing the base (ms) | Build ÷ load | Cache file (MB) | Same answers |",
      "|---|--:|--:|--:|--:|--:|--:|--:|:-:|",
    );
    for (const r of cached) {
      const c = r.cache as CacheResult;
      lines.push(
        `| ${r.spec.name} | ${count(r.facts)} | ${ms(r.buildMs, 0)} | ${ms(c.coldMs, 0)} | ${ms(c.warmMs, 0)} | ${ms(c.keyMs, 0)} | ${(r.buildMs / c.warmMs).toFixed(1)}× | ${c.fileMB.toFixed(1)} | ${c.identical ? "yes" : "**no**"} |`,
      );
    }
  }
  const generated = results.filter((r) => r.generateMs !== null);
  if (generated.length > 0) {
    lines.push(
      "",
      `Generating the synthetic bases took ${generated.map((r) => `${ms(r.generateMs ?? 0, 0)} ms (${r.spec.name})`).join(", ")}.`,
    );
  }
  return lines.join("\n");
}

export const engineSection: BenchSection = {
  id: "engine",
  title: "Engine",
  async run({ options, log }: BenchContext): Promise<string> {
    const seed = Number(options.get("seed") ?? 1);
    const wanted = options.get("sizes")?.split(",");
    const specs = wanted ? SIZES.filter((s) => wanted.includes(s.name)) : SIZES;
    const fuseBudgetS = Number(options.get("fuse-budget") ?? DEFAULT_FUSE_BUDGET_S);
    const fuse = !options.has("no-fuse");
    if (!globalThis.gc) log("warning: run with node --expose-gc for heap figures without garbage");
    const real = loadKnowledgeBase();
    const mix = questionMix(seed);
    const results: SizeResult[] = [];
    let realAnswers: Map<string, string> | null = null;
    for (const spec of specs) {
      const previous = results.at(-1)?.fuse;
      const previousFuse = previous
        ? { facts: results.at(-1)?.facts ?? 1, perQuestionMs: previous.perQuestionMs }
        : null;
      const { result, answers } = benchSize(
        spec,
        real,
        mix,
        realAnswers,
        { seed, fuse, fuseBudgetS },
        previousFuse,
        log,
      );
      if (spec.facts === null) realAnswers = answers;
      results.push(result);
    }
    return formatResults(results, mix, seed, fuseBudgetS);
  },
};
