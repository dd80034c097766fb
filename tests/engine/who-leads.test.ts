// "Who HEADS Israel's foreign ministry?": who leads something is told by a fact that answers who-questions, not
// by one that only names the body ("neither Israel's Foreign Ministry nor Syrian government representatives
// have commented"); a fact that tells someone leading still answers.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import type { Engine } from "../../src/engine/types.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";
import { textOf } from "./parts.js";

/** The who-asks an engine must refuse, and those it must answer with a name said. */
function whoLeads(
  engine: Engine,
  refused: readonly string[],
  answered: readonly (readonly [string, string])[],
) {
  test.each(refused)("refuses %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });
  test.each(answered)("answers %s", (question, said) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(textOf(answer)).toContain(said);
  });
}

describe("who leads a body, on the shipped base", () => {
  whoLeads(
    createEngine(loadKnowledgeBase()),
    [
      "who heads israel's foreign ministry?",
      "who leads israel's foreign ministry?",
      "who is in charge of israel's foreign ministry?",
      "who runs israel's foreign ministry?",
      "who is running the syrian foreign ministry these days?",
    ],
    [
      ["who leads syria's side in the talks?", "Dalati"],
      ["who heads syria's delegation?", "Dalati"],
      ["who represents israel in the talks?", "not been named"],
      ["who governs quneitra?", "Dalati"],
      ["who is running syria's side?", "Dalati"],
      ["who rules syria now?", "al-Sharaa"],
    ],
  );
});

// "Who is in charge of the military HOTLINE?": a thing no fact on a side's lead speaks of is led by someone
// only a fact telling that thing and someone leading it names; not the facts on the sides' leads, nor one that
// tells the thing with no one at its head (ask-parts.ts `ledThingOf`, support-check.ts).
describe("who leads a thing, on the drafted follow-up base", () => {
  whoLeads(
    followupEngine("drafted"),
    [
      "who is in charge of the military hotline?",
      "who is in charge of the hotline now?",
      "who runs the military hotline on the syrian end?",
      "who operates the hotline these days?",
      "who manages the direct hotline between the two militaries?",
    ],
    [
      ["who headed israel's team in august?", "Dermer"],
      ["who leads the syrian delegation now?", "al-Shaibani"],
      ["who is in charge of the talks now?", "Dermer"],
    ],
  );
});

// "Who led ISRAEL's side at the Baku meeting?" of "Israeli media reported that al-Shaibani took part in the Baku
// meeting together with al-Dalati, who had steered Syria's earlier contacts": every person it names is Syria's,
// so it names no one for Israel (support-check.ts `namesOnlyOtherSidesPeople`).
describe("who led one side, of a fact naming only the other side's people, on the reviewed follow-up base", () => {
  whoLeads(
    followupEngine("reviewed"),
    ["who led israel's side at the baku meeting?", "who represented israel at the sideline meeting in baku?"],
    [["who led syria's side at the baku meeting?", "al-Shaibani"]],
  );
});

// "Which Israeli MINISTERS were at the Baku meeting?" of "Some reports had expected THURSDAY'S (24 July 2025)
// meeting to be held in Baku as well": a day's name in the possessive is no person's name (support-check.ts
// `nameWordsIn`), so the fact names no one asked for.
describe("which people of a side, of a fact naming only a day, on the drafted follow-up base", () => {
  whoLeads(
    followupEngine("drafted"),
    ["which israeli ministers were at the baku meeting?", "which israeli envoy was in baku?"],
    [],
  );
});
