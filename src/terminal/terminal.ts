// Terminal mode: the same commands and replies as on Discord, typed at a prompt or piped in one line a
// question. Only answers go to `output`; logs go elsewhere (stderr).
import { createInterface } from "node:readline";
import { commands, commandsByName } from "../commands/index.js";
import { factReply } from "../commands/replies/answer.js";
import { errorReply } from "../commands/replies/notices.js";
import { sourceReply } from "../commands/replies/source.js";
import type { Reply } from "../commands/reply.js";
import type { CommandContext } from "../commands/types.js";
import type { Logger } from "../log.js";
import { parseLine } from "./parse.js";
import { helpText, renderText } from "./render.js";

interface TerminalOptions {
  ctx: CommandContext;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and a greeting; default: when input is a TTY. */
  interactive?: boolean;
  log?: Logger;
}

/** "thanks", "ok", "great!" on their own: a short acknowledgement, not an abstention. */
const ACKNOWLEDGEMENT =
  /^(?:thanks|thank you|thx|ty|cheers|ok|okay|got it|great|nice|cool|good bot|perfect)(?: (?:a lot|so much|very much))?[\s!.👍🙏]*$/iu;

/** What typing a number shows after a reply that listed suggestions. */
interface Pick {
  factId: string;
  /** "answer": the fact as an answer (a "did you mean" question); "source": /source for it. */
  show: "answer" | "source";
}

/**
 * One terminal conversation: answers line by line and remembers the last reply's numbered suggestions, so
 * that typing "2" picks the second.
 */
export class TerminalSession {
  private picks: Pick[] = [];

  constructor(
    private readonly ctx: CommandContext,
    private readonly log?: Logger,
  ) {}

  /** The text to print for one line, or null to quit. */
  answer(line: string): string | null {
    const text = line.trim();
    if (/^\d{1,3}$/.test(text) && this.picks.length > 0) return this.pick(Number(text));
    if (ACKNOWLEDGEMENT.test(text)) return "You're welcome.\n";
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
      case "command": {
        let reply: Reply;
        try {
          reply = input.command.execute(input.options, this.ctx);
        } catch (err) {
          this.log?.error({ err, command: input.command.data.name }, "command failed");
          reply = errorReply();
        }
        const show = input.command.data.name === "source" ? "source" : "answer";
        this.picks = reply.suggestions.map((s) => ({ factId: s.factId, show }));
        return renderText(reply);
      }
    }
  }

  private pick(n: number): string {
    const chosen = this.picks[n - 1];
    const fact = chosen ? this.ctx.engine.fact(chosen.factId) : undefined;
    if (!chosen || !fact) return `Type a number from 1 to ${this.picks.length}, or ask a question.\n`;
    this.picks = [];
    return renderText(
      chosen.show === "source" ? sourceReply(fact, this.ctx.articles, false) : factReply(fact, false),
    );
  }
}

/** Answers one line on its own (no earlier suggestions to pick from); null means quit. */
export function answerLine(line: string, ctx: CommandContext, log?: Logger): string | null {
  return new TerminalSession(ctx, log).answer(line);
}

/** Runs until "quit" or end of input. */
export function runTerminal(options: TerminalOptions): Promise<void> {
  const { ctx, input, output, log } = options;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${ctx.story.name} — ask me about the story. /help for commands, quit to leave.\n`);
    // A curator's kb:publish --pid needs it, and terminal mode logs nothing at start to read it from.
    output.write(`(pid ${process.pid}: kill -HUP ${process.pid} reloads the knowledge base)\n`);
    rl.setPrompt("> ");
    rl.prompt();
  }
  const session = new TerminalSession(ctx, log);
  return new Promise((resolve) => {
    let first = true;
    let quit = false;
    rl.on("line", (line) => {
      // readline still delivers lines already buffered from a pipe after close(); "quit" means quit.
      if (quit) return;
      const text = session.answer(line);
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
    // With a TTY, readline swallows Ctrl-C unless someone listens; make it leave like "quit", on a line of
    // its own even when Ctrl-C came in the middle of a typed line.
    rl.on("SIGINT", () => rl.close());
    rl.on("close", () => {
      // After "quit" the cursor is at the start of a line; after Ctrl-C or Ctrl-D it is after the prompt.
      if (interactive) output.write(quit ? "Bye.\n" : "\nBye.\n");
      resolve();
    });
  });
}
