// Terminal mode: the same commands and replies as on Discord, typed at a prompt or piped in one line a
// question. Only answers go to `output`; logs go elsewhere (stderr).
import { createInterface } from "node:readline";
import { commands, commandsByName } from "../commands/index.js";
import { errorReply } from "../commands/reply.js";
import type { CommandContext } from "../commands/types.js";
import type { Logger } from "../log.js";
import { parseLine } from "./parse.js";
import { helpText, renderText } from "./render.js";

export interface TerminalOptions {
  ctx: CommandContext;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and a greeting; default: when input is a TTY. */
  interactive?: boolean;
  log?: Logger;
}

/** Answers one line; returns the text to print, or null to quit. */
export function answerLine(line: string, ctx: CommandContext, log?: Logger): string | null {
  const input = parseLine(line, commandsByName);
  switch (input.kind) {
    case "empty":
      return "";
    case "quit":
      return null;
    case "help":
      return helpText(commands);
    case "unknown":
      return `Unknown command /${input.name}. Type /help for the list.\n`;
    case "command":
      try {
        return renderText(input.command.execute(input.options, ctx));
      } catch (err) {
        log?.error({ err, command: input.command.data.name }, "command failed");
        return renderText(errorReply());
      }
  }
}

/** Runs until "quit" or end of input. */
export function runTerminal(options: TerminalOptions): Promise<void> {
  const { ctx, input, output, log } = options;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${ctx.story.name} — ask me about the story. /help for commands, quit to leave.\n`);
    rl.setPrompt("> ");
    rl.prompt();
  }
  return new Promise((resolve) => {
    let first = true;
    let quit = false;
    rl.on("line", (line) => {
      // readline still delivers lines already buffered from a pipe after close(); "quit" means quit.
      if (quit) return;
      const text = answerLine(line, ctx, log);
      if (text === null) {
        quit = true;
        rl.close();
        return;
      }
      if (text !== "") {
        // A blank line between answers keeps piped output readable.
        output.write(first || interactive ? text : `\n${text}`);
        first = false;
      }
      if (interactive) rl.prompt();
    });
    // With a TTY, readline swallows Ctrl-C unless someone listens; make it leave like "quit".
    rl.on("SIGINT", () => rl.close());
    rl.on("close", () => resolve());
  });
}
