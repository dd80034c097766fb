// A drafted fact's questions follow its statement: the curator trial rewrote drafted statements and the drafts
// went on "asking" the old wording (kb:add puts the statement among the questions). The next kb:review or kb:add
// replaces the questions drawn from the old statement with the new one, and leaves a person's questions alone.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { runReview } from "../../src/knowledge/review.js";
import {
  drawnFromStatement,
  orphanedQuestions,
  questionsAfterRewrite,
} from "../../src/knowledge/statement-questions.js";
import {
  asArray,
  asObject,
  copyKnowledgeBase,
  editJson,
  factById,
  PROJECT_ROOT,
  readJsonFile,
  removeCopies,
} from "./tmp-kb.js";

afterAll(removeCopies);

const AUGUST = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt");
const REVIEW_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "review.js");

const QUOTE = "The envoy confirmed it that night, a spokesman said.";
const OLD = "The envoy confirmed the meeting (12 March 2026) that night, a spokesman said.";

test.each<[string, boolean]>([
  // The statement as kb:add wrote it, and a run of its words no quote holds: kb:add's.
  [OLD, true],
  ["The envoy confirmed the meeting (12 March 2026)", true],
  // The quote's own words stay true whatever the statement says.
  [QUOTE, false],
  ["a spokesman said", false],
  // A person's question is not a run of kb:add's statement.
  ["Who confirmed the meeting?", false],
  ["When did the envoy confirm the meeting?", false],
  ["", false],
])("drawnFromStatement(%j)", (question, drawn) => {
  expect(drawnFromStatement(question, OLD, [QUOTE])).toBe(drawn);
});

test.each<[string, { statement: string; questions: string[]; questionsFrom?: string }, string[] | null]>([
  [
    "rewritten: the old statement and its pieces go, the new statement first, the quote's and a person's stay",
    {
      statement: "The envoy confirmed on 12 March 2026 that the meeting had taken place.",
      questions: [
        OLD,
        QUOTE,
        "The envoy confirmed the meeting (12 March 2026)",
        "Who confirmed the meeting?",
      ],
      questionsFrom: OLD,
    },
    [
      "The envoy confirmed on 12 March 2026 that the meeting had taken place.",
      QUOTE,
      "Who confirmed the meeting?",
    ],
  ],
  [
    "the statement kb:add wrote: nothing to do",
    { statement: OLD, questions: [OLD], questionsFrom: OLD },
    null,
  ],
  ["a fact a person wrote (no questionsFrom): never touched", { statement: "New.", questions: [OLD] }, null],
])("questionsAfterRewrite: %s", (_case, fact, questions) => {
  const after = questionsAfterRewrite({ ...fact, quotes: [QUOTE] });
  expect(after?.questions ?? null).toEqual(questions);
  if (after) expect(after.questionsFrom).toBe(fact.statement);
  // kb:add's statement is kept, so the review sheet knows the new one is the curator's.
  if (after) expect(after.draftedStatement).toBe(OLD);
});

test("kb:review and kb:add redraw the questions of a rewritten statement, and only those", () => {
  const dir = copyKnowledgeBase();
  const { id: article } = addArticle(["--kb", dir, AUGUST]);
  const rel = `articles/${article}/facts.json`;
  const facts = () => asArray(readJsonFile(dir, rel).facts).map(asObject);
  // kb:add records the statement it drew each draft's questions from.
  expect(facts().every((f) => f.questionsFrom === f.statement)).toBe(true);
  const lead = facts().find((f) => typeof f.side === "string" && f.side !== "");
  const id = String(lead?.id);
  const oldStatement = String(lead?.statement);
  const oldQuestions = asArray(lead?.questions ?? []).map(String);
  const drawn = oldQuestions.filter((q) =>
    drawnFromStatement(q, oldStatement, asArray(lead?.quotes ?? []).map(String)),
  );
  expect(drawn).toContain(oldStatement);
  const rewritten = "The side's lead at the talks, as the article names him, is written here by the curator.";
  const mine = "Who was in charge of that side's team?";
  editJson(dir, rel, (data) => {
    const fact = factById(data, id);
    fact.statement = rewritten;
    asArray(fact.questions).push(mine);
  });
  // kb:review in this process: a child process would load the word lists and the base again for each run.
  const review = () => {
    let stdout = "";
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    try {
      return { status: runReview(["--kb", dir, article]), stdout };
    } finally {
      write.mockRestore();
    }
  };
  const first = review();
  expect(first.status).toBe(0);
  expect(first.stdout.split("\n")[0]).toBe(
    `kb:review: 1 rewritten statement: the drafted questions of the old wording replaced by the new statement, those asking what no quote nor the statement says now dropped (${id})`,
  );
  const after = facts().find((f) => f.id === id);
  const questions = asArray(after?.questions ?? []).map(String);
  expect(questions[0]).toBe(rewritten);
  expect(questions).toContain(mine);
  for (const q of drawn) expect(questions).not.toContain(q);
  expect(questions).toEqual([rewritten, ...oldQuestions.filter((q) => !drawn.includes(q)), mine]);
  expect(after?.questionsFrom).toBe(rewritten);
  expect(after?.draftedStatement).toBe(oldStatement);
  expect(Object.keys(after ?? {}).indexOf("draftedStatement")).toBe(
    Object.keys(after ?? {}).indexOf("questionsFrom") + 1,
  );
  // Nothing else changed, and a second run has nothing to do.
  expect(facts().filter((f) => f.questionsFrom !== f.statement)).toEqual([]);
  expect(review().stdout).not.toContain("rewritten statement");

  // kb:add run again (nothing new in the article) does the same for a statement rewritten since.
  const again = "A second wording of the lead, by the curator.";
  editJson(dir, rel, (data) => {
    factById(data, id).statement = again;
  });
  const rerun = addArticle(["--kb", dir, "--again", AUGUST]);
  expect(rerun.redrawn).toEqual([id]);
  const final = asArray(facts().find((f) => f.id === id)?.questions ?? []).map(String);
  expect(final[0]).toBe(again);
  expect(final).not.toContain(rewritten);
  expect(final).toContain(mine);
  // A second rewrite keeps kb:add's statement, not the curator's first.
  expect(facts().find((f) => f.id === id)?.draftedStatement).toBe(oldStatement);
});

