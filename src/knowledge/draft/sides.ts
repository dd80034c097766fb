// Who leads or represents a side, as a sentence says it: "Norway's foreign minister, Anna Berg, and Chile's
// minister for trade affairs, Luis Soto, held talks" ties two people to two sides. A curator writes one
// fact per side for such a sentence ("Norway's side at the talks of 12 March 2024 was led by …"): the
// sentence's fact tells the meeting, the side's fact tells its lead, and `/who-leads` and "who led
// Norway's side in March?" find the lead, not the meeting. Pure: a sentence and the story's sides in, ties out.
// Nothing here knows the story: the sides' names come from story.json and entities.json.
import { BoundedMemo } from "../../shared/bounded-memo.js";
import type { Entity } from "../schema.js";
import { ROLE_NOUNS } from "./posts.js";
import { spellingsPattern } from "./wording.js";

export interface SideSpelling {
  id: string;
  /** A regular-expression alternation of the side's names ("Norway|Norwegian|Oslo"). */
  names: string;
}

export interface SideTie {
  person: Entity;
  side: string;
  /** Where the tie starts in the sentence: the first tie is the sentence's main one. */
  at: number;
  /** The sentence says the person mediated ("mediated by X", "X … as mediator"). */
  mediator: boolean;
  /** People the sentence says went with the lead ("accompanied by Norway's fisheries chief, Y"). */
  companions: Entity[];
}

/** Past this many patterns the memo starts afresh (one article makes a few hundred). */
const MAX_PATTERNS = 5000;
/** Patterns compiled once: every sentence asks the same people and sides (kb:add's time goes to them). */
const compiledPatterns = new BoundedMemo<string, RegExp>(MAX_PATTERNS);

function compiled(source: string, flags: string): RegExp {
  return compiledPatterns.get(`${flags}/${source}`, () => new RegExp(source, flags));
}

/** "accompanied by", "together with": the person after it went with someone, and leads nothing. */
const COMPANION = /\b(?:accompanied by|together with|joined by|alongside|flanked by)\s+$/i;
const MEDIATION = /\bmediat|\bbroker/i;

/**
 * Every person the sentence ties to a side's role, once each, in the order of the sentence:
 * "<side>'s <role>, <name>" ("Norway's foreign minister, Anna Berg", "UN special envoy Mary Kato"),
 * "<name>, the <side> <role>" ("Jan Novak, the Czech ambassador to Austria"), "<name> led the <side>
 * side". Not a former holder ("Norway's then foreign minister"). A person named as going with someone
 * ("Berg was accompanied by Norway's fisheries chief, Erik Lund") ties the one they went with to their
 * side: the lead is Berg, Lund a companion.
 */
export function sideTies(
  sentence: string,
  people: readonly Entity[],
  sides: readonly SideSpelling[],
): SideTie[] {
  const ties: SideTie[] = [];
  const role = `(?:[\\w-]+\\s+){0,3}?${ROLE_NOUNS}`;
  for (const person of people) {
    if (person.kind !== "person") continue;
    const name = spellingsPattern([person.name, ...person.aliases]);
    let best: { side: string; at: number; end: number } | null = null;
    for (const side of sides) {
      const owner = `(?:${side.names})(?:['’]s|['’])?`;
      const patterns = [
        // "Chile's minister for trade affairs, Luis Soto": the role may go on with "for"/"of" words.
        `\\b${owner}\\s+(?!then\\b|former\\b)${role}(?:\\s+(?:for|of)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?,?\\s+(?:${name})(?![\\p{L}-])`,
        `(?<![\\p{L}-])(?:${name}),\\s+(?:the\\s+)?${owner}\\s+${role}`,
        `(?<![\\p{L}-])(?:${name})\\s+(?:led|leads|headed|heads|represented|represents)\\s+(?:the\\s+)?${owner}\\s+(?:side|delegation|team)\\b`,
      ];
      for (const pattern of patterns) {
        const match = compiled(pattern, "iu").exec(sentence);
        if (match && (best === null || match.index < best.at)) {
          best = { side: side.id, at: match.index, end: match.index + match[0].length };
        }
      }
    }
    if (!best) continue;
    const around = sentence.slice(Math.max(0, best.at - 30), Math.min(sentence.length, best.end + 30));
    const tie: SideTie = {
      person,
      side: best.side,
      at: best.at,
      mediator: MEDIATION.test(around),
      companions: [],
    };
    if (COMPANION.test(sentence.slice(0, best.at))) {
      // The one they went with: the person named last before "accompanied by".
      const head = sentence.slice(0, best.at);
      let lead: Entity | null = null;
      let leadAt = -1;
      for (const other of people) {
        if (other === person || other.kind !== "person") continue;
        const pattern = compiled(
          `(?<![\\p{L}-])(?:${spellingsPattern([other.name, ...other.aliases])})(?![\\p{L}])`,
          "giu",
        );
        for (const match of head.matchAll(pattern)) {
          if ((match.index ?? -1) > leadAt) {
            leadAt = match.index ?? -1;
            lead = other;
          }
        }
      }
      if (!lead) continue;
      ties.push({ person: lead, side: best.side, at: leadAt, mediator: false, companions: [person] });
      continue;
    }
    ties.push(tie);
  }
  // One tie per person: the first wins (a companion's tie names its lead, who may be tied already).
  const seen = new Set<string>();
  return ties
    .sort((a, b) => a.at - b.at)
    .filter((t) => {
      if (seen.has(t.person.id)) return false;
      seen.add(t.person.id);
      return true;
    });
}

