// `npm run --silent kb:add -- [--kb DIR] [--again] [--id ID] [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] FILE`
// Adds a pasted article to the knowledge base: its text verbatim, its details (flags win over what is
// detected, and details already curated win over detection on a re-run) and drafted facts marked
// unreviewed. Entities are matched by name and alias or added. Into a base that holds the article already it
// writes nothing unless `--again` says the curator means it (the third curator trial's scratch copy held
// someone else's drafts of the same article, and "a re-run adds nothing" hid them). Run again so, it changes
// nothing (rerun.ts): only text the article did not hold before is drafted, and reviewed facts are kept as
// they are.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import { ConfigError, knowledgeDirOf } from "../config.js";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { isMainModule } from "../shared/main-module.js";
import { messageOf } from "../shared/message-of.js";
import { plural } from "../shared/plural.js";
import { withDescribedNames } from "./described-names.js";
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
import { type Entity, entitySchema, type Story, sortableDate, storySchema } from "./schema.js";
import { redrawnLine, redrawStatementQuestions } from "./statement-questions.js";
import type { Fact } from "./types.js";

const USAGE = `usage: npm run --silent kb:add -- ${KB_USAGE} [--again] [--id ID] [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] FILE`;

class UsageError extends Error {}

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: ${messageOf(error)}`);
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
  /** The article's own address its citations fall back to, and where it came from (null: none known). */
  url: { href: string; from: "--url" | "the text" | "article.json" } | null;
  millis: number;
}

export function addArticle(argv: readonly string[]): AddResult {
  const started = performance.now();
  const { file, kb, again, options } = readArguments(argv);
  const base = readBase(knowledgeDir(kb));
  const text = readFileSync(file, "utf8");
  const { draft, existing } = draftOf(text, options, base);
  if (existing && !again) throw new UsageError(alreadyThere(base.dir, draft.id, existing, file));
  // A statement the curator rewrote since the last run: its drafted questions follow it before anything is written.
  const redrawn = redrawStatementQuestions(base.dir);
  const folder = path.join(base.dir, "articles", draft.id);
  const textFile = path.join(folder, "article.txt");
  const previousText = existsSync(textFile) ? readFileSync(textFile, "utf8") : null;
  const { drafts, entitiesAfter, draftedEntities, describedOutlets, sources } = withEntitiesAndSources(
    draft,
    text,
    base,
    draft.meta.url,
  );
  // A re-run drafts only what the text did not say before; the entities it adds are those drafts' own.
  const written = existing ? draftsOfNewText(drafts, previousText) : drafts;
  const newEntities = [...draftedEntities, ...describedOutlets];
  const added = existing ? entitiesNeeded(newEntities, written) : newEntities;
  mkdirSync(folder, { recursive: true });
  writeChanged(textFile, text);
  const url = writeMeta(path.join(folder, "article.json"), draft, sources, options);
  // The facts as they are now: the redraw above may have rewritten this article's file since draftOf read it.
  const kept = existing ? ((readJsonFile(path.join(folder, "facts.json")) as RawFacts).facts ?? []) : [];
  if (!existing || written.length > 0) {
    writeFileAtomic(
      path.join(folder, "facts.json"),
      formatJson({ article: draft.id, facts: [...kept, ...written.map(withQuestionsFrom)] }),
    );
  }
  if (!existing) writeEntities(base, [...entitiesAfter, ...describedOutlets]);
  else if (added.length > 0) writeEntities(base, [...(base.rawEntities.entities ?? []), ...added]);
  return {
    id: draft.id,
    folder,
    drafted: written.length,
    kept: kept.length,
    newEntities: added.map((e) => e.id),
    redrawn,
    published: options.published ?? draft.meta.published,
    url,
    millis: performance.now() - started,
  };
}

type DraftOptions = Parameters<typeof draftArticle>[0]["options"];
type DraftedArticle = ReturnType<typeof draftArticle>;

/** The command line: the article's file, `--kb`, and the flags that win over what is detected. */
function readArguments(argv: readonly string[]): {
  file: string;
  kb: string | undefined;
  again: boolean;
  options: DraftOptions;
} {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...KB_OPTION,
      again: { type: "boolean" },
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
  const { id, title, outlet, url, published } = values;
  return {
    file,
    kb: values.kb,
    again: values.again ?? false,
    options: { id, title, outlet, url, published },
  };
}

/**
 * Why kb:add wrote nothing into a base that holds the article: whose drafts they are, kb:add cannot know (a
 * curator trial found another person's run in a shared scratch base), so the curator says it with --again.
 */
function alreadyThere(dir: string, id: string, existing: RawFacts, file: string): string {
  const facts = existing.facts ?? [];
  const drafts = facts.filter((f) => (f as { reviewed?: unknown }).reviewed === false).length;
  const written = statSync(path.join(dir, "articles", id, "facts.json")).mtime;
  const when = written.toISOString().slice(0, 16).replace("T", " ");
  const live = path.relative(process.cwd(), knowledgeDir(undefined)) || ".";
  return [
    `${dir} holds ${id} already (${plural(facts.length, "fact")}, ${drafts} of them drafts; facts.json written ${when} UTC): nothing written.`,
    "  A copy that holds it keeps those facts, whoever wrote them. Draft into a fresh copy of the live base:",
    `    KB=$(mktemp -d /tmp/kb-XXXXXX) && cp -r ${live}/articles ${live}/*.json "$KB"/ && npm run --silent kb:add -- --kb "$KB" ${file}`,
    "  Or, to keep them and draft only text added to the file since your own kb:add (a correction), add --again.",
  ].join("\n");
}

/** What kb:add reads of the base before drafting: its story and entities, checked. */
interface Base {
  dir: string;
  entitiesFile: string;
  story: Story;
  /** entities.json as it is, written back with the entities added. */
  rawEntities: { entities?: unknown[] };
  entities: Entity[];
}

