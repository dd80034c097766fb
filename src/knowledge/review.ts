// `npm run --silent kb:review -- [--kb DIR] [--all] [ARTICLE-ID]`: the review sheet of the drafted facts
// (review-sheet.ts), read from the base the way kb:check reads it. A base with problems prints kb:check's
// lines instead, since the sheet would be of a base the bot refuses.
import { parseArgs } from "node:util";
import { checkedBase } from "./checked-base.js";
import { KB_OPTION, KB_USAGE } from "./kb-option.js";
import { reviewSheet } from "./review-sheet.js";

const USAGE = `usage: npm run --silent kb:review -- ${KB_USAGE} [--all] [ARTICLE-ID]`;

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`kb:review: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const checked = checkedBase("kb:review", values.kb);
  if (!checked) return 1;
  const { kb, dir } = checked;
  const article = positionals[0];
  if (article !== undefined && !kb.articles.some((a) => a.id === article)) {
    process.stderr.write(
      `kb:review: no article "${article}" in ${dir}; articles: ${kb.articles.map((a) => a.id).join(", ")}\n`,
    );
    return 2;
  }
  process.stdout.write(reviewSheet(kb, { all: values.all ?? false, ...(article ? { article } : {}) }));
  return 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...KB_OPTION, all: { type: "boolean" } },
  });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`kb:review: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
