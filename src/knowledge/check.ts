// `npm run kb:check [dir]`: validates the knowledge base the way the bot loads it at start-up, so a broken
// fact fails CI instead of the bot. Prints every problem, never a stack trace: the audience is an editor.
import path from "node:path";
import { ConfigError, pathFromEnv } from "../config.js";
import { checkKnowledgeBase, DEFAULT_KNOWLEDGE_DIR, formatProblem } from "./loader.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function main(argv: readonly string[]): number {
  const arg = argv[0];
  // Without an argument the base comes from KNOWLEDGE_DIR: a wrong one names the variable.
  let configured: string | undefined;
  try {
    configured = arg ? path.resolve(arg) : pathFromEnv("KNOWLEDGE_DIR");
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      process.stderr.write(`kb:check: ${problem.variable}: ${problem.message}\n`);
    }
    return 1;
  }
  const dir = configured ?? DEFAULT_KNOWLEDGE_DIR;
  const { kb, problems } = checkKnowledgeBase(dir);
  if (!kb || problems.length > 0) {
    process.stderr.write(`kb:check: ${plural(problems.length, "problem")} in ${dir}\n`);
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 1;
  }
  const quotes = kb.facts.reduce((sum, fact) => sum + fact.quotes.length, 0);
  process.stdout.write(
    `kb:check OK: ${plural(kb.articles.length, "article")}, ${plural(kb.facts.length, "fact")}, ` +
      `${plural(kb.entities.length, "entity").replace(/entitys$/, "entities")}, ${plural(quotes, "quote")} (${dir})\n`,
  );
  // Drafted facts are valid (their quotes are verbatim) and the bot answers from them; a curator should
  // still read them, so say how many are waiting, per article, without failing.
  const unreviewed = new Map<string, number>();
  for (const fact of kb.facts) {
    if (fact.reviewed === false) unreviewed.set(fact.articleId, (unreviewed.get(fact.articleId) ?? 0) + 1);
  }
  const total = [...unreviewed.values()].reduce((a, b) => a + b, 0);
  if (total > 0) {
    process.stdout.write(`kb:check warning: ${plural(total, "drafted fact")} not reviewed yet\n`);
    for (const [article, count] of unreviewed) {
      process.stdout.write(
        `  articles/${article}/facts.json: ${plural(count, "fact")} with "reviewed": false\n`,
      );
    }
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // An unexpected failure (unreadable disk, permissions) still gets one line, not a trace.
  process.stderr.write(`kb:check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
