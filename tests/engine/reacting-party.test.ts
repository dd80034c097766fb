// Who an ask wants the reaction of: the words that name the party, or none when it asks for no one's.
import { expect, test } from "vitest";
import { reactingPartyOf } from "../../src/engine/reacting-party.js";

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
  ["what did the report say?", null],
  ["what did the mayor say to win votes?", "the mayor"],
])("%s → %s", (ask, party) => {
  expect(reactingPartyOf(ask)).toBe(party);
});
