// Replies to a question: the engine's answer or abstention, a picked "did you mean" fact, a fact not found.
import type { Answer, Suggestion } from "../../engine/types.js";
import type { Fact } from "../../knowledge/types.js";
import { CitationList, plainText } from "../citations.js";
import { baseReply, type Reply } from "../reply.js";
import { markers } from "../text.js";

/** The engine's answer (or abstention) to a question, its citations numbered once here. */
export function answerReply(answer: Answer, ephemeral: boolean): Reply {
  if (answer.status === "answered") {
    const list = new CitationList();
    const body = list.answerText(answer.parts);
    return {
      ...baseReply("answer", "Answer", body, ephemeral),
      echo: answer.question,
      citations: list.items,
    };
  }
  return abstainReply(answer.question, plainText(answer.parts), answer.suggestions, ephemeral);
}

/**
 * Sentences that tell a Discord user how to pick (buttons, the autocomplete list). The terminal renders
 * suggestions as a numbered list and words its own instruction in place of these (src/terminal/render.ts).
 */
export const PICK_SUGGESTION_FOOTER = "Pick a question below, or try /timeline, /who-leads or /about.";
export const UNKNOWN_FACT_BODY =
  "I couldn't find a fact matching that. Start typing in the `fact` option and pick one from the list.";

export function abstainReply(
  question: string,
  explanation: string,
  suggestions: readonly Suggestion[],
  ephemeral: boolean,
): Reply {
  const body = explanation.trim() === "" ? "I can't answer that from the articles I know." : explanation;
  return {
    ...baseReply("abstain", "I can't answer that from the article", body, ephemeral),
    echo: question,
    suggestions: [...suggestions],
    footer: suggestions.length > 0 ? PICK_SUGGESTION_FOOTER : "Try /timeline, /who-leads or /about.",
  };
}

/** A single fact as an answer: used when someone picks a "did you mean" suggestion. */
export function factReply(fact: Fact, ephemeral: boolean): Reply {
  const list = new CitationList();
  const numbers = list.addFact(fact);
  return {
    ...baseReply("answer", "Answer", `${fact.statement} ${markers(numbers)}`.trim(), ephemeral),
    echo: fact.questions[0],
    citations: list.items,
  };
}

export function unknownFactReply(
  typed: string,
  suggestions: readonly Suggestion[],
  ephemeral: boolean,
): Reply {
  return {
    ...baseReply("abstain", "No such fact", UNKNOWN_FACT_BODY, ephemeral),
    echo: typed,
    suggestions: [...suggestions],
  };
}
