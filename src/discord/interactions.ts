// Routes interactions to commands: slash commands, autocomplete, and the "did you mean" buttons.
// A failing handler gets a short ephemeral apology and a log line; nothing here can crash the bot.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
} from "discord.js";
import { commandsByName } from "../commands/index.js";
import { errorReply, factReply, unknownFactReply } from "../commands/reply.js";
import type { CommandContext, CommandOptions, OptionValue } from "../commands/types.js";
import type { Logger } from "../log.js";
import { renderReply, SUGGESTION_ID_PREFIX } from "./render.js";
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
  interaction: ChatInputCommandInteraction | ButtonInteraction,
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

async function handleButton(interaction: ButtonInteraction, ctx: CommandContext, log: Logger) {
  if (!interaction.customId.startsWith(SUGGESTION_ID_PREFIX)) return;
  try {
    const factId = interaction.customId.slice(SUGGESTION_ID_PREFIX.length);
    const fact = ctx.engine.fact(factId);
    // Only the person who clicked sees the answer: the original question may have been someone else's.
    const reply = fact ? factReply(fact, true) : unknownFactReply(factId, [], true);
    await respond(interaction, renderReply(reply));
  } catch (err) {
    log.error({ err, customId: interaction.customId }, "suggestion button failed");
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
  if (interaction.isButton()) return handleButton(interaction, ctx, log);
}
