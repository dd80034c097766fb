// `npm run eval -- [file.jsonl …]`: figures and misses for question sets (default: the two fixture sets).
import { createEngine } from "../src/engine/engine.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";
import { evaluate, formatReport, readQuestions } from "./evaluate.js";

const files = process.argv.slice(2);
const sets =
  files.length > 0
    ? files
    : ["dev", "heldout", "heldout2", "heldout3", "heldout4"].map(
        (name) => `tests/fixtures/${name}-questions.jsonl`,
      );
const kb = loadKnowledgeBase();
const engine = createEngine(kb);
const texts = kb.articles.map((a) => a.text);
for (const file of sets) {
  const report = evaluate(engine, readQuestions(file), texts);
  console.log(formatReport(file, report));
  for (const miss of report.misses) {
    const top = miss.answer.factIds.join(",") || miss.answer.suggestions.map((s) => `?${s.factId}`).join(",");
    console.log(`  ${miss.id} ${miss.why} (score ${miss.answer.score}) ${miss.q} → ${top}`);
  }
}
