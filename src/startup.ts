// Set-up failures every entry point reports the same way (bot, sharding manager, `ask`, deploy-commands):
// one plain message on stderr naming what to fix, exit code 1, never a stack trace.
import { type Config, ConfigError, loadConfig } from "./config.js";
import { knowledgeDirOf } from "./knowledge/kb-option.js";
import { formatProblem, KnowledgeBaseError, loadKnowledgeBase } from "./knowledge/loader.js";
import type { KnowledgeBase } from "./knowledge/types.js";

/** Prints the lines to stderr and exits 1. */
export function exitWithMessage(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

export function configErrorLines(error: ConfigError): string[] {
  return ["Invalid configuration:", ...error.problems.map((p) => `  ${p.variable}: ${p.message}`)];
}

function knowledgeBaseErrorLines(error: KnowledgeBaseError): string[] {
  return [
    `The knowledge base has ${error.problems.length} problem(s):`,
    ...error.problems.map((p) => `  ${formatProblem(p)}`),
  ];
}

/** The value, or — for a configuration or knowledge-base error — its message on stderr and exit 1. */
export function orExit<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) exitWithMessage(configErrorLines(err));
    if (err instanceof KnowledgeBaseError) exitWithMessage(knowledgeBaseErrorLines(err));
    throw err;
  }
}

/** The validated configuration, or a message naming each bad variable and exit 1. */
export function loadConfigOrExit(): Config {
  return orExit(loadConfig);
}

/** The validated knowledge base (`kb` — a command's --kb DIR —, else KNOWLEDGE_DIR, else the default), or its problems and exit 1. */
export function loadKnowledgeBaseOrExit(kb?: string): KnowledgeBase {
  return orExit(() => {
    // Checked here too: `ask` reads no other configuration. A wrong KNOWLEDGE_DIR names the variable.
    return loadKnowledgeBase(knowledgeDirOf(kb));
  });
}
