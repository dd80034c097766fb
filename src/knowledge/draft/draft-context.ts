// What drafting one article's facts reads, built once per article by draftArticle (facts.ts) and handed to
// each step: the paragraphs' facts, the claims at a sentence's end, a side's lead, people's profiles.
import type { Entity, Story } from "../schema.js";
import type { LedeEvent } from "./lede.js";
import type { TaggedWords } from "./sentences.js";

export interface DraftContext {
  story: Story;
  title: string;
  /** The article's first sentence long enough to state a claim: what the headline sums up. */
  lede: string | undefined;
  event: LedeEvent;
  /** The base's entities and the article's new ones, as found in a text by `entitiesIn`. */
  entities: Entity[];
  index: ReadonlyArray<{ pattern: RegExp; entity: Entity }>;
  /** The date relative dates are resolved against (the article's, else today). */
  reference: string;
  /** Fact ids in use: each drafted id is added. */
  taken: Set<string>;
  topicWords: ReadonlyArray<{ id: string; pattern: RegExp | null }>;
  fallbackTopic: string;
  irregular: ReadonlyMap<string, string>;
  tagged: TaggedWords & { titles: ReadonlySet<string> };
  isNoun: (word: string) => boolean;
  durations: readonly string[];
  sideSpellings: ReadonlyArray<{ id: string; names: string }>;
  existingQuotes: ReadonlySet<string>;
  allSentences: readonly string[];
  /** Headings that are a keyword of every claim under them, not only of the first (`headingHoldsForSection`). */
  sectionWide: ReadonlySet<string>;
}

/** The keyword a section's heading gives a claim under it: every claim's, or only the first's. */
export function sectionKeywords(ctx: DraftContext, section: string | null, first: boolean): string[] {
  return section && (first || ctx.sectionWide.has(section)) ? [section] : [];
}
