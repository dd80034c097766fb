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
])("%s → %s", (ask, party) => {
  expect(reactingPartyOf(ask)).toBe(party);
});
