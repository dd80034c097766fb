// The pure wording helpers of kb:add's drafts (src/knowledge/draft/wording.ts): what a sentence says a
// person is, "there" put back as its place, and sentences that compromise leaves joined after a quotation.
import { expect, test } from "vitest";
import { personProfile, profileStatement, saidBefore } from "../../src/knowledge/draft/profiles.js";
import {
  claimOf,
  clauseEndingWith,
  roleOf,
  splitAfterQuotations,
  subjectOfCopula,
  trailingClaims,
  withPlaceForThere,
  withReferencesResolved,
} from "../../src/knowledge/draft/wording.js";

const VERBS = new Set(["held", "replaced", "said", "met", "voted"]);
const isVerb = (word: string) => VERBS.has(word.toLowerCase());

test.each<[string, string[], string | null]>([
  // An appositive after the name, to the next comma.
  [
    "The session was mediated by Tom Barrack, the US ambassador to Turkey, on Thursday.",
    ["Tom Barrack", "Barrack"],
    "the US ambassador to Turkey",
  ],
  [
    "Dermer, one of Netanyahu's closest confidants, was already there.",
    ["Ron Dermer", "Dermer"],
    "one of Netanyahu's closest confidants",
  ],
  [
    "The vote was called by Jane Ortiz, head of the finance committee.",
    ["Jane Ortiz"],
    "head of the finance committee",
  ],
  // An appositive before the name, opened by a possessive or a determiner.
  [
    "Talks were held by Syria's foreign minister, Asaad al-Shaibani, in Paris.",
    ["Asaad al-Shaibani"],
    "Syria's foreign minister",
  ],
  ["It was signed by the town's mayor, Paul Meyer.", ["Paul Meyer", "Meyer"], "the town's mayor"],
  // A title written before the name, back to the first function word; "of" inside a title is kept.
  [
    "Channel 12 reported that Strategic Affairs Minister Ron Dermer led the side.",
    ["Ron Dermer"],
    "Strategic Affairs Minister",
  ],
  ["Barrack and Secretary of State Marco Rubio spoke.", ["Marco Rubio"], "Secretary of State"],
  ["He met with US special envoy Tom Barrack in the room.", ["Tom Barrack"], "US special envoy"],
  [
    "Prime Minister Benjamin Netanyahu has demanded it.",
    ["Benjamin Netanyahu", "Netanyahu"],
    "Prime Minister",
  ],
  // Not a role: a clause after the name, a list, an institution, a verb before the name, no description.
  // A verb after the comma leaves the title before the name as the role.
  ["Syria's minister Asaad al-Shaibani, held talks in Paris.", ["Asaad al-Shaibani"], "Syria's minister"],
  ["Ron Dermer, held talks in the French capital.", ["Ron Dermer"], null],
  ["Ayman Safadi, Jordan and the United States agreed.", ["Ayman Safadi"], null],
  ["al-Shaibani, whose name also appears as al-Shibani, flew in.", ["al-Shaibani"], null],
  ["According to the State Department, Barrack spent days in contact.", ["Barrack"], null],
  ["The authorities that replaced Bashar al-Assad spoke.", ["Bashar al-Assad"], null],
  ["Paul Meyer voted against the bridge.", ["Paul Meyer"], null],
])("roleOf(%j) → %j", (sentence, spellings, expected) => {
  expect(roleOf(sentence, spellings, isVerb)).toBe(expected);
});

test.each<[string, string, string | null]>([
  [
    "Fighting broke out there on 13 July between gunmen.",
    "Suwayda",
    "Fighting broke out in Suwayda on 13 July between gunmen.",
  ],
  ["The council met there again in March.", "Millbrook", "The council met in Millbrook again in March."],
  // Existential "there" stands for no place.
  ["There were no injuries there.", "Millbrook", null],
  ["No one was hurt.", "Millbrook", null],
])("withPlaceForThere(%j, %j) → %j", (sentence, place, expected) => {
  expect(withPlaceForThere(sentence, place)).toBe(expected);
});

test.each<[string, string[]]>([
  [
    'Barrack confirmed it: "Our goal was dialogue, and we accomplished precisely that." Neither Damascus nor Jerusalem commented.',
    [
      'Barrack confirmed it: "Our goal was dialogue, and we accomplished precisely that."',
      "Neither Damascus nor Jerusalem commented.",
    ],
  ],
  [
    "The mayor said “we are done.” “Not yet,” replied Ortiz.",
    ["The mayor said “we are done.”", "“Not yet,” replied Ortiz."],
  ],
  // A quotation inside a sentence, or one that ends the text, splits nothing.
  ['He called it "a good start" and left.', ['He called it "a good start" and left.']],
  ['He said "yes."', ['He said "yes."']],
])("splitAfterQuotations(%j)", (sentence, expected) => {
  expect(splitAfterQuotations(sentence)).toEqual(expected);
  for (const piece of expected) expect(sentence).toContain(piece);
});

