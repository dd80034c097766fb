// `npm run --silent kb:add -- [--kb DIR] [--id ID] [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] FILE`
// Adds a pasted article to the knowledge base: its text verbatim, its details (flags win over what is
// detected, and details already curated win over detection on a re-run) and drafted facts marked
// unreviewed. Entities are matched by name and alias or added. Running it again on the same file changes
// nothing (rerun.ts): only text the article did not hold before is drafted, and reviewed facts are kept as
// they are.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import { ConfigError, knowledgeDirOf } from "../config.js";
import { articleSources, asOutlets, creditedOutlets, outletEntities } from "./draft/attributions.js";
import { describedFromArticle } from "./draft/descriptions.js";
import type { DraftFact } from "./draft/draft-fact.js";
import { entitiesIn, spellingIndex } from "./draft/entities.js";
import { draftArticle } from "./draft/facts.js";
import { formatJson } from "./draft/json.js";
import { sideLeads } from "./draft/lead-facts.js";
import { KB_OPTION, KB_USAGE } from "./kb-option.js";
import { withoutRepeatedClaims } from "./repeated-claims.js";
import { draftsOfNewText, entitiesNeeded } from "./rerun.js";
import { unsupportedKinds } from "./review-sheet.js";
import { type Entity, entitySchema, sortableDate, storySchema } from "./schema.js";
import { redrawnLine, redrawStatementQuestions } from "./statement-questions.js";
import type { Fact } from "./types.js";

const USAGE = `usage: npm run --silent kb:add -- ${KB_USAGE} [--id ID] [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] FILE`;

class UsageError extends Error {}

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** --kb DIR, else KNOWLEDGE_DIR, else the shipped base: a wrong variable is a usage error naming it. */
function knowledgeDir(kb: string | undefined): string {
  try {
    return knowledgeDirOf(kb);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new UsageError(error.problems.map((p) => `${p.variable}: ${p.message}`).join("\n"));
  }
}

interface RawFacts {
  article: string;
  facts: Array<{ id?: unknown; quotes?: unknown; statement?: unknown }>;
}

interface AddResult {
  id: string;
  folder: string;
  drafted: number;
  kept: number;
  newEntities: string[];
  /** Facts (ids) whose drafted questions were redrawn after their statement was rewritten. */
  redrawn: string[];
  published: string | null;
  millis: number;
}

