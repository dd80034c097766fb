// The knowledge base at start-up, for every entry point that reads one (bot, sharding manager, `ask`): apart
// from startup.ts so that the Discord bot can import it once it has identified to the gateway.
import { knowledgeDirOf } from "./knowledge/kb-option.js";
import { loadKnowledgeBase } from "./knowledge/loader.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { orExit } from "./startup.js";

/** The validated knowledge base (`kb` — a command's --kb DIR —, else KNOWLEDGE_DIR, else the default), or its problems and exit 1. */
export function loadKnowledgeBaseOrExit(kb?: string): KnowledgeBase {
  return orExit(() => {
    // Checked here too: `ask` reads no other configuration. A wrong KNOWLEDGE_DIR names the variable.
    return loadKnowledgeBase(knowledgeDirOf(kb));
  });
}