function readBase(dir: string): Base {
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
  return { dir, entitiesFile, story: story.data, rawEntities, entities };
}

/** Each article's facts.json by its folder's name. */
function readArticleFacts(articlesDir: string): Map<string, RawFacts> {
  const factsOf = new Map<string, RawFacts>();
  if (!existsSync(articlesDir)) return factsOf;
  for (const folder of readdirSync(articlesDir, { withFileTypes: true })) {
    const factsFile = path.join(articlesDir, folder.name, "facts.json");
    if (folder.isDirectory() && existsSync(factsFile))
      factsOf.set(folder.name, readJsonFile(factsFile) as RawFacts);
  }
  return factsOf;
}

/**
 * The article drafted against the base: a first pass names it; on a re-run (the base has its facts) it is
 * drafted again without the quotes of its existing facts.
 */
function draftOf(
  text: string,
  options: DraftOptions,
  base: Base,
): { draft: DraftedArticle; existing: RawFacts | undefined } {
  const factsOf = readArticleFacts(path.join(base.dir, "articles"));
  const factsOutside = (except: string | null) =>
    [...factsOf.entries()].filter(([folder]) => folder !== except).flatMap(([, raw]) => raw.facts ?? []);
  // Every fact id in the base, so drafted ids never clash.
  const factIds = new Set(
    factsOutside(null)
      .map((fact) => fact.id)
      .filter((id): id is string => typeof id === "string"),
  );
  const draftWith = (existingQuotes: ReadonlySet<string>, except: string | null) =>
    draftArticle({
      text,
      options,
      entities: base.entities,
      story: base.story,
      factIds,
      existingQuotes,
      // What the base says already, so a later article's draft does not say it again ("X is Syria's
      // foreign minister" of a person an earlier article profiled).
      knownStatements: factsOutside(except)
        .map((fact) => fact.statement)
        .filter((s): s is string => typeof s === "string"),
    });
  const probe = draftWith(new Set(), null);
  const existing = factsOf.get(probe.id);
  if (!existing) return { draft: probe, existing };
  const quotes = (existing.facts ?? []).flatMap((fact) => (Array.isArray(fact.quotes) ? fact.quotes : []));
  const existingQuotes = new Set(quotes.filter((q): q is string => typeof q === "string"));
  return { draft: draftWith(existingQuotes, probe.id), existing };
}

/**
 * The drafts with the outlets they name, the entities the drafting adds (each described in the article's
 * words where it gives some: "Syria's intelligence chief"), and whose report each sentence relays.
 */
function withEntitiesAndSources(draft: DraftedArticle, text: string, base: Base, url: string | null) {
  // A name the article uses as a news outlet (on its credit line, or credited with a report: "…, X reported")
  // is an outlet, not an organisation taking part in the story.
  const creditLine = creditedOutlets(text, draft.parsed.paragraphs[0]?.offset ?? 0);
  const sentences = draft.sentences.flat();
  const described = (list: Entity[]) =>
    describedFromArticle(
      list,
      sentences,
      draft.words,
      draft.entities,
      sideLeads(draft.facts, base.story.sides),
    );
  const draftedEntities = described(asOutlets(draft.addedEntities, creditLine, sentences, draft.meta.title));
  const addedById = new Map(draftedEntities.map((e) => [e.id, e]));
  const entitiesAfter = draft.entities.map((e) => addedById.get(e.id) ?? e);
  // Whose report each sentence relays, for its citation's source and link (attributions.ts).
  const sources = articleSources(
    text,
    draft.meta.title,
    draft.parsed.paragraphs,
    draft.sentences,
    draft.parsed.links,
    [...base.entities, ...draftedEntities]
      .filter((e) => e.kind === "outlet")
      .map((e) => ({ name: e.name, aliases: e.aliases })),
    url,
  );
  // The credited outlets the base lacks become entities of the facts that name them; one no sentence names
  // is left out (a name the base knows is one a question may ask about).
  const credited = outletEntities(sources.credited, entitiesAfter, draft.meta.title);
  const creditedIndex = spellingIndex(credited);
  const names = (quote: string, outlet: Entity) => entitiesIn(quote, creditedIndex).includes(outlet);
  const outlets = credited.filter((o) => draft.facts.some((f) => f.quotes.some((q) => names(q, o))));
  const byId = new Map([...entitiesAfter, ...outlets].map((e) => [e.id, e]));
  const withOutlets = withoutRepeatedClaims(draft.facts).map((fact) => {
    const named = outlets.filter((o) => fact.quotes.some((q) => names(q, o))).map((o) => o.id);
    return named.length > 0 ? { ...fact, entities: [...new Set([...fact.entities, ...named])] } : fact;
  });
  // "Arica provinces", "first published by El Mercurio": names the article says what they are.
  const { drafts: withNames, added: namedAfter } = withDescribedNames(withOutlets, [...byId.values()], {
    text,
    title: draft.meta.title,
    published: draft.meta.published,
  });
  for (const entity of namedAfter) byId.set(entity.id, entity);
  const drafts = withNames.map((fact) => withoutUnsupportedKinds(fact, byId));
  return {
    drafts,
    entitiesAfter,
    draftedEntities,
    describedOutlets: [...described(outlets), ...namedAfter],
    sources,
  };
}

