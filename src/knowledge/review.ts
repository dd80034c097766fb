// `npm run --silent kb:review -- [--kb DIR] [--all] [ARTICLE-ID]`: the review sheet of the drafted facts
// (review-sheet.ts), read from the base the way kb:check reads it. A base with problems prints kb:check's
// lines instead, since the sheet would be of a base the bot refuses.
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, pathFromEnv } from "../config.js";
import { checkKnowledgeBase, DEFAULT_KNOWLEDGE_DIR, formatProblem } from "./loader.js";
import { reviewSheet } from "./review-sheet.js";

const USAGE = "usage: npm run --silent kb:review -- [--kb DIR] [--all] [ARTICLE-ID]";

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
  let dir: string;
  try {
    dir = path.resolve(values.kb ?? pathFromEnv("KNOWLEDGE_DIR") ?? DEFAULT_KNOWLEDGE_DIR);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const p of error.problems) process.stderr.write(`kb:review: ${p.variable}: ${p.message}\n`);
    return 1;
  }
  const { kb, problems } = checkKnowledgeBase(dir);
  if (!kb || problems.length > 0) {
    process.stderr.write(
      `kb:review: ${problems.length} problems in ${dir} (as npm run kb:check prints them)\n`,
    );
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 1;
  }
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
    options: { kb: { type: "string" }, all: { type: "boolean" } },
  });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`kb:review: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
