// What a member reading a statement alone cannot place, which the third curator trial found only by reading
// every draft: a definite noun nothing in the statement names ("sent troops into the zone"), "the two
// countries" of a statement naming fewer, a month that may be last year's ("overthrown in December").
import { expect, test } from "vitest";
import { vagueDefinites, yearlessMonth } from "../../src/knowledge/review-sheet.js";
import type { Entity } from "../../src/knowledge/schema.js";
import { locativeThere, unplacedTitles, vagueTwo, yearlessDays } from "../../src/knowledge/vague-wording.js";

const COUNTRIES = ["Norway", "Chile", "United States", "US"];

test.each<[string, string[]]>([
  ["Troops moved into the zone after the government fell.", ["the zone"]],
  ["The ministry said the two countries would sign the agreement.", ["the two countries", "the agreement"]],
  // A US-sponsored deal names no party to it.
  ["Norway said the two countries would sign a US-sponsored deal.", ["the two countries"]],
  ["Norway and Chile said the two countries would sign.", []],
  // Named once with what it is, then "the zone": placed.
  ["A buffer zone was set up; troops later entered the zone.", []],
  ["The 1991 fisheries agreement set quotas.", []],
  ["Officials met in Oslo.", []],
  ["One official said the channel would help.", ["the channel"]],
])("vagueDefinites(%j)", (statement, vague) => {
  expect(vagueDefinites(statement, COUNTRIES)).toEqual(vague);
});

test.each<[string, string, string | null]>([
  ["The government was overthrown in December.", "2025-08-25", "December"],
  ["Contacts have run since December.", "2025-07-25", "December"],
  ["The ceasefire has held since mid-December.", "2025-08-25", "December"],
  // The month after the article's is this year's; a month with its year or day is placed.
  ["He will speak in late September.", "2025-08-25", null],
  ["The government was overthrown in December 2024.", "2025-08-25", null],
  ["The government was overthrown in December (8 December 2024).", "2025-08-25", null],
  ["They met on 19 August.", "2025-08-25", null],
  ["The government fell in December.", "2026-01-10", null],
])("yearlessMonth(%j, %s)", (statement, day, month) => {
  expect(yearlessMonth(statement, day)).toBe(month);
});

// The fourth curator trial's one-liners that no check named: a day and month with no year, "there" with no
// place, "the two ministers" naming none, a title with no country before a name.
test.each<[string, string[]]>([
  ["A truce took effect on Saturday, 19 July.", ["19 July"]],
  ["They met on July 12 and again on 19 July.", ["July 12", "19 July"]],
  ["A truce took effect on 19 July 2025.", []],
  ["It began on Thursday (24 July 2025), on 24 July.", ["24 July"]],
  ["A truce took effect on 19 July (19 July 2025).", []],
  ["Some 1,200 people fled in July.", []],
])("yearlessDays(%j)", (statement, days) => {
  expect(yearlessDays(statement)).toEqual(days);
});

test.each<[string, boolean]>([
  ["Fighting broke out there on 13 July.", true],
  ["Officials flew to Oslo and stayed there for two days.", false],
  ["There were no talks in June.", false],
  ["Officials said there is no agreement.", false],
  ["Fighting broke out there (in Oslo) on 13 July.", false], // kb:add wrote the place in
])("locativeThere(%j)", (statement, vague) => {
  expect(locativeThere(statement, ["Oslo"])).toBe(vague);
});

test.each<[string, string[], string[]]>([
  ["An outlet identified the two ministers.", [], ["the two ministers"]],
  ["Ana Ruiz and Olav Berg, the two ministers, met.", ["Ana Ruiz", "Olav Berg"], []],
  ["The two countries met.", [], []],
])("vagueTwo(%j)", (statement, people, vague) => {
  expect(vagueTwo(statement, people)).toEqual(vague);
});

const person = (name: string, aliases: string[] = []): Entity => ({
  id: name.toLowerCase().replace(/ /g, "-"),
  name,
  kind: "person",
  aliases,
  description: "a person",
});
const NORWAY: Entity = {
  id: "norway",
  name: "Norway",
  kind: "country",
  aliases: ["Norwegian"],
  description: "a country",
};

test.each<[string, string[]]>([
  ["Prime Minister Olav Berg has demanded a vote.", ["Prime Minister Olav Berg"]],
  ["Talks began while interim President Olav Berg was abroad.", ["President Olav Berg"]],
  ["Norwegian Prime Minister Olav Berg has demanded a vote.", []],
  ["Norway's Prime Minister Olav Berg has demanded a vote.", []],
  ["Olav Berg has demanded a vote.", []],
  ["Sheikh Olav Berg, spiritual leader of Norway's Sami, spoke.", []],
  // A first name is no title before the surname the person is also called by.
  ["Tom Lund spoke; Lund left.", []],
])("unplacedTitles(%j)", (statement, titles) => {
  expect(
    unplacedTitles(statement, [person("Olav Berg", ["Berg"]), person("Tom Lund", ["Lund"])], [NORWAY]),
  ).toEqual(titles);
});
