// "based on" names what a report rests on, not where someone is based; "in the end" means finally.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { withoutBasedOn, withoutInTheEnd } from "../../src/engine/phrase-reader.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const words = (text: string) => text.split(" ");

describe("withoutBasedOn", () => {
  test.each([
    ["reported it based on five sources", "reported it on five sources"],
    ["based its story on two sources", "its story on two sources"],
    ["which reporting is it based upon", "which reporting is it upon"],
    // the place sense stays
    ["is he based in oslo", "is he based in oslo"],
    ["based at the base on monday", "based at the base on monday"],
    // an "on" too far away is another phrase's
    ["based there since then and later on", "based there since then and later on"],
  ])("%s → %s", (text, expected) => {
    expect(withoutBasedOn(words(text), " | other text | ").join(" ")).toBe(expected);
  });

  test("kept where the base writes 'based on' itself", () => {
    expect(withoutBasedOn(words("based on five sources"), " | a deal based on the treaty | ")).toEqual(
      words("based on five sources"),
    );
  });
});

describe("withoutInTheEnd", () => {
  test.each([
    ["who took him down in the end", "who took him down in the"],
    // the end of something is asked about
    ["what happened in the end of the war", "what happened in the end of the war"],
    ["when is the end", "when is the end"],
  ])("%s → %s", (text, expected) => {
    expect(withoutInTheEnd(words(text), " | other text | ").join(" ")).toBe(expected);
  });

  test("kept where the base writes 'in the end' itself", () => {
    expect(withoutInTheEnd(words("who won in the end"), " | in the end they won | ")).toEqual(
      words("who won in the end"),
    );
  });
});

describe("a report's grounds on the real base", () => {
  const engine = createEngine(loadKnowledgeBase());
  test.each([
    "what is the reuters report based on?",
    "reuters based its story on just two sources didn't it",
  ])("%s is answered with the sourcing fact", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("source-reuters-five-sources");
  });
});
