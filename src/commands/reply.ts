// The reply model every front end renders, and the one place that builds replies. Everything in a Reply
// is plain text (no Discord markdown): renderers escape all of it and add their own formatting, so user
// text and article text can never inject markup or mentions.
import type { Answer, Citation, Suggestion, TimelineEntry } from "../engine/types.js";
import { formatSortable } from "../knowledge/dates.js";
import {
  type Article,
  articleDate,
  type Fact,
  type Side,
  type Story,
  type Topic,
} from "../knowledge/types.js";
import { deepFreeze } from "../shared/freeze.js";
import { CitationList, plainText } from "./citations.js";
import { markers } from "./text.js";

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

/** A side's label as the story names it (story.json), or its id when the story does not list it. */
export function sideLabel(story: Story, side: Side): string {
  return story.sides.find((s) => s.id === side)?.label ?? side;
}

export function topicLabel(story: Story, topic: Topic): string {
  return story.topics.find((t) => t.id === topic)?.label ?? topic;
}

function base(kind: ReplyKind, title: string, body: string, ephemeral: boolean): Reply {
  return { kind, title, body, sections: [], citations: [], suggestions: [], ephemeral };
}

/**
 * Replies to the engine's remembered answers, by answer and visibility. The engine hands out the same
 * frozen Answer for a repeated question, so its reply (and, in render.ts, its Discord message) is built
 * once; replies kept here are frozen too.
 */
const repliesByAnswer = new WeakMap<Answer, { public?: Reply; hidden?: Reply }>();

/** The engine's answer (or abstention) to a question. */
export function answerReply(answer: Answer, ephemeral: boolean): Reply {
  if (!Object.isFrozen(answer)) return buildAnswerReply(answer, ephemeral);
  const slot = ephemeral ? "hidden" : "public";
  const replies = repliesByAnswer.get(answer) ?? {};
  let reply = replies[slot];
  if (!reply) {
    reply = deepFreeze(buildAnswerReply(answer, ephemeral));
    replies[slot] = reply;
    repliesByAnswer.set(answer, replies);
  }
  return reply;
}

function buildAnswerReply(answer: Answer, ephemeral: boolean): Reply {
  if (answer.status === "answered") {
    const list = new CitationList();
    const body = list.answerText(answer.parts);
    return { ...base("answer", "Answer", body, ephemeral), echo: answer.question, citations: list.items };
  }
  return abstainReply(answer.question, plainText(answer.parts), answer.suggestions, ephemeral);
}

/**
 * Sentences that tell a Discord user how to pick (buttons, the autocomplete list). The terminal renders
 * suggestions as a numbered list and words its own instruction in place of these (src/terminal/render.ts).
 */
export const PICK_SUGGESTION_FOOTER = "Pick a question below, or try /timeline, /who-leads or /about.";
export const UNKNOWN_FACT_BODY =
  "I couldn't find a fact matching that. Start typing in the `fact` option and pick one from the list.";

export function abstainReply(
  question: string,
  explanation: string,
  suggestions: readonly Suggestion[],
  ephemeral: boolean,
): Reply {
  const body = explanation.trim() === "" ? "I can't answer that from the articles I know." : explanation;
  return {
    ...base("abstain", "I can't answer that from the article", body, ephemeral),
    echo: question,
    suggestions: [...suggestions],
    footer: suggestions.length > 0 ? PICK_SUGGESTION_FOOTER : "Try /timeline, /who-leads or /about.",
  };
}

/** A single fact as an answer: used when someone picks a "did you mean" suggestion. */
export function factReply(fact: Fact, ephemeral: boolean): Reply {
  const list = new CitationList();
  const numbers = list.addFact(fact);
  return {
    ...base("answer", "Answer", `${fact.statement} ${markers(numbers)}`.trim(), ephemeral),
    echo: fact.questions[0],
    citations: list.items,
  };
}

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
    const sorted = [...group].sort((a, b) => (dateOf(b) ?? "").localeCompare(dateOf(a) ?? ""));
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
      return base(
        "info",
        `Who leads for ${label}`,
        `The articles do not say who leads for ${label}.`,
        ephemeral,
      );
    }
    return {
      ...base("answer", `Who leads for ${label}`, lines(facts).join("\n"), ephemeral),
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
    return base("info", "Who leads", "The articles name no leaders for any side.", ephemeral);
  }
  return {
    ...base(
      "answer",
      "Who leads each side",
      "Who leads or represents each side, newest report first; earlier reports are marked with their date:",
      ephemeral,
    ),
    sections,
    citations: list.items,
  };
}

