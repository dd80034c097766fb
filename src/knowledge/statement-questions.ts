// A drafted fact's questions follow its statement. kb:add draws some of a draft's `questions` from the statement
// it wrote (the statement itself, a lead's "X led the side", a reference it resolved) and records that statement
// as `questionsFrom`. When a curator rewrites the statement, those questions still carry the old wording, and
// the engine matches asks against them: the next kb:review or kb:add puts the new statement in their place.
// Questions drawn from the quotes stay (the quotes have not changed), and so does every question a person wrote
// (none is a piece of kb:add's statement that the quotes lack). The first rewrite also keeps kb:add's statement
// as `draftedStatement`, so the review sheet can tell a statement kb:add wrote (to check) from the curator's.
// A quote the curator deleted takes its questions with it (`orphanedQuestions`): the third curator trial deleted
// a joined quote on who led the other side, and the draft went on "asking" who led it. That holds for a question
// a person wrote too (kb:add keeps no list of the questions it drew): one asking only what no quote, statement
// or keyword of the fact says any more is one the fact cannot answer.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { stem, words } from "../engine/normalise.js";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { foldWords } from "../shared/fold.js";
import { plural } from "../shared/plural.js";
import { formatJson } from "./draft/json.js";

export interface StatementQuestions {
  statement: string;
  questions: readonly string[];
  quotes: readonly string[];
  /** The statement the drafted questions were drawn from, as kb:add wrote it. */
  questionsFrom?: string;
  /** kb:add's own statement, kept by the first rewrite. */
  draftedStatement?: string;
}

/**
 * Whether the statement is the curator's, not kb:add's: it differs from the one kb:add wrote (recorded by
 * the redraw as `draftedStatement`, or, before any redraw, still `questionsFrom`). A fact with neither is a
 * person's or an older draft's: false, so its statement keeps the check kb:add's get.
 */
export function statementRewritten(fact: Omit<StatementQuestions, "questions" | "quotes">): boolean {
  const drafted = fact.draftedStatement ?? fact.questionsFrom;
  return drafted !== undefined && drafted !== fact.statement;
}

/** " a b c ": folded words with a space on each side, so a piece is found only at word boundaries. */
const spaced = (text: string) => ` ${foldWords(text)} `;

/** Whether kb:add drew `question` from `statement`: a run of its words that no quote holds. */
export function drawnFromStatement(question: string, statement: string, quotes: readonly string[]): boolean {
  const asked = spaced(question);
  if (asked.trim() === "") return false;
  return spaced(statement).includes(asked) && !quotes.some((quote) => spaced(quote).includes(asked));
}

/**
 * The fact's questions once its rewritten statement replaces those drawn from the old one (the new statement
 * first, as kb:add puts it), with `questionsFrom` the new statement; null when the statement is the one the
 * questions were drawn from, or when kb:add recorded none (a fact a person wrote).
 */
export function questionsAfterRewrite(
  fact: StatementQuestions,
): { questions: string[]; questionsFrom: string; draftedStatement: string } | null {
  const old = fact.questionsFrom;
  if (old === undefined || old === fact.statement) return null;
  const kept = fact.questions.filter((q) => !drawnFromStatement(q, old, fact.quotes));
  return {
    questions: kept.includes(fact.statement) ? kept : [fact.statement, ...kept],
    questionsFrom: fact.statement,
    draftedStatement: fact.draftedStatement ?? old,
  };
}

/** A fact's text as `orphanedQuestions` reads it. */
export interface FactText {
  statement: string;
  quotes: readonly string[];
  questions: readonly string[];
  keywords?: readonly string[];
  /** kb:add's own statement: `draftedStatement`, else (no rewrite yet) `questionsFrom`. */
  drafted?: string;
}

/** The stems of a text's words, less stopwords. */
function stems(text: string, stopwords: ReadonlySet<string>): Set<string> {
  return new Set(
    words(text)
      .filter((w) => !stopwords.has(w))
      .map(stem),
  );
}

/**
 * The questions that ask what the fact no longer says: a word (its stem, less stopwords) that kb:add's statement
 * had and that neither the fact's quotes, its statement nor its keywords have now. kb:add's statement of a
 * joined draft says what each of its quotes says, so a quote the curator deleted, with the statement rewritten
 * without it, leaves such words in the questions drawn from it ("Who led the Israeli side?" of a deleted
 * "… Dermer led the Israeli side …"). A question asking what a kept quote says is kept, though the statement
 * no longer says it: the quote answers it. None for a fact kb:add did not draft, or whose statement is
 * kb:add's (it says what the questions ask).
 */
