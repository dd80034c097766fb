import { describe, expect, test } from "vitest";
import { type ShortQuestionParts, shortQuestions } from "../../src/knowledge/draft/short-questions.js";
import type { Entity } from "../../src/knowledge/schema.js";

// A story of another subject: the rules name no story of the shipped base.
const ENTITIES: Entity[] = [
  { id: "ingrid-berg", kind: "person", name: "Ingrid Berg", aliases: ["Berg"], description: "" },
  { id: "luis-soto", kind: "person", name: "Luis Soto", aliases: ["Soto"], description: "" },
  { id: "ana-ruiz", kind: "person", name: "Ana Ruiz", aliases: ["Ruiz"], description: "" },
  { id: "norway", kind: "country", name: "Norway", aliases: [], description: "" },
  { id: "lima", kind: "place", name: "Lima", aliases: [], description: "" },
  { id: "reuters", kind: "outlet", name: "Reuters", aliases: [], description: "" },
] as Entity[];

const VERBS = new Set([
  "met",
  "was",
  "mediated",
  "covered",
  "addressed",
  "killed",
  "say",
  "says",
  "said",
  "did",
  "had",
  "been",
  "planned",
  "agreed",
  "talked",
  "told",
  "lasted",
  "identified",
  "spent",
  "acknowledged",
  "stayed",
  "remained",
  "reported",
  "brokered",
  "reached",
  "were",
  "has",
  "would",
  "keep",
  "sent",
  "ousted",
  "declared",
]);
const NOUNS = new Set(["people", "subjects", "hours", "meeting", "talks", "session"]);
const INFINITIVES: Record<string, string> = {
  met: "meet",
  mediated: "mediate",
  covered: "cover",
  addressed: "address",
  killed: "kill",
  says: "say",
  said: "say",
  agreed: "agree",
  talked: "talk",
  told: "tell",
  lasted: "last",
  identified: "identify",
  spent: "spend",
  reported: "report",
  brokered: "broker",
  reached: "reach",
  sent: "send",
  acknowledged: "acknowledge",
};

function parts(
  sentence: string,
  kinds: string[],
  extra: Partial<ShortQuestionParts> = {},
): ShortQuestionParts {
  return {
    sentence,
    kinds: new Set(kinds),
    entitiesIn: (text) => ENTITIES.filter((e) => [e.name, ...e.aliases].some((n) => text.includes(n))),
    isVerb: (word) => VERBS.has(word.toLowerCase()),
    isNoun: (word) => NOUNS.has(word.toLowerCase()),
    infinitiveOf: (verb) => INFINITIVES[verb] ?? verb,
    month: null,
    places: [],
    ...extra,
  };
}

