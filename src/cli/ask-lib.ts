// The `ask` command line's pieces, kept apart from its entry point so they can be tested in-process.
import { createInterface } from "node:readline";
import { answerReply } from "../commands/reply.js";
import type { Answer, Engine } from "../engine/types.js";
import { renderText } from "../terminal/render.js";

export const USAGE = `Usage:
  npm run --silent ask -- "question"          readable answer with citations
  npm run --silent ask -- --json "question"   one JSON object
  npm run --silent ask -- --jsonl < file      one question per line in, one JSON object per line out`;

/** The public JSON shape of an answer: exactly the contract's fields. */
export function toJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    status: answer.status,
    answer: answer.answer,
    citations: answer.citations.map(({ quote, source, url }) => ({ quote, source, url })),
    score: answer.score,
  });
}

/** Readable text, built by the same reply builder and terminal renderer as the terminal mode. */
export function toText(answer: Answer): string {
  return renderText(answerReply(answer, false)).trimEnd();
}

type Mode = "text" | "json" | "jsonl";

export function parseArgs(argv: readonly string[]): { mode: Mode; question: string } | { error: string } {
  let mode: Mode = "text";
  const rest: string[] = [];
  for (const arg of argv) {
    if (arg === "--json") mode = "json";
    else if (arg === "--jsonl") mode = "jsonl";
    else if (arg === "--help" || arg === "-h") return { error: USAGE };
    else if (arg.startsWith("--") && rest.length === 0) return { error: `Unknown option ${arg}\n${USAGE}` };
    else rest.push(arg);
  }
  const question = rest.join(" ");
  if (mode !== "jsonl" && question.trim() === "") return { error: `No question given.\n${USAGE}` };
  return { mode, question };
}

/** Answers stdin line by line, writing each answer before reading on, so order is kept and memory flat. */
export async function answerLines(
  engine: Engine,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
) {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    // A blank line is still a question (an empty one) so that output line N answers input line N.
    output.write(`${toJson(answerSafely(engine, line))}\n`);
  }
}

/** A question must never take the CLI down: a failure becomes a no_answer for that line. */
export function answerSafely(engine: Engine, question: string): Answer {
  try {
    return engine.ask(question);
  } catch (error) {
    process.stderr.write(`ask: failed on ${JSON.stringify(question.slice(0, 80))}: ${String(error)}\n`);
    return {
      question,
      status: "no_answer",
      answer: "",
      citations: [],
      score: 0,
      factIds: [],
      suggestions: [],
    };
  }
}
