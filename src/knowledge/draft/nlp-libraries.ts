// compromise and chrono-node as kb:add loads them: through their CommonJS builds (each package's own
// `require` export: the same version and API as its ES modules), and of chrono-node its English locale only
// (`chrono-node/en`: the package's root loads a dozen languages, and its parseDate is English's). compromise's
// build is one bundled file where its ES entry is hundreds of modules: loading the two so takes less CPU
// (docs/engine.md, figures; docs/benchmarks.md, kb:add).
import { createRequire } from "node:module";
import type compromise from "compromise";

const require = createRequire(import.meta.url);

export const nlp: typeof compromise = require("compromise");
export { chrono } from "./chrono-library.js";
