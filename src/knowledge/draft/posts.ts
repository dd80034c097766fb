// The one list of words for a person's post or a side's party that drafting reads names and roles by: after
// "Syria's foreign MINISTER," an appositive names the person (entities.ts); "Syria's foreign MINISTER, X" ties X
// to Syria's side (sides.ts); "the US AMBASSADOR to Turkey" places no one in Turkey (sentences.ts).

/** A person's post: "minister", "envoy", "spokeswoman", "chairman" … */
const POSTS = [
  "minister",
  "envoy",
  "ambassador",
  "chief",
  "governor",
  "negotiator",
  "mediator",
  "representative",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "head",
  "leader",
  "president",
  "director",
  "secretary",
  "adviser",
  "advisor",
  "commander",
  "mayor",
  "chair",
  "chairman",
  "chairwoman",
];

/** A party speaking for a side, not a person: "the Israeli SIDE", "Syria's DELEGATION". */
const PARTIES = ["side", "delegation"];

/** A person's post, as a regular-expression group (no plural, no word boundary). */
export const POST_NOUN = `(?:${POSTS.join("|")})`;

/** Whoever holds a post or speaks for a side, singular or plural, as a whole word. */
export const ROLE_NOUNS = `(?:${[...POSTS, ...PARTIES].join("|")})s?\\b`;
