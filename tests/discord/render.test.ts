import { escapeMarkdown, MessageFlags } from "discord.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { answerReply } from "../../src/commands/replies/answer.js";
import { noticeReply } from "../../src/commands/replies/notices.js";
import { timelineReply } from "../../src/commands/replies/timeline.js";
import type { Reply } from "../../src/commands/reply.js";
import {
  escapeText,
  fitLines,
  mayNeedMarkdownEscape,
  messageLink,
  neutraliseMentions,
  renderCombined,
  renderReply,
  toInteractionPayload,
  toMessagePayload,
} from "../../src/discord/render.js";
import type { Answer } from "../../src/engine/types.js";
import { truncate } from "../../src/shared/truncate.js";
import { abstained, answered, dalati, israelUnnamed, story } from "../commands/fixtures.js";
import { liveMarkdown, rawMentions } from "../property/hostile.js";
import { allText, limitViolations } from "./limits-check.js";

const NASTY =
  "@everyone @here <@123456789012345678> <@&98765> <#555> **bold** __u__ ||spoiler|| `code` [x](https://evil.example) # heading";

function hugeAnswer(citationCount: number, quoteLength: number, url = true): Answer {
  return {
    question: `${"why ".repeat(1000)}${NASTY}`,
    status: "answered",
    parts: [
      {
        text: `${"Long answer. ".repeat(500)}${NASTY}`,
        citations: Array.from({ length: citationCount }, (_, i) => ({
          quote: `${"q".repeat(quoteLength)} ${NASTY} ${i}`,
          source: `Source ${i} ${"s".repeat(300)}`,
          url: url ? `https://example.com/${i}` : null,
          factId: `fact-${i}`,
        })),
      },
    ],
    score: 0.9,
    factIds: [],
    suggestions: [],
  };
}

