// What a command is: a plain JSON definition plus pure functions from options to a Reply.
// Discord and the terminal both call these; neither knows what a command does inside.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { AutocompleteChoice, Engine } from "../engine/types.js";
import type { Article, Story } from "../knowledge/types.js";
import type { BotStore } from "../storage/store.js";
import type { Reply } from "./reply.js";

export type OptionValue = string | number | boolean;
/** Option values by name, as typed by the user (absent options are undefined). */
export type CommandOptions = Readonly<Record<string, OptionValue | undefined>>;

export interface CommandContext {
  engine: Engine;
  articles: readonly Article[];
  /** The story's name, scope, sides and topics (story.json). */
  story: Story;
  /** Settings and records; absent where nothing is stored (terminal, `ask`). */
  store?: BotStore;
  /** Re-reads KNOWLEDGE_DIR and swaps the engine in place; absent where the base cannot be reloaded. */
  reload?: () => ReloadResult;
  /** Whether the running client receives message text (Message Content intent). */
  messageContent?: boolean;
  /**
   * Settles once `engine` can answer: the Discord bot loads the engine's code only after it has identified
   * to the gateway (src/main.ts), so its handlers wait for this first. Absent: the engine is ready.
   */
  engineReady?: Promise<void>;
}

export type ReloadResult =
  | { ok: true; articles: number; facts: number }
  | { ok: false; problems: readonly string[] };

/** Who ran a command, and where: what the server-only commands need to decide. */
export interface Caller {
  userId: string;
  /** null outside a server (DMs, a member's own install). */
  guildId: string | null;
  /** The member's permissions in the channel; null outside a server. */
  permissions: bigint | null;
  /** A channel's name in this server, for display; undefined when the bot does not know it. */
  channelName(channelId: string): string | undefined;
}

interface FocusedOption {
  name: string;
  value: string;
}

export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * What it does, for /about's command list after its usage ("/timeline [topic] — events, oldest first").
   * Absent: not listed there (/about itself, the server-only commands).
   */
  about?: (story: Story) => string;
  /** `caller` is absent in the terminal and the CLI. */
  execute(options: CommandOptions, ctx: CommandContext, caller?: Caller): Reply;
  autocomplete?(focused: FocusedOption, ctx: CommandContext): AutocompleteChoice[];
}

/**
 * What a server-only command's data declares (/settings, /kb): installed to a server and used there alone, so
 * it is registered for servers only and kept out of the terminal and /about (index.ts' `isServerOnly`).
 */
export const SERVER_ONLY = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} satisfies Partial<Command["data"]>;

export function stringOption(options: CommandOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The permission bit is set (Administrator implies every permission, as on Discord). */
export function hasPermission(caller: Caller | undefined, bit: bigint): boolean {
  const permissions = caller?.permissions ?? 0n;
  return (permissions & PermissionFlagsBits.Administrator) !== 0n || (permissions & bit) !== 0n;
}

/** The subcommand path ("qa-channels add") of a command with subcommands; see optionsOf. */
export const SUBCOMMAND = "subcommand";

export function hideOption(options: CommandOptions): boolean {
  return options.hide === true;
}
