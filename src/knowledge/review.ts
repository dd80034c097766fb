// `npm run --silent kb:review -- [--kb DIR] [--all | --checks] [ARTICLE-ID]`: the review sheet of the drafted
// facts (review-sheet.ts; `--checks`: the drafts with a CHECK line and those lines, each other draft on one
// line), read from the base the way kb:check reads it. A base with problems prints kb:check's lines instead,
// since the sheet would be of a base the bot refuses.
// `… --mark-reviewed ARTICLE-ID [FACT-ID…]`: marks those drafts (all the article's) reviewed (mark-reviewed.ts).
// `… --keep ARTICLE-ID FACT-ID[:KEY]…`: keeps those checks as they are (mark-reviewed.ts).
// `… --edit [--all] ARTICLE-ID`, `… --apply SHEET`: the drafts (`--all`, or none left: every fact) as a plain-text
// sheet to edit, written back (edit-commands.ts).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, knowledgeDirOf } from "../config.js";
import { isMainModule } from "../shared/main-module.js";
import { messageOf } from "../shared/message-of.js";
import { plural } from "../shared/plural.js";
import { checkedBase } from "./checked-base.js";
import { applySheet, writeSheet } from "./edit-commands.js";
import { linkAddedEntities, linkedLine } from "./entity-links.js";
import { factLines } from "./fact-lines.js";
import { KB_OPTION, KB_USAGE } from "./kb-option.js";
import { keepChecks, markReviewed } from "./mark-reviewed.js";
import { keepToken, openChecks, reviewSheet } from "./review-sheet.js";
import { redrawnLine, redrawStatementQuestions } from "./statement-questions.js";
import type { KnowledgeBase } from "./types.js";

const USAGE = `usage: npm run --silent kb:review -- ${KB_USAGE} [--all | --checks] [ARTICLE-ID]
       npm run --silent kb:review -- ${KB_USAGE} --mark-reviewed ARTICLE-ID [FACT-ID…]
       npm run --silent kb:review -- ${KB_USAGE} --keep ARTICLE-ID FACT-ID[:CHECK]…
       npm run --silent kb:review -- ${KB_USAGE} --edit [--all] ARTICLE-ID
       npm run --silent kb:review -- ${KB_USAGE} --apply SHEET`;

