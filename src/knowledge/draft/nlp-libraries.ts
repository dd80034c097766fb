// compromise and chrono-node as kb:add loads them: through their CommonJS builds (each package's own
// `require` export: the same version and API as its ES modules), and of chrono-node its English locale only
// (`chrono-node/en`: the package's root loads a dozen languages, and its parseDate is English's). compromise's
// build is one bundled file where its ES entry is ~450 modules: loading the two took ~0.6 s less CPU so at
// load ≈ 13 on 2 cores (docs/benchmarks.md, kb:add).
import { createRequire } from "node:module";
import type * as chronoModule from "chrono-node";
import type compromise from "compromise";

const require = createRequire(import.meta.url);

export const nlp: typeof compromise = require("compromise");
export const chrono: typeof chronoModule.en = require("chrono-node/en");
