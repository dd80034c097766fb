// The one memo of replies. The engine hands out the same Answer object for a repeated question (its own
// answer memo, src/engine); the reply built for it is kept here, keyed by that object and visibility, so a
// channel asking the same thing again and again builds it once, and src/discord/render.ts keeps the Discord
// message of a remembered reply the same way. Only askQuestion (src/commands/ask.ts) remembers replies:
// anything built by hand is built each time. A remembered reply is shared, so it is frozen.
import type { Answer } from "../../engine/types.js";
import { deepFreeze } from "../../shared/freeze.js";
import type { Reply } from "../reply.js";
import { answerReply } from "./answer.js";

const repliesByAnswer = new WeakMap<Answer, { public?: Reply; hidden?: Reply }>();
const remembered = new WeakSet<Reply>();

/** The reply to an engine answer, built once per answer and visibility. */
export function rememberedAnswerReply(answer: Answer, ephemeral: boolean): Reply {
  const slot = ephemeral ? "hidden" : "public";
  const replies = repliesByAnswer.get(answer) ?? {};
  let reply = replies[slot];
  if (!reply) {
    reply = deepFreeze(answerReply(answer, ephemeral));
    remembered.add(reply);
    replies[slot] = reply;
    repliesByAnswer.set(answer, replies);
  }
  return reply;
}

/** A reply from this memo: shared and never changed, so what is derived from it may be kept with it. */
export function isRemembered(reply: Reply): boolean {
  return remembered.has(reply);
}