describe("shortQuestions", () => {
  test.each([
    // Who did what, to whom, when and where: names by the surname the article uses.
    [
      "On 12 March, Norway's foreign minister, Ingrid Berg, met Luis Soto and Ana Ruiz in Lima.",
      ["who", "when", "where"],
      { month: "March", places: ["Lima"] },
      [
        "Who met Soto and Ruiz?",
        "Who did Berg meet?",
        "When did Berg meet Soto and Ruiz in Lima?",
        "Where did Berg meet Soto and Ruiz in March?",
      ],
    ],
    // A passive with its agent is asked the other way round, and as the agent's part in it (a place plays none).
    [
      "The session was mediated by Ingrid Berg.",
      ["who"],
      {},
      ["What role did Berg play?", "Who mediated the session?", "What did Berg mediate?"],
    ],
    // A passive without one: when it was.
    [
      "The 3 May meeting had been planned for the week before.",
      ["when"],
      {},
      ["When was the 3 May meeting planned?"],
    ],
    // A count after the verb is a "how many"; what an event covered is what was on its agenda, on the table.
    [
      "The talks covered five subjects: fishing and borders.",
      ["how-many"],
      {},
      [
        "What did the talks cover?",
        "How many subjects did the talks cover?",
        "What was on the agenda at the talks?",
        "What was on the table at the talks?",
      ],
    ],
    // Named as the headline names the event, in its month; a party's doing is no agenda.
    [
      "The session addressed fishing quotas.",
      [],
      { eventName: "the Lima talks", month: "March" },
      [
        "What did the session address?",
        "What was on the agenda at the Lima talks in March?",
        "What was on the table at the Lima talks in March?",
      ],
    ],
    ["Berg covered the summit for Reuters.", [], {}, ["What did Berg cover?"]],
    // A count killed, in the place the sentence before set ("there"), and a count with a comma in it.
    [
      "Monitors say hundreds of people were killed.",
      ["how-many"],
      { places: ["Lima"] },
      ["What did Monitors say?", "How many people were killed in Lima?"],
    ],
    [
      "Reuters says fighting killed at least 1,300 people.",
      ["how-many"],
      {},
      ["What did Reuters say?", "What did fighting kill?", "How many people did fighting kill?"],
    ],
    // A verb of saying asks what was said, and what was said has questions of its own; a span of time, how
    // long its clause went on.
    [
      "A source told Reuters the delegations talked for several hours.",
      ["how-many"],
      { durations: ["several hours"] },
      [
        "What did a source tell?",
        "What did the delegations talk?",
        "How many hours did the delegations talk?",
        "How long did the delegations talk?",
      ],
    ],
    // The clause a span of time ends is asked how long, however far into the sentence it stands.
    [
      "Reuters identified the two ministers and said the meeting lasted around four hours.",
      [],
      { durations: ["four hours"] },
      ["What did Reuters identify?", "How long did the meeting last?"],
    ],
    [
      "According to Reuters, Ingrid Berg and Luis Soto had spent several days in contact with both sides.",
      [],
      { durations: ["several days"] },
      ["What did Berg and Soto spend?", "How long did Berg and Soto spend?"],
    ],
    // A span of time in a sentence about the headline's event asks how long that event lasted too.
    [
      "A source told Reuters the delegations talked for several hours.",
      [],
      { durations: ["several hours"], eventName: "the Lima talks", month: "March" },
      [
        "What did a source tell?",
        "What did the delegations talk?",
        "How long did the delegations talk?",
        "How long did the Lima talks in March last?",
      ],
    ],
    // A saying that said nothing is asked whether anything was said, and said in public (in the event's month).
    [
      "Norway stayed silent on the meeting.",
      ["who"],
      { month: "March" },
      [
        "Did Norway say anything about the meeting?",
        "Did Norway say anything publicly about the meeting in March?",
      ],
    ],
    [
      "Norway remained quiet.",
      ["who"],
      {},
      ["Did Norway say anything?", "Did Norway say anything publicly?"],
    ],
    // Each clause a verb of saying reports ("that A, and that B") is asked as a main clause, from its subject
    // when a phrase of time opens it without a comma; "through" tells how it was done.
    [
      "Reuters reported that the earlier talks were brokered by Norway, and that after the coup in May Norway reached the new authorities through quiet channels.",
      ["who", "when"],
      {},
      [
        "What did Reuters report?",
        "What role did Norway play?",
        "Who brokered the earlier talks?",
        "What did Norway broker?",
        "When did Norway broker the earlier talks?",
        "Who reached the new authorities?",
        "What did Norway reach?",
        "When did Norway reach the new authorities?",
        "How did Norway reach the new authorities?",
      ],
    ],
    // A reported clause whose verb is a copula: what the sayer said about its subject; one with no object
    // ("would keep talking about …") asks nothing.
    [
      "Berg told a visiting group of editors that discussions on a possible pact were at an advanced stage, and that the sides would keep talking about fishing.",
      [],
      {},
      ["What did Berg tell?", "What did Berg say about discussions on a possible pact?"],
    ],
    // What a party did after an event, as a reader asks it, without the event's time and up to the party's
    // next verb; a passive's agent or a subject that names no one gets none.
    [
      "Norway sent troops into the zone after Berg was ousted in May and declared the accord void.",
      [],
      {},
      ["What did Norway send?", "What did Norway do after Berg was ousted?"],
    ],
    ["Lima sent troops after Berg was ousted.", [], {}, ["What did Lima send?"]],
    // An auxiliary before an aside is no word of the subject.
    [
      "Reuters has, for the first time, publicly acknowledged the talks in Lima.",
      [],
      {},
      ["What did Reuters acknowledge?"],
    ],
    // A span that does not say how long something went on asks nothing of it.
    [
      "No outlet in Lima had acknowledged the contacts in more than 25 years.",
      [],
      { durations: ["25 years"] },
      [],
    ],
  ])("%j", (sentence, kinds, extra, expected) => {
    expect(shortQuestions(parts(sentence, kinds, extra))).toEqual(expected);
  });

  test.each([
    // Nobody did it, or it was not done: a question would ask for what the article says did not happen.
    ["Neither Oslo nor Lima commented right away."],
    ["Reuters did not say who sat across the table."],
    // A copula alone, or a pronoun subject, gives nothing to build on.
    ["Berg was already in Lima before the talks."],
    ["It was their second meeting."],
  ])("%j gets none", (sentence) => {
    expect(shortQuestions(parts(sentence, ["who", "when", "where"]))).toEqual([]);
  });
});
