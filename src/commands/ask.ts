// /ask question — any free text; autocomplete offers questions the engine can answer.
// Every free-text question goes through `askQuestion` here, whichever front end it came from: the slash
// command, a Q&A-channel message or a mention (src/discord/messages.ts), the terminal (a plain line is
// /ask) and the `ask` command line (src/cli/ask-lib.ts).
import { ApplicationCommandOptionType } from "discord.js";
import { AUTOCOMPLETE_MAX_ITEMS, CHOICE_VALUE_MAX } from "../discord/limits.js";
import { MAX_QUESTION_LENGTH } from "../engine/question-length.js";
import type { Answer } from "../engine/types.js";
import { cutAt } from "../shared/truncate.js";
import { clampChoices, hideOptionData } from "./options.js";
import { abstainReply } from "./replies/answer.js";
import { rememberedAnswerReply } from "./replies/memo.js";
import type { Reply } from "./reply.js";
import { type Command, type CommandContext, hideOption, stringOption } from "./types.js";

export interface Asked {
  /** The engine's answer: what the `ask` command line prints as JSON and channels decide on. */
  answer: Answer;
  reply: Reply;
}

/**
 * The one path of a free-text question: cut to MAX_QUESTION_LENGTH, answered by the engine, built into a
 * reply. That length is the one cap for every front end: the engine reads no more (its cost grows with
 * every word it does not know), so /ask's option declares it too, and Discord's client stops the member
 * there (a string option may be given any max_length up to 6,000) instead of accepting 1,000 characters of
 * which 500 were read. A channel message (up to 4,000) is cut to it here.
 */
export function askQuestion(
  ctx: Pick<CommandContext, "engine">,
  question: string,
  ephemeral: boolean,
): Asked {
  const answer = ctx.engine.ask(cutAt(question, MAX_QUESTION_LENGTH));
  return { answer, reply: rememberedAnswerReply(answer, ephemeral) };
}

export const ask: Command = {
  data: {
    name: "ask",
    description: "Ask a question about the story this bot follows",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "Your question, in your own words",
        required: true,
        autocomplete: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      hideOptionData,
    ],
  },
  about: () => "ask anything about the story",
  execute(options, ctx) {
    const question = stringOption(options, "question");
    if (!question) return abstainReply("", `Ask me a question. ${ctx.story.scope}`, [], hideOption(options));
    return askQuestion(ctx, question, hideOption(options)).reply;
  },
  autocomplete(focused, { engine }) {
    // What was typed comes back as the first choice: cut here, between graphemes, to a choice's length.
    const typed = cutAt(focused.value.trim(), CHOICE_VALUE_MAX);
    const choices = engine.suggest(typed, AUTOCOMPLETE_MAX_ITEMS, CHOICE_VALUE_MAX).map((c) => ({
      name: c.name,
      // A question is still a question when shortened at a word; a choice value over 100 is rejected.
      value:
        c.value.length > CHOICE_VALUE_MAX ? cutAt(c.value, CHOICE_VALUE_MAX).replace(/\s+\S*$/, "") : c.value,
    }));
    return clampChoices(choices);
  },
};
