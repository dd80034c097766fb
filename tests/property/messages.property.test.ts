// The free-text path (decide → engine → reply → render) under hostile messages, minus the network: the
// end-to-end sample in tests/e2e/hostile.test.ts sends some of the same through the real bot process.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { askQuestion } from "../../src/commands/ask.js";
import { decideMessage } from "../../src/discord/messages.js";
import { MAX_QUESTION_LENGTH } from "../../src/engine/question-length.js";
import type { Engine } from "../../src/engine/types.js";
import { hostileText } from "./hostile.js";
import { ctx, expectSafe, NUM_RUNS } from "./safe-reply.js";

const BOT_ID = "900000000000000001";

describe("the free-text message path", () => {
  const message = (content: string, over: Partial<Parameters<typeof decideMessage>[0]> = {}) => ({
    authorId: "1",
    authorIsBot: false,
    channelId: "2",
    content,
    mentionsBot: false,
    repliesToBot: false,
    ...over,
  });
  const policy = { botId: BOT_ID, qaChannelIds: new Set(["2"]) };

  test("a question in any form: decided without a throw, answered within every limit", () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom("qa", "mention", "reply"), (content, how) => {
        const incoming =
          how === "qa"
            ? message(content)
            : how === "mention"
              ? message(`<@${BOT_ID}> ${content}`, { channelId: "3", mentionsBot: true })
              : message(content, { channelId: "3", repliesToBot: true });
        const decision = decideMessage(incoming, policy);
        if (decision.action !== "answer") return;
        // What the handler does with an answer decision, minus the network.
        expectSafe(askQuestion(ctx, decision.question, false).reply, content);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("the question handed to the engine is at most MAX_QUESTION_LENGTH characters, as for /ask", () => {
    const asked: string[] = [];
    // The real engine, watched: what reaches its ask().
    const engine: Engine = Object.assign(Object.create(ctx.engine) as Engine, {
      ask: (question: string) => {
        asked.push(question);
        return ctx.engine.ask(question);
      },
    });
    fc.assert(
      fc.property(hostileText, (content) => {
        const decision = decideMessage(message(`Who leads? ${content}`), policy);
        if (decision.action !== "answer") return;
        asked.length = 0;
        askQuestion({ engine }, decision.question, false);
        expect(asked).toHaveLength(1);
        expect(asked[0]?.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
        expect(decision.question.startsWith(asked[0] ?? "")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("a bot's message is never answered, whatever it says", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (content, mentions) => {
        const decision = decideMessage(
          message(content, { authorIsBot: true, mentionsBot: mentions }),
          policy,
        );
        expect(decision.action).toBe("ignore");
      }),
      { numRuns: 200 },
    );
  });
});
