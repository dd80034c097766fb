// Reads a terminal line as a command, the way Discord's picker would fill options:
// "/who-leads side:syria", "/who-leads syria", "/ask who leads?", or a plain question.
import { ApplicationCommandOptionType } from "discord.js";
import type { Command, CommandOptions, OptionValue } from "../commands/types.js";

type TerminalInput =
  | { kind: "empty" }
  | { kind: "quit" }
  | { kind: "help" }
  | { kind: "unknown"; name: string }
  | { kind: "command"; command: Command; options: CommandOptions };

function convert(type: ApplicationCommandOptionType, raw: string): OptionValue | undefined {
  if (type === ApplicationCommandOptionType.Boolean) {
    if (/^(true|yes|1|on)$/i.test(raw)) return true;
    if (/^(false|no|0|off)$/i.test(raw)) return false;
    return undefined;
  }
  if (type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  return raw;
}

/** Parses the text after "/name": `opt:value` pairs (a value runs until the next known `opt:`), else free text. */
function parseOptions(command: Command, text: string): CommandOptions {
  const defs = command.data.options ?? [];
  const names = defs.map((d) => d.name);
  const out: Record<string, OptionValue> = {};
  if (text.trim() === "") return out;
  const pattern = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/[-]/g, "\\-")).join("|")}):`, "g");
  const marks = [...text.matchAll(pattern)];
  const free = (marks.length === 0 ? text : text.slice(0, marks[0]?.index ?? 0)).trim();
  marks.forEach((mark, i) => {
    const name = mark[1] as string;
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const def = defs.find((d) => d.name === name);
    const value = def ? convert(def.type, text.slice(start, end).trim()) : undefined;
    if (value !== undefined && value !== "") out[name] = value;
  });
  // Text before any "opt:" fills the first string option not given explicitly.
  if (free !== "") {
    const first = defs.find(
      (d) => d.type === ApplicationCommandOptionType.String && out[d.name] === undefined,
    );
    if (first) out[first.name] = free;
  }
  return out;
}

export function parseLine(line: string, commands: ReadonlyMap<string, Command>): TerminalInput {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (/^\/?(quit|exit|q)$/i.test(text)) return { kind: "quit" };
  if (/^\/?help$/i.test(text)) return { kind: "help" };
  if (text.startsWith("/")) {
    const [, name = "", rest = ""] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    const command = commands.get(name.toLowerCase());
    if (!command) return { kind: "unknown", name };
    return { kind: "command", command, options: parseOptions(command, rest) };
  }
  const ask = commands.get("ask");
  if (!ask) return { kind: "unknown", name: "ask" };
  return { kind: "command", command: ask, options: { question: text } };
}
