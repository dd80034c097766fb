// /source fact — the full passage(s) and attribution behind one fact.
import { ApplicationCommandOptionType } from "discord.js";
import Fuse from "fuse.js";
import { AUTOCOMPLETE_MAX_ITEMS } from "../discord/limits.js";
import type { AutocompleteChoice, Engine } from "../engine/types.js";
import type { Fact } from "../knowledge/types.js";
import { foldWords } from "../shared/fold.js";
import { clampChoices, hideOptionData } from "./options.js";
import { unknownFactReply } from "./replies/answer.js";
import { sourceReply } from "./replies/source.js";
import { type Command, hideOption, stringOption } from "./types.js";

/** Facts whose id, statement, questions, keywords or quotes contain every word typed so far; all facts when nothing is typed. */
export function matchFacts(facts: readonly Fact[], typed: string): Fact[] {
  const words = foldWords(typed).split(" ").filter(Boolean);
  if (words.length === 0) return [...facts];
  return facts.filter((fact) => {
    const haystack = foldWords(
      [fact.id, fact.statement, ...fact.questions, ...fact.keywords, ...fact.quotes.map((q) => q.text)].join(
        " ",
      ),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * fuse.js scans every fact: fast enough a keystroke on a small base, but seconds at 10,000 facts on a busy
 * machine (docs/engine.md, figures; docs/fuse.md), past Discord's 3 s for an autocomplete answer. Larger bases keep the
 * substring match alone.
 */
const FUZZY_MAX_FACTS = 1_000;
/**
 * fuse.js's cost grows with the length typed: a long hostile `/source` option took a large part of a second
 * even on the real base, a word or two a few milliseconds (docs/engine.md, figures). Up to this many characters (one Bitap pattern) only.
 */
const FUZZY_MAX_TYPED = 32;
/** A fuse.js index over each base's facts, built on first use; a reload brings a new facts array. */
const fuzzyIndexes = new WeakMap<readonly Fact[], Fuse<Fact>>();

/**
 * Facts close to what was typed, best first, for a misspelt word the substring match cannot find ("genva").
 * fuse.js here, because it measured best at it (docs/fuse.md: half-typed fixture questions with a typo find
 * their fact among the choices, where the substring match finds none); it runs only when the substring match
 * finds nothing, so what that match finds is unchanged and stays fast.
 */
function fuzzyMatches(facts: readonly Fact[], typed: string): Fact[] {
  let index = fuzzyIndexes.get(facts);
  if (!index) {
    index = new Fuse(facts, {
      // The fields the substring match reads, so a misspelt word is found where a correct one would be.
      keys: ["id", "statement", "questions", "keywords", "quotes.text"],
      threshold: 0.4,
      ignoreLocation: true,
    });
    fuzzyIndexes.set(facts, index);
  }
  return index.search(typed, { limit: AUTOCOMPLETE_MAX_ITEMS }).map((result) => result.item);
}

export function factChoices(facts: readonly Fact[], typed: string): AutocompleteChoice[] {
  const matched = matchFacts(facts, typed);
  const short = typed.trim() !== "" && [...typed].length <= FUZZY_MAX_TYPED;
  const fuzzy = matched.length === 0 && short && facts.length < FUZZY_MAX_FACTS;
  const found = fuzzy ? fuzzyMatches(facts, typed) : matched;
  return clampChoices(
    found.slice(0, AUTOCOMPLETE_MAX_ITEMS).map((fact) => ({ name: fact.statement, value: fact.id })),
  );
}

/** The fact meant by what was sent: an id picked from autocomplete, or free text the engine can resolve. */
function resolveFact(engine: Engine, typed: string): Fact | undefined {
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
