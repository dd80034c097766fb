// /timeline [topic] — dated events, oldest first. Topics are the story's own (story.json), so the option
// autocompletes from the base instead of carrying a fixed list of choices.
import { ApplicationCommandOptionType } from "discord.js";
import type { Story, Topic } from "../knowledge/types.js";
import { clampChoices, hideOptionData } from "./options.js";
import { timelineReply } from "./replies/timeline.js";
import { type Command, hideOption, stringOption } from "./types.js";

const key = (value: string) => value.toLowerCase().replace(/[\s_]+/g, "-");

/** A topic id from what was typed or picked: its id or its label, any case. */
function parseTopic(value: string | undefined, story: Story): Topic | undefined {
  if (!value) return undefined;
  const typed = key(value);
  return story.topics.find((t) => t.id === typed || key(t.label) === typed)?.id;
}

export const timeline: Command = {
  data: {
    name: "timeline",
    description: "Events in the story, oldest first, each with its source",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: "Only events on this topic",
        required: false,
        autocomplete: true,
      },
      hideOptionData,
    ],
  },
  about: () => "events, oldest first",
  execute(options, { engine, story }) {
    const topic = parseTopic(stringOption(options, "topic"), story);
    return timelineReply(engine.timeline(topic), topic, story, hideOption(options));
  },
  autocomplete(focused, { story }) {
    const typed = focused.value.toLowerCase();
    return clampChoices(
      story.topics
        .filter((t) => t.label.toLowerCase().includes(typed) || t.id.includes(typed))
        .map((t) => ({ name: t.label, value: t.id })),
    );
  },
};
