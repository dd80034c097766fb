// Every test file may build an engine or ask its English word helpers: provide the word lists (read only
// when first needed), as the knowledge base's loader does for the programs.
import "../../src/knowledge/word-data.js";
