// Hand-built facts, answers and a fake engine for pure command and reply tests.
import type { Answer, AutocompleteChoice, Engine, TimelineEntry } from "../../src/engine/types.js";
import type { Article, Fact, Quote, Story } from "../../src/knowledge/types.js";

export const ARTICLE_TEXT =
  "Intro line.\nAhmad al-Dalati leads Syria's side. He is governor of Quneitra.\nTrump met al-Sharaa.\n";

export const article: Article = {
  id: "talks",
  title: "Israel and Syria begin talks",
  outlet: null,
  published: null,
  url: "https://example.com/article",
  sections: [],
  attributions: [],
  text: ARTICLE_TEXT,
  file: "article.txt",
};

export function quote(text: string, overrides: Partial<Quote> = {}): Quote {
  const offset = ARTICLE_TEXT.indexOf(text);
  return {
    text,
    articleId: "talks",
    offset: offset === -1 ? 0 : offset,
    section: "Introduction",
    source: "Israel and Syria begin talks (section: Introduction)",
    url: null,
    attributionId: null,
    ...overrides,
  };
}

export function fact(id: string, statement: string, overrides: Partial<Fact> = {}): Fact {
  return {
    id,
    articleId: "talks",
    statement,
    quotes: [quote(statement)],
    entities: [],
    topics: ["talks"],
    questions: [`What about ${id}?`],
    keywords: [],
    kinds: [],
    ...overrides,
  };
}

export const dalati = fact("dalati-leads", "Ahmad al-Dalati leads Syria's side.", {
  side: "syria",
  topics: ["leaders"],
  questions: ["Who leads Syria's side?"],
  quotes: [quote("Ahmad al-Dalati leads Syria's side."), quote("He is governor of Quneitra.")],
});
export const israelUnnamed = fact("israel-unnamed", "Israel's participants are unnamed.", {
  side: "israel",
  topics: ["leaders"],
  quotes: [
    quote("Israeli participants unnamed.", {
      source: "Reuters via Levant24",
      url: "https://x.com/Levant_24_/status/1",
    }),
  ],
});
export const trump = fact("trump-sharaa", "Trump met al-Sharaa.", {
  side: "united-states",
  topics: ["us-role", "timeline"],
  timeline: { when: "not dated in the article", sort: "2025-05", implied: true },
});
export const assad = fact("assad-fall", "Assad fell in December.", {
  topics: ["background", "timeline"],
  timeline: { when: "in December", sort: "2024-12", implied: true },
});
export const golan = fact("golan-1967", "Israel has held the Golan since 1967.", {
  topics: ["golan", "timeline"],
  timeline: { when: "1967", sort: "1967", implied: false },
});

export const FACTS = [dalati, israelUnnamed, trump, assad, golan];

export function answered(question: string, facts: Fact[] = [dalati]): Answer {
  return {
    question,
    status: "answered",
    parts: facts.map((f) => ({
      text: f.statement,
      citations: f.quotes.map((q) => ({ quote: q.text, source: q.source, url: q.url, factId: f.id })),
    })),
    score: 0.9,
    factIds: facts.map((f) => f.id),
    suggestions: [],
  };
}

export function abstained(
  question: string,
  suggestions = [{ factId: "dalati-leads", question: "Who leads Syria's side?" }],
): Answer {
  return {
    question,
    status: "no_answer",
    parts: [{ text: "I can answer questions about the Israel–Syria talks.", citations: [] }],
    score: 0.1,
    factIds: [],
    suggestions,
  };
}

export interface FakeEngineOptions {
  answer?: (question: string) => Answer;
  suggest?: (partial: string, limit: number) => AutocompleteChoice[];
}

export function fakeEngine(options: FakeEngineOptions = {}): Engine {
  const timelineEntries = (): TimelineEntry[] =>
    FACTS.filter((f) => f.timeline).map((f) => ({
      fact: f,
      when: f.timeline?.when ?? "",
      sort: f.timeline?.sort ?? "",
      implied: f.timeline?.implied ?? false,
    }));
  return {
    ask: options.answer ?? ((q) => (/lead/i.test(q) ? answered(q) : abstained(q))),
    suggest:
      options.suggest ??
      ((partial, limit) =>
        FACTS.flatMap((f) => f.questions)
          .filter((q) => q.toLowerCase().includes(partial.toLowerCase()))
          .slice(0, limit)
          .map((q) => ({ name: q, value: q }))),
    // Deliberately newest first: the reply must still list oldest first.
    timeline: (topic) =>
      timelineEntries()
        .filter((e) => !topic || e.fact.topics.includes(topic))
        .reverse(),
    leaders: (side) => FACTS.filter((f) => f.topics.includes("leaders") && (!side || f.side === side)),
    fact: (id) => FACTS.find((f) => f.id === id),
    facts: FACTS,
  };
}

/** A small story: the sides and topics the hand-built facts use, with the wording the replies show. */
export const story: Story = {
  name: "Israel–Syria talks",
  scope: "I answer questions about the Israel–Syria talks.",
  noAnswer: "I don't know: the articles don't answer that.",
  example: "Who leads Syria's side?",
  sides: [
    { id: "syria", label: "Syria", names: ["Syria"], aliases: [] },
    { id: "israel", label: "Israel", names: ["Israel"], aliases: [] },
    { id: "united-states", label: "United States", names: ["United States"], aliases: ["us", "usa"] },
  ],
  topics: [
    { id: "leaders", label: "Who leads", words: [] },
    { id: "talks", label: "The talks", words: [] },
    { id: "golan", label: "The Golan Heights", words: [] },
    { id: "background", label: "Background", words: [] },
  ],
};

export const ctx = { engine: fakeEngine(), articles: [article], story };