/** "Norway's", "Netherlands'": a side's label as a possessive. */
export function possessive(label: string): string {
  return /s$/i.test(label) ? `${label}'` : `${label}'s`;
}

/** " between Norway and Chile", for two sides or more; else nothing. */
function betweenParties(between: readonly string[]): string {
  return between.length >= 2 ? ` between ${between.slice(0, -1).join(", ")} and ${between.at(-1)}` : "";
}

/** A plural name takes "the" in running text: "for the United States", "the Netherlands"; "for Chile". */
function named(label: string): string {
  return /\s\p{Lu}\p{L}*s$/u.test(label) ? `the ${label}` : label;
}

/** "Norway's foreign minister", "the Czech ambassador …" stand after a name, between commas; "UN special envoy" before it. */
function withRole(name: string, rawRole: string | null): { text: string; appositive: boolean } {
  if (!rawRole) return { text: name, appositive: false };
  // "The council's chair, Maria Keller" opened its sentence: inside another, "the" is lower-case.
  const role = rawRole.replace(/^(The|A|An|Its|His|Her)\s/, (w) => w.toLowerCase());
  if (/^(?:the|a|an|one)\s|['’]s\s|\s(?:who|which|that)\s/i.test(role))
    return { text: `${name}, ${role}`, appositive: true };
  return { text: `${role} ${name}`, appositive: false };
}

/**
 * The statement of a side's lead, in the words a reader asks with ("who led Norway's side", "who mediated"):
 * "Anna Berg, Norway's foreign minister, led Norway's side at the talks in Geneva on 12 March 2024."
 * `event` says which meeting ("the talks in Geneva on 12 March 2024"), `role` what the article calls the
 * person, `between` the other sides a mediator stood between.
 */
export function leadStatement(
  tie: SideTie,
  label: string,
  event: string,
  role: string | null,
  companionRoles: ReadonlyMap<string, string | null>,
  between: readonly string[] = [],
): string {
  const lead = withRole(tie.person.name, role);
  const who = lead.appositive ? `${lead.text},` : lead.text;
  const companions = tie.companions.map((c) => withRole(c.name, companionRoles.get(c.id) ?? null).text);
  const withCompanions = companions.length > 0 ? `, accompanied by ${companions.join(" and ")}` : "";
  if (tie.mediator) {
    const parties = betweenParties(between);
    const [noun, ...rest] = event.split(/(?= in | on )/);
    return `${who} mediated ${noun}${parties}${rest.join("")} for ${named(label)}${withCompanions}.`;
  }
  return `${who} led ${possessive(label)} side at ${event}${withCompanions}.`;
}

/**
 * A short question a side's lead fact answers, beside its statement: the claim without the event ("Anna
 * Berg led Norway's side"), which a reader's short "who led Norway's side?" resembles more than the
 * long statement. (The person with their role is a question of the sentence's own fact already.)
 */
export function leadQuestions(tie: SideTie, label: string, between: readonly string[] = []): string[] {
  const { person } = tie;
  if (!tie.mediator) return [`${person.name} led ${possessive(label)} side`];
  return [`${person.name} mediated${betweenParties(between)} for ${named(label)}`];
}