export function addArticle(argv: readonly string[]): AddResult {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...KB_OPTION,
      id: { type: "string" },
      title: { type: "string" },
      outlet: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  if (values.published !== undefined && !sortableDate.safeParse(values.published).success) {
    throw new UsageError(`--published "${values.published}" must be a date like 2025-07-25`);
  }
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) {
    throw new UsageError(`--id "${values.id}" must be a lower-case slug like 2025-07-paris-talks`);
  }
  const dir = knowledgeDir(values.kb);
  const storyFile = path.join(dir, "story.json");
  const entitiesFile = path.join(dir, "entities.json");
  const story = storySchema.safeParse(readJsonFile(storyFile));
  if (!story.success) throw new UsageError(`${storyFile} is not valid: run npm run kb:check`);
  const rawEntities = readJsonFile(entitiesFile) as { entities?: unknown[] };
  const entities: Entity[] = [];
  for (const item of rawEntities.entities ?? []) {
    const parsed = entitySchema.safeParse(item);
    if (!parsed.success) throw new UsageError(`${entitiesFile} is not valid: run npm run kb:check`);
    entities.push(parsed.data);
  }

  // A statement the curator rewrote since the last run: its drafted questions follow it before anything is read.
  const redrawn = redrawStatementQuestions(dir);
  const text = readFileSync(file, "utf8");
  const articlesDir = path.join(dir, "articles");
  // Every fact id in the base, and the quotes of the article's own facts if it was added before.
  const factIds = new Set<string>();
  const folders = existsSync(articlesDir)
    ? readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  const factsOf = new Map<string, RawFacts>();
  for (const folder of folders) {
    const factsFile = path.join(articlesDir, folder.name, "facts.json");
    if (!existsSync(factsFile)) continue;
    const raw = readJsonFile(factsFile) as RawFacts;
    factsOf.set(folder.name, raw);
    for (const fact of raw.facts ?? []) if (typeof fact.id === "string") factIds.add(fact.id);
  }
  // What the base says already, so a later article's draft does not say it again ("X is Syria's foreign
  // minister" of a person an earlier article profiled).
  const statementsOf = (except: string | null) =>
    [...factsOf.entries()]
      .filter(([folder]) => folder !== except)
      .flatMap(([, raw]) => raw.facts ?? [])
      .map((fact) => fact.statement)
      .filter((s): s is string => typeof s === "string");
  const options = {
    id: values.id,
    title: values.title,
    outlet: values.outlet,
    url: values.url,
    published: values.published,
  };
  // A first pass names the article; on a re-run its existing facts' quotes are not drafted again.
  const probe = draftArticle({
    text,
    options,
    entities,
    story: story.data,
    factIds,
    existingQuotes: new Set(),
    knownStatements: statementsOf(null),
  });
  const existing = factsOf.get(probe.id);
  const existingQuotes = new Set<string>();
  for (const fact of existing?.facts ?? []) {
    if (typeof fact.id === "string") factIds.delete(fact.id);
    if (Array.isArray(fact.quotes))
      for (const q of fact.quotes) if (typeof q === "string") existingQuotes.add(q);
  }
  for (const fact of existing?.facts ?? []) if (typeof fact.id === "string") factIds.add(fact.id);
  const draft = existing
    ? draftArticle({
        text,
        options,
        entities,
        story: story.data,
        factIds,
        existingQuotes,
        knownStatements: statementsOf(probe.id),
      })
    : probe;

  const folder = path.join(articlesDir, draft.id);
  const textFile = path.join(folder, "article.txt");
  const previousText = existsSync(textFile) ? readFileSync(textFile, "utf8") : null;
  // A name the article uses as a news outlet (on its credit line, or credited with a report: "…, X reported")
  // is an outlet, not an organisation taking part in the story.
  const creditLine = creditedOutlets(text, draft.parsed.paragraphs[0]?.offset ?? 0);
  // Each new entity described in the article's words where it gives some ("Syria's intelligence chief").
  const described = (list: Entity[]) =>
    describedFromArticle(
      list,
      draft.sentences.flat(),
      draft.words,
      draft.entities,
      sideLeads(draft.facts, story.data.sides),
    );
  const draftedEntities = described(
    asOutlets(draft.addedEntities, creditLine, draft.sentences.flat(), draft.meta.title),
  );
  const addedById = new Map(draftedEntities.map((e) => [e.id, e]));
  const entitiesAfter = draft.entities.map((e) => addedById.get(e.id) ?? e);
  // Whose report each sentence relays, for its citation's source and link (attributions.ts).
  const sources = articleSources(
    text,
    draft.meta.title,
    draft.parsed.paragraphs,
    draft.sentences,
    draft.parsed.links,
    [...entities, ...draftedEntities]
      .filter((e) => e.kind === "outlet")
      .map((e) => ({ name: e.name, aliases: e.aliases })),
    values.url ?? null,
  );
  // The credited outlets the base lacks become entities of the facts that name them; one no sentence names
  // is left out (a name the base knows is one a question may ask about).
  const credited = outletEntities(sources.credited, entitiesAfter, draft.meta.title);
  const creditedIndex = spellingIndex(credited);
  const names = (quote: string, outlet: Entity) => entitiesIn(quote, creditedIndex).includes(outlet);
  const outlets = credited.filter((o) => draft.facts.some((f) => f.quotes.some((q) => names(q, o))));
  const byId = new Map([...entitiesAfter, ...outlets].map((e) => [e.id, e]));
  const drafts = withoutRepeatedClaims(draft.facts).map((fact) => {
    const named = outlets.filter((o) => fact.quotes.some((q) => names(q, o))).map((o) => o.id);
    const withOutlets =
      named.length > 0 ? { ...fact, entities: [...new Set([...fact.entities, ...named])] } : fact;
    return withoutUnsupportedKinds(withOutlets, byId);
  });
  // A re-run drafts only what the text did not say before; the entities it adds are those drafts' own.
  const written = existing ? draftsOfNewText(drafts, previousText) : drafts;
  const describedOutlets = described(outlets);
  const newEntities = [...draftedEntities, ...describedOutlets];
  const added = existing ? entitiesNeeded(newEntities, written) : newEntities;
  mkdirSync(folder, { recursive: true });
  // Files are rewritten only when they change, so a re-run leaves a reviewed article byte for byte as it was.
  const writeChanged = (file: string, content: string) => {
    if (!existsSync(file) || readFileSync(file, "utf8") !== content) writeFileSync(file, content);
  };
  writeChanged(textFile, text);
  const metaFile = path.join(folder, "article.json");
  const previous = existsSync(metaFile) ? (readJsonFile(metaFile) as Record<string, unknown>) : {};
  const flags = Object.fromEntries(
    Object.entries({
      title: values.title,
      outlet: values.outlet,
      url: values.url,
      published: values.published,
    }).filter(([, v]) => v !== undefined),
  );
  const detected = {
    ...draft.meta,
    outlet: draft.meta.outlet ?? sources.outlet,
    attributions: sources.attributions,
  };
  const meta = { ...detected, ...previous, ...flags, id: draft.id };
  if (!existsSync(metaFile) || !sameJson(meta, previous)) writeFileSync(metaFile, formatJson(meta));
  const kept = existing?.facts ?? [];
  if (!existing || written.length > 0) {
    writeFileSync(
      path.join(folder, "facts.json"),
      formatJson({ article: draft.id, facts: [...kept, ...written.map(withQuestionsFrom)] }),
    );
  }
  if (!existing)
    writeFileSync(
      entitiesFile,
      formatJson({ ...rawEntities, entities: [...entitiesAfter, ...describedOutlets] }),
    );
  else if (added.length > 0) {
    writeFileSync(
      entitiesFile,
      formatJson({ ...rawEntities, entities: [...(rawEntities.entities ?? []), ...added] }),
    );
  }
  return {
    id: draft.id,
    folder,
    drafted: written.length,
    kept: kept.length,
    newEntities: added.map((e) => e.id),
    redrawn,
    published: (flags.published as string | undefined) ?? draft.meta.published,
    millis: performance.now() - started,
  };
}

