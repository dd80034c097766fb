// The reply model every front end renders. Everything in a Reply is plain text (no Discord markdown):
// renderers escape all of it and add their own formatting, so user text and article text can never inject
// markup or mentions. The builders are in src/commands/replies/, one module per kind of reply.
import type { Citation, Suggestion } from "../engine/types.js";

export interface ReplySection {
  heading: string;
  lines: string[];
}

export type ReplyKind = "answer" | "abstain" | "info" | "notice" | "error";

export interface Reply {
  kind: ReplyKind;
  /** Our own words, short. */
  title: string;
  /** Text the user typed, shown back to them (escaped and shortened by renderers). */
  echo?: string;
  /** Main text; may contain [n] citation markers. */
  body: string;
  sections: ReplySection[];
  /** Numbered by position: citations[0] is [1] (src/commands/citations.ts). */
  citations: Citation[];
  /** "Did you mean" questions the bot can answer. */
  suggestions: Suggestion[];
  /** Only the asking user sees it (Discord) — ignored by the terminal. */
  ephemeral: boolean;
  footer?: string;
}

/** A reply with nothing but its kind, title, body and visibility: the builders add the rest. */
export function baseReply(kind: ReplyKind, title: string, body: string, ephemeral: boolean): Reply {
  return { kind, title, body, sections: [], citations: [], suggestions: [], ephemeral };
}
