// What a fact can answer (dates, numbers, names, order in time), and which unknown words are names.
import { describe, expect, test } from "vitest";
import { wordClass } from "../../src/engine/english.js";
import {
  asksAboutTime,
  attributesOf,
  clauseSilence,
  givesMonthOf,
  isName,
  listedAfter,
  saysUndated,
  withoutNumberedNames,
} from "../../src/engine/support.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact as factOf, quote } from "../commands/fixtures.js";

function fact(statement: string, quoted = statement, timeline?: Fact["timeline"]): Fact {
  return factOf("f", statement, {
    quotes: [quote(quoted)],
    questions: [statement],
    ...(timeline ? { timeline } : {}),
  });
}

describe("attributesOf", () => {
  test.each([
    ["The ministers met in Paris on 24 July 2025.", ["date", "exact-date", "earlier", "month", "name"]],
    ["The fighting began in December.", ["date", "earlier", "month"]],
    ["Israel has held the plateau since 1967.", ["date", "duration", "earlier", "start"]],
    ["The talks were held near Quneitra.", ["name"]],
    // how long one thing took or measures: a span counted out in the statement, or a length
    ["The bridge is 40 km long.", ["count", "exact-count", "measure", "span"]],
    ["The talks came after years of conflict.", ["cause", "date", "duration", "earlier"]],
    // a span of time is how long, not a count of anything else
    ["The meeting lasted four hours.", ["duration", "span"]],
    ["The delegations talked for several hours.", ["duration", "span"]],
    [
      "After two days of talks, 34 people were hurt.",
      // "after" may tell what brought it about ("fighting broke out after a cycle of kidnappings")
      ["cause", "count", "date", "duration", "earlier", "exact-count", "head-count", "span"],
    ],
    ["The council met on the evening of 3 June.", ["date", "exact-date", "earlier", "month", "time-of-day"]],
    ["The vote closed at 10 p.m. sharp.", ["count", "exact-count", "time-of-day"]],
    ["Multiple rounds have taken place; the article gives no exact number.", ["count"]],
    ["The official was not named.", []],
    ["The article does not say when the governor was appointed.", []],
    ["The talks will expand into politics.", ["later", "future", "change"]],
    ["The talks could expand into politics.", ["future", "change"]],
    ["Syria made two gestures: releasing prisoners and returning papers.", ["count", "exact-count", "list"]],
    ["The fire destroyed the barn, the mill and the bridge.", ["list"]],
    ["The bridge was closed for repairs.", []],
    ["The town gave up the land in exchange for a new road.", ["exchange"]],
    ["The prisoners were swapped at the border.", ["exchange"]],
    ["The council returned the papers.", []],
    ["The vote was delayed because of the storm.", ["cause"]],
    ["The bridge was meant to ease traffic.", ["change"]], // a purpose, not what started it
    ["Turnout rose by 40 percent.", ["count", "exact-count", "percentage"]],
    ["The union welcomed the deal.", ["agreement", "outcome", "reaction"]],
    // what something ended in or settled: an agreement, something set up, a denial of the claim
    ["The mayors agreed that a joint board would run the bridge.", ["agreement", "future", "outcome"]],
    ["The 1990 accord set up a toll-free zone.", ["agreement", "date", "earlier", "outcome"]],
    ["The town's council rejected talk of a merger.", ["agreement", "outcome", "reaction"]],
    ["The mayors met in the town hall.", []], // that a meeting took place is no outcome of it
    // an outcome that is no agreement: what a meeting marked or signalled
    ["The mayors' meeting marked a shift in the county's policy.", ["change", "outcome"]],
    ["The council approved the sale of the mill.", ["agreement", "outcome"]],
    ["The mayors signed the bridge accord.", ["agreement", "outcome"]],
    // the noun "sign" is no signing: a sign of progress is no agreement
    ["The talks showed a sign of progress.", ["outcome"]],
    ["The mayor wrote that the talks accomplished what they set out to do.", ["outcome", "statement"]],
    // what a party bound itself to: a commissive word, or saying what one will or would do
    [
      "The council stated that it will not close the bridge.",
      ["commitment", "future", "later", "reaction", "statement"],
    ],
    ["The mayor vowed to reopen the mill.", ["commitment"]],
    // that something changed: a verb of growing, shrinking or turning
    ["The town reduced its budget.", ["change"]],
    ["The bridge is closed.", []],
    ["The mayor said the vote was close.", ["reaction", "statement"]], // saying, with nothing promised
    // a statement the sides made together; "joint security concerns" is none
    [
      "The mayors said in a joint statement that the vote was close.",
      ["joint-statement", "reaction", "statement"],
    ],
    ["The talks focus on joint security concerns.", []],
    // something said or left unsaid answers what a statement said; "joint" concerns issue nothing
    ["Neither council has commented on the vote.", ["reaction", "statement"]],
    ["The mayors announced a joint board.", ["statement"]],
    ["The talks focus on joint concerns along the river.", []],
    // a start told ("was appointed", "became"); a post named at a meeting is none
    ["The council appointed Ola Berg treasurer.", ["name", "start"]],
    ["The mayor was joined by the treasurer, Ola Berg.", ["name"]],
    // a number that goes on a name counts nothing; "did not say who" names no one
    ["The town's Channel 5 reported the vote.", ["name"]],
    ["The Herald did not say who sat with Mayor Olsen.", []],
    // "the second time" says how many times
    ["It was the second time the mayors met.", ["count"]],
    // a size in space, a month, an age, an end: each said in so many words, or not at all
    ["The park covers 300 hectares.", ["count", "exact-count", "measure"]],
    ["The 1990 accord set up a buffer zone.", ["agreement", "date", "earlier", "outcome"]], // no size, no month
    ["The mayor, 54, was born in Riga.", ["age", "count", "exact-count", "name", "origin"]],
    ["The truce holds until the vote.", ["date", "earlier", "expiry"]],
    // a political party named, not the parties to the talks
    ["The mayor leads the Harbour Party.", ["name", "party"]],
    ["The parties are rivals.", []],
  ])("%s", (statement, attributes) => {
    expect([...attributesOf(fact(statement))].sort()).toEqual([...attributes].sort());
  });

  test("how long is read from the statement: a quote is the article's whole sentence, its span another thing's", () => {
    const quoted = fact(
      "The border is volatile.",
      "Talks began on the volatile border after decades of hostility.",
    );
    expect(attributesOf(quoted).has("duration")).toBe(false);
    expect(attributesOf(quoted).has("span")).toBe(false);
    expect(attributesOf(quoted).has("earlier")).toBe(true); // the quote still places it in time
  });

  test.each([
    ["The United States backs the talks.", false], // a state is no statement
    ["The Secretary of State met the mayor.", false],
    ["The council stated its terms.", true],
  ])("a statement told: %s → %s", (statement, told) => {
    expect(attributesOf(fact(statement)).has("statement")).toBe(told);
  });

  test("a dated timeline entry gives a date even when the words do not", () => {
    const dated = fact("They met.", "They met.", { when: "27 May 2025", sort: "2025-05-27", implied: false });
    expect(attributesOf(dated).has("exact-date")).toBe(true);
    const implied = fact("They met.", "They met.", { when: "recently", sort: "2025-05", implied: true });
    expect(attributesOf(implied).has("exact-date")).toBe(false);
    expect(attributesOf(implied).has("date")).toBe(true);
  });

  // A timeline entry kept only to order an event on /timeline, whose words say the article gives no date.
  test.each(["not dated in the article", "undated", "no date given"])(
    "a timeline %j gives no date",
    (when) => {
      const undated = fact("They met.", "They met.", { when, sort: "2025-05-27", implied: false });
      expect(attributesOf(undated).has("date")).toBe(false);
      expect(attributesOf(undated).has("exact-date")).toBe(false);
    },
  );
});

