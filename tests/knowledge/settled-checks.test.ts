// The checks kb:review settles itself (settled-checks.ts): each re-derives what kb:add wrote from the fact's
// quotes and the dateline, and leaves the check to the curator whenever another reading is possible or the
// fact was edited since.
import { expect, test } from "vitest";
import { resolveDates } from "../../src/knowledge/draft/dates.js";
import type { Entity } from "../../src/knowledge/schema.js";
import {
  dateSettled,
  profileSettled,
  speaksOfTheEvent,
  thereIsThePlace,
} from "../../src/knowledge/settled-checks.js";
import { fact, quote } from "../commands/fixtures.js";

// 2025-08-25 is a Monday; 2025-08-27 a Wednesday.
test.each<[string, string, string, boolean]>([
  // "last Tuesday" told on a Monday: the last Tuesday and the Tuesday of last week are one day.
  ["met an Israeli delegation in Paris last Tuesday under US mediation", "2025-08-25", "2025-08-19", true],
  // Told on a Wednesday: yesterday, or the week before? Either reading is news style.
  ["met an Israeli delegation in Paris last Tuesday under US mediation", "2025-08-27", "2025-08-26", false],
  [
    "On Saturday, the ministry dismissed reports that the two would sign an accord.",
    "2025-08-25",
    "2025-08-23",
    true,
  ],
  // A weekday in a clause about what is to come may be the next one.
  ["The ministers will meet on Saturday.", "2025-08-25", "2025-08-23", false],
  // The dateline's own weekday: today, or a week ago.
  ["On Monday, the talks resumed.", "2025-08-25", "2025-08-25", false],
  ["The 19 August meeting had been planned for the previous week.", "2025-08-25", "2025-08-19", true],
  // A month told eight months away, in a clause that tells what happened: last December, not next.
  ["Israel sent troops after Assad was overthrown in December.", "2025-08-25", "2024-12", true],
  ["after Assad's fall in December Israel reached the new authorities", "2025-07-25", "2024-12", true],
  // With no verb in the past, it could be last December or next.
  ["The accord takes effect in December.", "2025-08-25", "2024-12", false],
  // "Wednesday of last week" names its week: one reading, told on a Friday as on a Monday.
  ["on Wednesday of last week it hit the capital", "2025-07-25", "2025-07-16", true],
  ["on Wednesday of last week it hit the capital", "2025-08-25", "2025-08-20", true],
  ["The ceasefire was agreed in July.", "2025-08-25", "2025-07", true],
  ["The accord was signed on 12 March 2024.", "2025-08-25", "2024-03-12", true],
  ["Strikes fell compared with last year.", "2025-07-25", "2024", true],
])("resolveDates(%j, dateline %s): %s, unambiguous %s", (sentence, dateline, sort, unambiguous) => {
  const [date] = resolveDates(sentence, dateline);
  expect([date?.sort, date?.unambiguous]).toEqual([sort, unambiguous]);
});

test.each<[string, string, boolean]>([
  ["SANA reported that al-Shaibani met an Israeli delegation in Paris last Tuesday.", "2025-08-19", true],
  // A curator's date that the quote does not give is not kb:review's to settle.
  ["SANA reported that al-Shaibani met an Israeli delegation in Paris last Tuesday.", "2025-08-12", false],
])("dateSettled(%j, timeline %s) → %s", (text, sort, settled) => {
  const draft = fact("f", text, { timeline: { when: "last Tuesday", sort, implied: true } });
  expect(dateSettled(draft, "2025-08-25")).toBe(settled);
  expect(dateSettled(draft, null)).toBe(false);
});

const salameh: Entity = {
  id: "hussein-salameh",
  name: "Hussein Salameh",
  kind: "person",
  aliases: ["Salameh"],
  description: "Syria's intelligence chief",
};
const entities = new Map([[salameh.id, salameh]]);

