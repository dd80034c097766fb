// /about — what the bot knows, its source article(s), how it decides to answer or abstain, and the
// commands (those of the registry that give an /about line).
import { hideOptionData } from "./options.js";
import { aboutReply } from "./replies/about.js";
import { type Command, hideOption } from "./types.js";

/** "/who-leads [side]": the name, then each option but `hide`, required ones bare, optional in brackets. */
export function usage(command: Command): string {
  const options = (command.data.options ?? [])
    .filter((o) => o.name !== "hide")
    .map((o) => ("required" in o && o.required ? o.name : `[${o.name}]`));
  return [`/${command.data.name}`, ...options].join(" ");
}

/** /about, listing the commands `listed()` returns (the registry's read-only ones, src/commands/index.ts). */
export function aboutCommand(listed: () => readonly Command[]): Command {
  return {
    data: {
      name: "about",
      description: "What this bot knows, where it comes from, and how it answers",
      options: [hideOptionData],
    },
    execute(options, { engine, articles, story }) {
      const used = new Set(engine.facts.flatMap((fact) => fact.topics));
      const topics = story.topics.map((t) => t.id).filter((t) => used.has(t));
      const commands = listed().flatMap((c) => (c.about ? [`${usage(c)} — ${c.about(story)}`] : []));
      return aboutReply(
        { articles, factCount: engine.facts.length, topics, story, commands },
        hideOption(options),
      );
    },
  };
}