describe("truncate", () => {
  test.each([
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["this is too long", 8, "this is…"],
    ["abc", 1, "…"],
    ["abc", 0, ""],
  ])("truncate(%j, %i) = %j", (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  test("never leaves half a surrogate pair", () => {
    const out = truncate("a😀😀😀", 3);
    expect(out.length).toBeLessThanOrEqual(3);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("escaping", () => {
  test.each([
    ["@everyone", "@\u200beveryone"],
    ["@here", "@\u200bhere"],
    ["<@123>", "<\u200b@123>"],
    ["<@!123>", "<\u200b@!123>"],
    ["<@&123>", "<\u200b@&123>"],
    ["<#123>", "<\u200b#123>"],
    ["plain text", "plain text"],
  ])("neutraliseMentions(%j)", (input, expected) => {
    expect(neutraliseMentions(input)).toBe(expected);
  });

  test.each([
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["_it_", "\\_it\\_"],
    ["`code`", "\\`code\\`"],
    ["||spoiler||", "\\|\\|spoiler\\|\\|"],
    ["# heading", "\\# heading"],
  ])("escapeText(%j) shows markdown literally", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test("URLs survive intact and do not unfurl", () => {
    expect(escapeText("see https://x.com/Levant_24_/status/1 now")).toBe(
      "see <https://x.com/Levant_24_/status/1> now",
    );
  });
});

describe("skipping escapeMarkdown", () => {
  const options = { heading: true, bulletedList: true, numberedList: true, maskedLink: true };
  // Every character escapeMarkdown reacts to, next to ones it must not: lines, digits, URLs, emoji markup.
  const unit = fc.constantFrom(
    ..."\\`*_~|#[]()<>:/.-+ \n\r\t\u2028aZ09é’—".split(""),
    "https://",
    "<a:x:1>",
    "1.",
    "- ",
  );
  test("happens only where escapeMarkdown would change nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        if (!mayNeedMarkdownEscape(text)) expect(escapeMarkdown(text, options)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });
  test("plain article text skips it; markup does not", () => {
    expect(mayNeedMarkdownEscape("Syria's side is led by Ahmad al-Dalati (Quneitra), 2025. [1]")).toBe(false);
    for (const text of ["a\\b", "`x`", "*x*", "_x_", "~~x~~", "||x||", "# x", "[x](y)", "- x", "a\n1. x"]) {
      expect(mayNeedMarkdownEscape(text)).toBe(true);
    }
  });
});

describe("fitLines", () => {
  test.each([
    [["a", "b"], 10, "a\nb"],
    [["0123456789", "x"], 10, "0123456789"],
    [["short", "a much longer line that will not fit at all in the space"], 40],
  ])("fits %j in %i", (lines, max, expected?: string) => {
    const out = fitLines(lines as string[], max as number);
    expect(out.length).toBeLessThanOrEqual(max as number);
    if (expected !== undefined) expect(out).toBe(expected);
  });
});

describe("renderReply", () => {
  test.each([
    ["one citation", hugeAnswer(1, 10)],
    ["many citations", hugeAnswer(60, 200)],
    ["huge quotes", hugeAnswer(10, 3000)],
    ["no urls", hugeAnswer(40, 500, false)],
  ])("stays within every limit: %s", (_name, answer) => {
    const message = renderReply(answerReply(answer, false));
    expect(limitViolations(message)).toEqual([]);
  });

  test("a 4000-character question with mentions is echoed short and escaped; nothing pings", () => {
    const message = renderReply(answerReply(hugeAnswer(3, 50), false));
    const text = allText(message);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<[@#]/);
    expect(text).not.toContain("**bold**");
    expect(message.embeds[0]?.description).toContain("> ");
    expect(toInteractionPayload(message).allowedMentions).toEqual({ parse: [] });
  });

  test("citations are numbered and every [n] in the text has a matching field", () => {
    const message = renderReply(answerReply(answered("who leads?", [dalati, israelUnnamed]), false));
    const embed = message.embeds[0];
    const fieldNumbers = (embed?.fields ?? []).map((f) => Number(/^\[(\d+)\]/.exec(f.name)?.[1]));
    expect(fieldNumbers).toEqual([1, 2, 3]);
    const cited = [...(embed?.description ?? "").matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) =>
      (m[1] ?? "").split(", ").map(Number),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const n of cited) expect(fieldNumbers).toContain(n);
  });

  test("too many citations: the rest are counted in the footer", () => {
    const message = renderReply(answerReply(hugeAnswer(60, 200), false));
    const shown = message.embeds[0]?.fields?.length ?? 0;
    expect(shown).toBeLessThan(60);
    expect(message.embeds[0]?.footer?.text).toContain(`${60 - shown} more citations`);
  });

  test("one link button per distinct URL, at most 5 per row and 5 rows", () => {
    const message = renderReply(answerReply(hugeAnswer(40, 20), false));
    expect(message.components.length).toBe(5);
    for (const row of message.components) expect(row.components.length).toBeLessThanOrEqual(5);
    const same = renderReply(answerReply(answered("q", [israelUnnamed, israelUnnamed]), false));
    expect(same.components.flatMap((r) => r.components)).toHaveLength(1);
  });

  test("abstention offers did-you-mean buttons that carry fact ids", () => {
    const message = renderReply(answerReply(abstained("what is the weather?"), false));
    const buttons = message.components.flatMap((r) => r.components);
    expect(buttons.some((b) => "custom_id" in b && b.custom_id === "suggest:dalati-leads")).toBe(true);
    expect(message.embeds[0]?.description).toContain("Did you mean");
  });

  test("hide → ephemeral flag on interactions; message replies never ping the author", () => {
    const hidden = toInteractionPayload(renderReply(answerReply(answered("q"), true)));
    expect(hidden.flags).toBe(MessageFlags.Ephemeral);
    const shown = toInteractionPayload(renderReply(answerReply(answered("q"), false)));
    expect(shown.flags).toBeUndefined();
    expect(toMessagePayload(renderReply(answerReply(answered("q"), false))).allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
    });
  });

  test("a timeline of hundreds of entries stays within limits", () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({
      fact: { ...dalati, id: `f${i}`, statement: `Event ${i} ${"x".repeat(100)}` },
      when: `day ${i}`,
      sort: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`,
      implied: i % 2 === 0,
    }));
    const reply: Reply = timelineReply(entries, undefined, story, false);
    expect(limitViolations(renderReply(reply))).toEqual([]);
  });
});

describe("masked links with URL-like labels", () => {
  test.each([
    "who leads? [Full report (https://)](https://evil.example/phish)",
    "[https://discord.com](https://evil.example/phish)",
    "[a](<https://evil.example>)",
    "[1](https://evil.example/phish)",
    "see [Golan [1]](https://evil.example/x) now",
  ])("%j is no live link once escaped", (text) => {
    expect(liveMarkdown(escapeText(text))).toEqual([]);
  });

  test("citation markers stay readable", () => {
    expect(escapeText("Syria leads [1, 2] and [3].")).toBe("Syria leads [1, 2] and [3].");
  });
});

describe("combined answers (a busy channel)", () => {
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      messageLink("1", "2", String(1_000_000_000_000_000_000n + BigInt(i))),
    );

  test.each([
    ["two small", [hugeAnswer(1, 10), hugeAnswer(2, 20)], 2],
    ["five huge", Array.from({ length: 5 }, (_, i) => hugeAnswer(20 + i, 2000)), 15],
    ["one answer asked five times", [hugeAnswer(10, 3000)], 5],
  ])("%s stay within every limit, say so and link each question", (_name, answers, asked) => {
    const replies = answers.map((a) => answerReply(a, false));
    const message = renderCombined(replies, links(asked));
    expect(limitViolations(message)).toEqual([]);
    expect(message.content).toMatch(new RegExp(`^Answering ${asked} questions together`));
    for (const link of links(asked)) expect(message.content).toContain(`<${link}>`);
    expect(message.embeds).toHaveLength(new Set(replies).size);
  });
});

describe("a notice cut at Discord's limit", () => {
  // Found by the property test (seed 369739510): /who-leads echoed a 1,979-character side of URLs holding
  // "@everyone"; the cut at 2,000 dropped the last autolink's ">", leaving its "@everyone" as plain text.
  test.each([
    ["one long URL", `There is no side “${"http://x.y/@everyone".repeat(120)}” here.`],
    ["many URLs", `There is no side “${"http://x.y/@everyone@everyone".repeat(68)}http://” here.`],
  ])("%s: no mention outside a link, within the limit", (_, body) => {
    const content = renderReply(noticeReply(body)).content ?? "";
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(rawMentions(content)).toEqual([]);
    expect(content.endsWith("…")).toBe(true);
  });
});
