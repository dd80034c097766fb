// kb:add writes into a drafted statement what kb:review's checks would otherwise ask the curator for (curator
// trial 5: ~20 of 27 statement rewrites): the year of a date it resolved one way only, whose a title is when the
// person's own post says it. kb:review reads those words as kb:add's, the statement still its quote.
import { expect, test } from "vitest";
import {
  ownerOfTitle,
  withFullNames,
  withTitlesPlaced,
  withYearsWritten,
} from "../../src/knowledge/draft/placed-statements.js";
import { quoteWithNamesAdded } from "../../src/knowledge/review-sheet.js";
import type { Entity } from "../../src/knowledge/schema.js";
import { unplacedTitles, yearlessDays } from "../../src/knowledge/vague-wording.js";

test.each<[string, string, string]>([
  [
    "Fighting broke out on 13 July between clans.",
    "2025-07-25",
    "Fighting broke out on 13 July 2025 between clans.",
  ],
  [
    "A truce took effect on Saturday, 19 July.",
    "2025-07-25",
    "A truce took effect on Saturday, 19 July 2025.",
  ],
  // Told in the past, a month after the article's is last year's.
  [
    "The army moved in after the government was overthrown in December.",
    "2025-08-25",
    "The army moved in after the government was overthrown in December 2024.",
  ],
  ["They would sign a deal on 25 September.", "2025-08-25", "They would sign a deal on 25 September 2025."],
  // A year written, or in kb:add's bracket, stays as it is; a relative day keeps its bracket.
  ["They met on 19 August 2025 in Oslo.", "2025-08-25", "They met on 19 August 2025 in Oslo."],
  ["They met on Thursday (24 July 2025).", "2025-07-25", "They met on Thursday (24 July 2025)."],
  // "in March" told in August, nothing saying past or future: either year, the curator's check.
  ["The summit in March drew leaders.", "2025-08-25", "The summit in March drew leaders."],
])("withYearsWritten(%j, %s)", (statement, reference, written) => {
  const out = withYearsWritten(statement, reference);
  expect(out).toBe(written);
  if (out !== statement) expect(yearlessDays(out)).toEqual([]);
});

test.each<[string, string[], string | null]>([
  ["Foreign Minister", ["Norway's foreign minister"], "Norway's"],
  [
    "Trade Affairs Minister",
    ["Chile's minister for trade affairs", "one of the president's confidants"],
    "Chile's",
  ],
  ["interim President", ["Peru's interim president, who took office in May"], "Peru's"],
  // A post of another kind, or one with no owner, says nothing of this title.
  ["Prime Minister", ["Norway's foreign minister"], null],
  ["Foreign Minister", ["foreign minister"], null],
])("ownerOfTitle(%j, %j)", (title, posts, owner) => {
  expect(ownerOfTitle(title, posts)).toBe(owner);
});

const person = (id: string, name: string, aliases: string[], description: string): Entity =>
  ({ id, kind: "person", name, aliases, description }) as Entity;
const country = (name: string): Entity =>
  ({ id: name.toLowerCase(), kind: "country", name, aliases: [], description: "a country" }) as Entity;
const BERG = person("anna-berg", "Anna Berg", ["Berg"], "Norway's foreign minister");
const SOTO = person("luis-soto", "Luis Soto", ["Soto"], "Chile's interim president");
const KATO = person("mary-kato", "Mary Kato", ["Kato"], "Mary Kato, as named in “Talks” (2025-07-25).");
const RUIZ = person("ana-ruiz", "Ana Ruiz", ["Ruiz"], "Chile's interim acting president");
const ENTITIES = [BERG, SOTO, KATO, RUIZ, country("Norway"), country("Chile")];
const posts = (p: Entity) => [p.description];

test.each<[string, string]>([
  ["Foreign Minister Anna Berg met an envoy.", "Norway's Foreign Minister Anna Berg met an envoy."],
  ["while interim President Luis Soto was in Lima", "while Chile's interim President Luis Soto was in Lima"],
  // Whose it is already, or no post of hers says whose: left to the curator's check.
  ["Norway's Foreign Minister Anna Berg met an envoy.", "Norway's Foreign Minister Anna Berg met an envoy."],
  ["Prime Minister Mary Kato has demanded a pullback.", "Prime Minister Mary Kato has demanded a pullback."],
  ["the interim President Luis Soto spoke.", "the interim President Luis Soto spoke."],
  // The "s" of a possessive is no word of the post ("the country'Chile's s interim …" had been written).
  [
    "the country's interim acting President Ana Ruiz spoke.",
    "the country's interim acting President Ana Ruiz spoke.",
  ],
])("withTitlesPlaced(%j)", (statement, placed) => {
  const named = ENTITIES.filter((e) => e.kind === "person" && statement.includes(e.name));
  const out = withTitlesPlaced(statement, named, ENTITIES, posts);
  expect(out).toBe(placed);
  if (out !== statement) expect(unplacedTitles(out, named, ENTITIES)).toEqual([]);
});

test.each<[string, string, boolean]>([
  ["They met on 13 July 2025.", "They met on 13 July.", true],
  ["Norway's Foreign Minister Anna Berg met Luis Soto.", "Foreign Minister Anna Berg met Soto.", true],
  ["After Luis al-Soto's fall in December 2024 they met.", "After Soto's fall in December they met.", true],
  // A word that is no name nor year, or a name put for the quote's pronoun, is a statement kb:add wrote.
  ["They met on 13 July in Oslo.", "They met on 13 July.", false],
  ["Norway struck the depot.", "It struck the depot.", false],
  ["They met on 13 July.", "They met on 13 July 2025 in Oslo.", false],
])("quoteWithNamesAdded(%j, %j)", (statement, quote, quoted) => {
  expect(quoteWithNamesAdded(statement, quote)).toBe(quoted);
});

const SOTO_AL = person(
  "luis-al-soto",
  "Luis al-Soto",
  ["al-Soto", "Soto", "al-Sotto"],
  "Chile's trade minister",
);
test.each<[string, boolean, string]>([
  // A surname first, the full name given before in the article: written out where it first names him.
  ["Sources said al-Soto warned of incursions.", true, "Sources said Luis al-Soto warned of incursions."],
  ["It was al-Soto's second visit; al-Soto left.", true, "It was Luis al-Soto's second visit; al-Soto left."],
  ["Berg and al-Soto met in Lima.", true, "Anna Berg and Luis al-Soto met in Lima."],
  // Named in full first, by another spelling, or never in full before: as it is.
  ["Luis al-Soto met Soto's aides.", true, "Luis al-Soto met Soto's aides."],
  ["Sources said al-Sotto warned of incursions.", true, "Sources said al-Sotto warned of incursions."],
  ["Sources said al-Soto warned of incursions.", false, "Sources said al-Soto warned of incursions."],
])("withFullNames(%j, named before: %s)", (statement, before, written) => {
  const people = [BERG, SOTO_AL].filter((p) => [p.name, ...p.aliases].some((n) => statement.includes(n)));
  const out = withFullNames(statement, people, () => before);
  expect(out).toBe(written);
  expect(quoteWithNamesAdded(out, statement)).toBe(true);
});
