// Option definitions shared by several commands, as plain API JSON.
import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from "discord.js";
import { AUTOCOMPLETE_MAX_ITEMS, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "../discord/limits.js";
import type { AutocompleteChoice } from "../engine/types.js";
import { truncate } from "../shared/truncate.js";
import { oneLine } from "./text.js";

export const hideOptionData: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "hide",
  description: "Show the reply only to you",
  required: false,
};

/**
 * Makes autocomplete choices safe to send: at most 25, names and values within 100 characters, no empty
 * names, no duplicate values. Values too long to send whole are dropped rather than cut (a cut value would
 * mean something else).
 */
export function clampChoices(choices: readonly AutocompleteChoice[]): AutocompleteChoice[] {
  const out: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  for (const choice of choices) {
    if (out.length >= AUTOCOMPLETE_MAX_ITEMS) break;
    const name = truncate(oneLine(choice.name), CHOICE_NAME_MAX);
    const value = choice.value;
    if (name === "" || value === "" || value.length > CHOICE_VALUE_MAX || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
  }
  return out;
}
