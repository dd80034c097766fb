// A repeated question is answered with the engine's remembered Answer; askQuestion keeps its reply in the one
// reply memo (src/commands/replies/memo.ts) and render.ts its Discord message, so both are built once and
// shared. Replies built by hand are never cached, frozen or not.
import { describe, expect, test } from "vitest";
import { askQuestion } from "../../src/commands/ask.js";
import { answerReply } from "../../src/commands/replies/answer.js";
import { isRemembered } from "../../src/commands/replies/memo.js";
import { renderReply } from "../../src/discord/render.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const engine = createEngine(loadKnowledgeBase());

describe("replies to remembered answers", () => {
  test("the same answer gives the same frozen reply and message, per visibility", () => {
    const { answer, reply } = askQuestion({ engine }, "Who leads Syria's side?", false);
    expect(askQuestion({ engine }, "Who leads Syria's side?", false).reply).toBe(reply);
    expect(isRemembered(reply)).toBe(true);
    expect(Object.isFrozen(reply)).toBe(true);
    expect(renderReply(reply)).toBe(
      renderReply(askQuestion({ engine }, "Who leads Syria's side?", false).reply),
    );
    const hidden = askQuestion({ engine }, "Who leads Syria's side?", true).reply;
    expect(hidden).not.toBe(reply);
    expect(hidden.ephemeral).toBe(true);
    expect(reply.ephemeral).toBe(false);
    expect(renderReply(hidden).ephemeral).toBe(true);
    // Built by hand from the very same answer: equal, never the remembered one, never cached.
    const built = answerReply(answer, false);
    expect(built).toEqual(reply);
    expect(built).not.toBe(reply);
    expect(isRemembered(built)).toBe(false);
  });

  test("a hand-built reply is never cached, even frozen", () => {
    const answer = { ...engine.ask("What is Quneitra?") };
    const first = answerReply(answer, false);
    const second = answerReply(answer, false);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(renderReply(first)).not.toBe(renderReply(first));
    const frozen = Object.freeze(answerReply(answer, false));
    expect(renderReply(frozen)).not.toBe(renderReply(frozen));
    expect(renderReply(frozen)).toEqual(renderReply(first));
  });
});
