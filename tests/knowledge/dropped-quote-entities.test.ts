// An entity only a dropped quote named goes with it; one the fact keeps naming stays. Names are read as whole
// words: "us" is not named by "discuss", nor "Iran" by "Iranian". No example is from the shipped story.
import { expect, test } from "vitest";
import {
  type EntitySpellings,
  entitiesAfterDroppedQuotes,
} from "../../src/knowledge/dropped-quote-entities.js";

const SPELLINGS: Record<string, EntitySpellings> = {
  us: { name: "United States", aliases: ["US"] },
  un: { name: "United Nations", aliases: ["UN"] },
  iran: { name: "Iran" },
};

test.each<[string, string, string[], string[], string[]]>([
  [
    "us",
    "dropped quote names it, nothing kept does",
    ["The US will act, an envoy said."],
    ["Talks went on."],
    [],
  ],
  ["us", "a kept quote names it", ["The US will act."], ["The US envoy spoke."], ["us"]],
  // Part of a longer word names nothing.
  ["us", "'us' in 'discuss'", ["The US will act."], ["They will discuss it."], []],
  ["un", "'un' in 'until'", ["The UN will act."], ["Talks wait until May."], []],
  ["iran", "'iran' in 'Iranian'", ["Iran will act."], ["An Iranian envoy spoke."], []],
  ["iran", "dropped 'Iranian' names no Iran", ["An Iranian envoy spoke."], ["Talks went on."], ["iran"]],
])("%s: %s", (id, _, dropped, kept, left) => {
  expect(entitiesAfterDroppedQuotes([id], dropped, kept, (e) => SPELLINGS[e])).toEqual(left);
});
