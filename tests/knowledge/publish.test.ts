// kb:publish: an article curated in a scratch copy goes live without copying entities.json whole (the second
// curator trial copied it over the live one, which undoes any edit made there meanwhile).
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { checkKnowledgeBase } from "../../src/knowledge/loader.js";
import { mergedEntities, publishArticle, publishedLines } from "../../src/knowledge/publish.js";
import { asArray, asObject, copyKnowledgeBase, editJson, readJsonFile, removeCopies } from "./tmp-kb.js";

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

test("kb:publish copies the article and only the entities the live base lacks; an edit made live meanwhile stays", () => {
  const live = copyKnowledgeBase();
  const scratch = copyKnowledgeBase();
  const file = path.join(scratch, "lisbon.txt");
  writeFileSync(file, ARTICLE);
  const added = addArticle(["--kb", scratch, file]);
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
});

test("kb:publish writes nothing live when the merged base would not pass the check", () => {
  const live = copyKnowledgeBase();
  const scratch = copyKnowledgeBase();
  const file = path.join(scratch, "lisbon.txt");
  writeFileSync(file, ARTICLE);
  const added = addArticle(["--kb", scratch, file]);
  editJson(scratch, `articles/${added.id}/facts.json`, (data) => {
    asObject(asArray(data.facts)[0]).quotes = ["A quote the article does not hold."];
  });
  const before = readJsonFile(live, "entities.json");
  expect(() => publishArticle(scratch, live, added.id)).toThrow(/would not pass kb:check; nothing written/);
  expect(existsSync(path.join(live, "articles", added.id))).toBe(false);
  expect(readJsonFile(live, "entities.json")).toEqual(before);
  expect(() => publishArticle(live, live, added.id)).toThrow(/one folder/);
});
