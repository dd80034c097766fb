// kb:review run in the test's own process (no child process: the sheet tests run it dozens of times), with
// what it printed captured: one helper for every sheet test.
import { vi } from "vitest";
import { runReview } from "../../src/knowledge/review.js";

/** kb:review on the base in `dir`: its exit code and what it printed to stdout and stderr. */
export function reviewInProcess(dir: string, ...args: string[]): { code: number; out: string } {
  let out = "";
  const capture = (chunk: unknown) => {
    out += String(chunk);
    return true;
  };
  const spies = [process.stdout, process.stderr].map((s) => vi.spyOn(s, "write").mockImplementation(capture));
  try {
    return { code: runReview(["--kb", dir, ...args]), out };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
