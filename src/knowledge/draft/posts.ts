// The one list of words for a person's post or a side's party that drafting reads names and roles by: after
// "Norway's foreign MINISTER," an appositive names the person (entities.ts); "Norway's foreign MINISTER, X" ties X
// to Norway's side (sides.ts); "the Czech AMBASSADOR to Austria" places no one in Austria (sentences.ts).

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

/** A party speaking for a side, not a person: "the Chilean SIDE", "Norway's DELEGATION". */
const PARTIES = ["side", "delegation"];

/** A person's post, as a regular-expression group (no plural, no word boundary). */
export const POST_NOUN = `(?:${POSTS.join("|")})`;

/** Whoever holds a post or speaks for a side, singular or plural, as a whole word. */
export const ROLE_NOUNS = `(?:${[...POSTS, ...PARTIES].join("|")})s?\\b`;
