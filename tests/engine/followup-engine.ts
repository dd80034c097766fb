// An engine on a follow-up base (the seed and both fixture articles, drafted by kb:add or reviewed), for
// tests that ask it questions: the base's scratch directory is removed once it is loaded.
import { buildFollowupBase, type FollowupVariant } from "../../bench/followups.js";
import { type AnswerEngine, createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

export function followupEngine(variant: FollowupVariant): AnswerEngine {
  const base = buildFollowupBase(variant);
  try {
    return createEngine(loadKnowledgeBase(base.dir));
  } finally {
    base.remove();
  }
}
