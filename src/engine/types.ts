// What the answer engine returns. Every front end (Discord, terminal, CLI) renders these.
import type { Fact, Side, Topic } from "../knowledge/types.js";

export interface Citation {
  /** Verbatim from the article. */
  quote: string;
  /** Attribution: the article and section, or the embedded source (an agency via an outlet, a journalist). */
  source: string;
  url: string | null;
  factId: string;
}

export interface Suggestion {
  factId: string;
  /** A question the bot can answer, in plain words (≤ 100 characters). */
  question: string;
}

/** A sentence (or a few) of an answer and the verbatim quotes it rests on (none for our own words). */
export interface AnswerPart {
  text: string;
  citations: Citation[];
}

export interface Answer {
  question: string;
  status: "answered" | "no_answer";
  /**
   * The answer in plain words, part by part, each with its citations, unnumbered: the reply numbers them
   * once (src/commands/citations.ts). For no_answer, one part citing nothing: a short explanation.
   */
  parts: AnswerPart[];
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