// kb:add --again with new text in the article writes the article's facts again: the statement rewritten since
// must keep the questions redrawn from it, not the copy of the facts read before the redraw.
test("kb:add --again on an article with new text keeps the questions redrawn from a rewritten statement", () => {
  const dir = copyKnowledgeBase();
  const { id: article } = addArticle(["--kb", dir, AUGUST]);
  const rel = `articles/${article}/facts.json`;
  const facts = () => asArray(readJsonFile(dir, rel).facts).map(asObject);
  const id = String(facts()[0]?.id);
  const rewritten = "The curator's wording of the first draft.";
  editJson(dir, rel, (data) => {
    factById(data, id).statement = rewritten;
  });
  const longer = path.join(dir, "longer.txt");
  writeFileSync(
    longer,
    readFileSync(AUGUST, "utf8").replace(
      /\n\n/,
      "\n\nThe delegations met again on 2 September 2025 in Geneva, officials said.\n\n",
    ),
  );
  const before = facts().length;
  const rerun = addArticle(["--kb", dir, "--again", longer]);
  expect(rerun.id).toBe(article);
  expect(rerun.drafted).toBeGreaterThan(0);
  expect(facts().length).toBeGreaterThan(before);
  expect(rerun.redrawn).toEqual([id]);
  const fact = facts().find((f) => f.id === id);
  expect(fact?.questionsFrom).toBe(rewritten);
  expect(asArray(fact?.questions ?? []).map(String)[0]).toBe(rewritten);
});

// The third curator trial deleted a joined quote on who led the other side and rewrote the statement without
// it: the draft went on "asking" who led that side. A question asking what no quote nor the statement says now
// goes; one asking what a kept quote says stays.
const STOP = new Set(["the", "a", "of", "who", "what", "did", "in", "with", "as", "that", "not", "across"]);
test.each<[string, boolean]>([
  ["Who led the visiting side?", true],
  ["What did Kerr lead?", true],
  ["Kerr, the trade minister", true],
  ["The agency did not say who sat across the table.", false],
  ["who sat across the table", false],
  // A person's question in words of the kept quote, or of a keyword.
  ["Did the agency name the other delegation?", false],
  ["Was the table named?", false],
])("orphanedQuestions: %j dropped: %s", (question, dropped) => {
  const fact = {
    statement: "The agency did not say who sat across the table from the hosts.",
    quotes: ["The agency did not say who sat across the table."],
    questions: [question],
    keywords: ["delegation"],
    drafted:
      "The agency did not say who sat across the table. A broadcaster reported that trade minister Ian Kerr led the visiting side.",
  };
  expect(orphanedQuestions(fact, STOP)).toEqual(dropped ? [question] : []);
  // kb:add's own statement still there: nothing is dropped.
  expect(orphanedQuestions({ ...fact, statement: fact.drafted }, STOP)).toEqual([]);
});

test("the built kb:review drops the questions of a deleted quote, and leaves every other draft as it was", () => {
  const dir = copyKnowledgeBase();
  const { id: article } = addArticle(["--kb", dir, AUGUST]);
  const rel = `articles/${article}/facts.json`;
  const before = asArray(readJsonFile(dir, rel).facts).map(asObject);
  const joined = before.find(
    (f) => asArray(f.questions).includes("Who led the Israeli side?") && asArray(f.quotes).length > 1,
  );
  expect(joined).toBeDefined();
  const id = String(joined?.id);
  editJson(dir, rel, (data) => {
    const fact = factById(data, id);
    fact.quotes = [asArray(fact.quotes)[0] ?? ""];
    fact.statement = `${String(asArray(fact.quotes)[0]).replace(/\.$/, "")} from Syria's delegation.`;
  });
  const run = spawnSync(process.execPath, [REVIEW_JS, "--kb", dir, "--checks", article], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`those asking what no quote nor the statement says now dropped (${id})`);
  const after = asArray(readJsonFile(dir, rel).facts).map(asObject);
  const questions = asArray(factById({ facts: after }, id).questions).map(String);
  for (const gone of ["Who led the Israeli side?", "What did Dermer lead?", "Barrack, US special envoy"])
    expect(questions).not.toContain(gone);
  expect(questions[0]).toBe(factById({ facts: after }, id).statement);
  expect(questions).toContain(String(asArray(joined?.quotes)[0]));
  expect(after.filter((f) => f.id !== id)).toEqual(before.filter((f) => f.id !== id));
});
