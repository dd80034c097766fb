// The plain-text edit path of a review (`kb:review -- --edit ARTICLE-ID`, `--apply SHEET`): the fourth curator
// trial spent 15–25 minutes finding facts by line number in a 750-line facts.json. Run on real files: a copy of
// the base, the July fixture drafted into it by kb:add, the sheet edited as a curator would and applied.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { sheetPath } from "../../src/knowledge/edit-commands.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { reviewInProcess } from "./review-in-process.js";
import { copyKnowledgeBase, entityById, PROJECT_ROOT, readJsonFile, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const JULY = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt");
let dir = "";
let article = "";

/** kb:review in this process on the test base: its exit code and what it printed. */
function review(...args: string[]): { code: number; out: string } {
  return reviewInProcess(dir, ...args);
}

/** The sheet with each line `edit` returns in place of it. */
function editSheetFile(edit: (line: string) => string): string {
  const file = sheetPath(dir, article);
  writeFileSync(file, readFileSync(file, "utf8").split("\n").map(edit).join("\n"));
  return file;
}

const facts = () => loadKnowledgeBase(dir).facts.filter((f) => f.articleId === article);
const factsText = () => readFileSync(path.join(dir, "articles", article, "facts.json"), "utf8");

beforeAll(() => {
  dir = copyKnowledgeBase();
  article = addArticle(["--kb", dir, JULY]).id;
}, 120_000);

test("--edit writes one line per draft, its checks under it, and the entities to describe", () => {
  expect(review("--edit", article).code).toBe(0);
  const sheet = readFileSync(sheetPath(dir, article), "utf8");
  for (const fact of facts()) expect(sheet).toContain(`\n${fact.id} | ${fact.statement}\n`);
  expect(sheet).toMatch(/\n {2}CHECK side: side israel, /);
  expect(sheet).toMatch(
    /\n {2}FIX post: post with no country or body: whose “Prime Minister”\?.* on its @ line below\n/,
  );
  expect(sheet).toMatch(/\n@ west-virginia \| place \| West Virginia \| West Virginia, as named in /);
  expect(sheet).toMatch(/\n\? druze \| other \| Druze \| /);
});

test("--checks ends with the ready --keep command for its CHECK lines, none for a FIX line", () => {
  const { code, out } = review("--checks", article);
  expect(code).toBe(0);
  const command = out.trimEnd().split("\n").at(-1) ?? "";
  expect(command).toMatch(
    new RegExp(`^  npm run --silent kb:review -- --kb \\S+ --keep ${article} \\S+:side `),
  );
  const tokens = [...out.matchAll(/\[keep: (\S+)\]/g)].map((m) => m[1]);
  expect(command.split(" ").slice(11)).toEqual([...new Set(tokens)]);
  expect(command).not.toMatch(/:(?:post|description) /);
});

test("a line that does not read is named with its fact and field, and nothing is written", () => {
  const before = factsText();
  const entitiesBefore = readFileSync(path.join(dir, "entities.json"), "utf8");
  const file = editSheetFile((line) => {
    if (line.startsWith("benjamin-netanyahu-profile |")) return "benjamin-netanyahu-profile |   ";
    if (line.startsWith("  quote: Syria's health ministry")) return `${line.replace("three", "3")}`;
    if (line.startsWith("@ west-virginia |")) return line.replace("| place |", "| state |");
    if (line.startsWith("  FIX post:")) return line.replace("FIX", "KEEP");
    if (line.startsWith("marco-rubio-profile |")) return `${line}\nMarco Rubio is the US Secretary of State.`;
    return line;
  });
  const { code, out } = review("--apply", file);
  expect(code).toBe(1);
  expect(out).toMatch(/line \d+ \(fact benjamin-netanyahu-profile, statement\): the statement is empty/);
  expect(out).toMatch(/line \d+ \(fact syrias-health-ministry-\S+, quote\): not one of this fact's quotes/);
  expect(out).toMatch(/line \d+ \(entity west-virginia, kind\): .*one of person, place/);
  expect(out).toMatch(/line \d+ \(fact \S+-profile, check post\): a FIX check cannot be kept/);
  expect(out).toMatch(
    /line \d+: not a fact, quote, entities, timeline, check or entity line: “Marco Rubio is the US/,
  );
  expect(out).toContain("nothing written");
  expect(factsText()).toBe(before);
  expect(readFileSync(path.join(dir, "entities.json"), "utf8")).toBe(entitiesBefore);
  // The curator's sheet is left as they wrote it, to mend.
  expect(readFileSync(file, "utf8")).toContain("benjamin-netanyahu-profile |   ");
  // A sheet holding edits not applied is not overwritten by another --edit.
  expect(review("--edit", article).code).toBe(1);
  expect(readFileSync(file, "utf8")).toContain("benjamin-netanyahu-profile |   ");
});

test("--apply writes statements, a dropped quote, kept checks and entities; the quotes stay verbatim", () => {
  // The first --edit's sheet held errors: a fresh one once the curator deletes it.
  rmSync(sheetPath(dir, article));
  expect(review("--edit", article).code).toBe(0);
  const struck = facts().find((f) => f.id.startsWith("it-struck-government-troops"));
  const joined = struck?.quotes[1]?.text ?? "";
  const file = editSheetFile((line) => {
    if (line.startsWith("benjamin-netanyahu-profile |"))
      return "benjamin-netanyahu-profile | Benjamin Netanyahu is Israel's prime minister.";
    if (line === `  quote: ${joined}`) return `  drop quote: ${joined}`;
    // An editor may strip the indent.
    if (line.startsWith("  CHECK side: side israel")) return line.replace("  CHECK", "KEEP");
    if (line.startsWith("@ benjamin-netanyahu |"))
      return "@ benjamin-netanyahu | person | Benjamin Netanyahu | Israel's prime minister | Netanyahu; Bibi";
    if (line.startsWith("? druze |")) return "@ druze | other | Druze | a religious community | ";
    if (line.startsWith("one-official-said-israel-also-hoped-the |")) return `drop ${line}`;
    return line;
  });
  const { code, out } = review("--apply", file);
  expect(out).toMatch(
    /1 statement rewritten, 1 draft deleted, 1 quote deleted, 1 check kept, 1 entity changed, 1 entity added/,
  );
  expect(code).toBe(0);
  const byId = new Map(facts().map((f) => [f.id, f]));
  expect(byId.get("benjamin-netanyahu-profile")?.statement).toBe(
    "Benjamin Netanyahu is Israel's prime minister.",
  );
  expect(byId.get(struck?.id ?? "")?.quotes.map((q) => q.text)).toEqual([struck?.quotes[0]?.text]);
  expect([...byId.keys()].some((id) => id.startsWith("one-official-said"))).toBe(false);
  expect([...byId.values()].find((f) => f.id.startsWith("israel-lead-"))?.kept).toEqual(["side"]);
  const entities = readJsonFile(dir, "entities.json");
  expect(entityById(entities, "benjamin-netanyahu")).toMatchObject({
    description: "Israel's prime minister",
    aliases: ["Netanyahu", "Bibi"],
  });
  expect(entityById(entities, "druze").kind).toBe("other");
  // The Druze entity goes on the drafts that name it; the sheet now shows what is left.
  expect([...byId.values()].filter((f) => f.entities.includes("druze")).length).toBeGreaterThan(0);
  const sheet = readFileSync(file, "utf8");
  expect(sheet).not.toContain("FIX post: post with no country or body: whose “Prime Minister”");
  expect(sheet).not.toMatch(/^\? druze /m);
});
