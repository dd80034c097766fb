// `npm run kb:check [-- --kb DIR | DIR]`: validates the knowledge base the way the bot loads it at start-up, so a broken
// fact fails CI instead of the bot. Prints every problem, never a stack trace: the audience is an editor.

import { parseArgs } from "node:util";
import { plural } from "../shared/plural.js";
import { truncate } from "../shared/truncate.js";
import { checkedBase } from "./checked-base.js";
import { KB_OPTION, KB_USAGE } from "./kb-option.js";
import { draftedQuestions } from "./review-leftovers.js";

const USAGE = `usage: npm run kb:check -- ${KB_USAGE}   (or the folder alone: npm run kb:check -- DIR)`;

/** A drafted question is the whole sentence: enough of it to find it in the file. */
const QUOTED_QUESTION_CHARS = 80;

/** The folder asked for: `--kb DIR` as every command takes it, or a bare DIR as kb:check always took. */
function folderArgument(argv: readonly string[]): string | undefined {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: KB_OPTION });
  if (positionals.length > 1 || (values.kb !== undefined && positionals.length > 0)) {
    throw new Error("one folder, as --kb DIR or DIR");
  }
  return values.kb ?? positionals[0];
}

function main(argv: readonly string[]): number {
  let folder: string | undefined;
  try {
    folder = folderArgument(argv);
  } catch (error) {
    process.stderr.write(`kb:check: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  // Without a folder the base comes from KNOWLEDGE_DIR: a wrong one names the variable.
  const checked = checkedBase("kb:check", folder);
  if (!checked) return 1;
  const { kb, dir } = checked;
  const quotes = kb.facts.reduce((sum, fact) => sum + fact.quotes.length, 0);
  process.stdout.write(
    `kb:check OK: ${plural(kb.articles.length, "article")}, ${plural(kb.facts.length, "fact")}, ` +
      `${plural(kb.entities.length, "entity", "entities")}, ${plural(quotes, "quote")} (${dir})\n`,
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
  // A draft marked reviewed after the must-check pass keeps kb:add's questions (its own sentence and clauses):
  // it answers as the drafts do, so that is no warning. The full review puts a member's questions in their
  // place: say which facts are left for it.
  const leftovers = kb.facts.filter((fact) => fact.reviewed !== false && draftedQuestions(fact).length > 0);
  if (leftovers.length > 0) {
    process.stdout.write(
      `kb:check note: ${plural(leftovers.length, "reviewed fact")} ${leftovers.length === 1 ? "keeps" : "keep"} ` +
        "kb:add's drafted questions (the quote or a clause of it): fine to go live; in the full review, " +
        "write the questions a member would ask instead\n",
    );
    for (const fact of leftovers) {
      const drafted = draftedQuestions(fact);
      const first = drafted[0] ?? 0;
      const more = drafted.length > 1 ? ` (${drafted.length} of its ${fact.questions.length} questions)` : "";
      process.stdout.write(
        `  articles/${fact.articleId}/facts.json: fact "${fact.id}", questions[${first}]: ` +
          `${JSON.stringify(truncate(fact.questions[first] ?? "", QUOTED_QUESTION_CHARS))}${more}\n`,
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