/** /timeline: oldest first, each line dated as the article gives it, implied dates marked. */
export function timelineReply(
  entries: readonly TimelineEntry[],
  topic: Topic | undefined,
  story: Story,
  ephemeral: boolean,
): Reply {
  const title = topic ? `Timeline: ${topicLabel(story, topic)}` : "Timeline";
  if (entries.length === 0) {
    return base("info", title, "The article gives no dated events for that topic.", ephemeral);
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
    ...base("answer", title, lines.join("\n"), ephemeral),
    citations: list.items,
    footer: anyImplied
      ? "Dates are as the article gives them; “date implied” means the article does not state it outright."
      : "Dates are as the article gives them.",
  };
}

/** The paragraph(s) of the article around a quote: the lines it starts and ends on. */
export function passageAround(article: Pick<Article, "text">, offset: number, length: number): string {
  const { text } = article;
  if (offset < 0 || offset >= text.length) return "";
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const endAt = text.indexOf("\n", offset + length);
  return text.slice(start, endAt === -1 ? text.length : endAt).trim();
}

/**
 * Where an article comes from, as its article.json states it: title, outlet, date, link. What is unknown is
 * said plainly ("outlet not stated", "no link known"), never left out. Used by /about and /source.
 */
export function provenanceLine(
  a: Pick<Article, "title" | "outlet" | "published" | "reported" | "publishedNote" | "url">,
): string {
  const date = a.published
    ? formatSortable(a.published)
    : a.reported
      ? `reported as of ${formatSortable(a.reported)} (publication date not stated)`
      : (a.publishedNote ?? "date not stated");
  const parts = [`“${a.title}”`, a.outlet ?? "outlet not stated", date];
  return `${parts.join(", ")} — ${a.url ?? "no link known"}`;
}

/** /source: the statement, its verbatim quotes and the passages they stand in, with attribution. */
export function sourceReply(fact: Fact, articles: readonly Article[], ephemeral: boolean): Reply {
  const list = new CitationList();
  const numbers = list.addFact(fact);
  const sections: ReplySection[] = [];
  const seen = new Set<string>();
  fact.quotes.forEach((quote, i) => {
    const article = articles.find((a) => a.id === quote.articleId);
    const passage = article ? passageAround(article, quote.offset, quote.text.length) : quote.text;
    if (passage === "" || seen.has(passage)) return;
    seen.add(passage);
    const where = article ? `“${article.title}”, section “${quote.section}”` : quote.section;
    sections.push({ heading: `Passage ${markers([numbers[i] ?? i + 1])} — ${where}`, lines: [passage] });
  });
  const cited = articles.filter((a) => fact.quotes.some((q) => q.articleId === a.id));
  if (cited.length > 0) {
    sections.push({ heading: cited.length === 1 ? "Article" : "Articles", lines: cited.map(provenanceLine) });
  }
  return {
    ...base("answer", "Source", `${fact.statement} ${markers(numbers)}`.trim(), ephemeral),
    sections,
    citations: list.items,
    footer: `Fact id: ${fact.id}`,
  };
}

export function unknownFactReply(
  typed: string,
  suggestions: readonly Suggestion[],
  ephemeral: boolean,
): Reply {
  return {
    ...base("abstain", "No such fact", UNKNOWN_FACT_BODY, ephemeral),
    echo: typed,
    suggestions: [...suggestions],
  };
}

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
  const ordered = [...info.articles].sort((a, b) =>
    (articleDate(a) ?? "").localeCompare(articleDate(b) ?? ""),
  );
  const sources = ordered.map(provenanceLine);
  return {
    ...base("info", "About this bot", info.story.scope, ephemeral),
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

/** A short hint for chatter that mentions the bot but asks nothing. */
export function hintReply(story: Story): Reply {
  return base(
    "notice",
    "Ask me something",
    `Ask me a question about the ${story.name}, e.g. “${story.example}”, or use /ask.`,
    false,
  );
}

export function rateLimitReply(retryAfterSeconds: number): Reply {
  return base(
    "notice",
    "Slow down",
    `You're asking quickly — give me ${retryAfterSeconds} s and ask again.`,
    true,
  );
}

export function errorReply(): Reply {
  return base("error", "Sorry", "Sorry, something went wrong while answering. Please try again.", true);
}

/** For a button, menu or form the bot does not know (an older version's, or a forged one): only the clicker sees it. */
export function unknownComponentReply(): Reply {
  return base(
    "notice",
    "Not available",
    "This control no longer works (it may come from an older version of the bot). Ask again with /ask.",
    true,
  );
}

/** A short message of our own (settings, reload, feedback acknowledgements): plain text, no embed. */
export function noticeReply(body: string, ephemeral = true): Reply {
  return base("notice", "Notice", body, ephemeral);
}

/** An informational reply with titled sections (settings list, gaps). */
export function infoReply(title: string, body: string, sections: ReplySection[], ephemeral = true): Reply {
  return { ...base("info", title, body, ephemeral), sections };
}
