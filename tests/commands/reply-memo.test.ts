// A repeated question is answered with the engine's remembered, frozen Answer; its reply and its Discord
// message are then built once and shared, and nothing hand-built is ever cached.
import { describe, expect, test } from "vitest";
import { answerReply } from "../../src/commands/reply.js";
import { renderReply } from "../../src/discord/render.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const engine = createEngine(loadKnowledgeBase());

describe("replies to remembered answers", () => {
  test("the same answer gives the same frozen reply and message, per visibility", () => {
    const answer = engine.ask("Who leads Syria's side?");
    const reply = answerReply(answer, false);
    expect(answerReply(engine.ask("Who leads Syria's side?"), false)).toBe(reply);
    expect(Object.isFrozen(reply)).toBe(true);
    expect(renderReply(reply)).toBe(renderReply(answerReply(answer, false)));
    const hidden = answerReply(answer, true);
    expect(hidden).not.toBe(reply);
    expect(hidden.ephemeral).toBe(true);
    expect(reply.ephemeral).toBe(false);
    expect(renderReply(hidden).ephemeral).toBe(true);
  });

  test("a hand-built (unfrozen) answer is never cached", () => {
    const answer = { ...engine.ask("What is Quneitra?") };
    const first = answerReply(answer, false);
    const second = answerReply(answer, false);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(Object.isFrozen(first)).toBe(false);
    expect(renderReply(first)).not.toBe(renderReply(first));
  });
});
