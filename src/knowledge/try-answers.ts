// kb:try's judgement of each answer: asked through the real engine on the whole base, a question about what an
// article adds is answered from that article, by a fact naming what was asked — or it is flagged, so the
// curator sees before going live what the drafts fail to answer (the fifth curator trial found these only by
// asking the live bot: a refusal, an August question answered with a May fact, "where did Syria and Israel
// meet" answered with a meeting Israel was not at).
import { compiledRegExp, escapeRegExp } from "../engine/regexp.js";
import type { Answer, Engine } from "../engine/types.js";
import { namesTakingPart } from "./taking-part.js";
import type { Named, TryQuestion } from "./try-questions.js";
import type { Fact } from "./types.js";

/** Each flag kb:try raises, in the order it prints them; "ok" is none. */
export const TRY_VERDICTS = ["refused", "another-article", "not-named", "another-fact", "ok"] as const;
export type TryVerdict = (typeof TRY_VERDICTS)[number];

export interface TriedQuestion {
  question: TryQuestion;
  verdict: TryVerdict;
  answer: Answer;
  /** The fact the answer leads with (undefined for a refusal). */
  lead: Fact | undefined;
  /** What the lead fact does not name, for "not-named". */
  missing: string[];
}

/**
 * Whether `fact` names `thing`: holds its side, or its entity, or says one of its words — for a party asked
 * about as taking part, its side or words telling it taking part only.
 */
function factNames(fact: Fact, thing: Named): boolean {
  if (thing.side !== undefined && fact.side === thing.side) return true;
  if (thing.takesPart) {
    const texts = [fact.statement, ...fact.quotes.map((q) => q.text)];
    return texts.some((text) => namesTakingPart(text, thing.words, thing.otherNames));
  }
  if (thing.entityIds.some((id) => fact.entities.includes(id))) return true;
  const text = [fact.statement, ...fact.quotes.map((q) => q.text)].join("\n");
  // Letters and digits either side end a word: "U.S." and "Residents' group" end in none.
  return thing.words.some((word) =>
    compiledRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu").test(text),
  );
}

/** The verdict on one answer to a question about `articleId`. */
export function judge(
  question: TryQuestion,
  answer: Answer,
  facts: ReadonlyMap<string, Fact>,
  articleId: string,
) {
  const lead = answer.status === "answered" ? facts.get(answer.factIds[0] ?? "") : undefined;
  const missing = lead ? question.names.filter((n) => !factNames(lead, n)).map((n) => n.id) : [];
  const verdict: TryVerdict =
    answer.status !== "answered" || !lead
      ? "refused"
      : lead.articleId !== articleId
        ? "another-article"
        : missing.length > 0
          ? "not-named"
          : question.expected.length > 0 && !answer.factIds.some((id) => question.expected.includes(id))
            ? "another-fact"
            : "ok";
  return { verdict, lead, missing };
}

/** Asks every question of `engine` and judges each answer. */
export function tryArticle(
  engine: Engine,
  articleId: string,
  questions: readonly TryQuestion[],
): TriedQuestion[] {
  const facts = new Map(engine.facts.map((f) => [f.id, f]));
  return questions.map((question) => {
    const answer = engine.ask(question.text);
    return { question, answer, ...judge(question, answer, facts, articleId) };
  });
}
