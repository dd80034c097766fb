// Renders a Reply as a Discord message: one embed (text + numbered citations as fields), "did you mean"
// buttons and one link button per cited URL. Every string is escaped here, and every Discord limit is
// enforced here, so no command can produce a payload the API rejects or a message that pings anyone.
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type InteractionReplyOptions,
  MessageFlags,
  type MessageReplyOptions,
} from "discord.js";
import { isRemembered } from "../commands/replies/memo.js";
import type { Reply, ReplyKind } from "../commands/reply.js";
import { markers, oneLine } from "../commands/text.js";
import { truncate } from "../shared/truncate.js";
import {
  ACTION_ROWS_MAX,
  BUTTON_LABEL_MAX,
  BUTTON_URL_MAX,
  BUTTONS_PER_ROW,
  CONTENT_MAX,
  CUSTOM_ID_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
  FIELD_NAME_MAX,
  FIELD_VALUE_MAX,
} from "./limits.js";

/** How much of an echoed question is shown; the rest is the user's own text they already have. */
const ECHO_MAX = 300;
/** Room kept for the footer (our note plus "N more citations"). */
const FOOTER_RESERVE = 400;
/** Room kept for citations when a long description competes with them for the 6000-character total. */
const CITATION_RESERVE = 2500;
export const SUGGESTION_ID_PREFIX = "suggest:";

/** Nothing that pings, nobody notified, even if a mention slipped into the text. */
export const NO_MENTIONS = { parse: [] as never[] };

const COLORS: Record<ReplyKind, number> = {
  answer: 0x2f9e44,
  abstain: 0xe8590c,
  info: 0x1c7ed6,
  notice: 0x868e96,
  error: 0xc92a2a,
};

export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Breaks @everyone, @here, <@user>, <@&role>, <#channel> and </command:id> with a zero-width space. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, "@\u200b$1").replace(/<([@#/:])/g, "<\u200b$1");
}

/**
 * What escapeMarkdown leaves live: one `*` or `_` of an even run ("****x****" still renders italic), and
 * masked links — it only sees `[text](url)` whole, and escapeText cuts URLs out before it, so
 * "[official report](https://evil.example)" became a working masked link. Escaping every `[` that some
 * later "](" follows stops the link (escaping the `]` would not: the link pattern does not look at
 * backslashes); other brackets stay as they are, so citation markers read [1]. `linkFollows` says a "]("
 * lies after this piece of text, in a URL escapeText cut out: "[Full report (https://)](https://evil)" (a
 * URL-like label) hid its "](" inside the URL that way. escapeMarkdown escapes backslashes too, so every
 * backslash left starts an escape pair: those are skipped. Subtext ("-# " at a line start) is not known to
 * escapeMarkdown either.
 */
