// `npm run --silent ask -- [--json | --jsonl] "question"`: the engine from the command line.
//   (no flag)  a readable answer with numbered citations
//   --json     one JSON object: {question, status, answer, citations: [{quote, source, url}], score}
//   --jsonl    one question per stdin line → one JSON object per line, in order (engine loaded once)
// Nothing but answers goes to stdout; problems go to stderr with a non-zero exit code.
import { createEngineCached } from "../engine/persist.js";
import type { Engine } from "../engine/types.js";
import { loadKnowledgeBaseOrExit } from "../startup.js";
import { answerLines, answerSafely, parseArgs, toJson, toText } from "./ask-lib.js";

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ("error" in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  // The index cache's outcome is not reported: stdout carries only answers, and a cache problem only
  // means the engine was built, as it would have been without a cache.
  const engine: Engine = createEngineCached(loadKnowledgeBaseOrExit()).engine;
  if (parsed.mode === "jsonl") {
    await answerLines(engine, process.stdin, process.stdout);
    return 0;
  }
  const answer = answerSafely(engine, parsed.question);
  process.stdout.write(`${parsed.mode === "json" ? toJson(answer) : toText(answer)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
