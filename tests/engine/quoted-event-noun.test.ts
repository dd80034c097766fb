// A claimed verb a fact's words hold only as a noun after a determiner in a quote ("THE MEETINGS follow the
// ouster of …"), never in its statement, questions or keywords, names what the article's sentence tells of,
// not the event the fact tells: "did Brask MEET Varg …?" is not answered by that fact (support-check.ts
// `onlyNamedInQuotes`). Our own base additions and questions, none from the evaluation sets.
import { expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { fact, quote } from "../commands/fixtures.js";

const kb = loadKnowledgeBase();
const articleId = kb.articles[0]?.id ?? "talks";
kb.entities.push(
  {
    id: "ivo-brask",
    name: "Ivo Brask",
    kind: "person",
    aliases: ["Brask"],
    description: "A harbour financier.",
  },
  {
    id: "lena-varg",
    name: "Lena Varg",
    kind: "person",
    aliases: ["Varg"],
    description: "The ousted harbour chief.",
  },
);
kb.facts.push(
  fact("harbour-board-after-varg", "A new board now runs the harbour, after Varg's ouster.", {
    articleId,
    entities: ["lena-varg", "ivo-brask"],
    quotes: [
      quote("Ivo Brask is pushing the new harbour board to open the northern quay.", { articleId }),
      quote("The meetings follow the ouster of harbour chief Lena Varg in the spring.", { articleId }),
    ],
    questions: ["Who runs the harbour now?"],
  }),
  fact("brask-met-holm", "Ivo Brask met the new harbour board's chair, Ada Holm.", {
    articleId,
    entities: ["ivo-brask"],
    quotes: [quote("Brask met Ada Holm, who chairs the new harbour board.", { articleId })],
    questions: ["Did Brask meet the harbour chair?"],
  }),
);
const engine = createEngine(kb);

test("a verb told in the statement answers", () => {
  expect(engine.ask("did ivo brask meet the harbour board's chair?").status).toBe("answered");
});

test.each([
  "did ivo brask meet lena varg to push the harbour board to open the northern quay?",
  "did brask meet harbour chief lena varg about the northern quay?",
])("%s is not answered by the fact whose quote names the meetings", (question) => {
  const answer = engine.ask(question);
  expect(answer.factIds ?? []).not.toContain("harbour-board-after-varg");
});
