// Scores the engine on a question set in the dev-questions format: answerable questions must be answered
// with a term of every `must` group in the answer or its quotes; the others must get no_answer.
// `npm run eval -- [file.jsonl …]` prints the figures and every miss; tests/engine/eval.test.ts asserts them.
import { readFileSync } from "node:fs";
import { type Asked, askQuestion } from "../src/commands/ask.js";
import { plainText } from "../src/commands/citations.js";
import type { Answer, Engine } from "../src/engine/types.js";
import type { KnowledgeBase } from "../src/knowledge/types.js";

export interface EvalQuestion {
  id: string;
  q: string;
  expect: "answer" | "abstain";
  must?: string[][];
  kind?: string;
  /** What the question tests (plain, paraphrase, subject-swapped …), in the sets that say. */
  class?: string;
  /** True where the right answer depends on when (now, latest, first, in May …), in the follow-up sets. */
  time?: boolean;
}

export interface EvalMiss {
  id: string;
  q: string;
  why: string;
  answer: Answer;
}

export interface EvalReport {
  answerable: number;
  answeredRight: number;
  abstainable: number;
  abstained: number;
  quotes: number;
  verbatimQuotes: number;
  misses: EvalMiss[];
  /**
   * Wrong answers with a real citation, the worst thing the bot can do: questions to refuse that were
   * answered, and answerable questions answered without the required terms (the wrong fact).
   */
  wrong: { refusalsAnswered: number; wrongFact: number };
  /** "answer/plain" → [right, asked]: for sets whose questions name their class; "time-sensitive" too. */
  byClass: Record<string, [number, number]>;
}

export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as EvalQuestion);
}

/** Terms of every group found (case-insensitive) in the answer text or one of its quotes. */
export function hasRequiredTerms(asked: Asked, must: readonly string[][]): boolean {
  const shown = asked.answer.status === "answered" ? asked.reply.body : plainText(asked.answer.parts);
  const haystack = [shown, ...asked.reply.citations.map((c) => c.quote)].join("\n").toLowerCase();
  return must.every((group) => group.some((term) => haystack.includes(term.toLowerCase())));
}

export function evaluate(
  engine: Engine,
  questions: readonly EvalQuestion[],
  articleTexts: readonly string[],
) {
  const report: EvalReport = {
    answerable: 0,
    answeredRight: 0,
    abstainable: 0,
    abstained: 0,
    quotes: 0,
    verbatimQuotes: 0,
    misses: [],
    wrong: { refusalsAnswered: 0, wrongFact: 0 },
    byClass: {},
  };
  for (const item of questions) {
    // The question as every front end asks it (/ask's path): the reply's text and numbered citations.
    const asked = askQuestion({ engine }, item.q, false);
    const { answer } = asked;
    const missesBefore = report.misses.length;
    for (const citation of asked.reply.citations) {
      report.quotes++;
      if (articleTexts.some((text) => text.includes(citation.quote))) report.verbatimQuotes++;
    }
    if (item.expect === "answer") {
      report.answerable++;
      if (answer.status !== "answered")
        report.misses.push({ id: item.id, q: item.q, why: "abstained", answer });
      else if (!hasRequiredTerms(asked, item.must ?? [])) {
        report.wrong.wrongFact++;
        report.misses.push({ id: item.id, q: item.q, why: `missing ${JSON.stringify(item.must)}`, answer });
      } else report.answeredRight++;
    } else {
      report.abstainable++;
      if (answer.status === "no_answer") report.abstained++;
      else {
        report.wrong.refusalsAnswered++;
        report.misses.push({ id: item.id, q: item.q, why: "answered", answer });
      }
    }
    const keys = [item.class && `${item.expect}/${item.class}`, item.time && "time-sensitive"];
    for (const key of keys) {
      if (!key) continue;
      const tally = report.byClass[key] ?? [0, 0];
      tally[1]++;
      if (report.misses.length === missesBefore) tally[0]++;
      report.byClass[key] = tally;
    }
  }
  return report;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)} %`;

/** Answers given that should not have been: refusals answered plus answers with the wrong fact. */
export const wrongAnswers = (report: EvalReport): number =>
  report.wrong.refusalsAnswered + report.wrong.wrongFact;

export function formatReport(name: string, report: EvalReport): string {
  const classes = Object.entries(report.byClass)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, [right, asked]]) => `${key} ${right}/${asked}`);
  return [
    `${name}: answered right ${report.answeredRight}/${report.answerable} (${percent(report.answeredRight, report.answerable)}),`,
    `abstained ${report.abstained}/${report.abstainable} (${percent(report.abstained, report.abstainable)}),`,
    `verbatim quotes ${report.verbatimQuotes}/${report.quotes} (${percent(report.verbatimQuotes, report.quotes)}),`,
    `wrong answers ${wrongAnswers(report)} (${report.wrong.refusalsAnswered} to refuse, ${report.wrong.wrongFact} wrong fact)`,
    ...(classes.length > 0 ? [`\n    by class: ${classes.join("; ")}`] : []),
  ].join(" ");
}

/**
 * The base as kb:add drafts it, with no hand-written help: every fact's questions reduced to its
 * statement, its keywords emptied. How much answering rests on paraphrases someone wrote by hand.
 */
export function withoutParaphrases(kb: KnowledgeBase): KnowledgeBase {
  return { ...kb, facts: kb.facts.map((f) => ({ ...f, questions: [f.statement], keywords: [] })) };
}
