// A side's lead as a fact of its own, as a curator writes it: who led or represented the side at the event a
// sentence tells, with their role as the article gives it. Pure.

import { formatSortable } from "../dates.js";
import type { Entity } from "../schema.js";
import { type DraftContext, sectionKeywords } from "./draft-context.js";
import { type DraftFact, factId } from "./draft-fact.js";
import { entitiesIn } from "./entities.js";
import { leadQuestions, leadStatement, type SideTie } from "./sides.js";
import { roleOf } from "./wording.js";

/** The word a sentence names its event by ("held TALKS", "the SESSION"), for a side's lead fact. */
const EVENT_NOUN = /\b(talks|meeting|session|encounter|summit|negotiations|vote|hearing)\b/i;

/**
 * The words a side's lead is asked by that the statement ("X led Norway's side") does not say: "who headed
 * Norway's DELEGATION?", "who was on the Norwegian TEAM?", "why was Y leading Norway's delegation?" (a claim the
 * lead fact corrects). A curator adds them to every lead fact; a mediator is asked as one ("who was the
 * MEDIATOR?").
 */
const LEAD_WORDS = ["delegation", "team", "head", "negotiator"];
const MEDIATOR_WORDS = ["mediator"];

/** What the article calls a person, from the first sentence that says it ("Foreign Minister"). */
function roleInArticle(ctx: DraftContext, person: Entity, first: string): string | null {
  const { allSentences, tagged } = ctx;
  for (const text of [first, ...allSentences]) {
    const role = roleOf(
      text,
      [person.name, ...person.aliases],
      (w) => tagged.verbs.has(w.toLowerCase()),
      (w) => tagged.nouns.has(w.toLowerCase()),
    );
    if (role) return role;
  }
  return null;
}

function eventNoun(ctx: DraftContext, text: string): string {
  return (EVENT_NOUN.exec(text) ?? EVENT_NOUN.exec(ctx.lede ?? ""))?.[1]?.toLowerCase() ?? "meeting";
}

/**
 * Person id → the label of the side they lead or represent in the drafts (a side's lead fact names its
 * person first): what places a post the article gives with no country ("Foreign Minister").
 */
export function sideLeads(
  facts: ReadonlyArray<{ side?: string | undefined; entities: readonly string[] }>,
  sides: ReadonlyArray<{ id: string; label: string }>,
): Map<string, string> {
  const leads = new Map<string, string>();
  for (const fact of facts) {
    const label = sides.find((s) => s.id === fact.side)?.label;
    const person = fact.entities[0];
    if (label !== undefined && person !== undefined && !leads.has(person)) leads.set(person, label);
  }
  return leads;
}

export function leadFact(
  ctx: DraftContext,
  tie: SideTie,
  sentence: string,
  place: Entity | null,
  date: string | null,
  section: string | null,
): DraftFact {
  const { story, lede, index, topicWords, entities, taken, fallbackTopic } = ctx;
  const sideInfo = story.sides.find((s) => s.id === tie.side);
  const label = sideInfo?.label ?? tie.side;
  const noun = eventNoun(ctx, sentence);
  // "The session was mediated by …" of the meeting the lede calls "talks": the lede's word finds it too
  // ("who mediated the talks?"), and a claim about the talks ("why did X mediate the talks?") it corrects.
  const ledeNoun = EVENT_NOUN.exec(lede ?? "")?.[1]?.toLowerCase();
  const event = `the ${noun}${place ? ` in ${place.name}` : ""}${date ? ` on ${formatSortable(date)}` : ""}`;
  const companionRoles = new Map(tie.companions.map((c) => [c.id, roleInArticle(ctx, c, sentence)]));
  const role = roleInArticle(ctx, tie.person, sentence);
  // A mediator stands between the other sides the sentence or the lede names.
  const named = entitiesIn(`${sentence} ${lede ?? ""}`, index).map((e) => e.id);
  const between = story.sides.filter((s) => s.id !== tie.side && named.includes(s.id)).map((s) => s.label);
  const statement = leadStatement(tie, label, event, role, companionRoles, between);
  const topics = topicWords.filter((t) => t.pattern?.test(statement)).map((t) => t.id);
  const sideEntity = entities.find((e) => e.id === tie.side);
  const fact: DraftFact = {
    id: factId(`${tie.side} lead ${tie.person.name.split(/\s+/).at(-1)} ${date?.slice(0, 7) ?? ""}`, taken),
    statement,
    quotes: [sentence],
    entities: [
      ...new Set(
        [tie.person, ...tie.companions, ...(sideEntity ? [sideEntity] : []), ...(place ? [place] : [])].map(
          (e) => e.id,
        ),
      ),
    ],
    topics: topics.length > 0 ? topics : [fallbackTopic],
    questions: [statement, ...leadQuestions(tie, label, between)],
    keywords: [
      ...new Set([
        ...(date ? [formatSortable(date)] : []),
        ...sectionKeywords(ctx, section, false),
        ...(ledeNoun && ledeNoun !== noun ? [ledeNoun] : []),
        ...(tie.mediator ? MEDIATOR_WORDS : LEAD_WORDS),
      ]),
    ],
    kinds: ["who", "what", "yes-no"],
    side: tie.side,
    reviewed: false,
  };
  if (date) fact.happened = date;
  return fact;
}
