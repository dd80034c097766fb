// The edit sheet of `kb:review -- --edit ARTICLE-ID`: an article's drafts as plain text, one line a fact
// (`FACT-ID | statement`), its joined quotes and open checks under it, then the entities it names that are new
// or need a description (`@ ID | kind | name | description | aliases`) and the names it gives with no entity
// (`? …`, to add by turning "?" into "@"). The fourth curator trial spent 15–25 of its 27 editing minutes
// finding facts by line number in a 750-line facts.json and keeping its quotes and commas intact; the sheet is
// what a curator changes, `--apply` (edit-sheet-read.ts, apply-edits.ts) writes it back into the JSON.
// Once no draft is left (or with `--edit --all`), the sheet holds the reviewed facts, to mend one after marking
// or going live. Pure: knowledge base in, text out.
import { isPlaceholderDescription } from "./draft/placeholder-descriptions.js";
import { suggestedEntity } from "./entity-suggestions.js";
import { openChecks, unnamedNames } from "./review-sheet.js";
import { articleDate, type Entity, type Fact, type KnowledgeBase } from "./types.js";

/** The first line of a sheet: which article of which base it edits (read back by `--apply`). */
export const SHEET_HEAD = "# kb:review edit sheet · article ";

/** The checks whose entities a curator may remove (`lede`, `handed-on`): the sheet shows the fact's entities. */
const ENTITY_CHECKS = new Set(["lede", "handed-on"]);

/** The entities an article's drafts name that are new to the base (no other article's fact names them) or still have kb:add's placeholder. */
function entitiesToDescribe(kb: KnowledgeBase, drafts: readonly Fact[], article: string): Entity[] {
  const elsewhere = new Set(kb.facts.filter((f) => f.articleId !== article).flatMap((f) => f.entities));
  const named = new Set(drafts.flatMap((f) => f.entities));
  return kb.entities.filter(
    (e) => named.has(e.id) && (!elsewhere.has(e.id) || isPlaceholderDescription(e.description)),
  );
}

/** A check's words as the sheet has it: an entity is edited on its line below, not in entities.json. */
const inSheet = (text: string) =>
  text
    .replace(
      / — paste the entry below into entities\.json,.*$/,
      " — add it below (write @ for its ?) if a member might ask by it, else KEEP this",
    )
    .replace(/in entities\.json, write one line/, "write one line on its @ line below")
    .replace(/ in entities\.json$/, " on its @ line below");

/** An entity as one line of the sheet. */
function entitySheetLine(mark: "@" | "?", entity: Entity): string {
  return `${mark} ${entity.id} | ${entity.kind} | ${entity.name} | ${entity.description} | ${entity.aliases.join("; ")}`;
}

/** The heading of a sheet that holds reviewed facts too: `--apply` rewrites such a sheet the same way. */
export const EVERY_FACT_HEADING = "## Facts, reviewed ones too";

/**
 * The facts a sheet shows: the article's drafts; every fact of it with `every` (`--edit --all`), or once no
 * draft is left — the sixth curator trial, mending a statement after going live, got a sheet of "0 drafts".
 */
export function sheetFacts(
  kb: KnowledgeBase,
  article: string,
  every: boolean,
): { facts: Fact[]; every: boolean } {
  const mine = kb.facts.filter((f) => f.articleId === article);
  const drafts = mine.filter((f) => f.reviewed === false);
  return every || drafts.length === 0 ? { facts: mine, every: true } : { facts: drafts, every: false };
}

/**
 * The sheet for one article's drafts (`every`: its reviewed facts too); `applyCommand` is what the header
 * tells the curator to run once saved.
 */
export function editSheet(kb: KnowledgeBase, article: string, applyCommand: string, every = false): string {
  const meta = kb.articles.find((a) => a.id === article);
  const shown = sheetFacts(kb, article, every);
  const drafts = shown.facts;
  const checks = openChecks(kb, article);
  const lines = [
    `${SHEET_HEAD}${article}`,
    `# Edit, save, then run: ${applyCommand}`,
    "# FACT-ID | statement — write the statement after “| ” on the one line; a member reads it alone.",
    "#   drop FACT-ID | …   deletes the draft (one that says what the article does not).",
    "#   quote: …           a quote, verbatim: never edit it; “drop quote: …” deletes a joined one (and the entities only it named).",
    "#   entities: a, b     the fact's entities (a lede or handed-on check): remove the ones it is not about.",
    "#   timeline: …        how /timeline labels the fact's day: write it as a member should read it (“19 August 2025”).",
    "#   add quote: …       another sentence of the article, verbatim, for the fact to cite (the one that says it).",
    "#   CHECK key: …       read it against the article: fix what it says, or write KEEP for CHECK to keep it.",
    "#   FIX key: …         fix it here (the statement, an entity's description); it cannot be kept.",
    "# @ ID | kind | name | description | alias; alias   an entity: edit anything but its id.",
    "# ? ID | …             a name with no entity: write @ for ? to add it (correct its kind and description).",
    "# A line in no such form is refused with its number, and nothing is written until every line reads.",
    "",
    shown.every
      ? `${EVERY_FACT_HEADING} (${drafts.length}, in the article's order): a reviewed fact you edit stays reviewed`
      : `## Drafts (${drafts.length}, in the article's order)`,
  ];
  for (const fact of drafts) {
    lines.push("", `${fact.id} | ${fact.statement}`);
    const quotes = fact.quotes.map((q) => q.text);
    // A statement that is its one quote shows it already.
    if (quotes.length > 1 || quotes[0] !== fact.statement) lines.push(...quotes.map((q) => `  quote: ${q}`));
    if (fact.timeline) lines.push(`  timeline: ${fact.timeline.when}`);
    const open = checks.get(fact.id) ?? [];
    if (open.some((c) => c.key !== undefined && ENTITY_CHECKS.has(c.key)))
      lines.push(`  entities: ${fact.entities.join(", ")}`);
    for (const check of open)
      lines.push(
        `  ${check.open ? "FIX" : "CHECK"} ${check.key ?? "check"}: ${inSheet(check.text.split("\n")[0] ?? "")}`,
      );
  }
  const described = entitiesToDescribe(kb, drafts, article);
  const source = {
    text: meta?.text ?? "",
    title: meta?.title ?? "",
    published: meta ? articleDate(meta) : null,
  };
  // Names the curator already passed over when reviewing are not asked again.
  const unnamed = unnamedNames(
    drafts.filter((f) => f.reviewed === false).flatMap((f) => f.quotes.map((q) => q.text)),
    kb.entities,
  );
  lines.push("", "## Entities the drafts name that are new or need a description", "");
  lines.push(...described.map((e) => entitySheetLine("@", e)));
  if (unnamed.length > 0) {
    lines.push("", "## Names with no entity: write @ for ? to add one a member might ask by", "");
    lines.push(...unnamed.map((name) => entitySheetLine("?", suggestedEntity(name, source))));
  }
  return `${lines.join("\n")}\n`;
}
