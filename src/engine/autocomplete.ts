// Autocomplete for a half-typed question: pure, from the base's facts, vocabulary and ranking.
import type { Fact } from "../knowledge/types.js";
import { truncate } from "../shared/truncate.js";
import { type Analyzer, words } from "./normalise.js";
import type { Hit } from "./search.js";
import type { AutocompleteChoice } from "./types.js";

/** What autocomplete reads of the engine. */
export interface AutocompleteSource {
  facts: readonly Fact[];
  analyzer: Analyzer;
  vocabulary: ReadonlyMap<string, number>;
  rank: (question: string, limit: number) => Hit[];
}

/** Choices for a half-typed question: what was typed, then the closest question of each fact it ranks. */
export function suggestQuestions(
  source: AutocompleteSource,
  partial: string,
  limit: number,
  maxLength: number,
): AutocompleteChoice[] {
  const typed = partial.trim().slice(0, maxLength);
  const choices: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  const add = (text: string) => {
    const value = truncate(text, maxLength);
    if (choices.length >= limit || seen.has(value.toLowerCase()) || value === "") return;
    seen.add(value.toLowerCase());
    choices.push({ name: value, value });
  };
  if (typed === "") {
    for (const fact of source.facts) add(fact.questions[0] ?? fact.statement);
    return choices;
  }
  add(typed);
  // The last word may be half typed: complete it from the vocabulary before searching.
  const typedWords = words(typed);
  const last = typedWords.at(-1) ?? "";
  const completions = last.length >= 2 ? completeWord(source, last) : [];
  const query = [...typedWords.slice(0, -1), completions[0] ?? last].join(" ");
  const typedTerms = new Set(source.analyzer.terms(query));
  for (const hit of source.rank(query, limit)) add(closestQuestion(source.analyzer, hit.fact, typedTerms));
  return choices;
}

/** The fact's question that shares most terms with what was typed. */
function closestQuestion(analyzer: Analyzer, fact: Fact, typed: ReadonlySet<string>): string {
  let best = fact.questions[0] ?? fact.statement;
  let bestShared = -1;
  for (const question of fact.questions) {
    const shared = analyzer.terms(question).filter((t) => typed.has(t)).length;
    if (shared > bestShared) {
      best = question;
      bestShared = shared;
    }
  }
  return best;
}

/** Words of the vocabulary that complete a half-typed one, the most frequent first. */
function completeWord(source: AutocompleteSource, prefix: string): string[] {
  const found: Array<[string, number]> = [];
  for (const [word, count] of source.vocabulary) {
    if (word.startsWith(prefix) && !source.analyzer.isStopword(word)) found.push([word, count]);
  }
  return found.sort((a, b) => b[1] - a[1]).map(([word]) => word);
}
