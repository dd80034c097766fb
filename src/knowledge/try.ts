// `npm run --silent kb:try -- [--kb DIR] [--all] [ARTICLE-ID]`: asks the questions a member would ask about
// what an article adds (try-questions.ts) through the real engine on the whole base, and prints the ones the
// drafts fail (try-answers.ts): refused, answered from another article, answered by a fact not naming what
// was asked, or by another fact than the dated or leading one — and, last, those no statement rewrite mends
// (try-mends.ts). Run after kb:add or an --apply, before going live: the fifth curator trial spent five
// minutes asking the live bot, and found two wrong answers there.
// With no ARTICLE-ID, the one article holding drafts. Exit code 0 whatever is flagged: the flags are to read.
import { parseArgs } from "node:util";
import { createEngine } from "../engine/engine.js";
import { isMainModule } from "../shared/main-module.js";
import { messageOf } from "../shared/message-of.js";
import { plural } from "../shared/plural.js";
import { checkedBase } from "./checked-base.js";
import { KB_OPTION, KB_USAGE } from "./kb-option.js";
import { TRY_VERDICTS, type TriedQuestion, type TryVerdict, tryArticle } from "./try-answers.js";
import { unmendable } from "./try-mends.js";
import { tryQuestions } from "./try-questions.js";
import type { KnowledgeBase } from "./types.js";

const USAGE = `usage: npm run --silent kb:try -- ${KB_USAGE} [--all] [ARTICLE-ID]`;

/** What each flag means and what the curator does about it, printed above its questions. */
const ADVICE: Record<Exclude<TryVerdict, "ok">, string> = {
  refused:
    "refused: no fact answers these. If the article does, say it in a statement (or the entity's description) on the sheet",
  "another-article":
    "answered from another article: an older fact comes first. If this article says it, put the date, place or name in its statement",
  "not-named":
    "answered by a fact that does not name what was asked: a member would read this. If it is wrong, say the right fact plainly",
  "another-fact":
    "answered by another fact than the one dated or leading: check that fact's statement gives the date or the side",
};

/**
 * The findings no statement rewrite mends (try-mends.ts), printed last. The probe only adds words to
 * statements, so it says nothing of what `add quote:`, a timeline label, a side or entities might mend (review
 * 18): the advice names them rather than "leave them".
 */
const UNMENDABLE =
  "no statement rewrite mends these (a quote, timeline label or side may): with the question's own words in the statements that would answer it, the engine still fails it";

/** A flag's name on a line of the last group, which holds every kind. */
const VERDICT_NAMES: Record<TryVerdict, string> = {
  refused: "refused",
  "another-article": "answered from another article",
  "not-named": "answered by a fact not naming it",
  "another-fact": "answered by another fact",
  ok: "answered",
};

/** The article to try: the one named, else the only one holding drafts. */
function articleToTry(kb: KnowledgeBase, named: string | undefined): string | { error: string } {
  const ids = kb.articles.map((a) => a.id);
  if (named !== undefined)
    return ids.includes(named) ? named : { error: `no article "${named}"; articles: ${ids.join(", ")}` };
  const drafted = [...new Set(kb.facts.filter((f) => f.reviewed === false).map((f) => f.articleId))];
  if (drafted.length === 1 && drafted[0] !== undefined) return drafted[0];
  return { error: `name the article to try; articles: ${ids.join(", ")}` };
}

/** One question's line: the question, why it was asked, and what answered it. */
function triedLine({ question, verdict, answer, lead, missing }: TriedQuestion, flag?: string): string {
  const head = `    ${question.text}   [${question.about}${flag ? `; ${flag}` : ""}]`;
  if (!lead) {
    const said =
      answer.parts
        .map((p) => p.text)
        .join(" ")
        .split("\n")[0] ?? "";
    return `${head}\n      the bot: ${said.length > 140 ? `${said.slice(0, 139)}…` : said}`;
  }
  const from = verdict === "another-article" ? `${lead.articleId}/${lead.id}` : lead.id;
  // A party asked about as taking part may be named, but as absent or in another event's time.
  const asParty = question.names.some((n) => n.takesPart && missing.includes(n.id));
  const lacks = missing.length > 0 ? ` (names no ${missing.join(", ")}${asParty ? " taking part" : ""})` : "";
  const statement = lead.statement.length > 140 ? `${lead.statement.slice(0, 139)}…` : lead.statement;
  return `${head}\n      → ${from}${lacks}: ${statement}`;
}

/** kb:try on `argv` (no program name): its exit code; what it prints goes to stdout and stderr. */
export function runTry(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`kb:try: ${messageOf(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const checked = checkedBase("kb:try", values.kb);
  if (!checked) return 1;
  const { kb, dir } = checked;
  const article = articleToTry(kb, positionals[0]);
  if (typeof article !== "string") {
    process.stderr.write(`kb:try: ${article.error}\n`);
    return 2;
  }
  const tried = tryArticle(createEngine(kb), article, tryQuestions(kb, article));
  const flagged = tried.filter((t) => t.verdict !== "ok");
  const engines = unmendable(kb, article, flagged);
  const mendable = (t: TriedQuestion) => !engines.has(t.question);
  const theirs = engines.size > 0 ? ` (${engines.size} of them no statement rewrite mends)` : "";
  process.stdout.write(
    `kb:try: ${article} in ${dir}: ${plural(tried.length, "question")} asked, ` +
      `${tried.length - flagged.length} answered from it, ${flagged.length} to look at${theirs}\n`,
  );
  for (const verdict of TRY_VERDICTS) {
    const these = tried.filter((t) => t.verdict === verdict && mendable(t));
    if (these.length === 0 || (verdict === "ok" && !values.all)) continue;
    const heading = verdict === "ok" ? "answered from it" : ADVICE[verdict];
    process.stdout.write(`  ${heading} (${these.length}):\n${these.map((t) => triedLine(t)).join("\n")}\n`);
  }
  const engineOnly = flagged.filter((t) => !mendable(t));
  if (engineOnly.length > 0) {
    const lines = engineOnly.map((t) => triedLine(t, VERDICT_NAMES[t.verdict]));
    process.stdout.write(`  ${UNMENDABLE} (${engineOnly.length}):\n${lines.join("\n")}\n`);
  }
  return 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...KB_OPTION, all: { type: "boolean" } },
  });
}

if (isMainModule(import.meta.url)) {
  try {
    process.exitCode = runTry(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`kb:try: ${messageOf(error)}\n`);
    process.exitCode = 1;
  }
}
