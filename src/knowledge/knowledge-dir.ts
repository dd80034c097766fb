// Where the shipped knowledge base lives, apart from the loader: the Discord bot needs the folder before it
// identifies to the gateway, and the loader (with zod's schemas) only after (docs/benchmarks.md, start-up).
import path from "node:path";
import { PROJECT_ROOT } from "../shared/project-root.js";

/** The base shipped with the bot; KNOWLEDGE_DIR (read in config.ts) overrides it. */
export const DEFAULT_KNOWLEDGE_DIR: string = path.join(PROJECT_ROOT, "src", "knowledge");
