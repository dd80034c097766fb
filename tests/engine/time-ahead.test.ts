// What a report tells as still to come ("would open the bridge in June", reported in April) is no event the
// sources saw: a question that takes it as done is not answered with the plan as if it had happened.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { aheadClauses, asksAsDone } from "../../src/engine/time-ahead.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { addArticle, PROJECT_ROOT } from "../knowledge/tmp-kb.js";

test.each([
  ["Keller said the mayor would open the bridge in June.", "2026-04-20", ["would open the bridge in June"]],
  [
    "Keller said the mayor would open the bridge on 3 June 2026.",
    "2026-04-20",
    ["would open the bridge on 3 June 2026"],
  ],
  ["The group is to appeal next month, Hale said.", "2026-04-20", ["is to appeal next month, Hale said"]],
  ["Hale said the group would appeal.", "2026-04-20", []],
  ["Keller said the council would vote in March.", "2026-04-20", []],
  ["The council will vote in January 2027.", "2026-04-20", ["will vote in January 2027"]],
  ["The council voted in June.", "2026-04-20", []],
  ["The council would vote in June.", null, []],
  // A plan others reported, which the sentence denies: the denial answers a question about it.
  ["Keller dismissed reports that the mayor would open the bridge in June.", "2026-04-20", []],
])("aheadClauses(%j, reported %j) → %j", (text, reported, expected) => {
  expect(aheadClauses(text, reported)).toEqual(expected);
});

test.each([
  ["What did the mayor say at the bridge opening?", true],
  ["where was the bridge opened?", true],
  ["who attended the opening, and what did Keller say?", true],
  ["When will the mayor open the bridge?", false],
  ["What would the bridge cost?", false],
  ["Did the mayor open the bridge?", false],
  ["What is the council planning?", false],
  ["what did they say about the planned opening?", false],
])("asksAsDone(%j) → %s", (ask, expected) => {
  expect(asksAsDone(ask)).toBe(expected);
});

describe("an event the latest report tells as still to come", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kb-ahead-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.join(PROJECT_ROOT, "tests", "fixtures", "other-story"), dir, { recursive: true });
  const LATER = "bridge-opening-planned";
  const QUOTE = "Keller said the mayor would open the bridge at a ceremony on the quay in June.";
  addArticle(dir, {
    id: LATER,
    title: "Bridge to open in June",
    published: "2026-04-20",
    text: `Bridge to open in June\nHARBOURTOWN, April 20, 2026 — ${QUOTE}\n`,
    facts: [
      {
        id: "bridge-opening-june",
        statement: "Maria Keller said the mayor would open the bridge at a ceremony on the quay in June.",
        quotes: [QUOTE],
        entities: ["maria-keller"],
        topics: ["vote"],
        questions: ["When will the bridge open?", "Where will the opening ceremony be?"],
        kinds: ["when", "where"],
      },
    ],
  });
  const engine = createEngine(loadKnowledgeBase(dir));

  test("a question that takes it as done is not answered, and the reply says it was still to come", () => {
    const answer = engine.ask("What did the mayor say at the opening ceremony on the quay?");
    expect(answer.status).toBe("no_answer");
    expect(answer.parts.map((p) => p.text).join(" ")).toMatch(
      /^As of 20 April 2026, the sources tell that as still to come: Maria Keller said the mayor would open/,
    );
  });

  test("a question about the plan itself is answered from it", () => {
    const answer = engine.ask("Where will the bridge opening ceremony be held?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toEqual(["bridge-opening-june"]);
  });
});
