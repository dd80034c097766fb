// The 👍/👎 row: custom ids round-trip, every answer gets the row without losing Discord's limits, and only
// answers and abstentions are rateable.
import { describe, expect, test } from "vitest";
import { abstainReply } from "../../src/commands/replies/answer.js";
import { noticeReply } from "../../src/commands/replies/notices.js";
import type { Reply } from "../../src/commands/reply.js";
import {
  factIdsOf,
  feedbackId,
  isRateable,
  parseFeedbackId,
  withFeedback,
} from "../../src/discord/feedback.js";
import { ACTION_ROWS_MAX, CUSTOM_ID_MAX } from "../../src/discord/limits.js";
import { type RenderedMessage, renderReply } from "../../src/discord/render.js";

test.each([
  ["up", "1"],
  ["down", "12345678901234567890"],
] as const)("feedbackId(%s, %s) parses back and fits a custom_id", (vote, id) => {
  const customId = feedbackId(vote, id);
  expect(customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  expect(parseFeedbackId(customId)).toEqual({ vote, answerId: id });
});

test.each([
  "feedback:sideways:1",
  "feedback:up:",
  "feedback:up:12a",
  "suggest:x",
  "feedback:up:123456789012345678901",
])("parseFeedbackId(%j) is undefined", (customId) => {
  expect(parseFeedbackId(customId)).toBeUndefined();
});

describe("withFeedback", () => {
  const rows = (n: number): RenderedMessage => ({
    embeds: [],
    ephemeral: false,
    components: Array.from({ length: n }, () => ({
      type: 1,
      components: [],
    })) as RenderedMessage["components"],
  });

  test.each([0, 1, 4, 5])("with %i rows before: the 👍/👎 row is last, never more than 5 rows", (n) => {
    const before = rows(n);
    const after = withFeedback(before, "42");
    expect(after.components.length).toBe(Math.min(n + 1, ACTION_ROWS_MAX));
    const last = after.components.at(-1)?.components ?? [];
    expect(last.map((b) => ("emoji" in b ? b.emoji?.name : undefined))).toEqual(["👍", "👎"]);
    expect(last.map((b) => ("custom_id" in b ? b.custom_id : undefined))).toEqual([
      "feedback:up:42",
      "feedback:down:42",
    ]);
    // The shared message is not changed.
    expect(before.components).toHaveLength(n);
  });
});

describe("what is rateable", () => {
  const abstain = abstainReply("Who won?", "", [{ factId: "f2", question: "Who leads?" }], false);
  test("answers and abstentions, not notices", () => {
    expect(isRateable(abstain)).toBe(true);
    expect(isRateable(noticeReply("hi"))).toBe(false);
  });
  test("an abstention's facts are the ones it suggested; an answer's, those it cites", () => {
    expect(factIdsOf(abstain)).toEqual(["f2"]);
    const answer: Reply = {
      ...abstain,
      kind: "answer",
      suggestions: [],
      citations: [
        { quote: "q", source: "s", url: null, factId: "f1" },
        { quote: "r", source: "s", url: null, factId: "f1" },
      ],
    };
    expect(factIdsOf(answer)).toEqual(["f1"]);
    expect(renderReply(answer).components.length).toBeLessThan(ACTION_ROWS_MAX + 1);
  });
});
