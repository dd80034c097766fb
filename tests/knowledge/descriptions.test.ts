// kb:add describes the entities it adds in the article's own words (draft/descriptions.ts), so a curator no
// longer writes each one; an entity the article says nothing about keeps the placeholder for the curator.
import { expect, test } from "vitest";
import { articleDescription, describedFromArticle } from "../../src/knowledge/draft/descriptions.js";
import { placeAppositive } from "../../src/knowledge/draft/place-nouns.js";
import {
  isPlaceholderDescription,
  namedInDescription,
} from "../../src/knowledge/draft/placeholder-descriptions.js";
import type { Entity } from "../../src/knowledge/schema.js";

const words = {
  isVerb: (w: string) => ["held", "met", "said", "warned"].includes(w.toLowerCase()),
  isNoun: () => true,
  isTitle: (w: string) => ["minister", "envoy"].includes(w.toLowerCase()),
};
const entity = (name: string, kind: Entity["kind"], aliases: string[] = []): Entity => ({
  id: name.toLowerCase().replace(/\W+/g, "-"),
  name,
  kind,
  aliases,
  description: namedInDescription(name, "Talks resume", "2024-03-12"),
});
const known = [entity("Chile", "country", ["Chilean"]), entity("United States", "country", ["US"])];

test.each<[string, Entity, string[], string | null]>([
  [
    "a person's appositive",
    entity("Luis Soto", "person"),
    ["Chile's minister for trade affairs, Luis Soto, held talks in Lima."],
    "Chile's minister for trade affairs",
  ],
  [
    "a title before the name that names a country",
    entity("Ann Lee", "person"),
    ["US special envoy Ann Lee was in the room."],
    "US special envoy",
  ],
  // Whose "Prime Minister"? The curator writes it in (kb:review asks on the profile): the placeholder stays.
  [
    "a post with no country",
    entity("Per Dahl", "person"),
    ["A meeting with Prime Minister Per Dahl was ruled out."],
    null,
  ],
  [
    "a post with no country, of one who leads a side: that side's",
    entity("Per Dahl", "person"),
    ["A meeting with Prime Minister Per Dahl was ruled out."],
    "Norway's prime minister",
  ],
  [
    "a person the article gives no post",
    entity("Per Dahl", "person"),
    ["Per Dahl held talks in Lima."],
    null,
  ],
  [
    "a body's appositive",
    entity("NTB", "outlet"),
    ["Norway's official news agency NTB reported the talks."],
    "Norway's official news agency",
  ],
  [
    "a credited outlet's other name on the credit line",
    entity("Kanal 5", "outlet", ["Chilean state TV"]),
    ["Kanal 5 aired it."],
    "Chilean state TV",
  ],
  [
    "a credited outlet the article says nothing more of",
    entity("Daily Post", "outlet"),
    ["The Daily Post said so."],
    "a news outlet",
  ],
  [
    "a place by the noun it goes before",
    entity("Tarapaca", "place"),
    ["Fighting in Tarapaca province went on."],
    "a province",
  ],
  [
    "a place one of two goes before",
    entity("Tarapaca", "place"),
    ["Incursions into Arica and Tarapaca provinces went on."],
    "a province",
  ],
  ["a city the name data knows", entity("Paris", "place"), ["They met in Paris."], "a city"],
  ["a country", entity("Chile", "country"), ["Chile said nothing."], "a country"],
  [
    "a body the article says nothing of",
    entity("Observatory for Rights", "organisation"),
    ["The Observatory for Rights counted 40 dead."],
    null,
  ],
])("%s", (name, subject, sentences, expected) => {
  const leadOf = name.includes("leads a side") ? "Norway" : undefined;
  expect(articleDescription(subject, sentences, words, known, leadOf)).toBe(expected);
});

test("only a placeholder is replaced, and only where the article gives words", () => {
  const curated: Entity = {
    ...entity("Luis Soto", "person"),
    description: "Chile's trade minister since 2023.",
  };
  const silent = entity("Per Dahl", "person");
  const sentences = ["Chile's minister for trade affairs, Luis Soto, held talks.", "Per Dahl held talks."];
  const [kept, placeholder] = describedFromArticle([curated, silent], sentences, words, known);
  expect(kept?.description).toBe("Chile's trade minister since 2023.");
  expect(isPlaceholderDescription(placeholder?.description ?? "")).toBe(true);
});

const tarapaca: Entity = {
  id: "tarapaca",
  name: "Tarapaca",
  kind: "place",
  aliases: ["Tarapacá"],
  description: "Tarapaca, as named in “…”.",
};

test.each<[string, { description: string; phrase: string } | null]>([
  [
    "Fighting hit Tarapaca (also written Tarapacá), a copper-mining province in northern Chile, on Monday.",
    { description: "a copper-mining province in northern Chile", phrase: "copper-mining province" },
  ],
  ["Aid reached Tarapacá, a desert region.", { description: "a desert region", phrase: "desert region" }],
  // An appositive that is no kind of place says nothing of it.
  ["Peru proposed a corridor into Tarapaca, an idea Lima had turned down before.", null],
  ["Troops left Tarapaca province.", null],
])("placeAppositive(%j) → %j", (sentence, expected) => {
  expect(placeAppositive(tarapaca, [sentence])).toEqual(expected);
});
