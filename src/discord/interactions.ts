// Routes interactions to commands: slash commands, autocomplete, and components (components.ts).
// A failing handler gets a short ephemeral apology and a log line; nothing here can crash the bot.
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
} from "discord.js";
import { commandsByName } from "../commands/index.js";
import { errorReply } from "../commands/reply.js";
import type { CommandContext, CommandOptions, OptionValue } from "../commands/types.js";
import type { Logger } from "../log.js";
import { answerUnknownComponent, type ComponentInteraction, findComponentHandler } from "./components.js";
import { CUSTOM_ID_MAX } from "./limits.js";
import { renderReply } from "./render.js";
import { respond } from "./respond.js";

/** Flattens top-level options into { name: value } (our commands have no subcommands). */
export function optionsOf(data: readonly CommandInteractionOption[]): CommandOptions {
  const out: Record<string, OptionValue> = {};
  for (const option of data) {
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
  const command = commandsByName.get(interaction.commandName);
  if (!command) {
    log.warn(
      { command: interaction.commandName },
      "unknown command (stale registration? run deploy-commands)",
    );
    await apologise(interaction, log);
    return;
  }
  try {
    const reply = command.execute(optionsOf(interaction.options.data), ctx);
    await respond(interaction, renderReply(reply));
    log.debug({ command: interaction.commandName, kind: reply.kind }, "answered command");
  } catch (err) {
    log.error({ err, command: interaction.commandName, interactionId: interaction.id }, "command failed");
    await apologise(interaction, log);
  }
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: CommandContext, log: Logger) {
  const command = commandsByName.get(interaction.commandName);
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
