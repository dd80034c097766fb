// /ask question — any free text; autocomplete offers questions the engine can answer.
import { ApplicationCommandOptionType } from "discord.js";
import { AUTOCOMPLETE_MAX_ITEMS, CHOICE_VALUE_MAX } from "../discord/limits.js";
import { clampChoices, hideOptionData } from "./options.js";
import { abstainReply, answerReply } from "./reply.js";
import { cutAt } from "./text.js";
import { type Command, hideOption, stringOption } from "./types.js";

/** Longest question we pass to the engine; Discord allows 6000 for a string option, nobody asks that much. */
export const QUESTION_MAX = 1000;

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
        max_length: QUESTION_MAX,
      },
      hideOptionData,
    ],
  },
  execute(options, { engine, story }) {
    const question = stringOption(options, "question");
    if (!question) return abstainReply("", `Ask me a question. ${story.scope}`, [], hideOption(options));
    return answerReply(engine.ask(cutAt(question, QUESTION_MAX)), hideOption(options));
  },
  autocomplete(focused, { engine }) {
    // What was typed comes back as the first choice: cut here, between graphemes, to a choice's length.
    const typed = cutAt(focused.value.trim(), CHOICE_VALUE_MAX);
    const choices = engine.suggest(typed, AUTOCOMPLETE_MAX_ITEMS).map((c) => ({
      name: c.name,
      // A question is still a question when shortened at a word; a choice value over 100 is rejected.
      value:
        c.value.length > CHOICE_VALUE_MAX ? cutAt(c.value, CHOICE_VALUE_MAX).replace(/\s+\S*$/, "") : c.value,
    }));
    return clampChoices(choices);
  },
};