function escapeRemaining(text: string, linkFollows: boolean): string {
  const lastLinkEnd = linkFollows ? text.length : text.lastIndexOf("](");
  return text
    .replace(/\\[\s\S]|[*_`[]/g, (m: string, at: number) =>
      m.length === 2 || (m === "[" && at > lastLinkEnd) ? m : `\\${m}`,
    )
    .replace(/^(\s*)-#/gm, "$1\\-#");
}

/**
 * Everything escapeMarkdown (with the options escapeText uses) acts on: a backslash, ` * _ ~ | # anywhere, a
 * line opening with "-" or "1.", a masked link "[…](…)". Text with none of them comes back from it unchanged,
 * and most article text has none — while its look-behind regexes took most of the time it took to render a
 * reply (profiled under bench/e2e-bench.ts; docs/engine.md, figures).
 */
const MARKDOWN_SIGNIFICANT = /[\\`*_~|#]|^ *(?:-|\d+\.)|\[.+]\(.+\)/m;

/** False only when escapeMarkdown would return `text` as it is, so it can be skipped. */
export function mayNeedMarkdownEscape(text: string): boolean {
  return MARKDOWN_SIGNIFICANT.test(text);
}

/**
 * Makes any text (user's or article's) display literally: markdown escaped, mentions broken. URLs are
 * kept intact (escaping their underscores would break them) and wrapped in <> so they do not unfurl.
 */
export function escapeText(text: string): string {
  const lastLinkEnd = text.lastIndexOf("](");
  const escapePart = (part: string, end: number) =>
    neutraliseMentions(
      escapeRemaining(
        mayNeedMarkdownEscape(part)
          ? escapeMarkdown(part, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
          : part,
        lastLinkEnd >= end,
      ),
    );
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    out += `${escapePart(text.slice(last, index), index)}<${match[0]}>`;
    last = index + match[0].length;
  }
  return out + escapePart(text.slice(last), text.length);
}

/** Joins lines up to `max` characters; a line that does not fit is shortened, and the rest is dropped. */
export function fitLines(lines: readonly string[], max: number): string {
  let out = "";
  for (const line of lines) {
    const next = out === "" ? line : `${out}\n${line}`;
    if (next.length <= max) {
      out = next;
      continue;
    }
    const room = max - out.length - (out === "" ? 0 : 1);
    if (room >= 20) out = out === "" ? truncate(line, room) : `${out}\n${truncate(line, room)}`;
    else if (out.length < max) out = truncate(`${out}\n…`, max);
    break;
  }
  return out;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function descriptionLines(reply: Reply): string[] {
  const lines: string[] = [];
  if (reply.echo !== undefined && reply.echo.trim() !== "") {
    lines.push(`> ${escapeText(truncate(oneLine(reply.echo), ECHO_MAX))}`, "");
  }
  lines.push(...reply.body.split("\n").map(escapeText));
  for (const section of reply.sections) {
    lines.push("", `**${escapeText(oneLine(section.heading))}**`, ...section.lines.map(escapeText));
  }
  if (reply.suggestions.length > 0) {
    lines.push(
      "",
      "**Did you mean**",
      ...reply.suggestions.map((s) => `• ${escapeText(oneLine(s.question))}`),
    );
  }
  return lines;
}

function citationField(c: Reply["citations"][number], i: number): APIEmbedField {
  return {
    name: truncate(`${markers([i + 1])} ${oneLine(c.source)}`, FIELD_NAME_MAX),
    value: truncate(`“${escapeText(oneLine(c.quote))}”`, FIELD_VALUE_MAX),
  };
}

/** `total`: the characters this embed may use (less than 6000 when it shares a message with others). */
function buildEmbed(reply: Reply, total = EMBED_TOTAL_MAX): APIEmbed {
  const share = total / EMBED_TOTAL_MAX;
  const footerReserve = Math.floor(FOOTER_RESERVE * share);
  const title = truncate(oneLine(reply.title), EMBED_TITLE_MAX);
  const fields = reply.citations.map(citationField);
  const citationsNeed = fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const descriptionMax = Math.min(
    EMBED_DESCRIPTION_MAX,
    total - title.length - footerReserve - Math.min(citationsNeed, Math.floor(CITATION_RESERVE * share)),
  );
  const description = fitLines(descriptionLines(reply), descriptionMax);

  let room = total - title.length - description.length - footerReserve;
  const shown: APIEmbedField[] = [];
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (shown.length >= EMBED_FIELDS_MAX || size > room) break;
    shown.push(field);
    room -= size;
  }
  const hidden = fields.length - shown.length;
  const footerParts = [
    hidden > 0
      ? `${hidden} more citation${hidden === 1 ? "" : "s"} not shown — use /source for the full passages.`
      : "",
    reply.footer ?? "",
  ].filter(Boolean);

  const embed: APIEmbed = { title, color: COLORS[reply.kind] };
  if (description !== "") embed.description = description;
  if (shown.length > 0) embed.fields = shown;
  if (footerParts.length > 0) {
    embed.footer = { text: truncate(footerParts.join(" "), Math.min(EMBED_FOOTER_MAX, footerReserve)) };
  }
  return embed;
}

function isLinkable(url: string | null): url is string {
  if (url === null || url.length > BUTTON_URL_MAX) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

function buildComponents(reply: Reply): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const seenFacts = new Set<string>();
  const suggestionButtons: APIButtonComponent[] = [];
  for (const s of reply.suggestions) {
    const customId = `${SUGGESTION_ID_PREFIX}${s.factId}`;
    if (
      seenFacts.has(s.factId) ||
      customId.length > CUSTOM_ID_MAX ||
      suggestionButtons.length >= BUTTONS_PER_ROW
    ) {
      continue;
    }
    seenFacts.add(s.factId);
    suggestionButtons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId,
      label: truncate(neutraliseMentions(oneLine(s.question)), BUTTON_LABEL_MAX) || "Ask this",
    });
  }
  if (suggestionButtons.length > 0) {
    rows.push({ type: ComponentType.ActionRow, components: suggestionButtons });
  }

  // One button per distinct URL, labelled with every citation number that points there.
  const byUrl = new Map<string, { numbers: number[]; source: string }>();
  reply.citations.forEach((c, i) => {
    if (!isLinkable(c.url)) return;
    const entry = byUrl.get(c.url);
    if (entry) entry.numbers.push(i + 1);
    else byUrl.set(c.url, { numbers: [i + 1], source: c.source });
  });
  const linkButtons: APIButtonComponent[] = [...byUrl].map(([url, { numbers, source }]) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    url,
    label: truncate(neutraliseMentions(`${markers(numbers)} ${oneLine(source)}`), BUTTON_LABEL_MAX),
  }));
  for (let i = 0; i < linkButtons.length && rows.length < ACTION_ROWS_MAX; i += BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: linkButtons.slice(i, i + BUTTONS_PER_ROW) });
  }
  return rows;
}

/** Messages of remembered replies (src/commands/replies/memo.ts): a repeated question is rendered once. */
const renderedByReply = new WeakMap<Reply, RenderedMessage>();

/** The message for a reply, front-end-neutral within Discord (interaction or channel message). */
export function renderReply(reply: Reply): RenderedMessage {
  if (!isRemembered(reply)) return buildMessage(reply);
  let message = renderedByReply.get(reply);
  if (!message) {
    message = buildMessage(reply);
    renderedByReply.set(reply, message);
  }
  return message;
}

/**
 * Truncates escaped text, never leaving an autolink open: escaping wraps a URL in <…> so that what it holds
 * ("http://x.y/@everyone") stays inert, and a cut that drops the closing ">" would show it as plain text.
 */
function truncateOutsideLinks(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut === text) return cut;
  const open = cut.lastIndexOf("<");
  return open > cut.lastIndexOf(">") ? `${cut.slice(0, open).trimEnd()}…` : cut;
}

function buildMessage(reply: Reply): RenderedMessage {
  if (reply.kind === "notice" || reply.kind === "error") {
    return {
      content: truncateOutsideLinks(escapeText(reply.body), CONTENT_MAX),
      embeds: [],
      components: [],
      ephemeral: reply.ephemeral,
    };
  }
  return { embeds: [buildEmbed(reply)], components: buildComponents(reply), ephemeral: reply.ephemeral };
}

/** Options for interaction.reply / followUp. */
export function toInteractionPayload(
  message: RenderedMessage,
): InteractionReplyOptions & { allowedMentions: typeof NO_MENTIONS } {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_MENTIONS,
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Most answers one channel message combines: 6000 embed characters shared by five is 1200 each. */
export const COMBINE_MAX = 5;

/**
 * Several questions answered in one channel message when the channel is busy (its send limit, a backlog):
 * a line saying so, with a link to each question, then one embed per distinct answer (each echoing its
 * question) sharing the 6000-character total, and their buttons merged (suggestions in one row, one link
 * button per distinct URL).
 */
export function renderCombined(replies: readonly Reply[], questionLinks: readonly string[]): RenderedMessage {
  const distinct = [...new Set(replies)].slice(0, COMBINE_MAX);
  const note = `Answering ${questionLinks.length} questions together, as this channel is busy: ${questionLinks.map((l) => `<${l}>`).join(" ")}`;
  const embeds = distinct.map((r) => buildEmbed(r, Math.floor(EMBED_TOTAL_MAX / distinct.length)));
  const suggestions = new Map<string, APIButtonComponent>();
  const links = new Map<string, APIButtonComponent>();
  for (const row of distinct.flatMap(buildComponents)) {
    for (const button of row.components) {
      if ("url" in button && button.url) links.set(button.url, button);
      else if ("custom_id" in button) suggestions.set(button.custom_id, button);
    }
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const suggestionRow = [...suggestions.values()].slice(0, BUTTONS_PER_ROW);
  if (suggestionRow.length > 0) rows.push({ type: ComponentType.ActionRow, components: suggestionRow });
  const linkButtons = [...links.values()];
  for (let i = 0; i < linkButtons.length && rows.length < ACTION_ROWS_MAX; i += BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: linkButtons.slice(i, i + BUTTONS_PER_ROW) });
  }
  return { content: truncate(note, CONTENT_MAX), embeds, components: rows, ephemeral: false };
}

/** A link to a message, as Discord's "Copy Message Link". */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

export interface ChannelReplyTarget {
  channelId: string;
  guildId: string | null;
  /** The message answered (the newest, for a combined answer). */
  messageId: string;
}

/**
 * The REST body of a channel reply (POST /channels/:id/messages). `nonce` with `enforce_nonce`: when a
 * reply Discord created is sent again (a retry after a timeout), Discord returns the first message instead
 * of posting a second. A question deleted meanwhile does not fail the reply (fail_if_not_exists: false).
 */
export function toChannelMessageBody(
  message: RenderedMessage,
  target: ChannelReplyTarget,
  nonce: string,
): Record<string, unknown> {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [], replied_user: false },
    message_reference: {
      message_id: target.messageId,
      channel_id: target.channelId,
      ...(target.guildId ? { guild_id: target.guildId } : {}),
      fail_if_not_exists: false,
    },
    nonce,
    enforce_nonce: true,
  };
}

/** Options for message.reply: never ping the person who asked, nor anyone else. */
export function toMessagePayload(message: RenderedMessage): MessageReplyOptions {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}
