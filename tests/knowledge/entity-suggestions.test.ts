// kb:review offers the entities.json entry for each name the drafts give that the base lacks
// (entity-suggestions.ts), its kind and description as the article tells them, and once the curator pastes
// it, puts the entity on the drafts that name it (entity-links.ts): the curator trial typed each entry and
// each fact's id list by hand, a minute a name.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { entityLinks, linkAddedEntities } from "../../src/knowledge/entity-links.js";
import { entityLine, suggestedEntity } from "../../src/knowledge/entity-suggestions.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { isDraftedDescription, reviewSheet } from "../../src/knowledge/review-sheet.js";
import type { Entity } from "../../src/knowledge/schema.js";
import { copyKnowledgeBase, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const source = (text: string) => ({ text, title: "Talks resume", published: "2024-03-12" });

test.each<[string, string, string, Entity["kind"], string | null]>([
  [
    "a place before a place noun",
    "Arica",
    "Raids into Arica and Tacna provinces went on.",
    "place",
    "a province",
  ],
  [
    "a report credited to it",
    "Diario Sur",
    "The plan was first published by Diario Sur.",
    "outlet",
    "a news outlet",
  ],
  ["a people before a noun it qualifies", "Sami", "The Sami herders were consulted.", "other", null],
  ["a people before a hyphen", "Sami", "A Sami-majority town.", "other", null],
  [
    "a body before a verb that ends in s",
    "Andean Council",
    "The Andean Council meets.",
    "organisation",
    null,
  ],
  ["a body the article says nothing of", "Andean Council", "The Andean Council met.", "organisation", null],
])("%s", (_, name, text, kind, description) => {
  const entity = suggestedEntity(name, source(text));
  expect(entity.kind).toBe(kind);
  expect(entity.id).toBe(name.toLowerCase().replace(/ /g, "-"));
  // No description from the article: kb:add's placeholder, which kb:review then asks the curator to replace.
  if (description === null) expect(isDraftedDescription(entity)).toBe(true);
  else expect(entity.description).toBe(description);
});

test("the entry is one line of JSON to paste into entities.json's list", () => {
  const line = entityLine(suggestedEntity("Arica", source("Arica province")));
  expect(line).toBe(
    '{"id": "arica", "name": "Arica", "kind": "place", "aliases": [], "description": "a province"},',
  );
  expect(JSON.parse(line.slice(0, -1))).toMatchObject({ id: "arica", kind: "place" });
});

describe("on the July and August fixtures' drafts", () => {
  const dir = copyKnowledgeBase();
  const july = addArticle([
    "--kb",
    dir,
    path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt"),
  ]);
  const august = addArticle([
    "--kb",
    dir,
    path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt"),
  ]);

  test("kb:add's drafts get no link (each entity they name is listed where kb:add put it)", () => {
    expect([...entityLinks(loadKnowledgeBase(dir))]).toEqual([]);
  });

  test("a name with no entity is listed once an article, with its entry to paste", () => {
    const sheet = reviewSheet(loadKnowledgeBase(dir), { all: false, article: july.id });
    // July's drafts give "Druze" in four sentences: one check.
    expect(sheet.match(/CHECK: names with no entity: [^\n]*\bDruze\b/g)).toHaveLength(1);
    expect(sheet).toMatch(/\n {6}\{"id": "druze", "name": "Druze", "kind": "other", /);
    const augustSheet = reviewSheet(loadKnowledgeBase(dir), { all: false, article: august.id });
    expect(augustSheet).toMatch(/\n {6}\{"id": "bedouin", "name": "Bedouin", "kind": "other", /);
    // A place before its noun ("Quneitra and Deraa provinces") and an outlet a report is credited to ("first
    // published by Independent Arabia"): kb:add adds them itself, described, on the drafts that name them.
    expect(augustSheet).not.toMatch(/names with no entity: [^\n]*(?:Deraa|Independent Arabia)/);
    const kb = loadKnowledgeBase(dir);
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    expect(byId.get("deraa")).toMatchObject({ kind: "place", description: "a province" });
    expect(byId.get("independent-arabia")).toMatchObject({ kind: "outlet", description: "a news outlet" });
    for (const [id, name] of [
      ["deraa", "Deraa"],
      ["independent-arabia", "Independent Arabia"],
    ] as const)
      for (const f of kb.facts.filter(
        (f) => f.articleId === august.id && f.quotes.some((q) => q.text.includes(name)),
      ))
        expect([f.id, f.entities.includes(id)]).toEqual([f.id, true]);
  });

  test("an entity pasted into entities.json is put on the drafts whose quotes name it, in the files", () => {
    const file = path.join(dir, "entities.json");
    const raw = JSON.parse(readFileSync(file, "utf8")) as { entities: Entity[] };
    raw.entities.push({ id: "bedouin", name: "Bedouin", kind: "other", aliases: [], description: "tribes" });
    writeFileSync(file, JSON.stringify(raw));
    const { kb, links } = linkAddedEntities(loadKnowledgeBase(dir), dir);
    const naming = kb.facts.filter((f) => f.quotes.some((q) => /\bBedouin\b/.test(q.text)));
    expect(naming.length).toBeGreaterThan(0);
    expect(links.get("bedouin")?.sort()).toEqual(naming.map((f) => f.id).sort());
    // Written to facts.json: a reload has them, and the sheet no longer asks for Bedouin.
    const reloaded = loadKnowledgeBase(dir);
    for (const f of naming) expect(reloaded.facts.find((r) => r.id === f.id)?.entities).toContain("bedouin");
    expect(reviewSheet(reloaded, { all: false, article: august.id })).not.toMatch(
      /names with no entity: [^\n]*Bedouin/,
    );
    expect([...entityLinks(reloaded)]).toEqual([]);
  });
});
