// "Which OUTFIT toppled …?", "which DISTRICT does he run?": a "which" ask that names the kind of thing it
// wants in a word the base never uses is answered by a fact that names an entity of that kind, as the base
// describes it ("Islamist GROUP whose forces …", "Norwegian PROVINCE bordering …"). Read as a word, the noun
// weighed as the rarest word and outweighed the rest of the ask; read as the entity's kind, it is met only by
// the facts that name such an entity in their own words. Which word is a kind of which is WordNet's:
// wordnet/kinds.tsv (scripts/wordnet-kinds.mjs), every group or place noun with its synonyms and hypernyms.
import { words } from "./normalise.js";
import { providedExtract } from "./provided-extract.js";
import { questionKindOf } from "./question-kinds.js";

/** The index term of a fact that names an entity the base describes as a `head` ("@is:group"). */
export function kindTerm(head: string): string {
  return `@is:${head}`;
}

/** Whether an index term is a kind term (`kindTerm`). */
export function isKindTerm(term: string): boolean {
  return term.startsWith("@is:");
}

/** The kinds extract: each noun's kin, and every word it names as a group or a place. */
interface KindTable {
  kin: ReadonlyMap<string, readonly string[]>;
  /** A noun of the extract, or a kin of one ("group"). */
  words: ReadonlySet<string>;
}

function parseKinds(text: string): KindTable {
  const kin = new Map<string, string[]>(
    text
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const [noun = "", nouns = ""] = line.split("\t");
        return [noun, nouns.split(" ").map((word) => word.replace(/_/g, " "))];
      }),
  );
  return { kin, words: new Set([...kin].flatMap(([noun, nouns]) => [noun, ...nouns])) };
}

const kinds = providedExtract(parseKinds, { kin: new Map(), words: new Set<string>() });

/** Where the extract is read from (src/knowledge/compounds-data.ts): the engine does no I/O. */
export const provideKindNouns = kinds.provide;

/** A noun's synonyms and hypernyms as groups and places, nearest first ("outfit" → unit, organization, group). */
function kinOf(noun: string): readonly string[] {
  return kinds.read().kin.get(noun) ?? [];
}

/** Every word the extract names as a group or a place: a noun of it, or a kin of one ("group"). */
function kindWords(): ReadonlySet<string> {
  return kinds.read().words;
}

/** Whether a noun names a governing body ("regime", "government"): WordNet gives it "government" as a kin. */
export function namesGoverningBody(noun: string): boolean {
  return noun === "government" || kinOf(noun).includes("government");
}

/** Whether a noun names an organization ("team", "delegation", "regime"): WordNet gives it one as a kin. */
export function namesOrganization(noun: string): boolean {
  return kinOf(noun).some((kin) => kin === "organization" || kin === "organisation");
}

/** Where the noun phrase a description opens with ends: punctuation, or a word that starts a clause. */
const PHRASE_END =
  /[,;:()]|^(?:whose|who|which|that|of|in|at|on|from|with|since|near|by|for|and|or|is|was|has|had)$/i;

/**
 * The kind an entity's description says it is: the last word of the noun phrase the description opens with,
 * when that word is a group or a place ("Islamist GROUP whose forces …" → group, "Norwegian PROVINCE bordering
 * …" → province, "News AGENCY that …" → agency); undefined for any other ("Senior Norwegian security OFFICIAL").
 */
export function descriptionHead(description: string): string | undefined {
  let last: string | undefined;
  let lowerSeen = false;
  for (const token of description.split(/\s+/)) {
    const bare = token.replace(/[^\p{L}'’-]+$/u, "");
    // "Disputed territory CHILE has held": a name after the phrase's common words starts a clause;
    // so does a verb form ("Norwegian province BORDERING …").
    if (bare === "" || PHRASE_END.test(bare)) break;
    if (lowerSeen && (/^\p{Lu}/u.test(bare) || /(?:ing|ed)$/.test(bare))) break;
    if (/^\p{Ll}/u.test(bare)) lowerSeen = true;
    last = bare;
    if (bare !== token) break;
  }
  const head = last === undefined ? undefined : words(last).at(-1);
  return head !== undefined && kindWords().has(head) ? head : undefined;
}

/**
 * An institution's hypernyms: a university, a school or a firm is a group too, but an entity the base describes
 * as a group is not thereby one ("what university did X attend?" names no group of the base, and stays a word
 * the base lacks).
 */
const INSTITUTION = new Set(["institution", "establishment", "body"]);

/**
 * The kinds of the base (`heads`, descriptions' heads) a word names, the nearest of them: those it is a kind of
 * ("outfit" is a group; not an institution, INSTITUTION) and those that are a kind of it ("district" for a
 * province, and a territory).
 */
export function kindsNamed(word: string, heads: Iterable<string>): string[] {
  const kin = kinOf(word);
  const institution = kin.some((k) => INSTITUTION.has(k));
  const named: Array<[string, number]> = [];
  for (const head of heads) {
    if (head === word) {
      named.push([head, -1]);
      continue;
    }
    const up = institution ? -1 : kin.indexOf(head);
    const down = kinOf(head).indexOf(word);
    const distance = Math.min(up === -1 ? Infinity : up, down === -1 ? Infinity : down);
    if (distance !== Infinity) named.push([head, distance]);
  }
  const nearest = Math.min(...named.map(([, distance]) => distance));
  return named.filter(([, distance]) => distance === nearest).map(([head]) => head);
}

/** How far before the noun "which" may stand: "from which ARMED faction", "which rebel outfit". */
const MAX_WORDS_BEFORE = 2;

/**
 * Whether the word at `at` of an ask's folded words is where a "which"/"what" ask names the kind of thing it
 * wants ("which [rebel] OUTFIT toppled …", "which DISTRICT is it?"). Not a word that makes the ask a "where" ask
 * ("which PROVINCE does he run?"): the facts that say where answer it, as the kind's table says.
 */
export function isKindHead(words: readonly string[], at: number): boolean {
  // The kind's table is read only after a "which"/"what" before the word: most words have none, and it
  // reads the words of a new text each time.
  for (let back = 1; back <= MAX_WORDS_BEFORE && at - back >= 0; back++) {
    const before = words[at - back];
    if (before === "which" || before === "what") return namesKindAsked(words[at] ?? "");
  }
  return false;
}

/**
 * Whether "which NOUN" asks for a thing of that kind, not for a place: "which FACTION", not "which PROVINCE"
 * (the facts that say where answer that).
 */
export function namesKindAsked(noun: string): boolean {
  return questionKindOf(`which ${noun}`) !== "where";
}
