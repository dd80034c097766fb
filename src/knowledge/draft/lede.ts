// The event an article's lede tells: the section it stands in, its date, where it happened (where the headline
// puts it) and who took part. Sentences about that event are drafted with its date and place. Pure.
import type { Entity } from "../schema.js";
import type { ParsedArticle } from "./article.js";
import { resolveDates } from "./dates.js";
import { entitiesIn } from "./entities.js";
import { placedIn } from "./sentences.js";
import { spellingsPattern } from "./wording.js";

export interface LedeEvent {
  /** Section the lede stands in (null before the first heading): the opening section that tells the event. */
  section: string | null;
  /** The event's date (sortable), when the lede gives one to the day or month. */
  date: string | null;
  /** Where the event happened: places the headline puts it in, else places the lede puts it in. */
  places: Entity[];
  /** Who the lede says took part. */
  people: Entity[];
}

/** Nouns for an event held somewhere: "the Oslo TALKS", "a Geneva SUMMIT". */
const EVENT_NOUNS = "talks|meeting|meetings|session|encounter|summit|round|conference";

/**
 * Places a text names as an event's name ("Norway publicly confirms OSLO talks with Chile"): a place
 * right before an event's noun says where the event is held, as "in Oslo" does.
 */
export function namingEvent(
  text: string,
  index: ReadonlyArray<{ pattern: RegExp; entity: Entity }>,
): Entity[] {
  return entitiesIn(text, index).filter(
    (e) =>
      e.kind === "place" &&
      new RegExp(`\\b(?:${spellingsPattern([e.name, ...e.aliases])})\\s+(?:${EVENT_NOUNS})\\b`, "iu").test(
        text,
      ),
  );
}

export function ledeEvent(
  lede: string | null,
  title: string,
  sentences: readonly string[][],
  parsed: ParsedArticle,
  index: ReadonlyArray<{ pattern: RegExp; entity: Entity }>,
  reference: string,
): LedeEvent {
  if (!lede) return { section: null, date: null, places: [], people: [] };
  const paragraph = sentences.findIndex((p) => p.includes(lede));
  const section = parsed.paragraphs[paragraph]?.section ?? null;
  const date = resolveDates(lede, reference).find((d) => d.precision !== "year")?.sort ?? null;
  const placed = (text: string) =>
    entitiesIn(text, index).filter((e) => e.kind === "place" && placedIn(text, e));
  const headlinePlaces = [...new Set([...placed(title), ...namingEvent(title, index)])];
  return {
    section,
    date,
    places: headlinePlaces.length > 0 ? headlinePlaces : placed(lede),
    people: entitiesIn(lede, index).filter((e) => e.kind === "person"),
  };
}