describe("givesMonthOf", () => {
  test.each([
    // the month must be the asked year's: talks in August 2025 that name the 1994 accord do not date it
    ["The talks on 19 August 2025 covered the 1994 accord.", ["what", "month", "in", "1994"], false],
    ["The accord was signed in March 1994.", ["what", "month", "in", "1994"], true],
    ["The accord was signed on 3 March 1994.", ["1994"], true],
    ["The accord was signed on March 3, 1994.", ["1994"], true],
    // no year asked: any month answers
    ["The talks on 19 August 2025 covered the 1994 accord.", ["what", "month"], true],
  ])("%s, asked %j → %s", (statement, words, gives) => {
    expect(givesMonthOf(fact(statement), words)).toBe(gives);
  });

  test("a timeline entry in the asked year gives its month", () => {
    const dated = fact("The accord was signed.", "The accord was signed.", {
      when: "March 1994",
      sort: "1994-03",
      implied: false,
    });
    expect(givesMonthOf(dated, ["1994"])).toBe(true);
  });
});

// Where no word stands before it, a number inside a name is found only by the names a fact's entities go by.
describe("withoutNumberedNames", () => {
  test.each([
    ["Channel 5 reported the vote.", ["Channel 5"], false],
    ["Channel 5 reported the vote.", [], true],
    ["Channel 5 reported the vote.", ["Mayor Olsen"], true], // a name without a number takes nothing out
    ["Resolution 242 counted three votes.", ["Resolution 242"], true], // the sentence's own count stays
  ])("%j less %j: a count %s", (statement, names, counted) => {
    expect(attributesOf(withoutNumberedNames(fact(statement), names)).has("count")).toBe(counted);
  });
});

