// /who-leads [side] — who leads or represents each side in the talks.
import { ApplicationCommandOptionType } from "discord.js";
import type { Side } from "../knowledge/types.js";
import { hideOptionData } from "./options.js";
import { leadersReply, SIDE_LABELS } from "./reply.js";
import { type Command, hideOption, stringOption } from "./types.js";

const SIDES = Object.keys(SIDE_LABELS) as Side[];

export function parseSide(value: string | undefined): Side | undefined {
  if (!value) return undefined;
  const key = value.toLowerCase().replace(/[\s_.]+/g, "-");
  const aliases: Record<string, Side> = { us: "united-states", usa: "united-states", "u-s": "united-states" };
  return (SIDES as string[]).includes(key) ? (key as Side) : aliases[key];
}

export const whoLeads: Command = {
  data: {
    name: "who-leads",
    description: "Who leads or represents each side in the talks",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "side",
        description: "One side; leave empty for all",
        required: false,
        choices: SIDES.map((side) => ({ name: SIDE_LABELS[side], value: side })),
      },
      hideOptionData,
    ],
  },
  execute(options, { engine }) {
    const side = parseSide(stringOption(options, "side"));
    return leadersReply(engine.leaders(side), side, hideOption(options));
  },
};
