// The command registry: every command, in the order Discord's picker, /help and /about show them. Adding a
// command = its module (data, execute, and its /about line if members should find it there) + one line in
// `registry` + a row in the README's table. Deploy, the terminal, /help, /about and the tests that check
// the command set all derive from this list.
import { ApplicationIntegrationType, InteractionContextType } from "discord.js";
import { aboutCommand } from "./about.js";
import { ask } from "./ask.js";
import { kb } from "./kb.js";
import { settings } from "./settings.js";
import { source } from "./source.js";
import { timeline } from "./timeline.js";
import type { Command } from "./types.js";
import { whoLeads } from "./who-leads.js";

/** Every command the Discord bot registers and answers, in order. */
export const registry: readonly Command[] = [
  ask,
  whoLeads,
  timeline,
  source,
  // /about lists the registry's read-only commands: handed the list, not importing this module (a cycle).
  aboutCommand(() => commands),
  settings,
  kb,
];

/**
 * A command that declares server-only contexts (settings and records): registered for servers only, and
 * not offered in the terminal, the `ask` command line or /about.
 */
export function isServerOnly(command: Command): boolean {
  return command.data.contexts?.every((c) => c === InteractionContextType.Guild) ?? false;
}

/** Read-only commands: anyone, anywhere (servers, DMs, a member's own install), and the terminal. */
export const commands: readonly Command[] = registry.filter((c) => !isServerOnly(c));

/** Commands that change or show a server's settings and records: Discord servers only. */
export const serverCommands: readonly Command[] = registry.filter(isServerOnly);

/** Every command the Discord bot registers and answers. */
const discordCommands: readonly Command[] = registry;

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

export const discordCommandsByName: ReadonlyMap<string, Command> = new Map(
  discordCommands.map((c) => [c.data.name, c]),
);

/** Installed to a server, and by a member to their own account. */
const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
/** In a server, in a DM with the bot, in other DMs and group DMs. */
const CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];

/**
 * The JSON body PUT to Discord by deploy-commands. Registered globally, the read-only commands may be
 * installed by members to their own account and used anywhere; the server commands declare their own
 * (guild install, server context). Server (GUILD_ID) registrations take neither field.
 */
export function commandPayload(scope: "guild" | "global" = "global") {
  return discordCommands.map((c) => {
    const { contexts, integration_types, ...data } = c.data;
    if (scope === "guild") return data;
    return {
      ...data,
      integration_types: integration_types ?? INTEGRATION_TYPES,
      contexts: contexts ?? CONTEXTS,
    };
  });
}
