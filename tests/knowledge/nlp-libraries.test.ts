// kb:add loads compromise and chrono-node through their CommonJS builds (draft/nlp-libraries.ts): compromise's
// one bundled file rather than its ~450 ES modules, and of chrono-node its English locale only. The built
// program in its own process, with a preload that lists the CommonJS files it loaded.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { copyKnowledgeBase, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

test("kb:add loads compromise's bundled build and chrono-node's English locale, and drafts", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "nlp-libraries-"));
  const listed = path.join(scratch, "loaded.json");
  const preload = path.join(scratch, "list-loaded.cjs");
  writeFileSync(
    preload,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(listed)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const kb = copyKnowledgeBase();
  const article = path.join(
    PROJECT_ROOT,
    "tests",
    "fixtures",
    "followups",
    "2025-07-paris-dermer-shaibani.txt",
  );
  const run = spawnSync(
    process.execPath,
    [
      "--require",
      preload,
      path.join(PROJECT_ROOT, "dist", "src", "knowledge", "add.js"),
      "--kb",
      kb,
      article,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\d+ facts drafted/);
  const loaded = (JSON.parse(readFileSync(listed, "utf8")) as string[]).map((file) =>
    file.split(path.sep).join("/"),
  );
  expect(loaded.filter((file) => file.endsWith("compromise/builds/three/compromise-three.cjs"))).toHaveLength(
    1,
  );
  expect(loaded.some((file) => file.endsWith("chrono-node/dist/cjs/locales/en/index.js"))).toBe(true);
  expect(loaded.filter((file) => /chrono-node\/dist\/cjs\/locales\/(?!en\/)/.test(file))).toEqual([]);
});
