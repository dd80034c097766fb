// What a count is asked within: "how many people were killed BY THE STRIKES ON THE TROOPS", "how many were
// injured IN THE FIGHTING", "what death toll did the ministry give FOR THE PROVINCE". A fact's figure answers
// only when the fact holds that scope (support-check.ts): a toll of the fighting is no toll of the strikes,
// and a count of the injured in the capital is none of the injured in the province, however much else the
// fact shares with the ask.

/** An ask for a count, or for a toll (which is one). */
const COUNT_ASK =
  /\b(?:how many|how much|number of|what number|(?:death|casualty) tolls?|tolls?|casualt(?:y|ies)|body count)\b/i;
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(" "));
/** What opens the scope: a preposition (the agent, the event, the place), or "when" ("killed WHEN X struck Y"). */
const SCOPE_OPENS = wordSet("by in from during near for at among inside within when");
/** The verb of a count ask comes with one of these: "how many WERE killed", "what toll DID they give". */
const AUXILIARIES = wordSet("is are was were be been do does did has have had got get");
/** A word of the count ask's verb: an auxiliary, or a past form ("how many people DIED in …"). */
const isVerbOfCount = (token: string): boolean => AUXILIARIES.has(token) || /^\p{L}{2,}ed$/u.test(token);
/**
 * Words inside the scope that join its words and say nothing a fact must: prepositions ("the strikes ON the
 * troops NEAR the city") and articles.
 */
const JOINING_WORDS = new Set([
  ...SCOPE_OPENS,
  ...wordSet("on of to with against across into onto over under around outside the a an"),
]);
/**
 * Words that end the scope: another clause or the figure's source ("… ACCORDING TO the monitor", "… AND
 * what …", "… PER the ministry"), an order in time that time-intent.ts reads ("… AFTER the ceasefire"), a
 * word about the count itself ("… in TOTAL", "… so FAR").
 */
const SCOPE_ENDS = wordSet(
  "according and or but so since after before until when while because that which who whom whose where if than as per compared versus vs like yet now far total overall altogether exactly specifically",
);

/**
 * The words of the phrase a count ask counts within, as typed (lower case, less joining words): from the first
 * opener of SCOPE_OPENS after the count words and the ask's verb to the end of the clause; none when the ask
 * asks no count or names no such phrase. The caller keeps the words that carry content.
 */
export function countScopeWords(ask: string): string[] {
  const found = COUNT_ASK.exec(ask);
  if (!found) return [];
  const rest = ask.slice(found.index + found[0].length);
  const tokens = rest.toLowerCase().match(/[\p{L}\p{N}'’-]+|[,;:?!.()—–]/gu) ?? [];
  const opens = tokens.findIndex((token) => SCOPE_OPENS.has(token));
  // "how many people IN THE KNOW did the agency lean on": a phrase before the verb says who is counted, not
  // what they are counted within ("how many were killed BY …", "what toll did the ministry give FOR …").
  if (opens === -1 || !tokens.slice(0, opens).some(isVerbOfCount)) return [];
  const scope: string[] = [];
  for (const token of tokens.slice(opens + 1)) {
    if (SCOPE_ENDS.has(token) || !/[\p{L}\p{N}]/u.test(token)) break;
    if (!JOINING_WORDS.has(token)) scope.push(token);
  }
  return scope;
}
