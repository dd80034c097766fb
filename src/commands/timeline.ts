// /timeline [topic] — dated events, oldest first.
import { ApplicationCommandOptionType } from "discord.js";
import { TOPICS, type Topic } from "../knowledge/schema.js";
import { hideOptionData } from "./options.js";
import { TOPIC_LABELS, timelineReply } from "./reply.js";
import { type Command, hideOption, stringOption } from "./types.js";

export function parseTopic(value: string | undefined): Topic | undefined {
  if (!value) return undefined;
  const key = value.toLowerCase().replace(/[\s_]+/g, "-");
  return (TOPICS as readonly string[]).includes(key) ? (key as Topic) : undefined;
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
        choices: TOPICS.map((topic) => ({ name: TOPIC_LABELS[topic], value: topic })),
      },
      hideOptionData,
    ],
  },
  execute(options, { engine }) {
    const topic = parseTopic(stringOption(options, "topic"));
    return timelineReply(engine.timeline(topic), topic, hideOption(options));
  },
};
