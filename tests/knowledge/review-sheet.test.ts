// `npm run kb:review`: the drafts of a real kb:add run, one block each, with what the curator must look at —
// and, on the curator's reviewed facts, none of the notes a finished review removes.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildFollowupBase } from "../../bench/followups.js";
import { addArticle } from "../../src/knowledge/add.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { reviewNotes, reviewSheet } from "../../src/knowledge/review-sheet.js";
import { fact } from "../commands/fixtures.js";
import { copyKnowledgeBase, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

const AUGUST = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt");
const REVIEW_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "review.js");

afterAll(() => removeCopies());

/** The notes of one fact's block, by fact id. */
function notesById(sheet: string): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  let current = "";
  for (const line of sheet.split("\n")) {
    const head = line.match(/^articles\/\S+ · \d+ of \d+ · (\S+)/);
    if (head?.[1]) {
      current = head[1];
      notes.set(current, []);
    } else if (line.startsWith("  - ")) notes.get(current)?.push(line.slice(4));
  }
  return notes;
}

describe("the review sheet of kb:add's drafts", () => {
  const dir = copyKnowledgeBase();
  const august = addArticle(["--kb", dir, AUGUST]);
  const kb = loadKnowledgeBase(dir);
  const sheet = reviewSheet(kb, { all: false });
  const notes = notesById(sheet);

  test("one block per draft, none for the reviewed seed facts, and a count", () => {
    expect(notes.size).toBe(august.drafted);
    expect([...notes.keys()].every((id) => kb.facts.find((f) => f.id === id)?.reviewed === false)).toBe(true);
    expect(sheet.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^kb:review: ${august.drafted} drafted facts, \\d+ notes$`),
    );
  });

  test("every draft: its questions are kb:add's", () => {
    for (const [id, list] of notes) {
      expect([id, list.some((n) => n.includes("questions are kb:add's"))]).toEqual([id, true]);
    }
  });

  test("people and outlets the drafts leave without an entity are named", () => {
    const unnamed = [...notes.values()].flat().filter((n) => n.startsWith("names with no entity"));
    const all = unnamed.join(" ");
    for (const name of ["Independent Arabia", "Channel 12"]) {
      expect(all).toContain(name);
    }
    // Names the base knows are not listed: al-Shaibani (an entity) behind his title, Israel, Paris, and the
    // people kb:add found by how the article introduces them (Safadi after his post).
    expect(all).not.toMatch(/Shaibani|Israel\b|Paris|Ayman Safadi/);
  });

  test("a side the draft set is pointed out", () => {
    const sided = kb.facts.filter((f) => f.articleId === august.id && f.side !== undefined);
    expect(sided.length).toBeGreaterThan(0);
    for (const fact of sided)
      expect(notes.get(fact.id)?.some((n) => n.startsWith(`side ${fact.side}`))).toBe(true);
  });
});

test("the reviewed follow-up facts: no drafted questions, no draft flag, Safadi has his entity", () => {
  const base = buildFollowupBase("reviewed");
  const kb = loadKnowledgeBase(base.dir);
  base.remove();
  const sheet = reviewSheet(kb, { all: true, article: base.articleIds[1] ?? "" });
  const notes = [...notesById(sheet).values()].flat();
  expect(notesById(sheet).size).toBeGreaterThan(20);
  expect(sheet).not.toContain("(draft)");
  expect(notes.filter((n) => n.includes("questions are kb:add's"))).toEqual([]);
  expect(notes.join(" ")).not.toContain("Safadi");
});

test("the command: an unknown article is named with the ones there are, exit 2", () => {
  const run = spawnSync(process.execPath, [REVIEW_JS, "no-such-article"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('no article "no-such-article"');
  expect(run.stderr).toContain("israel-syria-direct-talks");
  expect(run.stdout).toBe("");
});

test("the command on the shipped base: no drafts, so an empty sheet and its count", () => {
  const run = spawnSync(process.execPath, [REVIEW_JS], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, KNOWLEDGE_DIR: "" },
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toBe("kb:review: 0 drafted facts, 0 notes\n");
});

test.each<[string, boolean]>([
  // A duration is a number of years, days or hours: "how many years …?" is answered by it.
  ["It was the most senior contact in more than 25 years.", false],
  ["The delegations talked for several hours.", false],
  ["Hundreds of people were killed.", false],
  ["At least 1,300 people were killed.", false],
  ["The ministers met in Paris.", true],
])("the how-many note on %j: %s", (statement, noted) => {
  const notes = reviewNotes(fact("f", statement, { kinds: ["how-many"] }), new Map());
  expect(notes.includes("kind how-many, but no number in it")).toBe(noted);
});
