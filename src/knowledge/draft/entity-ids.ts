// An entity's id from its name ("Luis Soto" → "luis-soto"): its own module, without the name finder's
// libraries, for kb:review's suggestions (entity-suggestions.ts) as much as kb:add's entities.
import { normaliseAlias } from "../../shared/fold.js";

export function slugOf(text: string): string {
  return normaliseAlias(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
