// A post a claim gives a person of the base ("al-Rashid is Norway's foreign minister", "Novak went to Geneva
// as Chile's foreign minister"), and whether a fact's statement gives the person that post. The premise
// corrector confirms or corrects such a claim with them (premise-correction.ts). Pure: the claim's text and
// index terms in, no facts searched.
import type { Side } from "../knowledge/schema.js";
import { isVerbForm } from "./english.js";
import type { Analyzer } from "./normalise.js";
import type { Claim } from "./premise.js";

/**
 * "X is the governor of Y", "X is Norway's foreign minister": a subject of one to four words, a form of be,
 * and a definite noun phrase (the, or a possessive) as what the subject is.
 */
const ROLE_CLAIM =
  /^((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s+(?:is|was|'s)\s+((?:the|[\p{L}.]+['’]s)\s+.+)$/iu;
/** "Novak went to Geneva as Chile's foreign minister": a post the subject did something in. */
const ROLE_AS_CLAIM =
  /^((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:[\p{L}'’.-]+\s+){1,6}?as\s+((?:the|[\p{L}.]+['’]s)\s+.+)$/iu;
/** How near a person's name a statement gives their post, in index terms (stopwords left out). */
const POST_WINDOW = 4;

/** A post a claim gives a person: who (as typed and as terms), the post as typed, and its words' terms. */
export interface Post {
  subject: string;
  subjectTerms: string[];
  post: string;
  postTerms: string[];
}

/** What reading a post needs of the base: its analyser, its people's name terms and the sides' terms. */
export interface PostReading {
  analyzer: Analyzer;
  /** Terms of people's names (entities of kind person). */
  personTerms: ReadonlySet<string>;
  /** Canonical term → the side it names: a side's name is no word of the post ("Norway's"). */
  sideTerms: ReadonlyMap<string, Side>;
}

/**
 * The post a claim says a person of the base holds ("rashid is norway's foreign minister"), or undefined:
 * "a member of …" (indefinite) or "the one who met …" (a clause) claims no post.
 */
export function postOf(claim: Claim, { analyzer, personTerms, sideTerms }: PostReading): Post | undefined {
  const parts = ROLE_CLAIM.exec(claim.text) ?? ROLE_AS_CLAIM.exec(claim.text);
  const [, subject, complement] = parts ?? [];
  if (!subject || !complement || /\b(?:who|whom|that|which|one)\b/i.test(complement)) return undefined;
  const subjectTerms = analyzer.terms(subject);
  if (subjectTerms.length === 0 || !subjectTerms.every((t) => personTerms.has(t))) return undefined;
  const words = complement.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  // "the man leading the talks", "the envoy sent to Geneva": a participle makes it a clause, no post.
  if (words.some((w) => /(?:ed|ing)$/.test(w) && isVerbForm(w))) return undefined;
  const postTerms = analyzer.terms(complement).filter((t) => !sideTerms.has(t));
  if (postTerms.length === 0) return undefined;
  return { subject, subjectTerms, postTerms, post: complement.replace(/^(?:the|\p{L}+['’]s)\s+/iu, "") };
}

/**
 * Whether a statement (its terms in order) gives a person a post: every word of the post within
 * POST_WINDOW words of the person's name ("Chile's minister for strategic affairs Jan Novak"), not only
 * somewhere in it ("Norway's foreign minister al-Rashid and … Jan Novak" gives Novak no foreign ministry).
 */
export function statesPost(statementTerms: readonly string[], post: Post): boolean {
  const at = (term: string) => statementTerms.flatMap((t, i) => (t === term ? [i] : []));
  const named = post.subjectTerms.flatMap(at);
  return post.postTerms.every((t) => at(t).some((i) => named.some((j) => Math.abs(i - j) <= POST_WINDOW)));
}
