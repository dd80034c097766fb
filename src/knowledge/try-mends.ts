// Which of kb:try's findings no statement can mend. The sixth curator trial rewrote the four statements kb:try
// flagged ("stayed silent" → "said nothing publicly", the date first …), applied and tried again: the same four
// failed, five minutes spent for nothing, since the engine's reading of those questions, not the wording, was
// what failed. So each finding is asked again of a probe base in which the statements it would be mended in
// carry the question's own words (and the question itself, as the redraw of a rewritten statement's questions
// might give): the best any rewrite could do. A finding that still fails there is the engine's, and kb:try says
// so; one that passes may be mended (the probe proves no wording, it only rules the futile rounds out).
import { createEngine } from "../engine/engine.js";
import { type TriedQuestion, tryArticle } from "./try-answers.js";
import type { TryQuestion } from "./try-questions.js";
import type { Fact, KnowledgeBase } from "./types.js";

/** `fact` with each of `questions` put into its statement (its drafted questions are kept as they are). */
function withQuestionWords(fact: Fact, questions: readonly TryQuestion[]): Fact {
  const texts = questions.map((q) => q.text);
  return { ...fact, statement: [fact.statement, ...texts].join(" ") };
}

/**
 * The findings among `flagged` that still fail with their question's words in the statements that would mend
 * them; a finding with no such statement (`mends` empty) is never among them. One probe base for all first (a
 * fact mending two findings carries both questions), then each still failing alone.
 */
export function unmendable(
  kb: KnowledgeBase,
  articleId: string,
  flagged: readonly TriedQuestion[],
): Set<TryQuestion> {
  const probed = flagged.map((t) => t.question).filter((q) => q.mends.length > 0);
  if (probed.length === 0) return new Set();
  const byFact = new Map<string, TryQuestion[]>();
  for (const question of probed)
    for (const id of question.mends) byFact.set(id, [...(byFact.get(id) ?? []), question]);
  const facts = kb.facts.map((f) => {
    const questions = byFact.get(f.id);
    return questions ? withQuestionWords(f, questions) : f;
  });
  const retried = tryArticle(createEngine({ ...kb, facts }), articleId, probed);
  // One shared probe base is quick, but a fact carrying two questions' words can lose one to the other (review
  // 18): each finding that still fails there is asked again of a base carrying its words alone, and marked only
  // if it fails there too.
  const failing = retried.filter((t) => t.verdict !== "ok").map((t) => t.question);
  return new Set(
    failing.filter((question) => {
      if (failing.length === 1 && probed.length === 1) return true;
      const alone = kb.facts.map((f) =>
        question.mends.includes(f.id) ? withQuestionWords(f, [question]) : f,
      );
      const [again] = tryArticle(createEngine({ ...kb, facts: alone }), articleId, [question]);
      return again?.verdict !== "ok";
    }),
  );
}
