// The base a curator's command works on (kb:check, kb:review): the folder given, else KNOWLEDGE_DIR, else the
// shipped one, checked the way the bot loads it. A wrong variable or a broken base is printed under the
// command's name, one line per problem, never a stack trace: the audience is an editor.
import { ConfigError, knowledgeDirOf } from "../config.js";
import { plural } from "../shared/plural.js";
import { checkKnowledgeBase, formatProblem } from "./loader.js";
import type { KnowledgeBase } from "./types.js";

/** The checked base and its folder, or undefined once what is wrong has been written to stderr. */
export function checkedBase(
  command: string,
  folder: string | undefined,
): { kb: KnowledgeBase; dir: string } | undefined {
  let dir: string;
  try {
    dir = knowledgeDirOf(folder);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      process.stderr.write(`${command}: ${problem.variable}: ${problem.message}\n`);
    }
    return undefined;
  }
  const { kb, problems } = checkKnowledgeBase(dir);
  if (!kb || problems.length > 0) {
    process.stderr.write(`${command}: ${plural(problems.length, "problem")} in ${dir}\n`);
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return undefined;
  }
  return { kb, dir };
}
