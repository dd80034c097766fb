// Reads the static sentence-piece table (use-lite/pieces.tsv, at the repository's root; derived by
// scripts/sentence-pieces.mjs) and provides it to the engine (engine/sentence-similarity.ts): the engine does
// no I/O. Imported by the knowledge base's loader, as compounds-data.ts is; read when an engine is built.
import { readFileSync } from "node:fs";
import path from "node:path";
import { providePieceTable } from "../engine/sentence-similarity.js";
import { PROJECT_ROOT } from "../shared/project-root.js";

providePieceTable(() => readFileSync(path.join(PROJECT_ROOT, "use-lite", "pieces.tsv"), "utf8"));
