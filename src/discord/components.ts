// Buttons, select menus and modal forms, routed by the prefix of their custom_id: one registry entry per
// feature. Anything the registry does not know (an older version's button, a forged custom_id) gets a short
// ephemeral answer and a log line, never silence ("This interaction failed").
import type { MessageComponentInteraction, ModalSubmitInteraction } from "discord.js";
import { factReply, unknownFactReply } from "../commands/replies/answer.js";
import { unknownComponentReply } from "../commands/replies/notices.js";
import type { CommandContext } from "../commands/types.js";
import type { Logger } from "../log.js";
import { FEEDBACK_ID_PREFIX, handleFeedback, rateable } from "./feedback.js";
import { CUSTOM_ID_MAX } from "./limits.js";
import { renderReply, SUGGESTION_ID_PREFIX } from "./render.js";
import { respond } from "./respond.js";

export type ComponentInteraction = MessageComponentInteraction | ModalSubmitInteraction;

interface ComponentHandler {
  /** custom_id prefix this handler owns, e.g. "suggest:". */
  prefix: string;
  /** `rest` is the custom_id after the prefix. Throwing leads to an apology (see interactions.ts). */
  handle(interaction: ComponentInteraction, rest: string, ctx: CommandContext): Promise<void>;
}

/** "Did you mean" buttons: the suggested fact, shown only to the person who clicked. */
const suggestionButton: ComponentHandler = {
  prefix: SUGGESTION_ID_PREFIX,
  async handle(interaction, factId, ctx) {
    const fact = ctx.engine.fact(factId);
    // The original question may have been someone else's: only the clicker sees the answer.
    const reply = fact ? factReply(fact, true) : unknownFactReply(factId, [], true);
    const message = rateable(ctx, reply, renderReply(reply), {
      id: interaction.id,
      guildId: interaction.guildId,
      question: reply.echo ?? factId,
      status: "answered",
    });
    await respond(interaction, message);
  },
};

/** 👍/👎 on an answer (feedback.ts). */
const feedbackButton: ComponentHandler = {
  prefix: FEEDBACK_ID_PREFIX,
  handle: (interaction, _rest, ctx) => handleFeedback(interaction, ctx),
};

const COMPONENT_HANDLERS: readonly ComponentHandler[] = [suggestionButton, feedbackButton];

export function findComponentHandler(
  customId: string,
  handlers: readonly ComponentHandler[] = COMPONENT_HANDLERS,
): ComponentHandler | undefined {
  return handlers.find((h) => customId.startsWith(h.prefix));
}

/** The short ephemeral answer for a component or modal no handler claims. */
export async function answerUnknownComponent(interaction: ComponentInteraction, log: Logger): Promise<void> {
  log.info(
    { customId: interaction.customId.slice(0, CUSTOM_ID_MAX), type: interaction.type },
    "unknown component or modal",
  );
  await respond(interaction, renderReply(unknownComponentReply()));
}
