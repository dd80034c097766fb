// `npm run --silent kb:publish -- --kb SCRATCH [--to LIVE] [--pid PID] ARTICLE-ID`: puts an article curated
// in a scratch copy into the live base. The scratch copy's entities.json is the live one of when it was
// copied plus the article's names: copied whole, it would undo an edit made to the live one meanwhile (the
// second curator trial). So only the article's folder is copied, and only the entities the live file lacks are
// added to it; an entity both hold that differs is listed and the live one kept. The merged base is checked
// the way the bot loads it before anything live is written, and with --pid the running bot is sent SIGHUP.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, knowledgeDirOf } from "../config.js";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { isMainModule } from "../shared/main-module.js";
import { messageOf } from "../shared/message-of.js";
import { plural } from "../shared/plural.js";
import { PROJECT_ROOT } from "../shared/project-root.js";
import { formatJson } from "./draft/json.js";
import { KB_OPTION } from "./kb-option.js";
import { checkKnowledgeBase, formatProblem } from "./loader.js";

const USAGE = "usage: npm run --silent kb:publish -- --kb SCRATCH [--to LIVE] [--pid PID] ARTICLE-ID";

class UsageError extends Error {}

interface RawEntities {
  entities?: Array<{ id?: unknown }>;
}

export interface PublishResult {
  live: string;
  /** Ids of the scratch copy's entities the live base lacked, now added to it. */
  added: string[];
  /** Ids both hold with different content: the live one kept. */
  differing: string[];
  /** Whether the live base held the article before (its folder replaced). */
  replaced: boolean;
}

/** The live entities.json with the scratch copy's entities it lacks appended, and the ids that differ. */
export function mergedEntities(
  live: RawEntities,
  scratch: RawEntities,
): { merged: RawEntities; added: string[]; differing: string[] } {
  const liveById = new Map((live.entities ?? []).map((e) => [e.id, e]));
  const added: Array<{ id?: unknown }> = [];
  const differing: string[] = [];
  for (const entity of scratch.entities ?? []) {
    const held = liveById.get(entity.id);
    if (held === undefined) added.push(entity);
    else if (JSON.stringify(held) !== JSON.stringify(entity)) differing.push(String(entity.id));
  }
  return {
    merged: { ...live, entities: [...(live.entities ?? []), ...added] },
    added: added.map((e) => String(e.id)),
    differing,
  };
}

/**
 * Publishes `article` of the base in `scratch` into `live`: nothing live is written unless the merged base
 * passes the check. Throws a UsageError naming what is wrong.
 */
export function publishArticle(scratch: string, live: string, article: string): PublishResult {
  if (path.resolve(scratch) === path.resolve(live))
    throw new UsageError(`--kb and the live base are one folder (${live}): give the scratch copy's`);
  const from = path.join(scratch, "articles", article);
  if (!existsSync(path.join(from, "facts.json")))
    throw new UsageError(`no article "${article}" in ${scratch}`);
  const readEntities = (dir: string) =>
    JSON.parse(readFileSync(path.join(dir, "entities.json"), "utf8")) as RawEntities;
  const { merged, added, differing } = mergedEntities(readEntities(live), readEntities(scratch));
  const to = path.join(live, "articles", article);
  const replaced = existsSync(to);
  // The merged base, checked in a folder of its own first: a broken one never reaches the live folder.
  const trial = mkdtempSync(path.join(tmpdir(), "kb-publish-"));
  try {
    // The base is `articles/` and the JSON files; the shipped folder holds the code that loads it too.
    for (const name of readdirSync(live).filter((n) => n === "articles" || n.endsWith(".json")))
      cpSync(path.join(live, name), path.join(trial, name), { recursive: true });
    rmSync(path.join(trial, "articles", article), { recursive: true, force: true });
    cpSync(from, path.join(trial, "articles", article), { recursive: true });
    writeFileSync(path.join(trial, "entities.json"), formatJson(merged));
    const { problems } = checkKnowledgeBase(trial);
    if (problems.length > 0) {
      throw new UsageError(
        `the live base with ${article} would not pass kb:check; nothing written:\n${problems.map(formatProblem).join("\n")}`,
      );
    }
  } finally {
    rmSync(trial, { recursive: true, force: true });
  }
  // Each live file is written beside its place and renamed into it, so a bot (re)starting meanwhile reads the
  // old or the new file, never half of one.
  const staged = `${to}.publishing-${process.pid}`;
  rmSync(staged, { recursive: true, force: true });
  cpSync(from, staged, { recursive: true });
  rmSync(to, { recursive: true, force: true });
  renameSync(staged, to);
  if (added.length > 0) writeFileAtomic(path.join(live, "entities.json"), formatJson(merged));
  return { live, added, differing, replaced };
}

