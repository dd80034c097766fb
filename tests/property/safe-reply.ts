// What every reply must satisfy whatever the input, shared by the property tests of the commands and of
// the free-text message path.
import { expect } from "vitest";
import type { Reply } from "../../src/commands/reply.js";
import type { CommandContext } from "../../src/commands/types.js";
import {
  type RenderedMessage,
  renderReply,
  toInteractionPayload,
  toMessagePayload,
} from "../../src/discord/render.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { allText, limitViolations } from "../discord/limits-check.js";
import { liveMarkdown, rawMentions } from "./hostile.js";

const kb = loadKnowledgeBase();
export const ctx: CommandContext = { engine: createEngine(kb), articles: kb.articles, story: kb.story };
export const NUM_RUNS = 300;

/** No lone surrogate (String.prototype.isWellFormed is ES2024; the project targets ES2023). */
const wellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

/** The echoed user text: the first description line of an embed reply, "> …". */
function echoLine(message: RenderedMessage): string | undefined {
  const first = message.embeds[0]?.description?.split("\n")[0];
  return first?.startsWith("> ") ? first.slice(2) : undefined;
}

/** Everything a reply must satisfy, whatever the input. */
export function expectSafe(reply: Reply, userText: string): RenderedMessage {
  const message = renderReply(reply);
  expect(limitViolations(message)).toEqual([]);
  const text = allText(message);
  expect(rawMentions(text)).toEqual([]);
  if (wellFormed(userText)) expect(wellFormed(text)).toBe(true);
  const echo = echoLine(message);
  if (echo !== undefined) expect(liveMarkdown(echo)).toEqual([]);
  expect(toInteractionPayload(message).allowedMentions).toEqual({ parse: [] });
  expect(toMessagePayload(message).allowedMentions).toEqual({ parse: [], repliedUser: false });
  return message;
}
