// Countries kb:add finds in an article and the demonyms it gives them as aliases: data from countries-list,
// CLDR, compromise's lexicon and the Hunspell word list, never a list of ours.
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { capitalOf, countriesIn, demonymsOf } from "../../src/knowledge/draft/countries.js";
import { copyKnowledgeBase, PROJECT_ROOT, readJsonFile, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

test.each<[string, string[]]>([
  ["Jordan", ["Jordanian", "Jordanians"]],
  ["Turkey", ["Turkish", "Turk", "Turks"]],
  ["Azerbaijan", ["Azerbaijani", "Azerbaijanis"]],
  ["Egypt", ["Egyptian", "Egyptians"]],
  // The stem alone only beside its "-ish": no "Chin" of China, no "Russ" of Russia.
  ["China", ["Chinese"]],
  ["Russia", ["Russian", "Russians"]],
  // A name of several words, or one whose people the word list does not name, has none.
  ["United States", []],
  ["France", []],
])("demonymsOf(%j) → %j", (country, demonyms) => {
  expect(demonymsOf(country)).toEqual(demonyms);
});

test.each<[string, string[]]>([
  ["al-Shaibani met Jordan's foreign minister in Amman.", ["Jordan"]],
  // compromise's lexicon keeps the name the ISO data replaced (Türkiye).
  ["talks brokered by Turkey and held in Azerbaijan", ["Turkey", "Azerbaijan"]],
  ["Syria, Jordan and the United States would set up a group", ["Syria", "Jordan", "United States"]],
  // Lower case is a word, not a name: the turkey on the table is no country.
  ["they ate turkey in jordan", []],
  ["Bosnia and Herzegovina voted", ["Bosnia and Herzegovina"]],
])("countriesIn(%j) → %j", (text, countries) => {
  expect(countriesIn(text)).toEqual(countries);
});

test.each<[string, string | null]>([
  ["Syria", "Damascus"],
  ["Jordan", "Amman"],
  ["Türkiye", "Ankara"],
  ["United States", "Washington D.C."],
  ["Atlantis", null],
])("capitalOf(%j) → %j", (country, capital) => {
  expect(capitalOf(country)).toBe(capital);
});

describe("kb:add on the July article: the capital", () => {
  const dir = copyKnowledgeBase();
  const result = addArticle([
    "--kb",
    dir,
    path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt"),
  ]);
  const facts = (
    readJsonFile(dir, `articles/${result.id}/facts.json`) as unknown as {
      facts: Array<{ statement: string; quotes: string[]; entities: string[] }>;
    }
  ).facts;

  test("'in the capital' is the capital of the country named, and the clause before that named it is quoted", () => {
    const casualties = facts.find((f) => f.quotes[0]?.startsWith("Syria's health ministry reported"));
    expect(casualties?.statement).toBe(
      "Syria's health ministry reported at least three dead and 34 injured in the capital (Damascus).",
    );
    expect(casualties?.entities).toEqual(["syria", "damascus"]);
    // Only the clause that names Damascus: the strike on the troops near Suwayda is another claim.
    expect(casualties?.quotes[1]).toMatch(/^on Wednesday of last week it hit Damascus itself/);
    expect(casualties?.quotes[1]).not.toContain("Suwayda");
  });
});

describe("kb:add on the August article: countries", () => {
  const dir = copyKnowledgeBase();
  const result = addArticle([
    "--kb",
    dir,
    path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt"),
  ]);
  const entities = (
    readJsonFile(dir, "entities.json") as unknown as {
      entities: Array<{ id: string; kind: string; aliases: string[] }>;
    }
  ).entities;

  test("a country compromise reads as a given name is a country with its demonyms, and facts name it", () => {
    expect(entities.find((e) => e.id === "jordan")).toMatchObject({
      kind: "country",
      aliases: ["Jordanian", "Jordanians"],
    });
    expect(entities.find((e) => e.id === "azerbaijan")?.kind).toBe("country");
    // The base's own countries keep their aliases as curated.
    const syria = entities.find((e) => e.id === "syria");
    expect(syria?.aliases).toEqual(["Syrian", "Syrians", "Syrian Arab Republic", "Syrian side"]);
    const facts = (
      readJsonFile(dir, `articles/${result.id}/facts.json`) as unknown as {
        facts: Array<{ quotes: string[]; entities: string[] }>;
      }
    ).facts;
    const amman = facts.find((f) => f.quotes[0]?.startsWith("A week before the Paris meeting"));
    expect(amman?.entities).toContain("jordan");
  });
});
