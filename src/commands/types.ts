// What a command is: a plain JSON definition plus pure functions from options to a Reply.
// Discord and the terminal both call these; neither knows what a command does inside.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { AutocompleteChoice, Engine } from "../engine/types.js";
import type { Article, Story } from "../knowledge/types.js";
import type { Reply } from "./reply.js";

export type OptionValue = string | number | boolean;
/** Option values by name, as typed by the user (absent options are undefined). */
export type CommandOptions = Readonly<Record<string, OptionValue | undefined>>;

export interface CommandContext {
  engine: Engine;
  articles: readonly Article[];
  /** The story's name, scope, sides and topics (story.json). */
  story: Story;
}

export interface FocusedOption {
  name: string;
  value: string;
}

export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(options: CommandOptions, ctx: CommandContext): Reply;
  autocomplete?(focused: FocusedOption, ctx: CommandContext): AutocompleteChoice[];
}

export function stringOption(options: CommandOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function hideOption(options: CommandOptions): boolean {
  return options.hide === true;
}
