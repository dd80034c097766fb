// /about: what the bot knows, where from, how it decides, and its commands.

import { compareSortable } from "../../knowledge/dates.js";
import { topicLabel } from "../../knowledge/labels.js";
import type { Article, Story, Topic } from "../../knowledge/types.js";
import { articleDate } from "../../knowledge/types.js";
import { baseReply, type Reply } from "../reply.js";
import { provenanceLine } from "./provenance.js";

export interface AboutInfo {
  articles: readonly Pick<Article, "title" | "outlet" | "published" | "publishedNote" | "reported" | "url">[];
  factCount: number;
  topics: readonly Topic[];
  story: Story;
  /** The command list, one line each: "/timeline [topic] — events, oldest first". */
  commands: readonly string[];
}

/** /about: what the bot knows, where from, and how it decides. */
export function aboutReply(info: AboutInfo, ephemeral: boolean): Reply {
  // Oldest first: the order the story unfolded in.
  const ordered = [...info.articles].sort((a, b) => compareSortable(articleDate(a), articleDate(b)));
  const sources = ordered.map(provenanceLine);
  return {
    ...baseReply("info", "About this bot", info.story.scope, ephemeral),
    sections: [
      { heading: info.articles.length === 1 ? "Source article" : "Source articles", lines: sources },
      {
        heading: "What I know",
        lines: [
          `${info.factCount} facts taken from ${info.articles.length === 1 ? "the article" : `${info.articles.length} articles`}, each resting on sentences quoted word for word.`,
          `Topics: ${info.topics.map((t) => topicLabel(info.story, t)).join(", ")}.`,
        ],
      },
      {
        heading: "How I decide",
        lines: [
          `I answer only when your question matches facts in the ${info.articles.length === 1 ? "article" : "articles"} closely enough; every answer cites the exact sentences it rests on, numbered [1], [2] …`,
          "When I'm not sure, or the article doesn't say, I abstain and suggest questions I can answer instead. I never guess or use outside knowledge.",
        ],
      },
      {
        heading: "Commands",
        lines: [...info.commands, "Every command takes hide:true to show the reply only to you."],
      },
    ],
  };
}
