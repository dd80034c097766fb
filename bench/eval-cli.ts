// `npm run eval -- [file.jsonl …]`: figures and misses for question sets. With no file: the seed-article
// sets on the shipped base, then the follow-up sets on the shipped base + both fixture articles added
// with kb:add, drafted (no hand edits) and reviewed (bench/followups.ts).
import { existsSync } from "node:fs";
import { createEngine } from "../src/engine/engine.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import type { KnowledgeBase } from "../src/knowledge/types.js";
import {
  type EvalQuestion,
  evaluate,
  formatReport,
  readQuestions,
  withoutParaphrases,
  wrongAnswers,
} from "./evaluate.js";
import { buildFollowupBase, type FollowupVariant, REVIEWED_DIR } from "./followups.js";
import { CHECK_ONLY, FOLLOWUP_SETS, MEASURE_ONLY, SEED_SETS } from "./question-sets.js";

const SEED_FILES = SEED_SETS.map((name) => `tests/fixtures/${name}.jsonl`);
const FOLLOWUP_FILES = FOLLOWUP_SETS.map((name) => `tests/fixtures/${name}.jsonl`).filter((file) =>
  existsSync(file),
);

/** `npm run eval:tune`: the tuning sets only, so whoever tunes never sees a measured set's figures either. */
const TUNE_ONLY = process.env.EVAL_SETS === "tune";
const isMeasureOnly = (file: string): boolean => MEASURE_ONLY.some((name) => file.includes(name));
const isCheckOnly = (file: string): boolean => CHECK_ONLY.some((name) => file.includes(name));

/** A question's wording with case, punctuation and spacing ignored. */
const wording = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The questions of a set whose wording no set listed before it has: writers of later sets often ask the
 * same short question again ("who won the world cup?"), and a question already read and fixed in a tuning
 * set flatters a measured one. Printed beside the whole set's figures for the measured and check sets.
 */
function withNewWording(file: string): EvalQuestion[] {
  const all = [...SEED_FILES, ...FOLLOWUP_FILES];
  const seen = new Set(
    all.slice(0, Math.max(0, all.indexOf(file))).flatMap((f) => readQuestions(f).map((q) => wording(q.q))),
  );
  return readQuestions(file).filter((q) => !seen.has(wording(q.q)));
}

function run(label: string, kb: KnowledgeBase, files: readonly string[]): void {
  const engine = createEngine(kb);
  const texts = kb.articles.map((a) => a.text);
  // Wrong answers over the base's sets, read and check sets apart: the figure the precision work tracks.
  const wrong = { read: 0, check: 0 };
  for (const file of files) {
    if (TUNE_ONLY && isMeasureOnly(file)) continue;
    const report = evaluate(engine, readQuestions(file), texts);
    console.log(formatReport(`${label}${file}`, report));
    wrong[isMeasureOnly(file) || isCheckOnly(file) ? "check" : "read"] += wrongAnswers(report);
    // A measure-only or check set is never tuned on: its figures are printed, its misses are not.
    if (isMeasureOnly(file) || isCheckOnly(file)) {
      const fresh = withNewWording(file);
      console.log(
        formatReport(`${label}${file} (${fresh.length} with new wording)`, evaluate(engine, fresh, texts)),
      );
      continue;
    }
    for (const miss of report.misses) {
      const top =
        miss.answer.factIds.join(",") || miss.answer.suggestions.map((s) => `?${s.factId}`).join(",");
      console.log(`  ${miss.id} ${miss.why} (score ${miss.answer.score}) ${miss.q} → ${top}`);
    }
  }
  console.log(
    `${label}wrong answers in all: ${wrong.read} on the read sets, ${wrong.check} on the check and measured sets`,
  );
}

const files = process.argv.slice(2);
const variants = (process.env.EVAL_VARIANTS ?? "shipped,ablated,drafted,reviewed").split(",");
if (files.length > 0 && !process.env.EVAL_VARIANTS) run("", loadKnowledgeBase(), files);
else {
  if (variants.includes("shipped")) run("", loadKnowledgeBase(), files.length > 0 ? files : SEED_FILES);
  if (variants.includes("ablated")) {
    run("[ablated] ", withoutParaphrases(loadKnowledgeBase()), files.length > 0 ? files : SEED_FILES);
  }
  for (const variant of ["drafted", "reviewed"] as FollowupVariant[]) {
    if (!variants.includes(variant)) continue;
    if (variant === "reviewed" && !existsSync(REVIEWED_DIR)) {
      console.log(`[reviewed] skipped: no reviewed facts in ${REVIEWED_DIR}`);
      continue;
    }
    const base = buildFollowupBase(variant);
    try {
      run(`[${variant}] `, loadKnowledgeBase(base.dir), files.length > 0 ? files : FOLLOWUP_FILES);
    } finally {
      base.remove();
    }
  }
}
