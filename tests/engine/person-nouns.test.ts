// A word the base never uses that names a kind of person, at the head of a "which" ask, says the ask wants a
// person (person-nouns.ts); elsewhere, or when the post is all the ask names, it stays a word the base lacks.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { words } from "../../src/engine/normalise.js";
import { isAskedHead, namesPerson } from "../../src/engine/person-nouns.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";

describe("isAskedHead: the word a “which” ask names the kind of what it wants with", () => {
  test.each([
    ["which spymaster went to paris", "spymaster", true],
    ["which syrian spymaster went to paris", "spymaster", true],
    ["which syrian intelligence spymaster went", "spymaster", true],
    // the post is all the ask names
    ["which spymaster is syrian", "spymaster", false],
    ["which cleric was there", "cleric", false],
    ["who played middleman at the talks", "middleman", true],
    ["who played the middleman at the talks", "middleman", true],
    ["who acted as middleman", "middleman", true],
    // no "which" before it, or too far
    ["did the cleric welcome the talks", "cleric", false],
    ["who is the cleric heading the community", "cleric", false],
    ["which of the many local syrian clerics spoke", "clerics", false],
  ])("%s: %s → %s", (question, word, expected) => {
    const folded = words(question);
    expect(isAskedHead(folded, folded.indexOf(word))).toBe(expected);
  });
});

describe("the shipped extract (wordnet/person-nouns.txt)", () => {
  test.each([
    ["spymaster", true],
    ["cleric", true],
    ["middleman", true],
    ["commander-in-chief", true],
    // another sense that is no person (a knob, a screen), a verb too, or a name
    ["boss", false],
    ["monitor", false],
    ["guide", false],
    ["leonard", false],
    ["venue", false],
    // a plural is not read as its singular ("which prisoners got swapped" asks about a swap)
    ["spymasters", false],
    ["prisoners", false],
  ])("%s → %s", (word, expected) => {
    expect(namesPerson(word)).toBe(expected);
  });
});

describe("in the engine", () => {
  const shipped = createEngine(loadKnowledgeBase());
  const asked = (question: string) => shipped.analyse(question).terms.map((t) => t.term);

  test("“which SPYMASTER …” is asked as a person; “did the SPYMASTER …” and “which SPYMASTER is …” are not", () => {
    expect(asked("which syrian spymaster met the israelis?")).toContain("@who");
    expect(asked("which syrian spymaster met the israelis?")).not.toContain("spymast");
    expect(asked("did the syrian spymaster meet the israelis?")).not.toContain("@who");
    expect(asked("which spymaster is syrian?")).not.toContain("@who");
  });

  test("a follow-up base drafted by kb:add names the spymaster who went with the foreign minister", () => {
    const answer = followupEngine("drafted").ask(
      "which syrian spymaster joined the foreign minister in paris in august?",
    );
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((p) => p.text).join(" ")).toContain("Salameh");
  });
});
