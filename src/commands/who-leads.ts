// /who-leads [side] — who leads or represents each side. Sides are the story's own (story.json), so the
// option autocompletes from the base instead of carrying a fixed list of choices.
import { ApplicationCommandOptionType } from "discord.js";
import type { Side, Story } from "../knowledge/types.js";
import { clampChoices, hideOptionData } from "./options.js";
import { leadersReply } from "./replies/leaders.js";
import { noticeReply } from "./replies/notices.js";
import { type Command, hideOption, stringOption } from "./types.js";

const key = (value: string) => value.toLowerCase().replace(/[\s_.]+/g, "-");

/** A side id from what was typed or picked: its id, label or one of its aliases, any case. */
export function parseSide(value: string | undefined, story: Story): Side | undefined {
  if (!value) return undefined;
  const typed = key(value);
  return story.sides.find(
    (s) => s.id === typed || key(s.label) === typed || s.aliases.some((a) => key(a) === typed),
  )?.id;
}

export const whoLeads: Command = {
  data: {
    name: "who-leads",
    description: "Who leads or represents each side, now and before",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "side",
        description: "One side; leave empty for all",
        required: false,
        autocomplete: true,
      },
      hideOptionData,
    ],
  },
  about: (story) => `who leads or represents ${story.sides.map((s) => s.label).join(", ")}`,
  execute(options, { engine, story, articles }) {
    const typed = stringOption(options, "side");
    const side = parseSide(typed, story);
    // A side the story does not have is said so, with the ones it has: never every side instead.
    if (typed && !side) {
      const sides = story.sides.map((s) => `${s.id} (${s.label})`).join(", ");
      return noticeReply(
        `There is no side “${typed}” in this story. The sides are: ${sides}. Leave side out for all of them.`,
        hideOption(options),
      );
    }
    return leadersReply(engine.leaders(side), side, story, articles, hideOption(options));
  },
  autocomplete(focused, { story }) {
    const typed = focused.value.toLowerCase();
    return clampChoices(
      story.sides
        .filter((s) => s.label.toLowerCase().includes(typed) || s.id.includes(typed))
        .map((s) => ({ name: s.label, value: s.id })),
    );
  },
};