test.each<[string, string | null]>([
  [
    "Israeli officials told Axios the purpose of the talks was to agree on security.",
    "the purpose of the talks was to agree on security.",
  ],
  ["Monitoring groups say hundreds of people were killed.", "hundreds of people were killed."],
  ["The clerk noted that the vote was tied.", "the vote was tied."],
  ["A council source told Reuters the meeting ran late.", "the meeting ran late."],
  // No frame at the start: nothing to strip.
  ["The council voted to close the bridge.", null],
  ["Fighting broke out there, officials said.", null],
])("claimOf(%j) → %j", (sentence, expected) => {
  expect(claimOf(sentence)).toBe(expected);
});

test.each<[string, string | null]>([
  ["the purpose of the talks was to agree on security.", "the purpose of the talks"],
  ["the aim of the vote is to fund repairs.", "the aim of the vote"],
  ["hundreds of people were killed.", null],
  ["the vote, held late, was a tie.", null],
])("subjectOfCopula(%j) → %j", (claim, expected) => {
  expect(subjectOfCopula(claim)).toBe(expected);
});

test.each<[string, string, string | null]>([
  [
    "Fighting broke out in Suwayda on 13 July between gunmen and tribes.",
    "13 July",
    "Fighting broke out in Suwayda on 13 July",
  ],
  [
    "Troops later left the city, and a ceasefire took effect on Saturday, 19 July.",
    "Saturday, 19 July",
    "a ceasefire took effect on Saturday, 19 July",
  ],
  ["The council met; the bridge closed on 4 March for repairs.", "4 March", "the bridge closed on 4 March"],
  // The date opens its clause, or the clause is the whole sentence: nothing shorter to ask.
  ["On 12 July, officials met on the sidelines.", "12 July", null],
  ["The bridge closed on 4 March.", "4 March.", null],
  ["The bridge closed on 4 March.", "5 March", null],
])("clauseEndingWith(%j, %j) → %j", (sentence, date, expected) => {
  expect(clauseEndingWith(sentence, date)).toBe(expected);
});

test.each([
  [
    "They agreed to set up a working group to consolidate the ceasefire, which has held since 19 July after fighting that the Observatory for Human Rights says killed at least 1,300 people.",
    [
      "The ceasefire has held since 19 July.",
      "The Observatory for Human Rights says fighting killed at least 1,300 people.",
    ],
  ],
  [
    "The council approved the harbour bridge, which was first proposed in 2019.",
    ["The harbour bridge was first proposed in 2019."],
  ],
  // No claim of its own: a restrictive clause, a "which" that opens the sentence, or one after a short head.
  ["Fighting broke out there on 13 July between Druze gunmen and Sunni Bedouin tribes.", null],
  ["The council said the bridge, which opened in May, was busy.", null],
])("trailingClaims(%j)", (sentence, expected) => {
  const split = trailingClaims(sentence);
  expect(split?.claims.map((c) => c.statement) ?? null).toEqual(expected);
  // Every quote is a verbatim part of the sentence.
  for (const claim of split?.claims ?? []) expect(sentence).toContain(claim.quote);
});

const NOUNS = new Set([
  "agreement",
  "disengagement",
  "zone",
  "war",
  "plan",
  "bridge",
  "harbour",
  "council",
  "force",
  "fisheries",
  "fishing",
  "line",
  "ministry",
  "army",
]);
const isNoun = (word: string) => NOUNS.has(word.toLowerCase());

test.each<[string, string | null, string]>([
  // A demonstrative opening the sentence: the last specific thing before it, whatever its noun.
  [
    "That accord, reached after the 1973 war, set up a buffer zone.",
    "The talks covered bringing the 1974 disengagement agreement back into force.",
    "The 1974 disengagement agreement, reached after the 1973 war, set up a buffer zone.",
  ],
  // The same noun, named with modifiers before.
  [
    "This plan was dropped by the council.",
    "The council backed the 2019 harbour bridge plan.",
    "The 2019 harbour bridge plan was dropped by the council.",
  ],
  // A bare definite noun inside the sentence, named with a specific modifier before, is written out as named.
  [
    "Norway sent ships into the zone and declared the agreement void.",
    "The 1994 fisheries agreement set up a UN-patrolled fishing zone off Svalbard.",
    "Norway sent ships into the UN-patrolled fishing zone and declared the 1994 fisheries agreement void.",
  ],
  // Not a noun of a compound ("the zone line"), nor one named only with common words before.
  [
    "Norway crossed the zone line and left the harbour.",
    "A UN-patrolled fishing zone lies next to the new harbour.",
    "Norway crossed the zone line and left the harbour.",
  ],
  // The article's own event is never moved to another one ("US-hosted peace talks" of 2000).
  [
    "These talks followed deadly unrest.",
    "The last contact was in 2000, when US-hosted peace talks brought them together.",
    "These talks followed deadly unrest.",
  ],
  // A thing named with no year or name before it is not specific enough to stand for the reference.
  ["That plan failed.", "The council backed a new bridge plan.", "That plan failed."],
  // Nothing before, nothing named before with modifiers, or a noun with its own "of": unchanged.
  ["That accord set up a zone.", null, "That accord set up a zone."],
  ["The council voted on the bridge.", "Residents wrote to the council.", "The council voted on the bridge."],
  [
    "The release of the prisoners followed.",
    "The army ordered a quick release.",
    "The release of the prisoners followed.",
  ],
])("withReferencesResolved(%j after %j)", (sentence, before, expected) => {
  expect(withReferencesResolved(sentence, before, isNoun)).toBe(expected);
});

