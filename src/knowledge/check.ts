// `npm run kb:check [-- --kb DIR | DIR]`: validates the knowledge base the way the bot loads it at start-up, so a broken
// fact fails CI instead of the bot. Prints every problem, never a stack trace: the audience is an editor.

import { parseArgs } from "node:util";
import { messageOf } from "../shared/message-of.js";
import { plural } from "../shared/plural.js";
import { truncate } from "../shared/truncate.js";
import { checkedBase } from "./checked-base.js";
import { KB_OPTION, KB_USAGE } from "./kb-option.js";
import { draftedQuestions } from "./review-leftovers.js";

const USAGE = `usage: npm run kb:check -- ${KB_USAGE} [--leftovers]   (or the folder alone: npm run kb:check -- DIR)`;

/** A drafted question is the whole sentence: enough of it to find it in the file. */
const QUOTED_QUESTION_CHARS = 80;

/** The folder asked for: `--kb DIR` as every command takes it, or a bare DIR as kb:check always took. */
function parseArguments(argv: readonly string[]): { folder: string | undefined; leftovers: boolean } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...KB_OPTION, leftovers: { type: "boolean" } },
  });
  if (positionals.length > 1 || (values.kb !== undefined && positionals.length > 0)) {
    throw new Error("one folder, as --kb DIR or DIR");
  }
  return { folder: values.kb ?? positionals[0], leftovers: values.leftovers ?? false };
}

/**
 * What follows the OK line, a line each: the drafts not reviewed yet (per article, and the command that shows
 * them), and the reviewed facts that keep kb:add's questions (fine to go live; `--leftovers` names them). The
 * curator trial met a 24-line list here after a clean pass: a pass says so in one or two lines.
 * `kbArgument`: ` --kb DIR` as the curator gave it, repeated in the commands suggested, or "".
 */
function afterPass(unreviewed: ReadonlyMap<string, number>, leftovers: number, kbArgument: string): string[] {
  const lines: string[] = [];
  const total = [...unreviewed.values()].reduce((a, b) => a + b, 0);
  if (total > 0) {
    const perArticle = [...unreviewed].map(([article, count]) => `${article}: ${count}`).join(", ");
    const article = unreviewed.size === 1 ? [...unreviewed.keys()][0] : "ARTICLE-ID";
    lines.push(
      `kb:check warning: ${plural(total, "drafted fact")} not reviewed yet (${perArticle}): ` +
        `npm run --silent kb:review --${kbArgument} ${article}`,
    );
  }
  if (leftovers > 0) {
    lines.push(
      `kb:check note: ${total > 0 ? "" : "every draft reviewed; "}${plural(leftovers, "reviewed fact")} ` +
        `${leftovers === 1 ? "keeps" : "keep"} kb:add's questions, fine to go live ` +
        `(for the full review: npm run kb:check --${kbArgument} --leftovers)`,
    );
  }
  return lines;
}

function main(argv: readonly string[]): number {
  let folder: string | undefined;
  let listLeftovers: boolean;
  try {
    ({ folder, leftovers: listLeftovers } = parseArguments(argv));
  } catch (error) {
    process.stderr.write(`kb:check: ${messageOf(error)}\n${USAGE}\n`);
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
  // A draft marked reviewed after the must-check pass keeps kb:add's questions (its own sentence and clauses):
  // it answers as the drafts do, so that is no warning. The full review puts a member's questions in their
  // place: `--leftovers` says which facts are left for it.
  const leftovers = kb.facts.filter((fact) => fact.reviewed !== false && draftedQuestions(fact).length > 0);
  const kbArgument = folder === undefined ? "" : ` --kb ${folder}`;
  for (const line of afterPass(unreviewed, leftovers.length, kbArgument)) process.stdout.write(`${line}\n`);
  if (listLeftovers) {
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
  process.stderr.write(`kb:check: ${messageOf(error)}\n`);
  process.exitCode = 1;
}
