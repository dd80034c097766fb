// /source fact — the full passage(s) and attribution behind one fact.
import { ApplicationCommandOptionType } from "discord.js";
import { AUTOCOMPLETE_MAX_ITEMS } from "../discord/limits.js";
import type { AutocompleteChoice, Engine } from "../engine/types.js";
import type { Fact } from "../knowledge/types.js";
import { clampChoices, hideOptionData } from "./options.js";
import { sourceReply, unknownFactReply } from "./reply.js";
import { type Command, hideOption, stringOption } from "./types.js";

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Facts whose id, statement, questions, keywords or quotes contain every word typed so far; all facts when nothing is typed. */
export function matchFacts(facts: readonly Fact[], typed: string): Fact[] {
  const words = normalise(typed).split(" ").filter(Boolean);
  if (words.length === 0) return [...facts];
  return facts.filter((fact) => {
    const haystack = normalise(
      [fact.id, fact.statement, ...fact.questions, ...fact.keywords, ...fact.quotes.map((q) => q.text)].join(
        " ",
      ),
    );
    return words.every((word) => haystack.includes(word));
  });
}

export function factChoices(facts: readonly Fact[], typed: string): AutocompleteChoice[] {
  return clampChoices(
    matchFacts(facts, typed)
      .slice(0, AUTOCOMPLETE_MAX_ITEMS)
      .map((fact) => ({ name: fact.statement, value: fact.id })),
  );
}

/** The fact meant by what was sent: an id picked from autocomplete, or free text the engine can resolve. */
export function resolveFact(engine: Engine, typed: string): Fact | undefined {
  const byId = engine.fact(typed) ?? engine.fact(typed.toLowerCase());
  if (byId) return byId;
  const matches = matchFacts(engine.facts, typed);
  if (matches.length === 1) return matches[0];
  const answer = engine.ask(typed);
  const best = answer.status === "answered" ? answer.factIds[0] : undefined;
  return best ? engine.fact(best) : undefined;
}

export const source: Command = {
  data: {
    name: "source",
    description: "Show the full passage and attribution behind a fact",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "fact",
        description: "Start typing to pick a fact",
        required: true,
        autocomplete: true,
        max_length: 200,
      },
      hideOptionData,
    ],
  },
  about: () => "the full passage and attribution behind a fact",
  execute(options, { engine, articles }) {
    const typed = stringOption(options, "fact") ?? "";
    const hide = hideOption(options);
    const fact = typed ? resolveFact(engine, typed) : undefined;
    if (!fact) {
      const suggestions = factChoices(engine.facts, typed)
        .slice(0, 5)
        .map((c) => ({ factId: c.value, question: c.name }));
      return unknownFactReply(typed, suggestions, hide);
    }
    return sourceReply(fact, articles, hide);
  },
  autocomplete(focused, { engine }) {
    return factChoices(engine.facts, focused.value);
  },
};
