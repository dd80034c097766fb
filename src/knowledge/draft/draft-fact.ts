// A drafted fact as it is written to facts.json, its id, and how a sentence that goes on with the claim
// before it is joined into that claim's fact. Pure.
import { isDaySortable } from "../dates.js";
import { uniqueId } from "./entities.js";
import { slugOf } from "./entity-ids.js";

/** A drafted fact as it is written to facts.json (the schema's input shape). */
export interface DraftFact {
  id: string;
  statement: string;
  quotes: string[];
  entities: string[];
  topics: string[];
  questions: string[];
  keywords: string[];
  kinds: string[];
  side?: string;
  timeline?: { when: string; sort: string; implied: boolean };
  happened?: string;
  reviewed: false;
}

/** The lists of a claim's terms: when two drafts of one claim are made one, each keeps the other's too. */
export type ClaimLists = Pick<DraftFact, "entities" | "topics" | "questions" | "keywords" | "kinds">;

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Each of `a`'s lists followed by what `b`'s adds to it, each item once. */
export function unitedLists(a: ClaimLists, b: ClaimLists): ClaimLists {
  return {
    entities: union(a.entities, b.entities),
    topics: union(a.topics, b.topics),
    questions: union(a.questions, b.questions),
    keywords: union(a.keywords, b.keywords),
    kinds: union(a.kinds, b.kinds),
  };
}

/** Longest fact id we make from a sentence's first words. */
const MAX_ID_LENGTH = 48;
const ID_WORDS = 7;

export function factId(sentence: string, taken: Set<string>): string {
  const words = slugOf(sentence).split("-").filter(Boolean).slice(0, ID_WORDS);
  let base = words.join("-");
  while (base.length > MAX_ID_LENGTH && base.includes("-")) base = base.slice(0, base.lastIndexOf("-"));
  return uniqueId(base || "fact", taken);
}

/** `next` (a sentence that points back) joined into `fact`, the claim it goes on with. */
export function joinFacts(fact: DraftFact, next: DraftFact): void {
  fact.statement = `${fact.statement} ${next.statement}`;
  fact.quotes = union(fact.quotes, next.quotes);
  Object.assign(fact, unitedLists(fact, next));
  if (!fact.side && next.side) fact.side = next.side;
  // A claim dated to a day already (`happened`: another draft has that day's timeline entry) keeps its day:
  // "It was their second Lima meeting, after one on 3 May" does not move "They agreed …" to 3 May.
  const dayKnown = isDaySortable(fact.happened);
  if (!fact.timeline && next.timeline && !dayKnown) {
    fact.timeline = next.timeline;
    delete fact.happened;
  } else if (!fact.timeline && !fact.happened && next.happened) fact.happened = next.happened;
}