/**
 * The lines kb:publish prints. A live base inside this checkout (`root`; the default `src/knowledge/`) is
 * files of the repository: what to commit is said, or the next deploy or pull leaves the article out (the
 * README said only "copies the article into KNOWLEDGE_DIR"; curator trial 7 asked what to commit).
 */
export function publishedLines(result: PublishResult, article: string, root = PROJECT_ROOT): string[] {
  const inCheckout = path.relative(root, result.live);
  const written = [
    path.join(inCheckout, "articles", article),
    ...(result.added.length > 0 ? [path.join(inCheckout, "entities.json")] : []),
  ];
  return [
    `kb:publish: ${article} ${result.replaced ? "replaced in" : "copied into"} ${result.live}`,
    `  ${plural(result.added.length, "entity", "entities")} added to entities.json${result.added.length ? `: ${result.added.join(", ")}` : ""}`,
    ...(result.differing.length > 0
      ? [
          `  kept the live base's ${result.differing.join(", ")}: the scratch copy's differ (copy a change you made there by hand)`,
        ]
      : []),
    ...(!inCheckout.startsWith("..") && !path.isAbsolute(inCheckout)
      ? [`  written into this checkout: commit ${written.join(" and ")} (git add, git commit)`]
      : []),
  ];
}

function main(argv: readonly string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { ...KB_OPTION, to: { type: "string" }, pid: { type: "string" } },
    });
    const article = positionals[0];
    if (!values.kb || !article || positionals.length > 1) throw new UsageError(USAGE);
    if (values.pid !== undefined && !/^\d+$/.test(values.pid))
      throw new UsageError(`--pid "${values.pid}" must be a process id`);
    let live: string;
    try {
      live = knowledgeDirOf(values.to);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new UsageError(error.problems.map((p) => `${p.variable}: ${p.message}`).join("\n"));
    }
    const result = publishArticle(values.kb, live, article);
    process.stdout.write(`${publishedLines(result, article).join("\n")}\n`);
    if (values.pid === undefined) {
      process.stdout.write(
        "  reload the bot: kill -HUP PID (the pid is in its log lines), /kb reload, or a restart\n",
      );
      return 0;
    }
    try {
      process.kill(Number(values.pid), "SIGHUP");
      // kb:publish cannot read the bot's log: it says what to look for there, not that it was seen (the third
      // curator trial read "its log says …" as a confirmation).
      process.stdout.write(
        `  sent SIGHUP to ${values.pid}; not seen by kb:publish: the bot's log should now say "knowledge base reloaded" (else it names what it refused), and a question only this article answers should be answered\n`,
      );
      return 0;
    } catch (error) {
      process.stderr.write(`kb:publish: SIGHUP to ${values.pid}: ${messageOf(error)}\n`);
      return 1;
    }
  } catch (error) {
    process.stderr.write(`kb:publish: ${messageOf(error)}\n`);
    return error instanceof UsageError || /Unknown option|Unexpected argument/.test(String(error)) ? 1 : 2;
  }
}

if (isMainModule(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
