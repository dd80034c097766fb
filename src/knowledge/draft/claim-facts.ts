// One fact per claim at a sentence's end: a sentence that ends on claims about a noun gives each such claim a
// fact of its own, quoting the part it rests on. Pure.
import { formatSortable } from "../dates.js";
import { resolveDates } from "./dates.js";
import { type DraftContext, sectionKeywords } from "./draft-context.js";
import { type DraftFact, factId } from "./draft-fact.js";
import { entitiesIn } from "./entities.js";
import { clausesOf, infinitiveOf, NUMBER_WORDS, statementOf, withInfinitives } from "./sentences.js";
import { shortQuestions } from "./short-questions.js";
import { trailingClaims } from "./wording.js";

// One fact per claim: a sentence that ends on a claim about a noun ("…, the Kivu ceasefire, which has held
// since 19 July after fighting that the Observatory says killed at least 1,300 people") gives each
// such claim a fact of its own, quoting the part it rests on. The sentence's own fact keeps the whole
// sentence: trimmed to its first claim, it lost the words readers find it by.
export function claimFactsOf(ctx: DraftContext, sentence: string, section: string | null): DraftFact[] {
  const { index, reference, topicWords, fallbackTopic, irregular, taken } = ctx;
  const trailing = trailingClaims(sentence);
  const claimFacts: DraftFact[] = [];
  if (trailing) {
    const about = entitiesIn(trailing.claims[0]?.quote ?? "", index);
    // "the Kivu ceasefire, which has held … after fighting that … killed": the one place the claims are about.
    const places = about.filter((e) => e.kind === "place");
    const aboutPlace = places.length === 1 ? places[0]?.name : undefined;
    for (const claim of trailing.claims) {
      const claimDates = resolveDates(claim.statement, reference);
      const claimDated = claimDates.find((d) => d.precision !== "year");
      const kinds = new Set<string>(["what", "yes-no"]);
      if (claimDates.length > 0) kinds.add("when");
      const claimNamed = entitiesIn(claim.statement, index);
      if (claimNamed.some((e) => e.kind === "organisation" || e.kind === "outlet" || e.kind === "person"))
        kinds.add("who");
      let undatedClaim = claim.statement;
      for (const date of claimDates) undatedClaim = undatedClaim.replace(date.text, " ");
      if (NUMBER_WORDS.test(undatedClaim.replace(/\b(1[89]|20)\d\d\b/g, " "))) kinds.add("how-many");
      const claimTopics = topicWords.filter((t) => t.pattern?.test(claim.statement)).map((t) => t.id);
      const claimStatement = statementOf(claim.statement, claimDates);
      const claimFact: DraftFact = {
        id: factId(claim.statement, taken),
        statement: claimStatement,
        quotes: [claim.quote],
        entities: [...new Set([...claimNamed, ...about.filter((e) => e.kind === "place")].map((e) => e.id))],
        topics: claimTopics.length > 0 ? claimTopics : [fallbackTopic],
        questions: [
          ...new Set([
            claimStatement,
            ...withInfinitives(claim.statement, irregular),
            ...clausesOf(claim.statement, (w) => ctx.tagged.verbs.has(w.toLowerCase())),
            ...claimShortQuestions(ctx, claim.statement, kinds, aboutPlace),
          ]),
        ],
        keywords: [
          ...new Set([
            ...claimDates.map((d) => formatSortable(d.sort)),
            ...sectionKeywords(ctx, section, false),
          ]),
        ],
        kinds: [...kinds],
        reviewed: false,
      };
      // "has held since 19 July" is a state as of the report, not an event of 19 July.
      if (claimDated && !/\bsince\s+$/i.test(claim.statement.slice(0, claimDated.index)))
        claimFact.happened = claimDated.sort;
      claimFacts.push(claimFact);
    }
  }
  return claimFacts;
}

/**
 * Short questions of a claim, as of a sentence: "the Observatory says fighting killed at least 1,300 people" →
 * "How many people did fighting kill?", and in the place its noun is about, which the claim does not name
 * ("How many people did fighting kill in Kivu?"): a reader asks the toll of a place.
 */
function claimShortQuestions(
  ctx: DraftContext,
  claim: string,
  kinds: ReadonlySet<string>,
  place: string | undefined,
): string[] {
  const asked = shortQuestions({
    sentence: claim,
    kinds,
    entitiesIn: (text) => entitiesIn(text, ctx.index),
    isVerb: (word) => ctx.tagged.verbs.has(word.toLowerCase()),
    isNoun: ctx.isNoun,
    infinitiveOf: (verb) =>
      ctx.irregular.get(verb.toLowerCase()) ?? (/(?:ed|[^s]s)$/.test(verb) ? infinitiveOf(verb) : verb),
    month: null,
    places: [],
  });
  const inPlace = (q: string) => (place && !q.includes(place) ? [q.replace(/\?$/, ` in ${place}?`)] : []);
  return [...asked, ...asked.filter((q) => q.startsWith("How many ")).flatMap(inPlace)];
}
