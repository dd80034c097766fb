// Reading back an edit sheet (edit-sheet.ts) a curator changed: each line a fact, quote, entities, check or
// entity line, or an error naming the line, the fact or entity and the field. Nothing is applied while one line
// does not read, so a slip loses nothing: the curator fixes that line and applies again. A fact the sheet
// leaves out stays as it is; only "drop" deletes.
// Pure: the sheet's text and the base in, edits or errors out.
import { CHECK_KEYS, type CheckKey, FIX_CHECK_KEYS } from "./check-keys.js";
import { closestPassage } from "./closest-passage.js";
import { chrono } from "./draft/chrono-library.js";
import { SHEET_HEAD } from "./edit-sheet.js";
import { type Entity, entitySchema } from "./schema.js";
import type { KnowledgeBase } from "./types.js";

/**
 * Whether `text` stands in `articleText` as words running to a sentence's end: not inside a word at either end,
 * and ending at a sentence's punctuation (a sentence's tail, whole sentences or several). A bare substring let "Israel", part of a word or a clause cut before
 * its "not" be cited as what the fact says (review 18).
 */
function wholeSentenceIn(articleText: string, text: string): boolean {
  if (!/[.!?]["'”’)]*$/u.test(text)) return false;
  for (let at = articleText.indexOf(text); at !== -1; at = articleText.indexOf(text, at + 1))
    if (
      !/[\p{L}\p{N}]/u.test(articleText[at - 1] ?? "") &&
      !/[\p{L}\p{N}]/u.test(articleText[at + text.length] ?? "")
    )
      return true;
  return false;
}

/**
 * The day a timeline label names, as far as it names one (year, month, day: each only if written), when it is
 * not the fact's `sort` day; undefined when it agrees or names none. The label was free text, and "19 August
 * 2024" on a 2025-08-19 fact went through (review 18).
 */
function labelDay(label: string, sort: string): string | undefined {
  const [year, month, day] = sort.split("-").map(Number);
  const reference = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12));
  // The strict parser, on a date written out: a relative one ("last week (before May 27, 2025)" on a May fact)
  // reads against the reference and would name a day the label never wrote. A date after "before", "after",
  // "since" or "until" is a landmark, not the fact's day.
  const result = chrono.strict
    .parse(label, reference)
    .find((r) => !/\b(?:before|after|since|until)\s*$/iu.test(label.slice(0, r.index)));
  if (!result) return undefined;
  const parts = [
    ["year", year],
    ["month", month],
    ["day", day],
  ] as const;
  const differs = parts.some(
    // A part the sort date leaves out (a month's event) is not checked.
    ([part, want]) => want !== undefined && result.start.isCertain(part) && result.start.get(part) !== want,
  );
  if (!differs) return undefined;
  const pad = (v: number | null) => String(v ?? 0).padStart(2, "0");
  return `${result.start.get("year")}-${pad(result.start.get("month"))}-${pad(result.start.get("day"))}`;
}

/** What the sheet changes in one fact. */
export interface FactEdit {
  line: number;
  drop: boolean;
  statement: string;
  /** Joined quotes to delete, verbatim. */
  dropQuotes: string[];
  /** Judgement checks kept as they are (`KEEP key:`). */
  keep: CheckKey[];
  /** The fact's entities as the sheet lists them, where it does. */
  entities?: string[];
  /** The fact's /timeline label as the sheet gives it, where it does. */
  timeline?: string;
  /** Sentences of the article, verbatim, for the fact to cite too (`add quote:`). */
  addQuotes: string[];
}

export interface EntityEdit {
  line: number;
  entity: Entity;
}

export interface SheetEdits {
  article: string;
  facts: Map<string, FactEdit>;
  entities: EntityEdit[];
  /** One a line that does not read: "line 12 (fact ID, statement): …". */
  errors: string[];
}

/** Checks of what the files show (review-sheet.ts' openCheck): fixed in the sheet, never kept. */
const FIX_KEYS = new Set<string>(FIX_CHECK_KEYS);

