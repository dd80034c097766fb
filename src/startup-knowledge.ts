// The knowledge base at start-up for the sharding manager and `ask`: apart from startup.ts, which the Discord
// bot imports at once, because the bot loads the loader only once it has identified to the gateway.
import { knowledgeDirOf } from "./config.js";
import { loadKnowledgeBase } from "./knowledge/loader.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { orExit } from "./startup.js";

/**
 * The validated knowledge base in `dir` (a command's --kb DIR, or the configuration's folder), else KNOWLEDGE_DIR,
 * else the shipped base; or its problems and exit 1.
 */
export function loadKnowledgeBaseOrExit(dir: string | undefined): KnowledgeBase {
  return orExit(() => {
    // Checked here too: `ask` reads no other configuration. A wrong KNOWLEDGE_DIR names the variable.
    return loadKnowledgeBase(knowledgeDirOf(dir));
  });
}
