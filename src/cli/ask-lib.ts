// The `ask` command line's pieces, kept apart from its entry point so they can be tested in-process.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { type Asked, askQuestion } from "../commands/ask.js";
import { plainText } from "../commands/citations.js";
import { answerReply } from "../commands/replies/answer.js";
import type { Reply } from "../commands/reply.js";
import type { Answer, Engine } from "../engine/types.js";
import { KB_OPTION } from "../knowledge/kb-option.js";
import { messageOf } from "../shared/message-of.js";
import { renderText } from "../terminal/render.js";

export const USAGE = `Usage:
  npm run --silent ask -- "question"            readable answer with citations
  npm run --silent ask -- --json "question"     one JSON object
  npm run --silent ask -- --jsonl [FILE]        one question per line of FILE (or stdin) → one JSON object per line
  npm run --silent ask -- --help                this text
  --kb DIR (with any of the above): ask the base in DIR (default: KNOWLEDGE_DIR, else the shipped one)`;

/**
 * The public JSON shape of an answer: exactly the contract's fields. The text and the numbered citations
 * are the reply's (numbered once, where the reply is built); an abstention's text is the engine's
 * explanation as it gave it.
 */
export function toJson({ answer, reply }: Asked): string {
  return JSON.stringify({
    question: answer.question,
    status: answer.status,
    answer: answer.status === "answered" ? reply.body : plainText(answer.parts),
    citations: reply.citations.map(({ quote, source, url }) => ({ quote, source, url })),
    score: answer.score,
  });
}

/** Readable text: /ask's reply, rendered by the terminal mode's renderer. */
export function toText(reply: Reply): string {
  return renderText(reply).trimEnd();
}

/** `kb`: the folder `--kb DIR` names, when given. */
type AskArgs = { kb?: string } & (
  | { mode: "help" }
  | { mode: "text" | "json"; question: string }
  /** `file` undefined or "-": standard input. */
  | { mode: "jsonl"; file: string | undefined }
);

/**
 * The command line, parsed by node:util's parseArgs (strict: an unknown option is an error). Anything it
 * cannot use is an `error` naming the argument, for stderr with exit code 2.
 */
export function parseAskArgs(argv: readonly string[]): AskArgs | { error: string } {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    // parseArgs' own messages name the option ("Unknown option '--jsn'…"); add how to ask.
    return { error: `${messageOf(error)}\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  const kb = values.kb === undefined ? {} : { kb: values.kb };
  if (values.help) return { mode: "help" };
  if (values.json && values.jsonl) return { error: `Use --json or --jsonl, not both.\n${USAGE}` };
  if (values.jsonl) {
    if (positionals.length > 1) {
      return {
        error: `--jsonl reads one FILE (or stdin), got ${positionals.length} arguments: ${positionals.map((p) => JSON.stringify(p)).join(" ")}. For one question, use --json "question".\n${USAGE}`,
      };
    }
    return { mode: "jsonl", file: positionals[0], ...kb };
  }
  const question = positionals.join(" ");
  if (question.trim() === "") return { error: `No question given.\n${USAGE}` };
  return { mode: values.json ? "json" : "text", question, ...kb };
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      ...KB_OPTION,
      json: { type: "boolean" },
      jsonl: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
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

/**
 * The question through /ask's path (askQuestion), as every front end asks. A question must never take the
 * CLI down: a failure becomes a no_answer for that line.
 */
export function answerSafely(engine: Engine, question: string): Asked {
  try {
    return askQuestion({ engine }, question, false);
  } catch (error) {
    process.stderr.write(`ask: failed on ${JSON.stringify(question.slice(0, 80))}: ${String(error)}\n`);
    const answer: Answer = {
      question,
      status: "no_answer",
      parts: [],
      score: 0,
      factIds: [],
      suggestions: [],
    };
    return { answer, reply: answerReply(answer, false) };
  }
}