/** A draft as written: `questionsFrom`, the statement its questions were drawn from, right after its questions. */
function withQuestionsFrom(fact: DraftFact): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fact).flatMap(([key, value]) =>
      key === "questions"
        ? [
            [key, value],
            ["questionsFrom", fact.statement],
          ]
        : [[key, value]],
    ),
  );
}

/** Whether two JSON objects hold the same fields and values, in whatever key order. */
function sameJson(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const sorted = (o: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y))));
  return sorted(a) === sorted(b);
}

/** A draft without the kinds kb:review would flag as unanswered by it (a how-many with no number). */
function withoutUnsupportedKinds(fact: DraftFact, entities: ReadonlyMap<string, Entity>): DraftFact {
  const asFact = { ...fact, articleId: "", quotes: fact.quotes.map((text) => ({ text })) } as unknown as Fact;
  const unsupported = new Set(unsupportedKinds(asFact, entities));
  return unsupported.size === 0 ? fact : { ...fact, kinds: fact.kinds.filter((k) => !unsupported.has(k)) };
}

const seconds = (millis: number) => (millis / 1000).toFixed(1);

function main(): number {
  try {
    const result = addArticle(process.argv.slice(2));
    process.stdout.write(
      `${[
        `kb:add: ${result.folder}`,
        `  article ${result.id}, dated ${result.published ?? "(no dateline found: pass --published)"}`,
        result.kept && result.drafted === 0
          ? `  nothing drafted: the article's text is as it was; its ${result.kept} facts kept as they are`
          : `  ${result.drafted} facts drafted (reviewed: false)${result.kept ? ` from text new since the last kb:add, ${result.kept} facts already there kept` : ""}`,
        `  ${result.newEntities.length} new entities${result.newEntities.length ? `: ${result.newEntities.join(", ")}` : ""}`,
        ...(result.redrawn.length > 0 ? [redrawnLine(result.redrawn)] : []),
        // From the process's start, not the call's: loading compromise and the word lists is most of the
        // wall-clock time a curator waits (npm adds its own start on top).
        `  done in ${seconds(performance.now())} s since Node started (${seconds(result.millis)} s of it reading and drafting). ` +
          "Review the drafts (npm run --silent kb:review), then run npm run kb:check.",
      ].join("\n")}\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kb:add: ${message}\n`);
    if (!(error instanceof UsageError) && !/Unknown option|Unexpected argument/.test(message)) return 2;
    return 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  // V8 compiles a regular expression to machine code on its second run. One article runs most of the
  // drafting's expressions (chrono-node's among them, some slow to compile) only a handful of times, so
  // compiling them costs more than interpreting; past 100 runs an expression is compiled as usual. For this
  // one-shot command only: what it drafts is the same either way (docs/evaluation.md, tenth stop, speed).
  v8.setFlagsFromString("--regexp-tier-up-ticks=100");
  process.exitCode = main();
}
