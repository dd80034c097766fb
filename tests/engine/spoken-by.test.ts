// Who a statement has speak: the words before each verb of saying, in that verb's own clause.
import { expect, test } from "vitest";
import { speakersOf } from "../../src/engine/spoken-by.js";

test.each([
  ["Chile made no comment on the meeting.", ["Chile made no "]],
  ["Chile stayed silent on the meeting.", ["Chile stayed "]],
  [
    "Peru's official news agency publicly acknowledged talks between the Peruvian government and Chile.",
    ["Peru's official news agency publicly "],
  ],
  // another party reports on Chile: the speaker is the channel, in its own clause
  ["Chile's side was led by its trade minister, Channel 9 reported, with an envoy present.", [" Channel 9 "]],
  ["The mayor said that the council had voted, and the union denied it.", ["The mayor ", " and the union "]],
  // the subject stands before an aside and an adverb
  [
    "Peru's news agency has, for the first time, publicly acknowledged the talks.",
    ["Peru's news agency has, publicly "],
  ],
  // describing and calling something is saying it
  ["Channel 9 described it as the most senior contact in years.", ["Channel 9 "]],
  ["The meeting was the first in years, which Channel 9 called a breakthrough.", [" which Channel 9 "]],
  ["The council voted to close the mill.", []],
  // calling off, so-called, phone calls and naming say nothing
  ["The union called off the strike.", []],
  ["The so-called peace plan stalled.", []],
  ["A group called Northwind met the mayor.", []],
  ["The envoys held phone calls on Tuesday.", []],
  ["A group called Northwind met the mayor, and Channel 9 reported it.", [" and Channel 9 "]],
])("%s → %j", (statement, speakers) => {
  expect(speakersOf(statement)).toEqual(speakers);
});
