// The review sheet of `npm run kb:review`: each fact of an article on a few lines (what it says, its quotes,
// kinds, side, date, entities) with what a curator should look at, so a review reads the drafts against the
// article instead of paging through facts.json, whose drafted questions repeat each sentence five times.
// Pure: knowledge base in, text out; the command (review.ts) reads the base and prints.
import { attributesOf } from "../engine/support.js";
import { foldWords, normaliseAlias } from "../shared/fold.js";
import { draftedQuestions } from "./review-leftovers.js";
import type { Entity, Fact, KnowledgeBase } from "./types.js";

export interface ReviewOptions {
  /** Only this article's facts; all articles when absent. */
  article?: string;
  /** Reviewed facts too, not only the drafts (`"reviewed": false`). */
  all: boolean;
}

/** Capitalised words that are dates, not names ("On Thursday", "in July"). */
const CALENDAR_WORDS = new Set(
  [
    "january february march april may june july august september october november december",
    "monday tuesday wednesday thursday friday saturday sunday",
  ]
    .join(" ")
    .split(" "),
);

/** Runs of capitalised words inside a sentence ("Sheikh Mowafaq Tarif", "Axios"), not its first word. */
function capitalisedNames(text: string): string[] {
  const names: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;"“”])\s+/)) {
    const words = sentence.split(/\s+/);
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) names.push(run.join(" "));
      run = [];
    };
    words.forEach((raw, i) => {
      let word = raw.replace(/^[("“'‘]+|[)"”'’.,;:!?]+$/g, "").replace(/['’]s$/, "");
      // "UN-patrolled" names the UN; "al-Shaibani" is a name though it starts in lower case.
      if (/^\p{Lu}[\p{Lu}\p{Ll}]*-\p{Ll}/u.test(word)) word = word.slice(0, word.indexOf("-"));
      const capitalised =
        (/^\p{Lu}/u.test(word) || /^(?:al|el|ad|as|bin|ibn|abu)-\p{Lu}/u.test(word)) &&
        !CALENDAR_WORDS.has(word.toLowerCase());
      // "Channel 12": a number goes on a name already begun.
      if (i > 0 && (capitalised || (run.length > 0 && /^\d+$/.test(word)))) run.push(word);
      else flush();
      if (/[,;:)]$/.test(raw)) flush();
    });
    flush();
  }
  return names;
}

function entityNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(normaliseAlias);
}

/** What to look at in one fact, in the order the README's review step goes through a fact. */
export function reviewNotes(fact: Fact, entities: ReadonlyMap<string, Entity>): string[] {
  const notes: string[] = [];
  const quotes = fact.quotes.map((q) => q.text);
  if (quotes.some((q) => foldWords(q) === foldWords(fact.statement))) {
    notes.push(
      "statement is its quote word for word: write the one-sentence answer (who, what, calendar dates)",
    );
  }
  const drafted = draftedQuestions(fact);
  if (drafted.length > 0) {
    notes.push(
      `${drafted.length} of ${fact.questions.length} questions are kb:add's (the sentence, its clauses): replace them with a member's questions`,
    );
  }
  if (quotes.length > 1 || /^(it|they|this|that|he|she)\b/i.test(quotes[0] ?? "")) {
    notes.push("quotes joined to the sentence before: one claim, or split the fact?");
  }
  if (fact.side !== undefined) {
    notes.push(`side ${fact.side}: keep only on a fact that says who leads or represents ${fact.side}`);
  }
  if (fact.timeline?.implied) {
    notes.push(`date resolved by kb:add: check that "${fact.timeline.when}" is ${fact.timeline.sort}`);
  }
  const has = attributesOf(fact);
  const kinds = fact.kinds ?? [];
  if (kinds.includes("when") && !has.has("date") && !has.has("duration") && fact.happened === undefined) {
    notes.push("kind when, but no date or duration in it");
  }
  // "more than 25 years" is a duration, which answers "how many years" and "how much time" as a count does.
  if (kinds.includes("how-many") && !has.has("count") && !has.has("duration"))
    notes.push("kind how-many, but no number in it");
  const text = normaliseAlias([fact.statement, ...quotes].join(" "));
  const absent = fact.entities.filter((id) => {
    const entity = entities.get(id);
    return entity !== undefined && !entityNames(entity).some((name) => text.includes(name));
  });
  if (absent.length > 0)
    notes.push(`entities not named in it: ${absent.join(", ")} (handed on from another sentence?)`);
  const known = [...entities.values()].flatMap(entityNames);
  const unnamed = [...new Set(quotes.flatMap(capitalisedNames))].filter((name) => {
    const key = normaliseAlias(name);
    return !known.some((k) => k === key || key.includes(k) || k.includes(key));
  });
  if (unnamed.length > 0)
    notes.push(`names with no entity: ${unnamed.join(", ")} (add the people, places, bodies)`);
  return notes;
}

function dateOf(fact: Fact): string {
  if (fact.timeline)
    return `${fact.timeline.sort} ("${fact.timeline.when}"${fact.timeline.implied ? ", implied" : ""})`;
  return fact.happened ?? "—";
}

/** The sheet: one block per fact, then how many facts and notes. */
export function reviewSheet(kb: KnowledgeBase, options: ReviewOptions): string {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const lines: string[] = [];
  let shown = 0;
  let noted = 0;
  for (const article of kb.articles) {
    if (options.article !== undefined && article.id !== options.article) continue;
    const facts = kb.facts.filter((f) => f.articleId === article.id);
    facts.forEach((fact, i) => {
      if (!options.all && fact.reviewed !== false) return;
      shown += 1;
      const notes = reviewNotes(fact, entities);
      noted += notes.length;
      lines.push(
        `articles/${article.id}/facts.json · ${i + 1} of ${facts.length} · ${fact.id}${fact.reviewed === false ? " (draft)" : ""}`,
        `  statement  ${fact.statement}`,
        ...fact.quotes.map((q) => `  quote      “${q.text}”`),
        `  kinds      ${(fact.kinds ?? []).join(", ") || "—"} · side ${fact.side ?? "—"} · date ${dateOf(fact)}`,
        `  entities   ${fact.entities.join(", ") || "—"}`,
        ...notes.map((note) => `  - ${note}`),
        "",
      );
    });
  }
  const what = options.all ? "facts" : "drafted facts";
  lines.push(`kb:review: ${shown} ${what}${options.article ? ` of ${options.article}` : ""}, ${noted} notes`);
  return `${lines.join("\n")}\n`;
}
