// /about — what the bot knows, its source article(s), and how it decides to answer or abstain.
import { hideOptionData } from "./options.js";
import { aboutReply } from "./reply.js";
import { type Command, hideOption } from "./types.js";

export const about: Command = {
  data: {
    name: "about",
    description: "What this bot knows, where it comes from, and how it answers",
    options: [hideOptionData],
  },
  execute(options, { engine, articles, story }) {
    const used = new Set(engine.facts.flatMap((fact) => fact.topics));
    const topics = story.topics.map((t) => t.id).filter((t) => used.has(t));
    return aboutReply({ articles, factCount: engine.facts.length, topics, story }, hideOption(options));
  },
};
