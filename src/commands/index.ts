// The command set, in the order /help and the Discord picker show them.
import { about } from "./about.js";
import { ask } from "./ask.js";
import { source } from "./source.js";
import { timeline } from "./timeline.js";
import type { Command } from "./types.js";
import { whoLeads } from "./who-leads.js";

export const commands: readonly Command[] = [ask, whoLeads, timeline, source, about];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

/** The JSON body PUT to Discord by deploy-commands. */
export function commandPayload() {
  return commands.map((c) => c.data);
}
