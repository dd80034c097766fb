// Checks a rendered Discord message against every limit we know; returns the violations.

import * as L from "../../src/discord/limits.js";
import type { RenderedMessage } from "../../src/discord/render.js";
import { embedLength } from "../../src/discord/render.js";

export function limitViolations(message: RenderedMessage): string[] {
  const v: string[] = [];
  if ((message.content?.length ?? 0) > L.CONTENT_MAX) v.push("content");
  if (message.embeds.length > 10) v.push("embed count");
  const total = message.embeds.reduce((sum, e) => sum + embedLength(e), 0);
  if (total > L.EMBED_TOTAL_MAX) v.push(`embed total ${total}`);
  for (const e of message.embeds) {
    if ((e.title?.length ?? 0) > L.EMBED_TITLE_MAX) v.push("title");
    if ((e.description?.length ?? 0) > L.EMBED_DESCRIPTION_MAX)
      v.push(`description ${e.description?.length}`);
    if ((e.footer?.text.length ?? 0) > L.EMBED_FOOTER_MAX) v.push("footer");
    if ((e.fields?.length ?? 0) > L.EMBED_FIELDS_MAX) v.push("field count");
    for (const f of e.fields ?? []) {
      if (f.name.length === 0 || f.name.length > L.FIELD_NAME_MAX) v.push("field name");
      if (f.value.length === 0 || f.value.length > L.FIELD_VALUE_MAX) v.push("field value");
    }
  }
  if (message.components.length > L.ACTION_ROWS_MAX) v.push("rows");
  for (const row of message.components) {
    if (row.components.length === 0 || row.components.length > L.BUTTONS_PER_ROW) v.push("buttons per row");
    for (const b of row.components) {
      if ("label" in b && (b.label?.length ?? 0) > L.BUTTON_LABEL_MAX) v.push("button label");
      if ("custom_id" in b && b.custom_id.length > L.CUSTOM_ID_MAX) v.push("custom id");
      if ("url" in b && b.url.length > L.BUTTON_URL_MAX) v.push("button url");
    }
  }
  return v;
}

/** Every piece of visible text in the message, for "nothing pings" checks. */
export function allText(message: RenderedMessage): string {
  const parts: string[] = [message.content ?? ""];
  for (const e of message.embeds) {
    parts.push(e.title ?? "", e.description ?? "", e.footer?.text ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  for (const row of message.components)
    for (const b of row.components) if ("label" in b) parts.push(b.label ?? "");
  return parts.join("\n");
}
