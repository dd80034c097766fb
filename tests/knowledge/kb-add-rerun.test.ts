// `kb:add` run again on an article a curator has reviewed: the README promises it adds nothing. A curator
// trial found it did — a profile drafted again for a person the curator had added as an entity, another for
// a person whose profile the curator had re-quoted — so the review is redone here, on real files, the way
// the trial did it, and the second run must leave every file as the curator left it.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { checkKnowledgeBase, formatProblem } from "../../src/knowledge/loader.js";
import { draftsOfNewText, entitiesNeeded } from "../../src/knowledge/rerun.js";
import { redrawStatementQuestions } from "../../src/knowledge/statement-questions.js";
import {
  asArray,
  asObject,
  copyKnowledgeBase,
  editJson,
  type JsonObject,
  PROJECT_ROOT,
  removeCopies,
} from "./tmp-kb.js";

afterAll(removeCopies);

const ADD_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "add.js");
const JULY = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt");
const SHEPHERDSTOWN =
  "The last contact at a comparable level was in 2000, when US-hosted peace talks in Shepherdstown, West " +
  "Virginia, brought Israeli Prime Minister Ehud Barak together with Syria's then foreign minister, Farouk al-Sharaa.";

describe("kb:add again after a review", () => {
  const dir = copyKnowledgeBase();
  const first = addArticle(["--kb", dir, JULY]);
  const factsRel = `articles/${first.id}/facts.json`;
  const files = [
    "entities.json",
    factsRel,
    `articles/${first.id}/article.json`,
    `articles/${first.id}/article.txt`,
  ];
  const read = () => files.map((rel) => readFileSync(path.join(dir, rel), "utf8"));

  // The review, as the trial's curator did it.
  editJson(dir, "entities.json", (data) => {
    asArray(data.entities).push({
      id: "ehud-barak",
      name: "Ehud Barak",
      kind: "person",
      aliases: ["Barak"],
      description: "Israel's prime minister in 2000.",
    });
  });
  editJson(dir, factsRel, (data) => {
    const facts = asArray(data.facts).map(asObject);
    const byId = (id: string) => facts.find((f) => f.id === id) as JsonObject;
    for (const fact of facts) delete fact.reviewed;
    // The profile re-quoted with its whole sentence, a profile the drafts lacked, a reworded profile.
    Object.assign(byId("farouk-al-sharaa-profile"), {
      statement: "Farouk al-Sharaa was Syria's foreign minister in 2000, when he met Ehud Barak.",
      quotes: [SHEPHERDSTOWN],
    });
    facts.push({
      ...byId("farouk-al-sharaa-profile"),
      id: "ehud-barak-profile",
      statement: "Ehud Barak was Israel's prime minister in 2000, when he met Farouk al-Sharaa.",
      entities: ["ehud-barak"],
    });
    byId("benjamin-netanyahu-profile").statement = "Benjamin Netanyahu is Israel's prime minister.";
    // A sentence the curator judged not worth a fact.
    data.facts = facts.filter((f) => f.id !== "neither-damascus-nor-jerusalem-commented-right");
  });
  // The review ends with kb:review, which puts each rewritten statement in place of the questions drawn from
  // the old one (statement-questions.ts): from there on the files are the curator's.
  redrawStatementQuestions(dir);
  const reviewed = read();

  test("the second run drafts nothing, adds no entity and leaves every file byte for byte", () => {
    const again = addArticle(["--kb", dir, "--again", JULY]);
    expect(again.drafted).toBe(0);
    expect(again.newEntities).toEqual([]);
    expect(read()).toEqual(reviewed);
    expect(checkKnowledgeBase(dir).problems.map(formatProblem)).toEqual([]);
  });

  test("text added to the article since (a correction) is drafted, and only that", () => {
    const corrected = path.join(os.tmpdir(), `kb-rerun-${process.pid}.txt`);
    const added =
      "Syria's information ministry said on Friday that a further meeting was planned for August.";
    writeFileSync(corrected, readFileSync(JULY, "utf8").replace("\nSources:", `\n${added}\n\nSources:`));
    const again = addArticle(["--kb", dir, "--again", corrected]);
    expect(again.id).toBe(first.id);
    expect(again.drafted).toBeGreaterThan(0);
    const facts = asArray(JSON.parse(read()[1] ?? "{}").facts).map(asObject);
    const fresh = facts.filter((f) => f.reviewed === false);
    expect(fresh.length).toBe(again.drafted);
    for (const fact of fresh) expect(asArray(fact.quotes).some((q) => added.includes(String(q)))).toBe(true);
    expect(facts.length).toBe(JSON.parse(reviewed[1] ?? "{}").facts.length + again.drafted);
  });
});

test.each([
  { previous: null, quotes: [["A b."], ["C d."]], kept: 2 },
  { previous: "A b. C d.", quotes: [["A b."], ["C d."]], kept: 0 },
  { previous: "A b. C d.", quotes: [["A b.", "E f."], ["C"]], kept: 1 },
  { previous: "", quotes: [["A b."]], kept: 1 },
])("draftsOfNewText: previous $previous keeps $kept", ({ previous, quotes, kept }) => {
  expect(
    draftsOfNewText(
      quotes.map((q) => ({ quotes: q })),
      previous,
    ),
  ).toHaveLength(kept);
});

test("entitiesNeeded: only the added entities a written draft names", () => {
  const added = [{ id: "a" }, { id: "b" }, { id: "c" }];
  expect(entitiesNeeded(added, [{ entities: ["c", "x"] }, { entities: ["a"] }])).toEqual([
    { id: "a" },
    { id: "c" },
  ]);
  expect(entitiesNeeded(added, [])).toEqual([]);
});

// The third curator trial's scratch copy (the README's /tmp/kb) held another person's drafts of the same
// article, and "a re-run adds nothing" hid them: the built command refuses to write into such a copy unless
// the curator says with --again that the drafts there are their own.
test("the command: a base that holds the article already is written only with --again", () => {
  const dir = copyKnowledgeBase();
  const add = (...args: string[]) =>
    spawnSync(process.execPath, [ADD_JS, "--kb", dir, ...args, JULY], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
  const first = add();
  expect(first.status).toBe(0);
  const id = /article (\S+), dated/.exec(first.stdout)?.[1] ?? "";
  const factsFile = path.join(dir, "articles", id, "facts.json");
  const facts = readFileSync(factsFile, "utf8");
  const entities = readFileSync(path.join(dir, "entities.json"), "utf8");

  const refused = add();
  expect(refused.status).toBe(1);
  expect(refused.stdout).toBe("");
  expect(refused.stderr).toMatch(
    new RegExp(`holds ${id} already \\(\\d+ facts, \\d+ of them drafts; .*nothing written`),
  );
  expect(refused.stderr).toContain("KB=$(mktemp -d /tmp/kb-XXXXXX) && cp -r");
  expect(refused.stderr).toContain("add --again");
  expect(readFileSync(factsFile, "utf8")).toBe(facts);
  expect(readFileSync(path.join(dir, "entities.json"), "utf8")).toBe(entities);

  const again = add("--again");
  expect(again.status).toBe(0);
  expect(again.stdout).toContain("nothing drafted: the article's text is as it was");
  expect(readFileSync(factsFile, "utf8")).toBe(facts);
});
