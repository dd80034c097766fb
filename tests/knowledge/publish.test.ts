// kb:publish: an article curated in a scratch copy goes live without copying entities.json whole (the second
// curator trial copied it over the live one, which undoes any edit made there meanwhile).
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { checkKnowledgeBase } from "../../src/knowledge/loader.js";
import { mergedEntities, publishArticle, publishedLines } from "../../src/knowledge/publish.js";
import {
  asArray,
  asObject,
  copyKnowledgeBase,
  editJson,
  PROJECT_ROOT,
  readJsonFile,
  removeCopies,
} from "./tmp-kb.js";

const PUBLISH_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "publish.js");

afterAll(removeCopies);

test.each<[string, object, object, string[], string[]]>([
  ["a new entity is added", { entities: [{ id: "a" }] }, { entities: [{ id: "a" }, { id: "b" }] }, ["b"], []],
  [
    "an entity edited live is kept, and listed",
    { entities: [{ id: "a", description: "edited live" }] },
    { entities: [{ id: "a", description: "as copied" }] },
    [],
    ["a"],
  ],
  [
    "an entity deleted from the scratch copy stays live",
    { entities: [{ id: "a" }] },
    { entities: [] },
    [],
    [],
  ],
])("mergedEntities: %s", (_case, live, scratch, added, differing) => {
  const merged = mergedEntities(live, scratch);
  expect([merged.added, merged.differing]).toEqual([added, differing]);
  expect(merged.merged.entities?.map((e) => e.id)).toEqual([
    ...((live as { entities: Array<{ id: string }> }).entities.map((e) => e.id) ?? []),
    ...added,
  ]);
});

const ARTICLE = [
  "Delegations meet in Lisbon for a third round",
  "",
  "LISBON, April 2, 2026 — Mediator Karin Holm met the two delegations in Lisbon on Wednesday for a third round of talks.",
  "",
  "The talks lasted six hours, Holm said.",
  "",
].join("\n");

/** A live base, and a scratch copy of it with ARTICLE drafted in by kb:add. */
function liveAndDrafted() {
  const live = copyKnowledgeBase();
  const scratch = copyKnowledgeBase();
  const file = path.join(scratch, "lisbon.txt");
  writeFileSync(file, ARTICLE);
  return { live, scratch, added: addArticle(["--kb", scratch, file]) };
}

test("kb:publish copies the article and only the entities the live base lacks; an edit made live meanwhile stays", () => {
  const { live, scratch, added } = liveAndDrafted();
  expect(added.newEntities.length).toBeGreaterThan(0);
  // Meanwhile, someone edits an entity of the live base.
  const firstId = String(asObject(asArray(readJsonFile(live, "entities.json").entities)[0]).id);
  editJson(live, "entities.json", (data) => {
    asObject(asArray(data.entities)[0]).description = "Edited in the live base after the copy.";
  });
  const result = publishArticle(scratch, live, added.id);
  expect(existsSync(path.join(live, "articles", added.id, "facts.json"))).toBe(true);
  expect(result.added).toEqual(added.newEntities);
  expect(result.differing).toEqual([firstId]);
  const liveEntities = asArray(readJsonFile(live, "entities.json").entities).map(asObject);
  expect(liveEntities[0]?.description).toBe("Edited in the live base after the copy.");
  expect(liveEntities.map((e) => e.id)).toEqual(expect.arrayContaining(added.newEntities));
  expect(checkKnowledgeBase(live).problems).toEqual([]);
  expect(publishedLines(result, added.id)[2]).toContain(`kept the live base's ${firstId}`);
  // Written beside their place and renamed in: nothing staged is left behind.
  const left = [...readdirSync(live), ...readdirSync(path.join(live, "articles"))];
  expect(left.filter((name) => name.includes(".publishing-"))).toEqual([]);
});

test("kb:publish writes nothing live when the merged base would not pass the check", () => {
  const { live, scratch, added } = liveAndDrafted();
  editJson(scratch, `articles/${added.id}/facts.json`, (data) => {
    asObject(asArray(data.facts)[0]).quotes = ["A quote the article does not hold."];
  });
  const before = readJsonFile(live, "entities.json");
  expect(() => publishArticle(scratch, live, added.id)).toThrow(/would not pass kb:check; nothing written/);
  expect(existsSync(path.join(live, "articles", added.id))).toBe(false);
  expect(readJsonFile(live, "entities.json")).toEqual(before);
  expect(() => publishArticle(live, live, added.id)).toThrow(/one folder/);
});

test("kb:publish --pid sends the running bot SIGHUP once the article is live; a bad --pid is refused", async () => {
  const { live, scratch, added } = liveAndDrafted();
  // A stand-in for the bot: says when it is listening, and when SIGHUP arrives, exits.
  const bot = spawn(
    process.execPath,
    [
      "-e",
      'process.on("SIGHUP", () => { console.log("reload"); process.exit(0); }); console.log("ready"); setTimeout(() => process.exit(3), 30000);',
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  bot.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  for (let i = 0; i < 100 && !out.includes("ready"); i++) await new Promise((r) => setTimeout(r, 100));
  const bad = spawnSync(
    process.execPath,
    [PUBLISH_JS, "--kb", scratch, "--to", live, "--pid", "12x", added.id],
    {
      encoding: "utf8",
    },
  );
  expect([bad.status, bad.stderr]).toEqual([1, expect.stringContaining('--pid "12x" must be a process id')]);
  expect(existsSync(path.join(live, "articles", added.id))).toBe(false);
  const exited = once(bot, "exit");
  const run = spawnSync(
    process.execPath,
    [PUBLISH_JS, "--kb", scratch, "--to", live, "--pid", String(bot.pid), added.id],
    {
      encoding: "utf8",
    },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`sent SIGHUP to ${bot.pid}`);
  expect(existsSync(path.join(live, "articles", added.id, "facts.json"))).toBe(true);
  const [code] = await exited;
  expect([code, out.trim()]).toEqual([0, "ready\nreload"]);
}, 60_000);

// Curator trial 7 asked what to commit after kb:publish into the checkout's src/knowledge/.
test.each<[string, string[], string | null]>([
  ["/repo/src/knowledge", ["anna-berg"], "commit src/knowledge/articles/a-1 and src/knowledge/entities.json"],
  ["/repo/src/knowledge", [], "commit src/knowledge/articles/a-1 (git add"],
  // A live base outside the checkout (a deploy's own folder) is no file of the repository.
  ["/srv/kb", ["anna-berg"], null],
  ["/repository/kb", [], null],
])("kb:publish into %s says what to commit", (live, added, said) => {
  const lines = publishedLines({ live, added, differing: [], replaced: false }, "a-1", "/repo");
  const commit = lines.find((l) => l.includes("written into this checkout"));
  if (said === null) expect(commit).toBeUndefined();
  else expect(commit).toContain(said);
});
