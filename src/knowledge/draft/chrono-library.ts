// chrono-node's English locale as kb:add loads it (its CommonJS build: the package's root loads a dozen
// languages), on its own so that kb:review can resolve a date again without loading compromise too.
import { createRequire } from "node:module";
import type * as chronoModule from "chrono-node";

const require = createRequire(import.meta.url);

export const chrono: typeof chronoModule.en = require("chrono-node/en");
