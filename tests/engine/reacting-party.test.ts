// Who an ask wants the reaction of: the words that name the party, or none when it asks for no one's.
import { describe, expect, test } from "vitest";
import { asksWhatPartySaid, reactingPartyOf } from "../../src/engine/reacting-party.js";
import { followupEngine } from "./followup-engine.js";

test.each([
  ["how did the US react to the talks?", "the US"],
  ["how has syria responded?", "syria"],
  ["how would the eu respond to a deal?", "the eu"],
  ["what was the kremlin's reaction to the meetings?", "what was the kremlin"],
  ["what was Jordan's official response?", "what was Jordan"],
  ["what was the response of the arab league?", "the arab league"],
  ["what was the reaction to the talks?", null], // no one's in particular
  ["did israel respond with strikes?", null], // a claim, not how a party reacted
  ["what did the arab league say about the talks?", "the arab league"],
  ["what does the kremlin think of the meetings?", "the kremlin"],
  // who promised is asked as who reacted is
  ["what did the council promise the residents?", "the council"],
  ["did the mayor pledge to reopen the mill?", "the mayor"],
  ["what assurances has the union given?", "the union"],
  ["what was the union's pledge?", "what was the union"],
  ["what has Jordan publicly said about it?", "Jordan"],
  ["what does the article say about the border?", null], // what the sources say, no party's word
  ["what did they say about the border?", null],
  // a party's word asked with nothing after "say", or with whom or when it was said
  ["what did the miller's family say when they got his letters back?", "the miller's family"],
  ["what did the french president say to the mayor?", "the french president"],
  ["what did the union say?", "the union"],
  // "what exactly did X say", and what X said they would do
  ["what exactly did the mayor say to the council?", "the mayor"],
  ["what did the council say it would never allow?", "the council"],
  ["what did the report say?", null],
  ["what did the mayor say to win votes?", "the mayor"],
  // whether a party said anything at all: its own word, not what others reported on it
  ["did the union say anything about the vote?", "the union"],
  ["has chile said a peep publicly about the march meeting?", "chile"],
  ["has the mayor officially commented on the plan?", "the mayor"],
  ["did the council issue any official statement?", "the council"],
  ["does the article say anything about the border?", null],
  ["did they say anything about it?", null],
])("%s → %s", (ask, party) => {
  expect(reactingPartyOf(ask)).toBe(party);
});

test.each([
  ["did the union say anything about the vote?", true],
  ["has chile said anything officially about the latest session?", true],
  ["did peru comment on the talks?", true],
  // what a party said about something: its own word too
  ["what did the union say about the vote?", true],
  ["what does the deposed mayor think of the talks?", true],
  ["what did the miller's family say when they got his letters back?", true],
  ["what does the article say about the border?", false], // the sources' word, no party's
  ["what did they say about the border?", false],
  ["does the report say anything about the border?", false],
  ["does the agreement say anything about the border?", false], // a document, not a party
  ["did the deal say anything about the river?", false],
  ["did the union sign anything?", false],
])("asksWhatPartySaid(%s) → %s", (ask, said) => {
  expect(asksWhatPartySaid(ask)).toBe(said);
});

// "What did the FRENCH government say?" of a base that says only "the French capital": a country or its people
// is a party whose reaction a fact must tell, though the base names no entity for it (ask-parts.ts `reactorsOf`).
describe("a country's reaction, on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test.each([
    "what did the french government say about the talks in paris?",
    "what did the french say about the august meeting?",
  ])("refuses %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  test.each(["what did jordan agree in amman?", "what did the us say about the paris talks?"])(
    "answers %s",
    (question) => {
      expect(engine.ask(question).status).toBe("answered");
    },
  );
});
