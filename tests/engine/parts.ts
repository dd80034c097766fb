// What an engine answer says, for tests that look at its words or quotes rather than at a reply.
import type { Answer, Citation } from "../../src/engine/types.js";

/** The answer's parts in plain words, without citation numbers (those are the reply's). */
export function textOf(answer: Answer): string {
  return answer.parts.map((p) => p.text).join(" ");
}

/** Every citation of every part, in order (a quote cited twice appears twice). */
export function citationsOf(answer: Answer): Citation[] {
  return answer.parts.flatMap((p) => p.citations);
}