/** kb:review on `argv` (no program name): its exit code; what it prints goes to stdout and stderr. */
export function runReview(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`kb:review: ${messageOf(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const marking = values["mark-reviewed"] ?? false;
  const keeping = values.keep ?? false;
  const editing = values.edit ?? false;
  const applying = values.apply;
  const bothViews = (values.all ?? false) && (values.checks ?? false);
  const modes = [marking, keeping, editing, applying !== undefined].filter(Boolean).length;
  const badUse =
    modes > 1
      ? true
      : editing
        ? positionals.length !== 1 || values.checks
        : applying !== undefined
          ? positionals.length > 0 || values.all || values.checks
          : keeping
            ? marking || positionals.length < 2 || values.all || values.checks
            : marking
              ? positionals.length === 0 || values.all || values.checks
              : positionals.length > 1 || bothViews;
  if (badUse) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // A statement the curator rewrote: its drafted questions follow it before the sheet is read (a wrong
  // KNOWLEDGE_DIR is left for checkedBase to name).
  let redrawn: string[] = [];
  try {
    redrawn = redrawStatementQuestions(knowledgeDirOf(values.kb));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
  }
  if (redrawn.length > 0) process.stdout.write(`kb:review:${redrawnLine(redrawn).slice(1)}\n`);
  const checked = checkedBase("kb:review", values.kb);
  if (!checked) return 1;
  const { dir } = checked;
  // Entities the curator added for names the drafts give: on the drafts that name them, before anything is read.
  const { kb, links } = linkAddedEntities(checked.kb, dir);
  if (links.size > 0) process.stdout.write(`${linkedLine(links)}\n`);
  if (applying !== undefined) return applySheet(kb, dir, path.resolve(applying));
  const article = positionals[0];
  if (article !== undefined && !kb.articles.some((a) => a.id === article)) {
    process.stderr.write(
      `kb:review: no article "${article}" in ${dir}; articles: ${kb.articles.map((a) => a.id).join(", ")}\n`,
    );
    return 2;
  }
  if (marking && article !== undefined) return mark(kb, dir, article, positionals.slice(1));
  if (keeping && article !== undefined) return keep(kb, dir, article, positionals.slice(1));
  if (editing && article !== undefined) return writeSheet(kb, dir, article, values.all ?? false);
  const view = { all: values.all ?? false, checks: values.checks ?? false };
  process.stdout.write(
    reviewSheet(kb, { ...view, ...(article ? { article } : {}), locate: factLocator(dir) }),
  );
  if (view.checks) process.stdout.write(keepCommands(kb, dir, article));
  return 0;
}

/**
 * Under `--checks`, the `--keep` command for every judgement CHECK line of each article, ready to run once they
 * are read: the fourth curator trial typed eight FACT-ID:KEY tokens by hand, the command shown only after
 * `--mark-reviewed` refused.
 */
function keepCommands(kb: KnowledgeBase, dir: string, only: string | undefined): string {
  const out: string[] = [];
  for (const { id } of kb.articles) {
    if (only !== undefined && id !== only) continue;
    const tokens = [...openChecks(kb, id)].flatMap(([factId, checks]) =>
      checks.flatMap((c) => (c.open || !c.key ? [] : [keepToken(factId, c.key)])),
    );
    if (tokens.length === 0) continue;
    out.push(
      `keep the CHECK lines of ${id} you read and judged right as they are (leave out the ones you fixed):`,
      `  npm run --silent kb:review -- --kb ${dir} --keep ${id} ${[...new Set(tokens)].join(" ")}`,
    );
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

/**
 * Each fact's place as `DIR/articles/ID/facts.json:LINE`, the file read once per article: a curator's editor
 * or terminal opens it at the fact.
 */
function factLocator(dir: string): (articleId: string, factId: string) => string | undefined {
  const linesOf = new Map<string, Map<string, number>>();
  return (articleId, factId) => {
    const file = path.join(dir, "articles", articleId, "facts.json");
    let lines = linesOf.get(articleId);
    if (!lines) {
      lines = existsSync(file) ? factLines(readFileSync(file, "utf8")) : new Map();
      linesOf.set(articleId, lines);
    }
    const line = lines.get(factId);
    return line === undefined ? undefined : `${file}:${line}`;
  };
}

/** Marks the drafts; 0 when every one asked for is marked, 1 when some were refused, 2 for an unknown id. */
function mark(kb: KnowledgeBase, dir: string, article: string, factIds: string[]): number {
  const file = `articles/${article}/facts.json`;
  const { marked, refused, unknown } = markReviewed(dir, article, factIds, openChecks(kb, article));
  if (unknown.length > 0) {
    process.stderr.write(
      `kb:review: no fact ${unknown.map((id) => `"${id}"`).join(", ")} in ${file}; nothing marked\n`,
    );
    return 2;
  }
  process.stdout.write(`kb:review: ${plural(marked.length, "fact")} marked reviewed in ${file}\n`);
  // A check the files show (a placeholder, a post with no country) is to fix; the others are judgements, which
  // the command printed last keeps as they are once read.
  const judged: string[] = [];
  let toFix = 0;
  for (const [id, checks] of refused) {
    const lines = checks.map((c) => {
      // What the files show is fixed there, never kept: a FIX line has no --keep token.
      if (c.open) {
        toFix += 1;
        return `    FIX: ${c.text.split("\n")[0]}\n`;
      }
      const token = c.key ? keepToken(id, c.key) : id;
      judged.push(token);
      return `    CHECK: ${c.text.split("\n")[0]} [keep: ${token}]\n`;
    });
    process.stdout.write(`  not marked: "${id}", checks left:\n${lines.join("")}`);
  }
  if (refused.size === 0) return 0;
  process.stdout.write(
    `kb:review: ${plural(refused.size, "draft")} left, not marked. ${toFix > 0 ? `Fix the ${plural(toFix, "FIX line")} in the files. ` : ""}` +
      `A CHECK you read and judged right stays as it is with --keep: it then no longer shows, nor bars marking:\n` +
      (judged.length > 0
        ? `  npm run --silent kb:review -- --kb ${dir} --keep ${article} ${[...new Set(judged)].join(" ")}\n`
        : ""),
  );
  return 1;
}

/** Keeps checks as they are; 0 when each was kept, 2 when one names no check left (nothing written). */
function keep(kb: KnowledgeBase, dir: string, article: string, tokens: string[]): number {
  // Only judgement checks can be kept: one the files show (a placeholder, a post with no country) is fixed there.
  const open = new Map(
    [...openChecks(kb, article)]
      .map(([id, checks]) => [id, checks.flatMap((c) => (c.open || !c.key ? [] : [c.key]))] as const)
      .filter(([, keys]) => keys.length > 0),
  );
  const { kept, unknown } = keepChecks(dir, article, tokens, open);
  if (unknown.length > 0) {
    process.stderr.write(`kb:review: nothing kept: ${unknown.join("; ")}\n`);
    return 2;
  }
  const count = [...kept.values()].reduce((n, keys) => n + keys.length, 0);
  process.stdout.write(
    `kb:review: ${plural(count, "check")} of ${plural(kept.size, "draft")} kept as ${count === 1 ? "it is" : "they are"} (${[...kept].map(([id, keys]) => `${id}: ${keys.join(", ")}`).join("; ")}); they no longer show\n`,
  );
  return 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...KB_OPTION,
      all: { type: "boolean" },
      checks: { type: "boolean" },
      "mark-reviewed": { type: "boolean" },
      keep: { type: "boolean" },
      edit: { type: "boolean" },
      apply: { type: "string" },
    },
  });
}

// Run as a program only: tests call runReview in their own process (a child process per review, loading the
// word lists and the base again, was most of a kb:review test's time on a loaded machine).
if (isMainModule(import.meta.url)) {
  try {
    process.exitCode = runReview(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`kb:review: ${messageOf(error)}\n`);
    process.exitCode = 1;
  }
}
