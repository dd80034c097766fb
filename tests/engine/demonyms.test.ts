import nlp from "compromise";
import { describe, expect, test } from "vitest";
import { DEMONYMS } from "../../src/engine/demonyms.js";
import { createEngine } from "../../src/engine/engine.js";
import { isCountryName } from "../../src/engine/english.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { readSource } from "../support/source-files.js";

/** Left out on purpose (demonyms.ts says why): peoples of no country. */
const NO_COUNTRY = new Set(["african", "asian", "european", "californian", "texan", "hindi"]);

describe("the demonyms", () => {
  test("are compromise's single-word demonyms, less those of no country and the shipped story's own", () => {
    const entities = (
      JSON.parse(readSource("src/knowledge/entities.json")) as {
        entities: Array<{ name: string; aliases: string[] }>;
      }
    ).entities;
    const story = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
    const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
    const demonyms = Object.entries(model.one.lexicon)
      .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes("Demonym"))
      .map(([word]) => word);
    // The lexicon holds plurals too ("afghans"), once compromise has been read with kb:add's plugins:
    // isCountryName reads a plural's "s" off itself ("swiss" is no plural: "swis" is no demonym).
    const plural = (word: string) =>
      [/s$/, /es$/].some((end) => end.test(word) && demonyms.includes(word.replace(end, ""))) ||
      (word.endsWith("ies") && demonyms.includes(word.replace(/ies$/, "y"))) ||
      (word.endsWith("men") && demonyms.includes(word.replace(/men$/, "man")));
    const plurals = new Set(demonyms.filter(plural));
    const derived = demonyms
      .filter(
        (word) => /^[a-z]+$/.test(word) && !plurals.has(word) && !NO_COUNTRY.has(word) && !story.has(word),
      )
      .sort();
    expect([...DEMONYMS].sort()).toEqual(derived);
  });

  test.each([
    ["french", true],
    ["dutch", true],
    ["swiss", true],
    ["danes", true],
    ["texan", false],
    ["diplomat", false],
  ])("%s names a country's people: %s", (word, expected) => {
    expect(isCountryName(word)).toBe(expected);
  });

  // A people the base does not name is another party: "which FRENCH diplomats attended?" is not answered by
  // who represented Israel.
  const engine = createEngine(loadKnowledgeBase());
  test.each(["which french diplomats attended the sessions?", "did dutch officials attend the meetings?"])(
    "refuses %s",
    (question) => {
      expect(engine.ask(question).status).toBe("no_answer");
    },
  );
});
