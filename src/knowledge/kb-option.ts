// `--kb DIR`: the one way to point any command that reads a knowledge base (ask, kb:add, kb:review, kb:check)
// at one. Each command spreads KB_OPTION into its parseArgs options and resolves the folder with
// knowledgeDirOf, so the option is spelt, documented and resolved in one place.
import path from "node:path";
import { pathFromEnv } from "../config.js";
import { DEFAULT_KNOWLEDGE_DIR } from "./knowledge-dir.js";

export const KB_OPTION = { kb: { type: "string" } } as const;

/** The option as usage lines show it. */
export const KB_USAGE = "[--kb DIR]";

/**
 * The base's folder, absolute: `--kb DIR` when given, else KNOWLEDGE_DIR, else the shipped base. A wrong
 * KNOWLEDGE_DIR throws config.ts's ConfigError naming the variable; a wrong DIR is the loader's to report
 * (it names the folder).
 */
export function knowledgeDirOf(kb: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(kb ?? pathFromEnv("KNOWLEDGE_DIR", env) ?? DEFAULT_KNOWLEDGE_DIR);
}
