// The review sheet's kinds of check (review-sheet.ts), apart so the schema can hold a fact's kept ones.

/**
 * The kinds of check, each a word a curator types to keep a fact's check of that kind as it is (`kb:review --
 * --keep ARTICLE FACT-ID:KEY`, written as the fact's `"kept"`): a check kept on purpose otherwise looks the
 * same as one still to do.
 */
export const CHECK_KEYS = [
  "statement",
  "joined",
  "pronoun",
  "bare",
  "vague",
  "month",
  "post",
  "side",
  "year",
  "date",
  "timeline",
  "kind",
  "lede",
  "handed-on",
  "repeats-lead",
  "names",
  "description",
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

/**
 * The checks of what the files show (review-sheet.ts' `openCheck` takes only these): fixed in the files or the
 * edit sheet, never kept. One list, so the edit sheet's refusal to keep one cannot drift from the review sheet.
 */
export const FIX_CHECK_KEYS = [
  "post",
  "timeline",
  "kind",
  "description",
] as const satisfies readonly CheckKey[];
export type FixCheckKey = (typeof FIX_CHECK_KEYS)[number];
