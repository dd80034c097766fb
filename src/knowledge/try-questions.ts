// The questions kb:try asks of an article's facts before it goes live: what a member would type about what the
// article adds, in wording of its own rather than the drafts' (a draft's drafted questions are what the
// engine indexes it by, so asking them back proves little; a few are still asked, since a draft the engine
// refuses its own questions is one no member reaches). Pure: the base in, the questions out.

import { formatSortable, isDaySortable } from "./dates.js";
import { articleDate, type Entity, type Fact, type KnowledgeBase } from "./types.js";

/** Something a question names: its answer's fact should name it too. */
export interface Named {
  /** How a reader of kb:try's lines knows it: an entity's or a side's id. */
  id: string;
  /** Entity ids that stand for it on a fact. */
  entityIds: readonly string[];
  /** Side id that stands for it on a fact (a lead fact's `side`). */
  side?: string;
  /** Words that name it in a statement or a quote. */
  words: readonly string[];
  /**
   * Asked as a party to an event ("where did A and B meet?", "who led A's side?"): a fact names it only by
   * its side or by words telling it taking part (taking-part.ts), not by its entity id alone nor a mention.
   */
  takesPart?: boolean;
  /** Names of outlets holding one of `words` ("Israel's Channel 12"): no mention of the party itself. */
  otherNames?: readonly string[];
}

export interface TryQuestion {
  text: string;
  /** Why it is asked, for the line kb:try prints: "entity mowafaq-tarif", "fact FACT-ID", "date 2025-08-19". */
  about: string;
  /** What the answering fact must name (empty: nothing checked). */
  names: readonly Named[];
  /** The facts of the article that answer it rightly (empty: any fact of the article). */
  expected: readonly string[];
  /** The facts whose statements a curator would rewrite to mend it (empty: none known; try-mends.ts). */
  mends: readonly string[];
}

/** At most this many of a draft's own questions are asked back. */
const OWN_QUESTIONS_PER_FACT = 2;

const named = (entity: Entity): Named => ({
  id: entity.id,
  entityIds: [entity.id],
  words: [entity.name, ...entity.aliases],
});

/** What a member asks about an entity of each kind. */
function entityQuestion(entity: Entity): string {
  switch (entity.kind) {
    case "person":
      return `who is ${entity.name}?`;
    // A country new to the base is most often where something happened (a venue), seldom a party.
    case "place":
    case "country":
      return `what happened in ${entity.name}?`;
    case "outlet":
      return `what did ${entity.name} report?`;
    case "event":
      return `when was ${entity.name}?`;
    default:
      return `what is ${entity.name}?`;
  }
}

/** "Syria's side", "Residents' group side": a side as a question names it. */
const sideWords = (label: string) => (label.endsWith("s'") ? `${label} side` : `${label}'s side`);

/** When a fact's event happened, to the day or coarser: its timeline's date, else `happened`. */
const eventDate = (fact: Fact): string | undefined => fact.timeline?.sort ?? fact.happened;

/** The article's facts and the entities no other article's fact names: what the article brings. */
function articleParts(kb: KnowledgeBase, articleId: string) {
  const facts = kb.facts.filter((f) => f.articleId === articleId);
  const elsewhere = new Set(kb.facts.filter((f) => f.articleId !== articleId).flatMap((f) => f.entities));
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  // In the order the article's facts first name them, as a curator reads the sheet.
  const entities = [...new Set(facts.flatMap((f) => f.entities))]
    .filter((id) => !elsewhere.has(id))
    .flatMap((id) => byId.get(id) ?? []);
  return { facts, entities };
}

