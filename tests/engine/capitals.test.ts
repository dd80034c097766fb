// A side's capital named as its government ("what has Damascus offered?") is read as that side.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { actsAsGovernment, namesGovernment } from "../../src/engine/capital-governments.js";
import {
  capitalNamesOfSides,
  capitalOfCountry,
  isCapitalWord,
  sideCapitals,
} from "../../src/engine/capitals.js";
import { createEngine } from "../../src/engine/engine.js";
import { Analyzer } from "../../src/engine/normalise.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";

describe("sideCapitals", () => {
  const analyzer = new Analyzer({ phrases: {}, synonyms: [], stopwords: ["of"], generic: [] });
  const termsOf = (text: string) => analyzer.terms(text);
  const sides = new Map([
    ...termsOf("Syria").map((t) => [t, "syria"] as const),
    ...termsOf("Israel").map((t) => [t, "israel"] as const),
  ]);

  test("the capitals of the sides' countries, from the package's data, and no other country's", () => {
    const capitals = sideCapitals(termsOf, sides);
    expect(capitals.get(termsOf("Damascus")[0] as string)).toBe("syria");
    expect(capitals.get(termsOf("Jerusalem")[0] as string)).toBe("israel");
    expect(capitals.has(termsOf("Beirut")[0] as string)).toBe(false);
    expect(capitals.size).toBe(2);
  });

  test("a capital whose term already names its side is left out", () => {
    const withCapital = new Map([...sides, [termsOf("Damascus")[0] as string, "syria" as const]]);
    expect(sideCapitals(termsOf, withCapital).has(termsOf("Damascus")[0] as string)).toBe(false);
  });
});

describe("capitalNamesOfSides", () => {
  const analyzer = new Analyzer({ phrases: {}, synonyms: [["syria", "syrian"]], stopwords: [], generic: [] });
  const termsOf = (text: string) => analyzer.terms(text);
  const sides = new Map([
    ...termsOf("Syria").map((t) => [t, "syria"] as const),
    ...termsOf("Israel").map((t) => [t, "israel"] as const),
    ...termsOf("Washington").map((t) => [t, "united-states"] as const),
  ]);

  test("each term naming a side with its country's capital as written; none for a side whose capital names it", () => {
    const names = capitalNamesOfSides(termsOf, sides);
    expect(names.get(termsOf("Syrian")[0] as string)).toBe("damascus");
    expect(names.get(termsOf("Israel")[0] as string)).toBe("jerusalem");
    expect(names.has(termsOf("Washington")[0] as string)).toBe(false);
  });
});

describe("“the Syrian capital” on the drafted follow-up base (no curator's question writes it)", () => {
  const engine = followupEngine("drafted");

  test.each([
    "which buildings were damaged when israel bombed the syrian capital?",
    "what did israeli jets damage in syria's capital in july?",
  ])("%j is asked as Damascus, and the strike's fact answers", (question) => {
    const asked = engine.analyse(question).terms.map((t) => t.word);
    expect(asked).toContain("damascus");
    expect(asked).not.toContain("capital");
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("it-struck-government-troops-near-suwayda-and");
  });
});

describe("capitalOfCountry", () => {
  test.each([
    ["france", "paris"],
    ["azerbaijan", "baku"],
    ["paris", undefined],
    // a country of several words is left out
    ["united", undefined],
  ])("%s → %s", (word, expected) => {
    expect(capitalOfCountry(word)).toBe(expected);
  });
});

describe("a country the drafted follow-up base never names, placed in, read as its capital the base names", () => {
  const engine = followupEngine("drafted");
  const asked = (question: string) => engine.analyse(question).terms.map((t) => t.word);

  test.each([
    "who mediated the talks in france in july?",
    "before things moved to france, where did they meet?",
  ])("%j is asked as Paris", (question) => {
    expect(asked(question)).toContain("paris");
    expect(asked(question)).not.toContain("france");
  });

  test.each([
    // the country as a party, not a place: the base does not name it
    "did france host the talks?",
    // a country whose capital the base does not name either
    "did they meet in germany?",
  ])("%j keeps the country", (question) => {
    expect(asked(question)).not.toContain("paris");
    expect(asked(question)).not.toContain("berlin");
  });
});

describe("isCapitalWord", () => {
  test.each([
    ["washington", true],
    ["Oslo", true],
    ["america", false],
    ["geneva", false],
  ])("%s → %s", (word, expected) => {
    expect(isCapitalWord(word)).toBe(expected);
  });
});