export function orphanedQuestions(fact: FactText, stopwords: ReadonlySet<string>): string[] {
  if (fact.drafted === undefined || fact.drafted === fact.statement) return [];
  const now = stems([fact.statement, ...fact.quotes, ...(fact.keywords ?? [])].join(" "), stopwords);
  const drafted = stems(fact.drafted, stopwords);
  const gone = new Set([...drafted].filter((s) => !now.has(s)));
  if (gone.size === 0) return [];
  return fact.questions.filter((q) => [...stems(q, stopwords)].some((s) => gone.has(s)));
}

/** The fact with the fields set, `draftedStatement` right after `questionsFrom` as kb:add orders a draft. */
function withFields(fact: RawFact, fields: Record<string, unknown>): RawFact {
  const entries = Object.entries(fact).filter(([key]) => key !== "draftedStatement");
  return Object.fromEntries(
    entries.flatMap(([key, value]) =>
      key === "questionsFrom"
        ? [
            [key, fields.questionsFrom],
            ["draftedStatement", fields.draftedStatement],
          ]
        : [[key, key in fields ? fields[key] : value]],
    ),
  );
}

interface RawFact {
  id?: unknown;
  statement?: unknown;
  questions?: unknown;
  quotes?: unknown;
  keywords?: unknown;
  questionsFrom?: unknown;
  draftedStatement?: unknown;
}

/** The base's stopwords (lexicon.json), which say nothing of what a question asks. */
function stopwordsOf(dir: string): Set<string> {
  try {
    const lexicon = JSON.parse(readFileSync(path.join(dir, "lexicon.json"), "utf8")) as {
      stopwords?: unknown;
    };
    return new Set(strings(lexicon.stopwords) ?? []);
  } catch {
    return new Set();
  }
}

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;

/**
 * Every fact in `dir`'s articles whose statement a curator rewrote gets its questions redrawn
 * (`questionsAfterRewrite`), in place in its facts.json; a file is written only when one of its facts changed.
 * A fact the loader would refuse (a field of the wrong type) is left for kb:check to name. Returns the facts
 * changed, by id.
 */
export function redrawStatementQuestions(dir: string): string[] {
  const articles = path.join(dir, "articles");
  if (!existsSync(articles)) return [];
  const changed: string[] = [];
  // Read once, at the first drafted fact.
  let stopwords: Set<string> | undefined;
  for (const folder of readdirSync(articles, { withFileTypes: true })) {
    const file = path.join(articles, folder.name, "facts.json");
    if (!folder.isDirectory() || !existsSync(file)) continue;
    let raw: { facts?: unknown };
    try {
      raw = JSON.parse(readFileSync(file, "utf8")) as { facts?: unknown };
    } catch {
      continue;
    }
    if (!Array.isArray(raw.facts)) continue;
    let touched = false;
    const facts = raw.facts as RawFact[];
    for (const [i, fact] of facts.entries()) {
      const questions = strings(fact.questions);
      const quotes = strings(fact.quotes);
      if (typeof fact.statement !== "string" || typeof fact.questionsFrom !== "string") continue;
      if (!questions || !quotes) continue;
      const draftedStatement = typeof fact.draftedStatement === "string" ? fact.draftedStatement : undefined;
      const after = questionsAfterRewrite({
        statement: fact.statement,
        questions,
        quotes,
        questionsFrom: fact.questionsFrom,
        ...(draftedStatement !== undefined ? { draftedStatement } : {}),
      });
      const redrawn = after?.questions ?? questions;
      stopwords ??= stopwordsOf(dir);
      const orphans = new Set(
        orphanedQuestions(
          {
            statement: fact.statement,
            quotes,
            questions: redrawn,
            keywords: strings(fact.keywords) ?? [],
            drafted: after?.draftedStatement ?? draftedStatement ?? fact.questionsFrom,
          },
          stopwords,
        ),
      );
      if (!after && orphans.size === 0) continue;
      const kept = redrawn.filter((q) => !orphans.has(q));
      // A fact answers at least its own statement.
      const fields = {
        questionsFrom: after?.questionsFrom ?? fact.questionsFrom,
        draftedStatement: after?.draftedStatement ?? draftedStatement ?? fact.questionsFrom,
        questions: kept.length > 0 ? kept : [fact.statement],
      };
      facts[i] = withFields(fact, fields);
      touched = true;
      changed.push(String(fact.id));
    }
    if (touched) writeFileAtomic(file, formatJson(raw));
  }
  return changed;
}

/** What kb:add and kb:review say of the facts redrawn: which, and what was done. */
export function redrawnLine(redrawn: readonly string[]): string {
  return (
    `  ${plural(redrawn.length, "rewritten statement")}: the drafted questions of the old wording replaced by ` +
    `the new statement, those asking what no quote nor the statement says now dropped (${redrawn.join(", ")})`
  );
}