/** Every question kb:try asks of `articleId`, in the order it prints them: entities, sides, dates, drafts. */
export function tryQuestions(kb: KnowledgeBase, articleId: string): TryQuestion[] {
  const { facts, entities } = articleParts(kb, articleId);
  const questions: TryQuestion[] = entities.map((entity) => ({
    text: entityQuestion(entity),
    about: `entity ${entity.id}`,
    names: [named(entity)],
    expected: [],
    // Mended by a profile or the entity's description, not by words in a statement: none is probed.
    mends: [],
  }));
  questions.push(...sideQuestions(kb, articleId, facts));
  // One question per day the article dates an event on: what happened then should come from this article.
  const days = [...new Set(facts.map(eventDate).filter((d): d is string => isDaySortable(d)))].sort();
  for (const day of days) {
    const expected = facts.filter((f) => eventDate(f) === day).map((f) => f.id);
    questions.push({
      text: `what happened on ${formatSortable(day)}?`,
      about: `date ${day}`,
      names: [],
      expected,
      mends: expected,
    });
  }
  for (const fact of facts) {
    const own = fact.questions.filter((q) => q.endsWith("?")).slice(0, OWN_QUESTIONS_PER_FACT);
    for (const text of own)
      questions.push({ text, about: `fact ${fact.id}`, names: [], expected: [], mends: [fact.id] });
  }
  return questions;
}

/** The names and aliases of the base's outlets that hold one of `words` as a word of their own. */
function outletNamesHolding(kb: KnowledgeBase, words: readonly string[]): string[] {
  const folded = new Set(words.map((w) => w.toLowerCase()));
  return kb.entities
    .filter((e) => e.kind === "outlet")
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((name) => name.split(/[^\p{L}\p{N}]+/u).some((w) => folded.has(w.toLowerCase())));
}

/**
 * Who led each side the article has a lead fact for, in the month of that fact's event, and who leads it now
 * when the article is the base's newest on that side; and where the two first such sides met that month (the
 * fifth curator trial's "where did Syria and Israel meet in August?" was answered with a meeting of only one).
 */
function sideQuestions(kb: KnowledgeBase, articleId: string, facts: readonly Fact[]): TryQuestion[] {
  const dateOf = new Map(kb.articles.map((a) => [a.id, articleDate(a)]));
  const mine = dateOf.get(articleId) ?? "";
  const questions: TryQuestion[] = [];
  const led: Array<{ side: Named; month: string }> = [];
  for (const side of kb.story.sides) {
    const leads = facts.filter((f) => f.side === side.id);
    if (leads.length === 0) continue;
    const entity = kb.entities.find((e) => e.id === side.id);
    const words = [side.label, ...side.names, ...(entity ? [entity.name, ...entity.aliases] : [])];
    const asNamed: Named = {
      id: side.id,
      entityIds: entity ? [side.id] : [],
      side: side.id,
      words,
      takesPart: true,
      otherNames: outletNamesHolding(kb, words),
    };
    const month =
      leads
        .map(eventDate)
        .find((d) => d !== undefined)
        ?.slice(0, 7) ?? mine.slice(0, 7);
    const when = month.length === 7 ? ` in ${formatSortable(month)}` : "";
    const expected = leads.map((f) => f.id);
    questions.push({
      text: `who led ${sideWords(side.label)}${when}?`,
      about: `side ${side.id}`,
      names: [asNamed],
      expected,
      mends: expected,
    });
    const newest = kb.facts
      .filter((f) => f.side === side.id && f.articleId !== articleId)
      .every((f) => (dateOf.get(f.articleId) ?? "") <= mine);
    if (newest) {
      questions.push({
        text: `who leads ${sideWords(side.label)} now?`,
        about: `side ${side.id}`,
        names: [asNamed],
        expected,
        mends: expected,
      });
    }
    if (month.length === 7) led.push({ side: asNamed, month });
  }
  const [first, second] = led;
  if (first && second && first.month === second.month) {
    const [a, b] = kb.story.sides.filter((s) => s.id === first.side.id || s.id === second.side.id);
    if (a && b) {
      questions.push({
        text: `where did ${a.label} and ${b.label} meet in ${formatSortable(first.month)}?`,
        about: `sides ${a.id}, ${b.id}`,
        names: [first.side, second.side],
        expected: [],
        // Which fact should answer is the curator's to say: none is probed.
        mends: [],
      });
    }
  }
  return questions;
}
