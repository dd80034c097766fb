// /who-leads: who leads or represents each side, newest report first.

import { compareSortable, formatSortable } from "../../knowledge/dates.js";
import { sideLabel } from "../../knowledge/labels.js";
import type { Article, Fact, Side, Story } from "../../knowledge/types.js";
import { articleDate } from "../../knowledge/types.js";
import { CitationList } from "../citations.js";
import { baseReply, type Reply, type ReplySection } from "../reply.js";
import { markers } from "../text.js";

/**
 * /who-leads: one side, or every side grouped. Within a side, the facts of the newest report come first as
 * the current lead; facts from older reports follow, each marked "Earlier (reported …)".
 */
export function leadersReply(
  facts: readonly Fact[],
  side: Side | undefined,
  story: Story,
  articles: readonly Pick<Article, "id" | "published" | "reported">[],
  ephemeral: boolean,
): Reply {
  const list = new CitationList();
  const reported = new Map(articles.map((a) => [a.id, articleDate(a)]));
  const dateOf = (fact: Fact) => reported.get(fact.articleId) ?? null;
  const lines = (group: readonly Fact[]): string[] => {
    const newest = group.reduce<string | null>((max, f) => {
      const d = dateOf(f);
      return d !== null && (max === null || d > max) ? d : max;
    }, null);
    const sorted = [...group].sort((a, b) => compareSortable(dateOf(b), dateOf(a)));
    return sorted.map((fact) => {
      const date = dateOf(fact);
      const earlier =
        date !== newest ? `Earlier (reported ${date ? formatSortable(date) : "undated"}): ` : "";
      return `${earlier}${fact.statement} ${markers(list.addFact(fact))}`.trim();
    });
  };
  if (side) {
    const label = sideLabel(story, side);
    if (facts.length === 0) {
      return baseReply(
        "info",
        `Who leads for ${label}`,
        `The articles do not say who leads for ${label}.`,
        ephemeral,
      );
    }
    return {
      ...baseReply("answer", `Who leads for ${label}`, lines(facts).join("\n"), ephemeral),
      citations: list.items,
    };
  }
  const groups = new Map<string, Fact[]>();
  for (const label of [...story.sides.map((s) => s.label), "Other"]) groups.set(label, []);
  for (const fact of facts) groups.get(fact.side ? sideLabel(story, fact.side) : "Other")?.push(fact);
  const sections: ReplySection[] = [];
  for (const [heading, group] of groups) {
    if (group.length > 0) sections.push({ heading, lines: lines(group) });
  }
  if (sections.length === 0) {
    return baseReply("info", "Who leads", "The articles name no leaders for any side.", ephemeral);
  }
  return {
    ...baseReply(
      "answer",
      "Who leads each side",
      "Who leads or represents each side, newest report first; earlier reports are marked with their date:",
      ephemeral,
    ),
    sections,
    citations: list.items,
  };
}
