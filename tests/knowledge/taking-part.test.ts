// Where a text names a party as taking part in what it tells (kb:try's "where did A and B meet?"): the sixth
// curator trial's Amman statement named Israel only to say it was not there, and kb:try passed it.
import { expect, test } from "vitest";
import { namesTakingPart, takingPartClauses } from "../../src/knowledge/taking-part.js";

const ISRAEL = ["Israel", "Israeli", "Israelis"];
const OUTLETS = ["Israel's Channel 12", "Channel 12", "Israel National News"];

test.each<[string, string, boolean]>([
  ["a party met", "Syria and Israel met in Paris on 19 August 2025.", true],
  ["an adjective of the party", "Syria's foreign minister met an Israeli delegation in Paris.", true],
  ["a party after a joined clause", "The talks lasted hours, and Israel's minister led its side.", true],
  [
    "named only as absent",
    "On 12 August 2025 Syria's foreign minister met Jordan's in Amman; Israel was not at that meeting.",
    false,
  ],
  ["named with a contracted denial", "Israel wasn't in Amman for the meeting.", false],
  ["named after 'without'", "Syria met Jordan in Amman without Israel.", false],
  [
    "named only in another event's time",
    "A week before the Paris meeting with Israel, on 12 August 2025, Syria met Jordan in Amman.",
    false,
  ],
  ["named only in a following-phrase", "Syria met Jordan in Amman, following talks with Israel.", false],
  ["named only in an outlet's name", "Syria met Jordan in Amman, Israel's Channel 12 reported.", false],
  ["named by an outlet and as a party", "Syria met Israel in Paris, Israel National News said.", true],
  ["not named at all", "Syria met Jordan in Amman.", false],
  [
    "named as absent after an aside",
    "Syria met Jordan in Amman; Israel, however, was not at that meeting.",
    false,
  ],
  [
    "named only in an outlet's name, curly apostrophe",
    "Syria met Jordan in Amman, Israel’s Channel 12 reported.",
    false,
  ],
  ["named as absent", "Syria met Jordan in Amman, with Israel absent.", false],
  ["named as staying away", "Syria met Jordan in Amman; Israel stayed away.", false],
  ["named as boycotting", "Israel boycotted the meeting in Amman.", false],
  ["named as excluded", "Syria met every neighbour in Amman except Israel.", false],
])("namesTakingPart: %s", (_case, text, expected) => {
  expect(namesTakingPart(text, ISRAEL, OUTLETS)).toBe(expected);
});

test("takingPartClauses keeps the clauses that deny nothing, each with another event's time phrase cut to the next comma", () => {
  expect(
    takingPartClauses(
      "A week before the Paris meeting, Syria met Jordan in Amman; Israel was not at that meeting.",
    ),
  ).toEqual(["A week , Syria met Jordan in Amman"]);
});