test.each<[string, string, string, string]>([
  // A bare noun an owner named earlier in the paragraph, not only in the sentence before: written as owned.
  [
    "Li Wei, head of the ministry's trade office, also resigned.",
    "Its press office called the claims baseless.",
    "On Saturday, Chile's foreign ministry denied the reports. Its press office called the claims baseless.",
    "Li Wei, head of Chile's foreign ministry's trade office, also resigned.",
  ],
  // Named only with a common owner ("the city's"): unchanged.
  [
    "The ministry said nothing.",
    "Its office was closed.",
    "The city's new ministry opened. Its office was closed.",
    "The ministry said nothing.",
  ],
  // An owner's mention earlier in the paragraph does not beat a nearer mention of the same noun.
  [
    "Residents said the army had left.",
    "The Chilean army withdrew on Monday.",
    "Peru's army entered the zone. The Chilean army withdrew on Monday.",
    "Residents said the Chilean army had left.",
  ],
  [
    "Residents said the army had left.",
    "An army convoy withdrew on Monday.",
    "Peru's army entered the zone. An army convoy withdrew on Monday.",
    "Residents said the army had left.",
  ],
  // A mention with a specific modifier counts only in the sentence before, as the sentence-before rows above.
  [
    "Residents said the army had left.",
    "Shops stayed shut.",
    "The Chilean army entered the town. Shops stayed shut.",
    "Residents said the army had left.",
  ],
])("withReferencesResolved(%j after %j, in a paragraph %j)", (sentence, before, paragraph, expected) => {
  expect(withReferencesResolved(sentence, before, isNoun, paragraph)).toBe(expected);
});

const person = (name: string, aliases: string[] = []) => ({
  id: name.toLowerCase().replace(/\s+/g, "-"),
  name,
  kind: "person" as const,
  aliases,
  description: "",
});

test.each<[string, string[], string[], string | null]>([
  // An appositive before the name and one after it, each with its own quote.
  [
    "Maria Keller",
    [
      "The council's chair, Maria Keller, voted first.",
      "Keller, a former engineer, said the bridge would open in May.",
    ],
    ["The council's chair, Maria Keller", "Keller, a former engineer"],
    "Maria Keller is the council's chair; was a former engineer.",
  ],
  // A title before the name.
  ["Jon Berg", ["Mayor Jon Berg voted against it."], ["Mayor Jon Berg"], "Jon Berg is Mayor."],
  // A given name before another person's surname is no post.
  ["Ana Berg", ["The bill was signed by Jon Berg and Ana Berg."], [], null],
])("personProfile(%j)", (name, sentences, quotes, statement) => {
  const isTitle = (w: string) => /^(?:mayor|chair)$/i.test(w);
  const profile = personProfile(
    person(name, [name.split(" ")[1] as string]),
    sentences,
    isVerb,
    () => true,
    isTitle,
  );
  expect(profile?.quotes ?? []).toEqual(quotes);
  expect(profile ? profileStatement(profile) : null).toBe(statement);
  for (const quote of quotes) expect(sentences.join(" ")).toContain(quote);
});

test.each<[string[], string[], boolean]>([
  [["Foreign Minister"], ["Asaad al-Shaibani is Syria's foreign minister."], true],
  [["Foreign Minister", "intelligence chief"], ["Asaad al-Shaibani is Syria's foreign minister."], false],
  // Another person's statement says nothing of this one.
  [["Foreign Minister"], ["Ayman Safadi is Jordan's foreign minister."], false],
  [["Foreign Minister"], [], false],
])("saidBefore(%j, %j) → %j", (roles, statements, expected) => {
  expect(saidBefore({ person: person("Asaad al-Shaibani"), roles, quotes: [] }, statements)).toBe(expected);
});
