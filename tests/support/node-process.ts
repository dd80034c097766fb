// A Node program as a child process with its output collected: what every test of a built entry point
// (the bot, the terminal, the sharding manager, ask, kb:check) starts with.
import { type ChildProcess, spawn } from "node:child_process";

export interface NodeProcess {
  child: ChildProcess;
  /** Everything written to stdout / stderr so far. */
  stdout(): string;
  stderr(): string;
  /** The exit code once the process has closed (null when a signal ended it). */
  exited: Promise<number | null>;
}

/** Runs `node file …args` with exactly `env`; stdin is a pipe only when asked for (to write input to). */
export function startNode(
  file: string,
  options: { args?: string[]; cwd: string; env: NodeJS.ProcessEnv; stdin?: "pipe" | "ignore" },
): NodeProcess {
  const child = spawn(process.execPath, [file, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
