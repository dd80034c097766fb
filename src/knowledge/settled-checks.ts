// Checks kb:review settles itself: what kb:add wrote that a machine can verify against the quotes and the
// dateline, so the curator's pass holds only what needs judgement. Each test re-derives what kb:add did
// from the fact's own quotes; a fact a curator edited since fails it and keeps its check.
//   - a date that resolves one way only from the dateline ("last Tuesday" told on a Monday, "19 August" told
//     in August): resolveDates' `unambiguous`;
//   - a profile whose statement is its quotes' post and name put together ("Chile's minister for trade,
//     Luis Soto" → "Luis Soto is Chile's minister for trade."): profileStatement again;
//   - the lede's people and place on a sentence that speaks of "the meeting", "the talks", "the delegations";
//   - the place of the sentence before on one that says "there" ("Fighting broke out there").
import { escapeRegExp } from "../engine/regexp.js";
import { resolveDates } from "./draft/dates.js";
import { EVENT_NOUNS, EVENT_PARTIES } from "./draft/event-nouns.js";
import { placedByLead, profileStatement } from "./draft/profiles.js";
import { withPlaceForThere } from "./draft/wording.js";
import type { Entity, Fact } from "./types.js";

/** Whether the fact's timeline date is one its quotes give unambiguously against the article's date. */
export function dateSettled(fact: Fact, articleDay: string | null): boolean {
  const sort = fact.timeline?.sort;
  if (sort === undefined || articleDay === null) return false;
  return fact.quotes.some((q) =>
    resolveDates(q.text, articleDay).some((d) => d.sort === sort && d.unambiguous),
  );
}

/** The quote's words other than the person's name: "Chile's minister for trade" of "…, Luis Soto". */
function postOf(quote: string, person: Entity): string | null {
  for (const spelling of [person.name, ...person.aliases].sort((a, b) => b.length - a.length)) {
    const name = escapeRegExp(spelling);
    const match = new RegExp(`^(.+?),?\\s+${name}$|^${name},?\\s+(.+)$`, "u").exec(quote);
    const post = match?.[1] ?? match?.[2];
    if (post) return post.trim();
  }
  return null;
}

/**
 * Whether the fact is kb:add's profile of a person, its statement made of its quotes' posts and nothing else
 * but, for posts that name no country, the side the person leads in the article's drafts (`leads`, person
 * id → side label: "Foreign Minister" of Norway's lead → "Norway's foreign minister"), which the curator
 * checks on that side's lead fact.
 */
export function profileSettled(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  leads: ReadonlyMap<string, string> = new Map(),
): boolean {
  const person = fact.entities.map((id) => entities.get(id)).find((e) => e?.kind === "person");
  if (!person) return false;
  const quotes = fact.quotes.map((q) => q.text);
  const roles = quotes.map((q) => postOf(q, person));
  if (roles.some((r) => r === null)) return false;
  const profile = placedByLead(
    { person, roles: roles as string[], quotes },
    leads.get(person.id),
    entities.values(),
  );
  return profileStatement(profile) === fact.statement;
}

/** "the meeting", "the talks", "the delegations": the event the lede tells, by its definite noun or its parties. */
const THE_EVENT = new RegExp(`\\b(?:the\\s+(?:${EVENT_NOUNS})|${EVENT_PARTIES})\\b`, "i");

/**
 * Whether the fact's own sentence (its first quote) speaks of the lede's event as "the meeting", "the talks",
 * or by a name of the lede's ("the Paris talks", with Paris among `ledeNames`; not "the Amman meeting").
 */
export function speaksOfTheEvent(fact: Fact, ledeNames: readonly string[] = []): boolean {
  const sentence = fact.quotes[0]?.text ?? "";
  if (THE_EVENT.test(sentence)) return true;
  if (ledeNames.length === 0) return false;
  const named = ledeNames.map(escapeRegExp).join("|");
  return new RegExp(`\\bthe\\s+(?:${named})\\s+(?:${EVENT_NOUNS})\\b`, "i").test(sentence);
}

/**
 * Whether the places handed on to a fact are the one its sentence's "there" stands for ("Fighting broke out
 * there": the place of the sentence before), which kb:add reads it as (withPlaceForThere): one place, and a
 * "there" that is not "there is/was".
 */
export function thereIsThePlace(fact: Fact, handedOn: readonly Entity[]): boolean {
  const [place] = handedOn;
  return (
    handedOn.length === 1 &&
    place?.kind === "place" &&
    withPlaceForThere(fact.quotes[0]?.text ?? "", place.name) !== null
  );
}

/**
 * Whether a fact's bare-year `happened` is the year of the thing its statement opens with ("The 1974
 * disengagement agreement, reached after the 1973 war, set up …" → 1974): what that thing did, it did then,
 * as kb:add reads it (paragraph-facts.ts' timeOf). A year the sentence names anywhere else ("the 1973 war") is
 * left to the curator. Read on kb:add's own statement where the curator rewrote it: the quote's subject is the
 * same, and curator trial 7's rewrite ("The 1974 Israel–Syria disengagement agreement …") raised the check on
 * the sheet after the first apply, never on the first.
 */
export function subjectYearSettled(fact: Fact): boolean {
  const drafted = fact.draftedStatement ?? fact.questionsFrom ?? fact.statement;
  const opening = /^The (\d{4})\s+\p{Ll}/u.exec(drafted)?.[1];
  return opening !== undefined && opening === fact.happened;
}
