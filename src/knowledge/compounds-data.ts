// Reads WordNet's compounds (wordnet/compounds.tsv, at the repository's root), the nouns that name a
// person (wordnet/person-nouns.txt), the group and place nouns with their kin (wordnet/kinds.tsv) and the
// groups' members (wordnet/members.tsv) and provides them to the engine (engine/wordnet-compounds.ts,
// engine/person-nouns.ts, engine/kind-nouns.ts, engine/wordnet-members.ts): the engine does no I/O. Imported
// by the knowledge base's loader, as
// word-data.ts is; the file is read only when an engine is built.
import { readFileSync } from "node:fs";
import path from "node:path";
import { provideKindNouns } from "../engine/kind-nouns.js";
import { providePersonNouns } from "../engine/person-nouns.js";
import { provideCompounds } from "../engine/wordnet-compounds.js";
import { provideMembers } from "../engine/wordnet-members.js";
import { PROJECT_ROOT } from "../shared/project-root.js";

provideCompounds(() => readFileSync(path.join(PROJECT_ROOT, "wordnet", "compounds.tsv"), "utf8"));
provideKindNouns(() => readFileSync(path.join(PROJECT_ROOT, "wordnet", "kinds.tsv"), "utf8"));
providePersonNouns(() => readFileSync(path.join(PROJECT_ROOT, "wordnet", "person-nouns.txt"), "utf8"));
provideMembers(() => readFileSync(path.join(PROJECT_ROOT, "wordnet", "members.tsv"), "utf8"));
