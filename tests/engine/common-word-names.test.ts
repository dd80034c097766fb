// A person whose own name is all common words ("Mark Hall": mark, hall) is named by them in a statement, even
// when an alias has an uncommon word ("Marcus"): a "which envoy …?" ask is answered by the fact naming him.
import { expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { fact, quote } from "../commands/fixtures.js";
import { textOf } from "./parts.js";

const kb = loadKnowledgeBase();
const articleId = kb.articles[0]?.id ?? "talks";
const statement = "The night session at the lighthouse was mediated by Mark Hall, a veteran envoy.";
kb.entities.push({
  id: "mark-hall",
  name: "Mark Hall",
  kind: "person",
  aliases: ["Hall", "Marcus Hall"],
  description: "A veteran envoy who mediated the night session at the lighthouse.",
});
kb.facts.push(
  fact("hall-mediated-night-session", statement, {
    articleId,
    entities: ["mark-hall"],
    quotes: [quote(statement, { articleId })],
    questions: [statement],
  }),
);
const engine = createEngine(kb);

test.each([
  "which envoy mediated the night session at the lighthouse?",
  "which veteran envoy mediated the lighthouse session?",
])("%s is answered by the fact naming the envoy", (question) => {
  const answer = engine.ask(question);
  expect(answer.status).toBe("answered");
  expect(textOf(answer)).toContain("Mark Hall");
});
