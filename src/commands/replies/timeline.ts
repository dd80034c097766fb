// /timeline: dated events, oldest first.
import type { TimelineEntry } from "../../engine/types.js";
import { topicLabel } from "../../knowledge/labels.js";
import type { Story, Topic } from "../../knowledge/types.js";
import { CitationList } from "../citations.js";
import { baseReply, type Reply } from "../reply.js";
import { markers } from "../text.js";

/** /timeline: oldest first, each line dated as the article gives it, implied dates marked. */
export function timelineReply(
  entries: readonly TimelineEntry[],
  topic: Topic | undefined,
  story: Story,
  ephemeral: boolean,
): Reply {
  const title = topic ? `Timeline: ${topicLabel(story, topic)}` : "Timeline";
  if (entries.length === 0) {
    return baseReply("info", title, "The article gives no dated events for that topic.", ephemeral);
  }
  // The engine sorts already; a stable sort here keeps the promise "oldest first" whatever it returns.
  const sorted = [...entries].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  const list = new CitationList();
  const lines = sorted.map((entry) => {
    const date = entry.implied ? `${entry.when} (date implied)` : entry.when;
    return `${date} — ${entry.fact.statement} ${markers(list.addFact(entry.fact))}`.trim();
  });
  const anyImplied = sorted.some((e) => e.implied);
  return {
    ...baseReply("answer", title, lines.join("\n"), ephemeral),
    citations: list.items,
    footer: anyImplied
      ? "Dates are as the article gives them; “date implied” means the article does not state it outright."
      : "Dates are as the article gives them.",
  };
}