test.each<[string, string[], boolean]>([
  ["Hussein Salameh is Syria's intelligence chief.", ["Syria's intelligence chief, Hussein Salameh"], true],
  ["Hussein Salameh is Syria's intelligence chief.", ["Hussein Salameh, Syria's intelligence chief"], true],
  ["Hussein Salameh is intelligence chief.", ["intelligence chief Salameh"], true],
  // Rewritten by a curator, or saying more than the quote: the check stays.
  [
    "Hussein Salameh heads Syria's General Intelligence Directorate.",
    ["Syria's intelligence chief, Hussein Salameh"],
    false,
  ],
  [
    "Hussein Salameh is Syria's intelligence chief and a general.",
    ["Syria's intelligence chief, Hussein Salameh"],
    false,
  ],
  [
    "Hussein Salameh is Syria's intelligence chief.",
    ["al-Shaibani was accompanied by Syria's intelligence chief"],
    false,
  ],
])("profileSettled(%j of %j) → %s", (statement, quotes, settled) => {
  const draft = fact("p", statement, { entities: [salameh.id], quotes: quotes.map((q) => quote(q)) });
  expect(profileSettled(draft, entities)).toBe(settled);
});

test.each<[string, string | undefined, boolean]>([
  // "Foreign Minister" of the one who led Syria's side: kb:add places the post by that side, whose check the
  // curator does on the side's lead fact.
  ["Asaad al-Shaibani is Syria's foreign minister.", "Syria", true],
  ["Asaad al-Shaibani is Foreign Minister.", undefined, true],
  // Placed by another side than the one he leads, or by none: not kb:add's, so read.
  ["Asaad al-Shaibani is Jordan's foreign minister.", "Syria", false],
  ["Asaad al-Shaibani is Syria's foreign minister.", undefined, false],
])("profileSettled(%j, leading %s's side) → %s", (statement, label, settled) => {
  const person: Entity = {
    id: "asaad-al-shaibani",
    name: "Asaad al-Shaibani",
    kind: "person",
    aliases: ["al-Shaibani"],
    description: "—",
  };
  const known = new Map([[person.id, person]]);
  const draft = fact("p", statement, {
    entities: [person.id],
    quotes: [quote("Foreign Minister Asaad al-Shaibani")],
  });
  const leads = new Map(label ? [[person.id, label]] : []);
  expect(profileSettled(draft, known, leads)).toBe(settled);
});

test.each<[string, boolean]>([
  ["Israel stayed silent on the meeting.", true],
  ["According to SANA, the talks covered five subjects.", true],
  // The talks' parties point to them as "the talks" does.
  ["A Syrian security source told Reuters the delegations talked for several hours.", true],
  ["The government source said both delegations backed Syria's territorial unity.", true],
  ["Foreign Minister Asaad al-Shaibani met an Israeli delegation in Paris.", false],
  // "the Amman meeting" is another meeting than the lede's.
  ["It was their second Amman meeting, after one on 19 July.", false],
  ["Israel National News noted that no official Syrian outlet had acknowledged direct contact.", false],
])("speaksOfTheEvent(%j) → %s", (text, speaks) => {
  expect(speaksOfTheEvent(fact("e", text))).toBe(speaks);
});

test.each<[string, boolean]>([
  // The lede's place names its event: "the Paris talks" of talks held in Paris.
  [
    "Israeli officials told Axios the purpose of the Paris talks was to agree on security understandings.",
    true,
  ],
  ["It was their second Amman meeting, after one on 19 July.", false],
])("speaksOfTheEvent(%j), the lede in Paris → %s", (text, speaks) => {
  expect(speaksOfTheEvent(fact("e", text), ["Paris", "Ron Dermer"])).toBe(speaks);
});

const place = (id: string, name: string): Entity => ({
  id,
  name,
  kind: "place",
  aliases: [],
  description: "",
});
test.each<[string, Entity[], boolean]>([
  // "there" is the place of the sentence before, as kb:add read it.
  [
    "Fighting broke out there on 13 July between Druze gunmen and Sunni Bedouin tribes.",
    [place("s", "Suwayda")],
    true,
  ],
  ["There were no casualties.", [place("s", "Suwayda")], false],
  ["Monitoring groups say hundreds of people were killed.", [place("s", "Suwayda")], false],
  ["Fighting broke out there.", [place("s", "Suwayda"), place("d", "Deraa")], false],
  ["Fighting broke out there.", [{ ...place("i", "Israel"), kind: "country" }], false],
])("thereIsThePlace(%j) → %s", (text, handedOn, settled) => {
  expect(thereIsThePlace(fact("e", text), handedOn)).toBe(settled);
});
