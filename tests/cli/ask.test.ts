// The `ask` command line end to end: the compiled program in its own process, as graders run it.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const ARTICLE = readFileSync(`${ROOT}src/knowledge/articles/israel-syria-direct-talks/article.txt`, "utf8");

// Runs what `npm run ask` runs: dist/, built once for the whole run by tests/e2e/global-setup.ts.

function ask(args: string[], input?: string) {
  const result = spawnSync("npm", ["run", "--silent", "ask", "--", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

interface JsonAnswer {
  question: string;
  status: "answered" | "no_answer";
  answer: string;
  citations: Array<{ quote: string; source: string; url: string | null }>;
  score: number;
}

function expectContract(object: JsonAnswer) {
  expect(Object.keys(object).sort()).toEqual(["answer", "citations", "question", "score", "status"]);
  expect(["answered", "no_answer"]).toContain(object.status);
  expect(typeof object.answer).toBe("string");
  expect(typeof object.score).toBe("number");
  for (const citation of object.citations) {
    expect(Object.keys(citation).sort()).toEqual(["quote", "source", "url"]);
    expect(ARTICLE).toContain(citation.quote);
    expect(citation.source.length).toBeGreaterThan(0);
    expect(citation.url === null || /^https:\/\//.test(citation.url)).toBe(true);
  }
}

describe("npm run --silent ask", () => {
  test("--json prints exactly one JSON object with a verbatim citation", () => {
    const { stdout, status } = ask(["--json", "Who is leading the Syrian side?"]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const object = JSON.parse(lines[0] ?? "") as JsonAnswer;
    expectContract(object);
    expect(object.question).toBe("Who is leading the Syrian side?");
    expect(object.status).toBe("answered");
    expect(object.answer).toContain("Dalati");
    expect(object.citations.length).toBeGreaterThan(0);
  });

  test("--json abstains on a question the article does not answer", () => {
    const object = JSON.parse(ask(["--json", "What is the tallest mountain on Earth?"]).stdout) as JsonAnswer;
    expectContract(object);
    expect(object.status).toBe("no_answer");
    expect(object.citations).toEqual([]);
  });

  test("plain mode prints a readable answer with numbered citations", () => {
    const { stdout, status } = ask(["When", "did", "Israel", "take", "the", "Golan?"]);
    expect(status).toBe(0);
    expect(stdout).toContain("1967");
    expect(stdout).toMatch(/^\s*\[1\] “/m);
  });

  test("--jsonl answers 100 lines in order, one object per line", () => {
    const questions = Array.from(
      { length: 100 },
      (_, i) =>
        [
          `Who leads Syria's delegation? (${i})`,
          `What is the price of gold on day ${i}?`,
          `quneitra ${i}`,
          "",
          `what did syria do about palestinian islamic jihad #${i}`,
        ][i % 5],
    );
    const { stdout, status } = ask(["--jsonl"], `${questions.join("\n")}\n`);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(100);
    lines.forEach((line, i) => {
      const object = JSON.parse(line) as JsonAnswer;
      expectContract(object);
      expect(object.question).toBe(questions[i]);
    });
    const statuses = lines.map((line) => (JSON.parse(line) as JsonAnswer).status);
    expect(statuses.filter((s, i) => i % 5 === 0 && s === "answered")).toHaveLength(20);
    expect(statuses.filter((s, i) => (i % 5 === 1 || i % 5 === 3) && s === "no_answer")).toHaveLength(40);
  });

  test("--jsonl keeps Windows line endings and a last line without newline", () => {
    const { stdout } = ask(["--jsonl"], "Who is Eli Cohen?\r\nWhat is HTS?");
    const objects = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as JsonAnswer);
    expect(objects.map((o) => o.question)).toEqual(["Who is Eli Cohen?", "What is HTS?"]);
  });

  test("--jsonl FILE reads the questions from the file: the same lines as from stdin", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ask-"));
    const file = path.join(dir, "questions.txt");
    const questions = "Who leads Syria's side?\nWhat is the price of gold?\n\nquneitra\n";
    writeFileSync(file, questions);
    const fromFile = ask(["--jsonl", file]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stderr).toBe("");
    const lines = fromFile.stdout.trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as JsonAnswer).question)).toEqual([
      "Who leads Syria's side?",
      "What is the price of gold?",
      "",
      "quneitra",
    ]);
    for (const line of lines) expectContract(JSON.parse(line) as JsonAnswer);
    expect(fromFile.stdout).toBe(ask(["--jsonl"], questions).stdout);
    expect(ask(["--jsonl", "-"], questions).stdout).toBe(fromFile.stdout);
  });

  test("--jsonl with a question instead of a file: a clear error, exit 2, nothing waits on the keyboard", () => {
    const { stdout, stderr, status } = ask(["--jsonl", "Who leads Syria's side?"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--jsonl "Who leads Syria's side\?": no such file.*--json "question"/);
  });

  test("--help prints the usage on stdout and exits 0", () => {
    const { stdout, stderr, status } = ask(["--help"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Usage:\n.*--jsonl \[FILE\]/s);
  });

  test("an unknown option is named, with the usage, exit 2", () => {
    const { stdout, stderr, status } = ask(["--jsn", "Who leads?"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/ask: Unknown option '--jsn'/);
    expect(stderr).toContain("Usage:");
  });

  test("no question is a usage error on stderr, nothing on stdout", () => {
    const { stdout, stderr, status } = ask(["--json"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage");
  });

  test("INDEX_CACHE_DIR is where the engine's word table is cached too", () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "ask-cache-"));
    const result = spawnSync("node", ["dist/src/cli/ask.js", "--json", "Who leads Syria's side?"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, INDEX_CACHE_DIR: cacheDir },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as JsonAnswer).status).toBe("answered");
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^word-table-dist-[0-9a-f]+\.txt$/)]);
  });

  test("--kb DIR is the base asked, over KNOWLEDGE_DIR", () => {
    const run = (kb: string) =>
      spawnSync("node", ["dist/src/cli/ask.js", "--kb", kb, "--json", "Who leads Syria's side?"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, KNOWLEDGE_DIR: `${ROOT}tests/fixtures/no-such-knowledge-dir` },
        timeout: 30_000,
      });
    const good = run(`${ROOT}src/knowledge`);
    expect(good.stderr).toBe("");
    expect(good.status).toBe(0);
    expect((JSON.parse(good.stdout) as JsonAnswer).status).toBe("answered");
    const missing = run(`${ROOT}tests/fixtures/no-such-kb-option-dir`);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such-kb-option-dir/);
  });

  test("a broken knowledge base is reported with its file and field, not a stack trace", () => {
    const result = spawnSync("node", ["dist/src/cli/ask.js", "--json", "hi"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, KNOWLEDGE_DIR: `${ROOT}tests/fixtures/no-such-knowledge-dir` },
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/no-such-knowledge-dir/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
  test("--jsonl piped into a reader that stops early (`| head -1`): a quiet exit 0, no stack trace", async () => {
    const child = spawn("node", ["dist/src/cli/ask.js", "--jsonl"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Enough questions that answers are still being written when the reader has gone.
    child.stdin.on("error", () => {});
    child.stdin.end("who leads syria's side?\n".repeat(5000));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
      child.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