describe("namesGovernment (the words before and after the capital)", () => {
  test.each([
    // the capital acts, or is acted on as a party: its government
    [undefined, "has", true],
    ["for", undefined, true],
    ["on", "to", true],
    ["push", "to", true],
    ["nudging", "toward", true],
    ["moves", "has", true],
    // a place: after a preposition of place, or the object of a verb
    ["in", undefined, false],
    ["from", "and", false],
    ["to", "to", false],
    ["bomb", undefined, false],
    ["bombed", "in", false],
    ["visit", undefined, false],
  ])("%s _ %s → %s", (before, after, expected) => {
    expect(namesGovernment(before, after)).toBe(expected);
  });
});

describe("actsAsGovernment (the capital acts in its clause)", () => {
  test.each([
    ["has", "made", true],
    ["did", "make", true],
    ["want", "to", true],
    [undefined, "has", true],
    ["for", "and", false],
    ["on", "warming", false],
    ["leaning", undefined, false],
  ])("%s _ %s → %s", (before, after, expected) => {
    expect(actsAsGovernment(before, after)).toBe(expected);
  });
});

describe("namesGovernment after 'in' (the word before it says whose seat the capital is)", () => {
  test.each([
    // a governing body or one person in the capital: its government
    ["regime", true],
    ["government", true],
    ["strongman", true],
    ["diplomat", true],
    // several people, or a thing: a place
    ["diplomats", false],
    ["meetings", false],
    ["embassy", false],
    ["talks", false],
  ])("the %s in _ → %s", (holder, expected) => {
    expect(namesGovernment("in", undefined, holder)).toBe(expected);
  });

  // a word the caller read as governing or leading ("the new RULERS in _", "the LEADERSHIP in _"): its government
  test.each(["rulers", "ruler", "leadership"])("the %s in _, read as governing → true", (holder) => {
    expect(namesGovernment("in", undefined, holder, true)).toBe(true);
  });
});

describe("in the engine, on the base without paraphrases (no fact's keywords name Damascus)", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test("the capital as the government is met by a fact on Syria's side", () => {
    const question = "who is in charge for Damascus at the talks?";
    expect(engine.analyse(question).governments.size).toBe(1);
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("syria-lead-al-dalati");
  });

  test.each([
    ["what goodwill gestures did damascus make?", "syria-goodwill-gestures"],
    ["what olive branches has damascus offered?", "syria-goodwill-gestures"],
    ["what promise has damascus made about not being a threat to anyone?", "syria-no-threat-statement"],
    // those who rule or lead from the capital are its government ("ruler" also names a measuring stick)
    ["what promise did the new rulers in damascus make about being a threat?", "syria-no-threat-statement"],
    [
      "which us president has been encouraging the new rulers in damascus to build ties with israel?",
      "us-encouraging-syria-israel-relations",
    ],
  ])(
    "%j: the capital acting is met by the side's facts in the ranking, not only in the check",
    (question, id) => {
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.factIds[0]).toBe(id);
    },
  );

  // A capital in the possessive that owns a person or an organization is its side, even as a verb's object.
  test.each([
    ["who is heading up damascus's negotiating team?", true],
    ["who sat across from damascus's negotiators?", true],
    // a place or a thing it owns: the city, acted on
    ["did israel bomb damascus's airport?", false],
    ["did they meet in damascus's old city?", false],
  ])("%j: Damascus in the possessive is Syria's government: %s", (question, expected) => {
    expect(engine.analyse(question).governments.size).toBe(expected ? 1 : 0);
  });

  test.each([
    "who is heading up damascus's negotiating team?",
    "who's the guy heading up damascus's delegation?",
  ])(
    "%j names Syria's side, and is answered by who leads it (not by Israel's unnamed participants)",
    (question) => {
      expect([...engine.analyse(question).sides]).toEqual(["syria"]);
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.factIds[0]).toBe("syria-lead-al-dalati");
    },
  );

  test("a fact naming the side only as a place or in a pair does not tell what its capital did", () => {
    // "… reduced tensions in the Israel–Syria corner", "… military operations in Syria": Syria does not act.
    const answer = engine.ask("what olive branches has damascus held out so far?");
    expect(answer.factIds).not.toContain("outlook-path-reduced-tensions");
    expect(answer.factIds).not.toContain("israel-reduced-military-operations");
  });

  test("the capital as a place stays a place the facts must name", () => {
    expect(engine.analyse("did Israel bomb Damascus?").governments.size).toBe(0);
    expect(engine.ask("did Israel bomb Damascus?").status).toBe("no_answer");
    expect(engine.analyse("did they meet in Damascus?").governments.size).toBe(0);
  });
});
