// "Which Chilean CABINET MEMBER did … sit down with?": a group's member named by the group, where the base
// names the person by the post ("fisheries minister Ana Petrov"). Weighed as words, "cabinet" and
// "member" are words the base never uses, the rarest of the ask, and no fact met them. WordNet's member
// holonym says who a group's members are (a cabinet minister is a member of the cabinet); the extract
// (wordnet/members.tsv, scripts/wordnet-members.mjs) keeps each group with one kind of member, that
// member's lemmas, and the hypernym that is a lemma's own head (a cabinet minister is a minister).
import { providedExtract } from "./provided-extract.js";
import { type CompoundReading, type ReadSpan, replaceSpans } from "./wordnet-compounds.js";

/** The words that name a group's member after the group: "a cabinet MEMBER", "council MEMBERS". */
const MEMBER_WORDS = new Set(["member", "members"]);
/** The longest group read: "security force member"; WordNet's groups a member would type are short. */
const MAX_GROUP_WORDS = 2;

/** A group's member as WordNet gives it: the member's lemmas, then the hypernyms that are their heads. */
export type MemberLevels = readonly (readonly string[])[];

/** The extract's lines (group TAB member lemmas TAB head hypernyms, each ";"-separated) by group. */
export function parseMembers(text: string): ReadonlyMap<string, MemberLevels> {
  const groups = new Map<string, MemberLevels>();
  for (const line of text.split("\n")) {
    const [group, ...levels] = line.split("\t");
    if (!group) continue;
    groups.set(
      group,
      levels.map((level) => level.split(";").filter((lemma) => lemma !== "")),
    );
  }
  return groups;
}

const extract = providedExtract(parseMembers, new Map<string, MemberLevels>());

/** Where the extract is read from (src/knowledge/compounds-data.ts): the engine does no I/O. */
export const provideMembers = extract.provide;

/** The extract, read on first use; none until an edge provides it. */
export const wordnetMembers = extract.read;

/**
 * The words with each "GROUP member" that the sources do not write themselves replaced by the first
 * lemma of the group's member that the base has — a lemma of the member, else the head it is a kind of;
 * the commoner in the base at that level. Left as typed when the base has none, or the lemma is the typed
 * "member" again ("council member" → council_member, whose head is "member").
 */
export function readMembers(
  words: readonly string[],
  groups: ReadonlyMap<string, MemberLevels>,
  reading: CompoundReading,
): string[] {
  if (groups.size === 0 || !words.some((word) => MEMBER_WORDS.has(word))) return [...words];
  return replaceSpans(words, (at) => memberAt(words, at, groups, reading));
}

/** The member a group named at `at` and followed by "member" is read as, with the words it spans. */
function memberAt(
  words: readonly string[],
  at: number,
  groups: ReadonlyMap<string, MemberLevels>,
  reading: CompoundReading,
): ReadSpan | undefined {
  for (let n = MAX_GROUP_WORDS; n >= 1; n--) {
    const member = words[at + n];
    if (member === undefined || !MEMBER_WORDS.has(member)) continue;
    const group = words.slice(at, at + n);
    const levels = groups.get(group.join("_"));
    if (!levels || reading.writesItself([...group, member])) continue;
    const lemma = lemmaOf(levels, member, reading);
    if (lemma) return { lemma, length: n + 1 };
  }
  return undefined;
}

/** The commoner in the base of the first level's lemmas it has; never the typed "member" again. */
function lemmaOf(levels: MemberLevels, member: string, reading: CompoundReading): string[] | undefined {
  for (const level of levels) {
    let best: string[] | undefined;
    for (const lemma of level) {
      const folded = reading.fold(lemma);
      if (folded.length === 0 || folded.includes(member) || folded.includes("member")) continue;
      if (!reading.has(folded)) continue;
      if (!best || reading.frequency(folded) > reading.frequency(best)) best = folded;
    }
    if (best) return best;
  }
  return undefined;
}