const FACT_LINE = /^(drop\s+)?([a-z0-9][a-z0-9-]*)\s*\|(.*)$/;
// Under a fact, indented or not: an editor may strip the indent.
const QUOTE_LINE = /^\s*(drop\s+|add\s+)?quote:\s?(.*)$/;
const TIMELINE_LINE = /^\s*timeline:(.*)$/;
const ENTITIES_LINE = /^\s*entities:(.*)$/;
const CHECK_LINE = /^\s*(CHECK|KEEP|FIX)\s+([a-z-]+):/;
const ENTITY_LINE = /^([@?])\s*([^|\s]+)\s*\|(.*)$/;

/** The sheet's edits of `kb`'s article, or the errors of the lines that do not read. */
export function readEditSheet(text: string, kb: KnowledgeBase): SheetEdits {
  const lines = text.split(/\r?\n/);
  const article = lines[0]?.startsWith(SHEET_HEAD) ? lines[0].slice(SHEET_HEAD.length).trim() : "";
  const result: SheetEdits = { article, facts: new Map(), entities: [], errors: [] };
  if (!kb.articles.some((a) => a.id === article)) {
    result.errors.push(
      article
        ? `line 1: no article "${article}" in this base`
        : `line 1: not an edit sheet (it starts “${SHEET_HEAD.trim()} ARTICLE-ID”; kb:review -- --edit writes one)`,
    );
    return result;
  }
  const facts = new Map(kb.facts.filter((f) => f.articleId === article).map((f) => [f.id, f]));
  // Entity lines come after the drafts: a fact's "entities:" may name one added further down the sheet.
  const entityIds = new Set([
    ...kb.entities.map((e) => e.id),
    ...lines.flatMap((line) => {
      const entity = ENTITY_LINE.exec(line);
      return entity?.[1] === "@" && entity[2] ? [entity[2]] : [];
    }),
  ]);
  const seenEntities = new Set<string>();
  /** The line dropping a fact's last quote, by fact. */
  const lastDrop = new Map<string, number>();
  let current: FactEdit | undefined;
  let currentId = "";
  const error = (n: number, where: string, message: string) =>
    result.errors.push(`line ${n}${where ? ` (${where})` : ""}: ${message}`);
  // Each line read on its own; what a line returns is only how it stops.
  const readLine = (raw: string, index: number): unknown => {
    const n = index + 1;
    if (n === 1 || raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const fact = FACT_LINE.exec(raw);
    if (fact && !raw.startsWith(" ")) {
      const [, drop, id = "", rest = ""] = fact;
      currentId = id;
      current = undefined;
      if (!facts.has(id)) return error(n, `fact ${id}`, `no fact "${id}" in article ${article}`);
      if (result.facts.has(id))
        return error(
          n,
          `fact ${id}`,
          `a second line for this fact (the first: line ${result.facts.get(id)?.line})`,
        );
      const statement = rest.trim();
      // The lines under it are still read, so one apply names every line to mend.
      current = { line: n, drop: drop !== undefined, statement, dropQuotes: [], keep: [], addQuotes: [] };
      result.facts.set(id, current);
      if (!drop && statement === "")
        error(
          n,
          `fact ${id}, statement`,
          `the statement is empty: write one, or "drop ${id} | …" to delete the draft`,
        );
      return;
    }
    const quote = QUOTE_LINE.exec(raw);
    const entitiesLine = ENTITIES_LINE.exec(raw);
    const check = CHECK_LINE.exec(raw);
    const timeline = TIMELINE_LINE.exec(raw);
    if (quote || entitiesLine || check || timeline) {
      if (!current) {
        // A line under a fact that did not read has had its error already.
        if (!currentId) error(n, "", "a quote, entities, timeline or check line before any fact line");
        return;
      }
      const original = facts.get(currentId);
      if (!original) return;
      if (timeline) {
        const label = (timeline[1] ?? "").trim();
        if (!original.timeline)
          return error(n, `fact ${currentId}, timeline`, "this fact has no /timeline entry to label");
        if (label === "")
          return error(
            n,
            `fact ${currentId}, timeline`,
            "the label is empty: write the day as a member reads it",
          );
        const named = labelDay(label, original.timeline.sort);
        if (named !== undefined)
          return error(
            n,
            `fact ${currentId}, timeline`,
            `the label names ${named}, the fact's day is ${original.timeline.sort}: write that day`,
          );
        current.timeline = label;
        return;
      }
      if (quote?.[1]?.startsWith("add")) {
        const text = (quote[2] ?? "").trim();
        const articleText = kb.articles.find((a) => a.id === article)?.text ?? "";
        if (text === "" || !articleText.includes(text))
          return error(
            n,
            `fact ${currentId}, quote`,
            `not found verbatim in the article (closest: “${closestPassage(articleText, text)}”): paste the sentence as the article words it`,
          );
        if (!wholeSentenceIn(articleText, text))
          return error(
            n,
            `fact ${currentId}, quote`,
            "not a whole sentence of the article: paste it from its first word to its closing full stop",
          );
        if (!original.quotes.some((q) => q.text === text) && !current.addQuotes.includes(text))
          current.addQuotes.push(text);
        return;
      }
      if (quote) {
        const text = (quote[2] ?? "").trim();
        if (!original.quotes.some((q) => q.text === text))
          return error(
            n,
            `fact ${currentId}, quote`,
            `not one of this fact's quotes as the article words them: quotes stay verbatim (edit the statement; “drop quote:” deletes a joined one)`,
          );
        // A line written twice (pasted again, or kept from an earlier round) drops the quote once.
        if (quote[1] && !current.dropQuotes.includes(text)) {
          current.dropQuotes.push(text);
          if (current.dropQuotes.length >= original.quotes.length) lastDrop.set(currentId, n);
        }
        return;
      }
      if (entitiesLine) {
        const ids = (entitiesLine[1] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = ids.filter((id) => !entityIds.has(id));
        if (unknown.length > 0)
          return error(
            n,
            `fact ${currentId}, entities`,
            `no entity ${unknown.map((u) => `"${u}"`).join(", ")} in entities.json or this sheet`,
          );
        current.entities = ids;
        return;
      }
      const [, word, key = ""] = check as RegExpExecArray;
      if (!(CHECK_KEYS as readonly string[]).includes(key))
        return error(
          n,
          `fact ${currentId}, check`,
          `no check "${key}" (the checks: ${CHECK_KEYS.join(", ")})`,
        );
      if (word === "KEEP" && FIX_KEYS.has(key))
        return error(
          n,
          `fact ${currentId}, check ${key}`,
          `a FIX check cannot be kept: fix what it says (then the line may stay as FIX)`,
        );
      if (word === "KEEP") current.keep.push(key as CheckKey);
      return;
    }
    const entity = ENTITY_LINE.exec(raw);
    if (entity) {
      const [, mark, id = "", rest = ""] = entity;
      if (mark === "?") return;
      const [kind = "", name = "", description = "", aliases = "", ...extra] = rest
        .split("|")
        .map((s) => s.trim());
      if (extra.length > 0)
        return error(
          n,
          `entity ${id}`,
          `more than 5 fields: “@ ID | kind | name | description | aliases” (a “|” inside a field?)`,
        );
      const parsed = entitySchema.safeParse({
        id,
        kind,
        name,
        description,
        aliases: aliases
          .split(";")
          .map((a) => a.trim())
          .filter(Boolean),
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? "entry");
        const hint =
          field === "kind" ? ` (one of person, place, country, organisation, event, outlet, other)` : "";
        return error(n, `entity ${id}, ${field}`, `${issue?.message ?? "does not read"}${hint}`);
      }
      if (seenEntities.has(id)) return error(n, `entity ${id}`, "a second line for this entity");
      seenEntities.add(id);
      result.entities.push({ line: n, entity: parsed.data });
      return;
    }
    // The fact above goes on: its quote and check lines below still belong to it.
    error(n, "", `not a fact, quote, entities, timeline, check or entity line: “${raw.trim().slice(0, 60)}”`);
  };
  lines.forEach((raw, index) => {
    readLine(raw, index);
  });
  // Once every line is read: an `add quote:` below the drops may give the fact the quote it keeps.
  for (const [id, n] of lastDrop) {
    const edit = result.facts.get(id);
    if (edit && edit.addQuotes.length === 0)
      error(
        n,
        `fact ${id}, quote`,
        "every quote dropped: a fact keeps one (drop the fact, or add the quote it cites)",
      );
  }
  return result;
}
