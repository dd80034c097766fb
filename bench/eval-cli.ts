// `npm run eval -- [file.jsonl …]`: figures and misses for question sets. With no file: the seed-article
// sets on the shipped base, then the follow-up sets on the shipped base + both fixture articles added
// with kb:add, drafted (no hand edits) and reviewed (bench/followups.ts).
import { existsSync } from "node:fs";
import { createEngine } from "../src/engine/engine.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import type { KnowledgeBase } from "../src/knowledge/types.js";
import { evaluate, formatReport, readQuestions, withoutParaphrases } from "./evaluate.js";
import { buildFollowupBase, type FollowupVariant, REVIEWED_DIR } from "./followups.js";

const SEED_SETS = [
  "dev",
  "heldout",
  "heldout2",
  "heldout3",
  "heldout4",
  "heldout5",
  "heldout6",
  "heldout7",
  "heldout8",
].map((name) => `tests/fixtures/${name}-questions.jsonl`);
/** Sets kept for measuring only: their figures are printed, their misses never (no tuning on them). */
const MEASURE_ONLY = [
  "heldout4-questions",
  "heldout6-questions",
  "heldout7-questions",
  "heldout8-questions",
  "followups-measure-questions",
  "followups-measure2-questions",
  "followups-measure3-questions",
];
const FOLLOWUP_SETS = [
  "fixtures-questions",
  "followups-tune-questions",
  "followups-measure-questions",
  "followups-measure2-questions",
  "followups-measure3-questions",
]
  .map((name) => `tests/fixtures/${name}.jsonl`)
  .filter((file) => existsSync(file));

/** `npm run eval:tune`: the tuning sets only, so whoever tunes never sees a measured set's figures either. */
const TUNE_ONLY = process.env.EVAL_SETS === "tune";
const isMeasureOnly = (file: string): boolean => MEASURE_ONLY.some((name) => file.includes(name));

function run(label: string, kb: KnowledgeBase, files: readonly string[]): void {
  const engine = createEngine(kb);
  const texts = kb.articles.map((a) => a.text);
  for (const file of files) {
    if (TUNE_ONLY && isMeasureOnly(file)) continue;
    const report = evaluate(engine, readQuestions(file), texts);
    console.log(formatReport(`${label}${file}`, report));
    // A measure-only set is never tuned on: its figures are printed, its misses are not.
    if (isMeasureOnly(file)) continue;
    for (const miss of report.misses) {
      const top =
        miss.answer.factIds.join(",") || miss.answer.suggestions.map((s) => `?${s.factId}`).join(",");
      console.log(`  ${miss.id} ${miss.why} (score ${miss.answer.score}) ${miss.q} → ${top}`);
    }
  }
}

const files = process.argv.slice(2);
const variants = (process.env.EVAL_VARIANTS ?? "shipped,ablated,drafted,reviewed").split(",");
if (files.length > 0 && !process.env.EVAL_VARIANTS) run("", loadKnowledgeBase(), files);
else {
  if (variants.includes("shipped")) run("", loadKnowledgeBase(), files.length > 0 ? files : SEED_SETS);
  if (variants.includes("ablated")) {
    run("[ablated] ", withoutParaphrases(loadKnowledgeBase()), files.length > 0 ? files : SEED_SETS);
  }
  for (const variant of ["drafted", "reviewed"] as FollowupVariant[]) {
    if (!variants.includes(variant)) continue;
    if (variant === "reviewed" && !existsSync(REVIEWED_DIR)) {
      console.log(`[reviewed] skipped: no reviewed facts in ${REVIEWED_DIR}`);
      continue;
    }
    const base = buildFollowupBase(variant);
    try {
      run(`[${variant}] `, loadKnowledgeBase(base.dir), files.length > 0 ? files : FOLLOWUP_SETS);
    } finally {
      base.remove();
    }
  }
}
