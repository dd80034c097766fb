// The post an ask puts before the name of the party whose word it wants: "what did TRADE MINISTER Jan Novak
// say?" claims Novak is the trade minister, which the premise corrector may correct.
import { expect, test } from "vitest";
import { titledNameClaim } from "../../src/engine/titled-name.js";

const people = new Set(["jan", "novak", "president", "rashid", "al-rashid"]);
const ofPerson = (word: string) => people.has(word.toLowerCase());
// "president" is a word of someone's post in the base, no name: only the names are names only.
const onlyName = (word: string) => ofPerson(word) && word.toLowerCase() !== "president";

test.each([
  [
    "what did chilean trade minister jan novak say after the talks?",
    "jan novak is the chilean trade minister",
  ],
  ["what did the trade minister novak say about the vote?", "novak is the trade minister"],
  ["what does interior minister al-rashid think of the plan?", "al-rashid is the interior minister"],
  ["what did the french president say to the mayor?", undefined], // "president" names no one here
  ["what did jan novak say about the vote?", undefined], // a name with no post before it
  ["what did the union say about the vote?", undefined], // no person
  ["who is jan novak?", undefined], // no one's word asked
])("%s → %s", (ask, claim) => {
  expect(titledNameClaim(ask, { ofPerson, onlyName })?.text).toBe(claim);
});
