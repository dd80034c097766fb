// Who leads or represents a side, as a sentence says it: "Syria's foreign minister, Asaad al-Shaibani, and
// Israel's minister for strategic affairs, Ron Dermer, held talks" ties two people to two sides. A curator
// writes one fact per side for such a sentence ("Syria's side at the talks of 24 July 2025 was led by …"):
// the sentence's fact tells the meeting, the side's fact tells its lead, and `/who-leads` and "who led
// Syria's side in July?" find the lead, not the meeting. Pure: a sentence and the story's sides in, ties out.
// Nothing here knows the story: the sides' names come from story.json and entities.json.
import type { Entity } from "../schema.js";
import { ROLE_NOUNS } from "./posts.js";
import { spellingsPattern } from "./wording.js";

export interface SideSpelling {
  id: string;
  /** A regular-expression alternation of the side's names ("Syria|Syrian|Damascus"). */
  names: string;
}

export interface SideTie {
  person: Entity;
  side: string;
  /** Where the tie starts in the sentence: the first tie is the sentence's main one. */
  at: number;
  /** The sentence says the person mediated ("mediated by X", "X … as mediator"). */
  mediator: boolean;
  /** People the sentence says went with the lead ("accompanied by Syria's intelligence chief, Y"). */
  companions: Entity[];
}

/** Patterns compiled once: every sentence asks the same people and sides (kb:add's time goes to them). */
const compiledPatterns = new Map<string, RegExp>();
/** Past this many patterns the memo starts afresh (one article makes a few hundred). */
const MAX_PATTERNS = 5000;

function compiled(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = compiledPatterns.get(key);
  if (!pattern) {
    if (compiledPatterns.size >= MAX_PATTERNS) compiledPatterns.clear();
    pattern = new RegExp(source, flags);
    compiledPatterns.set(key, pattern);
  }
  return pattern;
}

/** "accompanied by", "together with": the person after it went with someone, and leads nothing. */
const COMPANION = /\b(?:accompanied by|together with|joined by|alongside|flanked by)\s+$/i;
const MEDIATION = /\bmediat|\bbroker/i;

/**
 * Every person the sentence ties to a side's role, once each, in the order of the sentence:
 * "<side>'s <role>, <name>" ("Syria's foreign minister, Asaad al-Shaibani", "US special envoy Tom
 * Barrack"), "<name>, the <side> <role>" ("Tom Barrack, the US ambassador to Turkey"), "<name> led the
 * <side> side". Not a former holder ("Syria's then foreign minister"). A person named as going with
 * someone ("al-Shaibani was accompanied by Syria's intelligence chief, Hussein Salameh") ties the one they
 * went with to their side: the lead is al-Shaibani, Salameh a companion.
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
        // "Israel's minister for strategic affairs, Ron Dermer": the role may go on with "for"/"of" words.
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

/** "Syria's", "United States'": a side's label as a possessive. */
function possessive(label: string): string {
  return /s$/i.test(label) ? `${label}'` : `${label}'s`;
}

/** " between Syria and Israel", for two sides or more; else nothing. */
function betweenParties(between: readonly string[]): string {
  return between.length >= 2 ? ` between ${between.slice(0, -1).join(", ")} and ${between.at(-1)}` : "";
}

/** A plural name takes "the" in running text: "for the United States", "the Netherlands"; "for Syria". */
function named(label: string): string {
  return /\s\p{Lu}\p{L}*s$/u.test(label) ? `the ${label}` : label;
}

/** "Syria's foreign minister", "the US ambassador …" stand after a name, between commas; "US special envoy" before it. */
function withRole(name: string, rawRole: string | null): { text: string; appositive: boolean } {
  if (!rawRole) return { text: name, appositive: false };
  // "The council's chair, Maria Keller" opened its sentence: inside another, "the" is lower-case.
  const role = rawRole.replace(/^(The|A|An|Its|His|Her)\s/, (w) => w.toLowerCase());
  if (/^(?:the|a|an|one)\s|['’]s\s|\s(?:who|which|that)\s/i.test(role))
    return { text: `${name}, ${role}`, appositive: true };
  return { text: `${role} ${name}`, appositive: false };
}

/**
 * The statement of a side's lead, in the words a reader asks with ("who led Syria's side", "who mediated"):
 * "Asaad al-Shaibani, Syria's foreign minister, led Syria's side at the talks in Paris on 24 July 2025."
 * `event` says which meeting ("the talks in Paris on 24 July 2025"), `role` what the article calls the
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
 * A short question a side's lead fact answers, beside its statement: the claim without the event ("Asaad
 * al-Shaibani led Syria's side"), which a reader's short "who led Syria's side?" resembles more than the
 * long statement. (The person with their role is a question of the sentence's own fact already.)
 */
export function leadQuestions(tie: SideTie, label: string, between: readonly string[] = []): string[] {
  const { person } = tie;
  if (!tie.mediator) return [`${person.name} led ${possessive(label)} side`];
  return [`${person.name} mediated${betweenParties(between)} for ${named(label)}`];
}
