// kb:add on the two follow-up fixture articles (~660 words each), as a curator runs it: the whole command
// (a fresh node process: compromise and chrono-node load each time) and the drafting alone (in-process,
// libraries already loaded). Target: under 2 s for a 600-word article.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { addArticle } from "../src/knowledge/add.js";
import { PROJECT_ROOT } from "../src/shared/project-root.js";
import { followupArticles } from "./followups.js";
import type { BenchSection } from "./run.js";
import { median } from "./stats.js";

const ADD_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "add.js");

function freshBase(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kb-add-bench-"));
  cpSync(path.join(PROJECT_ROOT, "src", "knowledge"), dir, {
    recursive: true,
    filter: (src) => !/\.(ts|js)$/.test(src),
  });
  return dir;
}

export const kbAddSection: BenchSection = {
  id: "kb-add",
  title: "kb:add (drafting an article)",
  async run(context) {
    const rounds = Number(context.options.get("kb-add-rounds") ?? 5);
    const rows: string[] = [];
    for (const file of followupArticles()) {
      const words = readFileSync(file, "utf8").split(/\s+/).filter(Boolean).length;
      const whole: number[] = [];
      const drafting: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const dir = freshBase();
        const started = performance.now();
        const run = spawnSync(process.execPath, [ADD_JS, "--kb", dir, file], { encoding: "utf8" });
        whole.push(performance.now() - started);
        if (run.status !== 0) throw new Error(`kb:add failed: ${run.stderr}`);
        rmSync(dir, { recursive: true, force: true });
        const again = freshBase();
        drafting.push(addArticle(["--kb", again, file]).millis);
        rmSync(again, { recursive: true, force: true });
      }
      context.log(`${path.basename(file)}: ${Math.round(median(whole))} ms`);
      rows.push(
        `| ${path.basename(file)} | ${words} | ${Math.round(median(whole))} ms (max ${Math.round(Math.max(...whole))}) | ${Math.round(median(drafting))} ms |`,
      );
    }
    return [
      `Median of ${rounds} runs on this machine (2 cores, shared; load average ${os.loadavg()[0]?.toFixed(1)} at the end).`,
      "",
      "| article | words | whole command (new process) | drafting in-process |",
      "| --- | --: | --: | --: |",
      ...rows,
    ].join("\n");
  },
};