/** Files are rewritten only when they change, so a re-run leaves a reviewed article byte for byte as it was. */
function writeChanged(file: string, content: string): void {
  if (!existsSync(file) || readFileSync(file, "utf8") !== content) writeFileAtomic(file, content);
}

/**
 * The article's details: what was detected, then what a curator wrote there before, then the flags. Returns
 * the article's own address as written, with where it came from, for kb:add's summary.
 */
function writeMeta(
  metaFile: string,
  draft: DraftedArticle,
  sources: ReturnType<typeof articleSources>,
  options: DraftOptions,
): AddResult["url"] {
  const detected = {
    ...draft.meta,
    outlet: draft.meta.outlet ?? sources.outlet,
    attributions: sources.attributions,
  };
  const { id: _id, ...given } = options;
  const flags = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const previous = existsSync(metaFile) ? (readJsonFile(metaFile) as Record<string, unknown>) : {};
  const meta = { ...detected, ...previous, ...flags, id: draft.id };
  if (!existsSync(metaFile) || !sameJson(meta, previous)) writeFileAtomic(metaFile, formatJson(meta));
  if (typeof meta.url !== "string") return null;
  const from =
    options.url !== undefined ? "--url" : typeof previous.url === "string" ? "article.json" : "the text";
  return { href: meta.url, from };
}

function writeEntities(base: Base, entities: readonly unknown[]): void {
  writeFileAtomic(base.entitiesFile, formatJson({ ...base.rawEntities, entities }));
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

/**
 * The link a citation falls back to, said where the curator sees it: the first curator trial found every
 * citation without an outlet of its own linking to the first of the Sources, another outlet's page.
 */
export function urlLine(url: AddResult["url"]): string {
  return url
    ? `  article link: ${url.href} (from ${url.from}): a quote no outlet is credited with links there`
    : "  article link: none (pass --url for the article's own page): a quote no outlet is credited with links to none";
}

const seconds = (millis: number) => (millis / 1000).toFixed(1);

/**
 * The commands that come next, with this base and article written in: the curator trial copied "npm run
 * kb:review" as printed and reviewed the live base instead of the scratch copy it had drafted into.
 */
export function nextSteps(folder: string, article: string): string[] {
  const kb = path.dirname(path.dirname(folder));
  return [
    `  next: edit the drafts:   npm run --silent kb:review -- --kb ${kb} --edit ${article}`,
    `        then try them:      npm run --silent kb:try -- --kb ${kb} ${article}`,
    `        then mark them:     npm run --silent kb:review -- --kb ${kb} --mark-reviewed ${article}`,
    `        and check the base: npm run kb:check -- --kb ${kb}`,
  ];
}

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
        urlLine(result.url),
        ...(result.redrawn.length > 0 ? [redrawnLine(result.redrawn)] : []),
        // From the process's start, not the call's: loading compromise and the word lists is most of the
        // wall-clock time a curator waits (npm adds its own start on top).
        `  done in ${seconds(performance.now())} s since Node started (${seconds(result.millis)} s of it reading and drafting).`,
        ...nextSteps(result.folder, result.id),
      ].join("\n")}\n`,
    );
    return 0;
  } catch (error) {
    const message = messageOf(error);
    process.stderr.write(`kb:add: ${message}\n`);
    if (!(error instanceof UsageError) && !/Unknown option|Unexpected argument/.test(message)) return 2;
    return 1;
  }
}

if (isMainModule(import.meta.url)) {
  // V8 compiles a regular expression to machine code on its second run. One article runs most of the
  // drafting's expressions (chrono-node's among them, some slow to compile) only a handful of times, so
  // compiling them costs more than interpreting; past 100 runs an expression is compiled as usual. For this
  // one-shot command only: what it drafts is the same either way (docs/evaluation.md, tenth stop, speed).
  v8.setFlagsFromString("--regexp-tier-up-ticks=100");
  process.exitCode = main();
}
