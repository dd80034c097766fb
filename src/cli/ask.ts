// `npm run --silent ask -- [--kb DIR] [--json | --jsonl [FILE] | --help] ["question"]`: the engine from the
// command line (`--kb DIR`: the base in DIR instead of KNOWLEDGE_DIR's).
//   (no flag)      a readable answer with numbered citations
//   --json         one JSON object: {question, status, answer, citations: [{quote, source, url}], score}
//   --jsonl [FILE] one question per line of FILE (or stdin, also for "-") → one JSON object per line, in
//                  order (engine loaded once)
// Nothing but answers (and --help) goes to stdout; problems go to stderr with a non-zero exit code:
// 2 for arguments it cannot use, 1 for a broken set-up.
import { createReadStream, statSync } from "node:fs";
import { loadDotEnv, pathFromEnv } from "../config.js";
import type { Engine } from "../engine/types.js";
import { messageOf } from "../shared/message-of.js";
import { orExit } from "../startup.js";
import { loadKnowledgeBaseOrExit } from "../startup-knowledge.js";
import { createEngineCached } from "../storage/index-cache/cache.js";
import { answerLines, answerSafely, parseAskArgs, toJson, toText, USAGE } from "./ask-lib.js";

/** Why FILE cannot be read as questions, or undefined when it can. */
function unreadable(file: string): string | undefined {
  try {
    if (statSync(file).isDirectory()) return "is a directory";
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code === "ENOENT" ? "no such file" : String((error as Error).message);
  }
}

async function main(): Promise<number> {
  const parsed = parseAskArgs(process.argv.slice(2));
  if ("error" in parsed) {
    process.stderr.write(`ask: ${parsed.error}\n`);
    return 2;
  }
  if (parsed.mode === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = parsed.mode === "jsonl" && parsed.file !== "-" ? parsed.file : undefined;
  const problem = file === undefined ? undefined : unreadable(file);
  if (file !== undefined && problem) {
    process.stderr.write(
      `ask: --jsonl ${JSON.stringify(file)}: ${problem}. Give a file of questions, one a line (or none to read stdin); for one question, use --json "question".\n`,
    );
    return 2;
  }
  // Same .env as the bot: a KNOWLEDGE_DIR set there applies here too.
  loadDotEnv();
  // The index cache's outcome is not reported: stdout carries only answers, and a cache problem only
  // means the engine was built, as it would have been without a cache.
  const kb = loadKnowledgeBaseOrExit(parsed.kb);
  const cacheDir = orExit(() => pathFromEnv("INDEX_CACHE_DIR"));
  const engine: Engine = createEngineCached(kb, { cacheDir }).engine;
  if (parsed.mode === "jsonl") {
    if (file === undefined && process.stdin.isTTY) {
      process.stderr.write("ask: reading questions from the keyboard, one a line; Ctrl-D ends.\n");
    }
    await answerLines(engine, file === undefined ? process.stdin : createReadStream(file), process.stdout);
    return 0;
  }
  const asked = answerSafely(engine, parsed.question);
  process.stdout.write(`${parsed.mode === "json" ? toJson(asked) : toText(asked.reply)}\n`);
  return 0;
}

// `ask --jsonl < questions.txt | head -1`: a reader that stops early closes the pipe; the answers it no
// longer wants are not an error, so stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${messageOf(error)}\n`);
    process.exitCode = 1;
  },
);
