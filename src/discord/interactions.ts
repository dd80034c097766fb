// Routes interactions to commands: slash commands, autocomplete, and components (components.ts).
// A failing handler gets a short ephemeral apology and a log line; nothing here can crash the bot.
import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from "discord.js";
import { discordCommandsByName } from "../commands/index.js";
import { errorReply } from "../commands/replies/notices.js";
import {
  type Caller,
  type CommandContext,
  type CommandOptions,
  type OptionValue,
  SUBCOMMAND,
} from "../commands/types.js";
import type { Logger } from "../log.js";
import { answerUnknownComponent, type ComponentInteraction, findComponentHandler } from "./components.js";
import { rateable } from "./feedback.js";
import { CUSTOM_ID_MAX } from "./limits.js";
import { renderReply } from "./render.js";
import { respond } from "./respond.js";

/**
 * Flattens options into { name: value }; a subcommand group and subcommand become
 * { subcommand: "group sub" } beside the subcommand's own options.
 */
export function optionsOf(data: readonly CommandInteractionOption[], path: string[] = []): CommandOptions {
  const out: Record<string, OptionValue> = {};
  for (const option of data) {
    if (
      option.type === ApplicationCommandOptionType.SubcommandGroup ||
      option.type === ApplicationCommandOptionType.Subcommand
    ) {
      Object.assign(
        out,
        { [SUBCOMMAND]: [...path, option.name].join(" ") },
        optionsOf(option.options ?? [], [...path, option.name]),
      );
      continue;
    }
    if (
      typeof option.value === "string" ||
      typeof option.value === "number" ||
      typeof option.value === "boolean"
    ) {
      out[option.name] = option.value;
    }
  }
  return out;
}

/** Who ran the command and where: what /settings and /kb check. */
function callerOf(interaction: ChatInputCommandInteraction): Caller {
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    permissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? 0n) : null,
    channelName: (id) => interaction.guild?.channels.cache.get(id)?.name,
  };
}

/** What the member asked, as kept with the answer: /ask's question, else the command as typed. */
export function questionOf(commandName: string, options: CommandOptions): string {
  if (commandName === "ask" && typeof options.question === "string") return options.question;
  const parts = Object.entries(options)
    .filter(([name]) => name !== "hide")
    .map(([name, value]) => (name === SUBCOMMAND ? String(value) : `${name}:${String(value)}`));
  return [`/${commandName}`, ...parts].join(" ");
}

async function apologise(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  log: Logger,
): Promise<void> {
  try {
    await respond(interaction, renderReply(errorReply()));
  } catch (err) {
    // The interaction may have expired or the network failed; there is nobody left to tell.
    log.warn({ err, interactionId: interaction.id }, "could not send the apology");
  }
}

async function handleCommand(interaction: ChatInputCommandInteraction, ctx: CommandContext, log: Logger) {
  const command = discordCommandsByName.get(interaction.commandName);
  if (!command) {
    log.warn(
      { command: interaction.commandName },
      "unknown command (stale registration? run deploy-commands)",
    );
    await apologise(interaction, log);
    return;
  }
  try {
    const options = optionsOf(interaction.options.data);
    const reply = command.execute(options, ctx, callerOf(interaction));
    const message = rateable(ctx, reply, renderReply(reply), {
      id: interaction.id,
      guildId: interaction.guildId,
      question: questionOf(interaction.commandName, options),
      // Only /ask (like a channel question) asks the engine a question of the member's own.
      status: interaction.commandName === "ask" && reply.kind === "abstain" ? "no_answer" : "answered",
    });
    await respond(interaction, message);
    log.debug({ command: interaction.commandName, kind: reply.kind }, "answered command");
  } catch (err) {
    log.error({ err, command: interaction.commandName, interactionId: interaction.id }, "command failed");
    await apologise(interaction, log);
  }
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: CommandContext, log: Logger) {
  const command = discordCommandsByName.get(interaction.commandName);
  try {
    const focused = interaction.options.getFocused(true);
    const choices = command?.autocomplete?.({ name: focused.name, value: String(focused.value) }, ctx) ?? [];
    if (!interaction.responded) await interaction.respond(choices);
  } catch (err) {
    log.warn({ err, command: interaction.commandName }, "autocomplete failed");
  }
}

async function handleComponent(interaction: ComponentInteraction, ctx: CommandContext, log: Logger) {
  const handler = findComponentHandler(interaction.customId);
  try {
    if (!handler) await answerUnknownComponent(interaction, log);
    else await handler.handle(interaction, interaction.customId.slice(handler.prefix.length), ctx);
  } catch (err) {
    log.error({ err, customId: interaction.customId.slice(0, CUSTOM_ID_MAX) }, "component handler failed");
    await apologise(interaction, log);
  }
}

export async function handleInteraction(
  interaction: Interaction,
  ctx: CommandContext,
  log: Logger,
): Promise<void> {
  if (interaction.isChatInputCommand()) return handleCommand(interaction, ctx, log);
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, ctx, log);
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return handleComponent(interaction, ctx, log);
}
