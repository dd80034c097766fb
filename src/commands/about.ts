// /about — what the bot knows, its source article(s), and how it decides to answer or abstain.
import { TOPICS } from "../knowledge/schema.js";
import { hideOptionData } from "./options.js";
import { aboutReply } from "./reply.js";
import { type Command, hideOption } from "./types.js";

export const about: Command = {
  data: {
    name: "about",
    description: "What this bot knows, where it comes from, and how it answers",
    options: [hideOptionData],
  },
  execute(options, { engine, articles }) {
    const used = new Set(engine.facts.flatMap((fact) => fact.topics));
    return aboutReply(
      { articles, factCount: engine.facts.length, topics: TOPICS.filter((t) => used.has(t)) },
      hideOption(options),
    );
  },
};
