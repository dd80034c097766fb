// The one place that sends a rendered reply for an interaction. It picks reply / editReply / followUp from
// the interaction's state, so "already acknowledged" (40060) cannot happen, and handlers never defer
// (the engine answers in milliseconds; deferring only adds a round trip) so 10062 does not either.
import type {
  ChatInputCommandInteraction,
  InteractionResponse,
  Message,
  MessageComponentInteraction,
  ModalSubmitInteraction,
} from "discord.js";
import { type RenderedMessage, toInteractionPayload } from "./render.js";

type RepliableInteraction =
  | ChatInputCommandInteraction
  | MessageComponentInteraction
  | ModalSubmitInteraction;

type ResponseMethod = "reply" | "editReply" | "followUp";

/** Which call is still allowed for an interaction in this state. */
export function responseMethod(state: { replied: boolean; deferred: boolean }): ResponseMethod {
  if (state.replied) return "followUp";
  if (state.deferred) return "editReply";
  return "reply";
}

export async function respond(
  interaction: RepliableInteraction,
  message: RenderedMessage,
): Promise<Message | InteractionResponse> {
  const payload = toInteractionPayload(message);
  switch (responseMethod(interaction)) {
    case "reply":
      return interaction.reply(payload);
    case "editReply": {
      // The ephemeral flag is fixed when deferring; edits may not carry it.
      const { flags: _flags, ...edit } = payload;
      return interaction.editReply(edit);
    }
    case "followUp":
      return interaction.followUp(payload);
  }
}
