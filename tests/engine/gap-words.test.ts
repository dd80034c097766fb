// What a refusal says the sources lack: only words no fact of the base holds. An ask whose word the nearest
// fact lacks but another fact has ("who fought at the harbour?" nearest to the brawl at the harbour, while
// another fact says "fought" of a feud) is not told the sources say nothing about it: they do, and the
// reply says only that they do not answer the ask.
import { describe, expect, test } from "vitest";
import { attributesAsked, explainGap } from "../../src/engine/ask-result.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import type { Fact } from "../../src/knowledge/types.js";
import { PROJECT_ROOT } from "../knowledge/tmp-kb.js";
import { textOf } from "./parts.js";

const NEAREST = { statement: "The towns fought a long feud." } as Fact;
const HELD = new Set(["harbour", "march"]);

describe("explainGap", () => {
  test.each([
    [
      ["ferry"],
      "The sources don't say anything about “ferry” here. What they do say: The towns fought a long feud.",
    ],
    [["harbour"], "The sources don't answer that. What they do say: The towns fought a long feud."],
    [
      ["harbour", "ferry"],
      "The sources don't say anything about “ferry” here. What they do say: The towns fought a long feud.",
    ],
    [
      ["harbour", "(date)"],
      "The sources don't say when here. What they do say: The towns fought a long feud.",
    ],
    [["(count)"], "The sources don't say the number here. What they do say: The towns fought a long feud."],
  ])("names of %j only what the base lacks", (missing, said) => {
    expect(explainGap(missing, NEAREST, (word) => HELD.has(word))).toBe(said);
  });
});

/** A made-up fact of the small base, shaped as its loaded facts are. */
function quay(template: Fact, id: string, statement: string, kinds: Fact["kinds"]): Fact {
  const { timeline: _undated, ...rest } = template;
  const quote = { ...(template.quotes[0] as Fact["quotes"][number]), text: statement };
  return { ...rest, id, statement, quotes: [quote], entities: [], questions: [statement], kinds };
}

describe("a refusal on a small base names no word another fact holds", () => {
  const kb = loadKnowledgeBase(`${PROJECT_ROOT}/tests/fixtures/other-story`);
  const [template] = kb.facts as [Fact];
  kb.facts.push(
    quay(
      template,
      "old-feud",
      "The two towns fought a long feud over fishing rights before the bridge plan.",
      ["what"],
    ),
    quay(template, "quay-fight", "A brawl broke out at the harbour on 5 March 2026.", ["what", "when"]),
  );
  const engine = createEngine(kb);

  test("“fought”, which the nearest fact lacks and another holds, is not said to be missing", () => {
    const answer = engine.ask("who fought at the harbour?");
    expect(answer.status).toBe("no_answer");
    expect(textOf(answer)).toContain("The sources don't answer that. What they do say: A brawl broke out");
    expect(textOf(answer)).not.toContain("anything about");
  });

  test("a word no fact holds is still named", () => {
    const answer = engine.ask("who fought over the lighthouse?");
    expect(answer.status).toBe("no_answer");
    expect(textOf(answer)).toContain("“lighthouse”");
  });
});

test.each([
  [["(date)", "(start)"], "when"], // "when it began" beside "when" says it twice
  [["(start)"], "when it began"],
  [["(date)", "(count)"], "when or the number"],
])("attributesAsked(%j) → %s", (missing, words) => {
  expect(attributesAsked(missing)).toBe(words);
});
