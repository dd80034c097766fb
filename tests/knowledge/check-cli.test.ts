// `kb:check` as CI runs it: compiled JavaScript in a child process, judged by exit code and output.
// We compile only the knowledge-base modules into dist/kb-check-test, so this test neither depends on the
// rest of the tree type-checking nor races another test that builds dist/.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import {
  ARTICLE_ID,
  asArray,
  asObject,
  copyKnowledgeBase,
  editJson,
  FACTS_REL,
  factById,
  PROJECT_ROOT,
  removeCopies,
} from "./tmp-kb.js";

const JULY = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt");
const OUT = path.join(PROJECT_ROOT, "dist", "kb-check-test");
const CHECK_JS = path.join(OUT, "src", "knowledge", "check.js");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCheck(args: string[], env: Record<string, string> = {}): Run {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("KNOWLEDGE_DIR" in env)) delete childEnv.KNOWLEDGE_DIR;
  // Run from an unrelated cwd: the default directory must come from the module's location, not the cwd.
  const result = spawnSync(process.execPath, [CHECK_JS, ...args], {
    cwd: os.tmpdir(),
    env: childEnv,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const tsc = path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
  const build = spawnSync(
    process.execPath,
    [
      tsc,
      path.join(PROJECT_ROOT, "src", "knowledge", "check.ts"),
      "--outDir",
      OUT,
      "--rootDir",
      PROJECT_ROOT,
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      "--strict",
      "--skipLibCheck",
      "--types",
      "node",
      "--incremental",
      "false",
    ],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  expect(build.stdout + build.stderr).toBe("");
  expect(existsSync(CHECK_JS)).toBe(true);
}, 120_000);

afterAll(() => {
  removeCopies();
  rmSync(OUT, { recursive: true, force: true });
});

describe("kb:check", () => {
  test("the real base: one summary line, exit 0", () => {
    const run = runCheck([]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^kb:check OK: 1 article, \d+ facts, \d+ entities, \d+ quotes \(.*src[/\\]knowledge\)\n$/,
    );
  });

  test("a broken copy: every problem on stderr, exit 1, no stack trace", () => {
    const dir = copyKnowledgeBase();
    editJson(dir, FACTS_REL, (data) => {
      const fact = factById(data, "syria-lead-al-dalati");
      asArray(fact.quotes)[1] = "Syrian side led by Ahmad al-Dalati.";
      asArray(fact.entities)[0] = "dalati";
    });
    const run = runCheck([dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^kb:check: 2 problems in /);
    expect(lines).toContain(
      `${dir}/${FACTS_REL}: fact "syria-lead-al-dalati", field entities[0]: unknown entity id "dalati" (not in entities.json)`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(`${dir}/${FACTS_REL}: fact "syria-lead-al-dalati", field quotes[1]: not found verbatim`),
      ),
    ).toBe(true);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test("a directory that does not exist: exit 1 with one clear line", () => {
    const missing = path.join(os.tmpdir(), "kb-check-no-such-dir");
    const run = runCheck([missing]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${missing}: knowledge directory not found`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test("drafted facts: valid, exit 0, and a warning that counts those not reviewed, per article", () => {
    const dir = copyKnowledgeBase();
    const july = addArticle(["--kb", dir, JULY]);
    const julyRel = `articles/${july.id}/facts.json`;
    // The curator has marked two drafts reviewed ("reviewed" dropped or set true) without rewriting their
    // questions, and one seed fact was drafted.
    const marked: string[] = [];
    editJson(dir, julyRel, (data) => {
      const facts = asArray(data.facts).map(asObject);
      delete facts[0]?.reviewed;
      if (facts[1]) facts[1].reviewed = true;
      marked.push(...facts.slice(0, 2).map((f) => String(f.id)));
    });
    editJson(dir, FACTS_REL, (data) => {
      factById(data, "syria-lead-al-dalati").reviewed = false;
    });
    const run = runCheck([dir]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^kb:check OK: 2 articles, /);
    const waiting = july.drafted - 2;
    // One line for the drafts (per article, and the command that shows them), one for the leftovers.
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(`^kb:check warning: ${waiting + 1} drafted facts not reviewed yet \\(`),
    );
    expect(lines[1]).toMatch(new RegExp(`\\): npm run --silent kb:review -- --kb ${dir} ARTICLE-ID$`));
    expect(lines[1]).toContain(`${july.id}: ${waiting}`);
    expect(lines[1]).toContain(`${ARTICLE_ID}: 1`);
    expect(lines[2]).toBe(
      `kb:check note: 2 reviewed facts keep kb:add's questions, fine to go live (for the full review: npm run kb:check -- --kb ${dir} --leftovers)`,
    );
    // --leftovers names them, fact by fact, with the first such question.
    const listed = runCheck([dir, "--leftovers"]).stdout.trimEnd().split("\n").slice(3);
    expect(listed.map((l) => l.match(/fact "([^"]+)", questions\[\d+\]: "/)?.[1])).toEqual(marked);
  });

  test("after a clean pass: two lines, the counts and where to look next (the trial met 24)", () => {
    const dir = copyKnowledgeBase();
    const july = addArticle(["--kb", dir, JULY]);
    editJson(dir, `articles/${july.id}/facts.json`, (data) => {
      for (const fact of asArray(data.facts).map(asObject)) delete fact.reviewed;
    });
    const run = runCheck(["--kb", dir]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^kb:check OK: 2 articles, /);
    expect(lines[1]).toMatch(
      /^kb:check note: every draft reviewed; \d+ reviewed facts keep kb:add's questions, /,
    );
    expect(lines[1]).toMatch(
      new RegExp(`fine to go live \\(for the full review: npm run kb:check -- --kb ${dir} --leftovers\\)$`),
    );
  });

  test("--kb DIR, as every command takes it, is the folder checked; two folders are a usage error", () => {
    const dir = copyKnowledgeBase();
    editJson(dir, FACTS_REL, (data) => {
      factById(data, "golan-occupied-since-1967").statement = "";
    });
    const run = runCheck(["--kb", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`fact "golan-occupied-since-1967", field statement: must not be empty`);
    const twice = runCheck(["--kb", dir, dir]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain("--kb DIR");
  });

  test("KNOWLEDGE_DIR overrides the default directory", () => {
    const dir = copyKnowledgeBase();
    editJson(dir, FACTS_REL, (data) => {
      factById(data, "golan-occupied-since-1967").statement = "";
    });
    const run = runCheck([], { KNOWLEDGE_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`fact "golan-occupied-since-1967", field statement: must not be empty`);
  });
});