describe("names and common words", () => {
  test.each([
    ["footprint", "common"],
    ["troops", "common"],
    ["toppled", "common"],
    ["qatar", "name"],
    ["hezbollah", "name"],
    ["netanyahu", "unknown"],
  ] as const)("%s is %s", (word, kind) => {
    expect(wordClass(word)).toBe(kind);
  });

  test.each([
    ["qatar", true],
    ["netanyahu", true],
    ["footprint", false],
    ["prez", false],
    ["regularly", false],
  ])("isName(%s) → %s", (word, expected) => {
    expect(isName(word)).toBe(expected);
  });
});

describe("listedAfter", () => {
  test.each([
    ["The city sold the mayor's cars: a van, a truck and a bus.", "The city sold the mayor's cars"],
    ["Gestures include releasing prisoners, returning papers and opening roads.", "Gestures "],
    ["The council approved the handover of the papers.", ""],
  ])("%s → %j", (statement, before) => {
    expect(listedAfter(statement)).toBe(before);
  });
});

describe("asksAboutTime", () => {
  test.each([
    ["did the mayor resign before the vote?", true],
    ["which came first, the vote or the fire?", true],
    ["is the closure recent?", true],
    ["when was the bridge built?", true],
    ["did the mayor resign?", false],
    ["who chairs the council?", false],
  ])("%s → %s", (ask, expected) => {
    expect(asksAboutTime(ask)).toBe(expected);
  });
});

describe("saysUndated", () => {
  test.each([
    ["The mayor met the union; the article does not say when.", true],
    ["The article doesn't say when the mayor resigned.", true],
    ["The mayor met the union on 3 June.", false],
  ])("%s → %s", (statement, expected) => {
    expect(saysUndated(fact(statement))).toBe(expected);
  });
});

describe("clauseSilence", () => {
  test.each([
    // silent on the bulletin's own date, and a clause beside it dates the posts it quotes
    [
      "The bulletin does not state its own date; it quotes posts dated 3 March 2024.",
      ["exact-date"],
      "The bulletin does not state its own date",
    ],
    // the whole statement is silent: no clause gives what another withholds
    ["The mayor met the envoy; the article does not say when.", undefined, undefined],
    ["The ministers met recently; the article gives no exact dates.", undefined, undefined],
    // one clause, nothing beside it
    ["The bulletin does not state its own date.", undefined, undefined],
    // silent in one clause and the other gives something else (a name), not what is withheld
    ["The bulletin does not state its own date; it quotes Mayor Lund.", undefined, undefined],
  ])("%s → %j", (statement, given, silentClause) => {
    const silence = clauseSilence(fact(statement));
    expect(silence && [...silence.given]).toEqual(given);
    expect(silence?.silentClause).toBe(silentClause);
  });
});
