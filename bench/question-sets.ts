// The evaluation question sets in tests/fixtures/, by name (`<name>.jsonl`): one list that `npm run eval` and
// tests/engine/eval.test.ts both read, so a new set is added in one place. docs/evaluation.md says who wrote each.

/** Questions on the seed article, answered on the shipped base (and the paraphrase-ablated one). */
export const SEED_SETS = [
  "dev-questions",
  "heldout-questions",
  "heldout2-questions",
  "heldout3-questions",
  "heldout4-questions",
  "heldout5-questions",
  "heldout6-questions",
  "heldout7-questions",
  "heldout8-questions",
  "heldout9-questions",
  "heldout10-questions",
  "heldout11-questions",
  "heldout12-questions",
  "heldout13-questions",
  "heldout14-questions",
  "heldout15-questions",
  "heldout16-questions",
  "heldout17-questions",
  "heldout18-questions",
  "heldout19-questions",
  "heldout20-questions",
  "heldout21-questions",
  "heldout22-questions",
  "heldout23-questions",
  "heldout24-questions",
  "heldout25-questions",
  "heldout26-questions",
  "heldout27-questions",
  "heldout28-questions",
  "heldout29-questions",
] as const;

/** Questions over the three articles, answered on the follow-up bases (bench/followups.ts). */
export const FOLLOWUP_SETS = [
  "fixtures-questions",
  "followups-tune-questions",
  "followups-measure-questions",
  "followups-measure2-questions",
  "followups-measure3-questions",
  "followups-measure4-questions",
  "followups-measure5-questions",
  "followups-measure6-questions",
  "followups-measure7-questions",
  "followups-measure8-questions",
  "followups-measure9-questions",
  "followups-measure10-questions",
  "followups-measure11-questions",
  "followups-measure12-questions",
  "followups-measure13-questions",
  "followups-measure14-questions",
  "followups-measure15-questions",
  "followups-measure16-questions",
  "followups-measure17-questions",
  "followups-measure18-questions",
  "followups-measure19-questions",
  "followups-measure20-questions",
  "followups-measure21-questions",
  "followups-measure22-questions",
  "followups-measure23-questions",
  "followups-measure24-questions",
] as const;

/** Sets kept for measuring only: their figures are printed, their misses never (no tuning on them). */
export const MEASURE_ONLY: readonly string[] = ["heldout29-questions", "followups-measure24-questions"];

/** Check sets: their figures guide a change, their misses are never printed (so never tuned on). */
export const CHECK_ONLY: readonly string[] = ["heldout28-questions", "followups-measure23-questions"];
