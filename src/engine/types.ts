// What the answer engine returns. Every front end (Discord, terminal, CLI) renders these.
import type { Fact, Side, Topic } from "../knowledge/types.js";

export interface Citation {
  /** Verbatim from the article. */
  quote: string;
  /** Attribution: the article and section, or the embedded source (Reuters via Levant24, Ragıp Soylu). */
  source: string;
  url: string | null;
  factId: string;
}

export interface Suggestion {
  factId: string;
  /** A question the bot can answer, in plain words (≤ 100 characters). */
  question: string;
}

export interface Answer {
  question: string;
  status: "answered" | "no_answer";
  /** Plain-words answer; for no_answer, a short explanation of what the bot can answer. */
  answer: string;
  /** Numbered in order: citations[0] is [1]. Empty for no_answer. */
  citations: Citation[];
  /** Confidence in [0, 1]. */
  score: number;
  /** Facts the answer rests on, best first. */
  factIds: string[];
  /** "Did you mean" choices for a plausible but unsure question; empty otherwise. */
  suggestions: Suggestion[];
}

export interface TimelineEntry {
  fact: Fact;
  /** The date as the article gives it. */
  when: string;
  sort: string;
  implied: boolean;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface Engine {
  ask(question: string): Answer;
  /**
   * Autocomplete for /ask: questions and facts matching what was typed so far, at most `limit` choices of at
   * most `maxLength` characters (the front end's limits: Discord allows 25 of 100).
   */
  suggest(partial: string, limit: number, maxLength: number): AutocompleteChoice[];
  /** Chronology, oldest first, optionally restricted to a topic. */
  timeline(topic?: Topic): TimelineEntry[];
  /** Facts on who leads or represents a side, or every side. */
  leaders(side?: Side): Fact[];
  fact(id: string): Fact | undefined;
  readonly facts: readonly Fact[];
}
