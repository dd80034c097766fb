// How a drafted fact is asked about: pure string helpers that turn a sentence into the extra `questions` a
// reader's question will resemble. The engine scores a fact by how closely a question matches one of its
// questions (docs/engine.md, step 4), and a reader asks about one part of a sentence in their own words:
// "who is X?" of "X, the ambassador to Austria", "when did the fighting in Kivu start?" of "fighting broke
// out there on 13 July". Nothing here knows the story: only English sentence structure.

import { allMatches, compiledRegExp, escapeRegExp } from "../../engine/regexp.js";

/** Function words that end a title written before a name ("reported THAT Strategic Affairs Minister …"). */
const BEFORE_TITLE =
  /^(?:a|an|the|and|or|but|that|which|who|by|with|to|for|from|in|on|at|of|as|while|between|said|says|told|met|meets|saw|sees|joined|when|after|before|than|also|both|its|his|her|their)$/i;
/** Words an appositive never starts with: it is a noun phrase, not a clause ("X, and Y", "X, whose …"). */
const NOT_APPOSITIVE =
  /^(?:and|or|but|nor|who|whose|whom|which|that|while|when|where|after|before|as|said|says|told|had|has|have|was|were|is|are|would|will|could|also|then|saying|according|in|on|at|to|for|from|with|by|into|during|since|until)\b/i;
/** Longest role phrase kept, in words ("the Czech ambassador to Austria who also serves as … for Chile"). */
const MAX_ROLE_WORDS = 14;

/** A pattern for any of a name's spellings, as written in running text (curly or straight apostrophes). */
export function spellingsPattern(spellings: readonly string[]): string {
  return [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegExp(s).replace(/['’]/g, "['’]").replace(/[- ]/g, "[- ]"))
    .join("|");
}

/**
 * What a sentence says a person is, in its own words: the appositive after the name ("Jan Novak, the Czech
 * ambassador to Austria"), before it ("Norway's foreign minister, Anna Berg") or a title written
 * before it ("Trade Affairs Minister Luis Soto", "UN special envoy Mary Kato"). `spellings` are the
 * person's name and aliases; `isVerb` and `isNoun` say how compromise's tagger read a word (in the caller),
 * so "Luis Soto, held talks …" is no appositive and "that replaced Carlos Vega" no title. Null when the sentence says nothing of the kind.
 */
export function roleOf(
  sentence: string,
  spellings: readonly string[],
  isVerb: (word: string) => boolean = () => false,
  isNoun: (word: string) => boolean = () => true,
): string | null {
  const mention = firstMention(sentence, spellings);
  if (!mention) return null;
  // After: "Name, the role[, …]". The phrase runs to the next comma, parenthesis or end of sentence.
  const after = /^,\s+([^,;:()"“”]+)/u.exec(sentence.slice(mention.end));
  if (after?.[1] && !NOT_APPOSITIVE.test(after[1])) {
    const role = after[1].replace(/[.!?]+$/, "").trim();
    const words = role.split(/\s+/);
    // A role is a noun phrase: a determiner, a possessive or a lower-case noun opens it ("the", "Norway's",
    // "head of …", "one of …"), never a verb ("X, held talks") nor a name alone ("X, Chad and Y").
    if (
      words.length <= MAX_ROLE_WORDS &&
      /^(?:\p{Ll}|\p{Lu}[\p{L}-]*['’]s\b|US\b|UN\b)/u.test(role) &&
      !isVerb(words[0] as string)
    )
      return role;
  }
  const head = sentence.slice(0, mention.start);
  // Before: "Norway's foreign minister, Name" — a possessive or "the" opens the phrase, a common noun ends
  // it ("According to the State Department, Novak" names an institution, not a role).
  const before =
    /((?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+|\b\p{Lu}[\p{L}-]*['’]s\s+)(?:[\p{L}'’-]+\s+){0,4}?\p{Ll}[\p{L}-]*),\s+$/u.exec(
      head,
    );
  if (before?.[1]) return before[1].trim();
  // A title written before the name: the words back to the first function word or punctuation; "of"
  // between capitalised words belongs to it ("Secretary of State").
  const words = head.trimEnd().split(/\s+/).filter(Boolean);
  if (words.length === 0 || /[,;:.!?)"”]$/.test(head.trimEnd())) return null;
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1] as string;
    const joinsTitle =
      word === "of" && /^\p{Lu}/u.test(words[start] ?? "") && /^\p{Lu}/u.test(words[start - 2] ?? "");
    if (!joinsTitle && (BEFORE_TITLE.test(word) || /[,;:.!?)"”]$/.test(word))) break;
    if (start <= words.length - 5) break;
    start--;
  }
  const kept = words.slice(start);
  const last = kept.at(-1) ?? "";
  // A title ends in a capitalised role ("Minister") or a common noun ("envoy"), not a verb ("replaced").
  if (
    kept.length > 0 &&
    (/^\p{Lu}\p{Ll}/u.test(last) || (/^\p{Ll}{3,}$/u.test(last) && isNoun(last) && !isVerb(last)))
  )
    return kept.join(" ");
  return null;
}

/** Where the sentence first names the person, by the longest spelling found there. */
function firstMention(sentence: string, spellings: readonly string[]): { start: number; end: number } | null {
  for (const spelling of [...spellings].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}-])(?:${spellingsPattern([spelling])})(?![\\p{L}])`, "u");
    const match = pattern.exec(sentence);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/**
 * The sentence with "there" standing for a place said before put back as that place: "Fighting broke out
 * there on 13 July" → "Fighting broke out in Kivu on 13 July". Null when it has no "there" to replace.
 */
export function withPlaceForThere(sentence: string, place: string): string | null {
  if (!/\bthere\b/.test(sentence)) return null;
  // "there is/are/was/were" is existential, not a place.
  if (
    /\bthere\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?)\b/i.test(sentence)
  )
    return null;
  return sentence.replace(/\bthere\b/, `in ${place}`);
}

/**
 * A paragraph's sentences as compromise found them, split again after a quotation that closes a sentence:
 * `… "we accomplished precisely that." Neither Oslo nor …` is two sentences, which compromise keeps as
 * one. Each piece stays verbatim (it is a substring of the text given).
 */
export function splitAfterQuotations(sentence: string): string[] {
  return sentence
    .split(/(?<=[.!?]["”’])\s+(?=["“]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A reporting frame at the start of a sentence: "Chilean officials told AFP", "Monitoring groups say that". */
const REPORTING_FRAME =
  /^[^,;:"“]{2,60}?\b(?:say|said|says|tell|told|tells|report|reported|reports|note|noted|notes|add|added|adds|wrote|writes)(?:\s+(?!that\b|the\b|a\b|an\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?(?:\s+that)?\s+(?=\S)/u;

/**
 * The claim a sentence reports, without the frame that says who reported it: "Chilean officials told AFP
 * the purpose of the Geneva talks was …" → "the purpose of the Geneva talks was …". A reader asks about the
 * claim, and the frame's words only lower the match. Null when the sentence opens with no such frame.
 */
export function claimOf(sentence: string): string | null {
  const frame = REPORTING_FRAME.exec(sentence);
  if (!frame) return null;
  const claim = sentence.slice(frame[0].length).trim();
  return claim.split(/\s+/).length >= 3 ? claim : null;
}

/**
 * "the purpose of the Geneva talks was to agree on …" → "the purpose of the Geneva talks": the subject of a
 * claim that says what something was for or is, asked about on its own ("what was the purpose of the
 * talks?"). Null when the claim has no such copula after a subject of two words or more.
 */
export function subjectOfCopula(claim: string): string | null {
  const match = /^((?:\S+\s+){1,8}?\S+)\s+(?:was|were|is|are)\s+(?:to|the|a|an|that)\s/u.exec(claim);
  return match?.[1] && !/[,;:]/.test(match[1]) ? match[1] : null;
}

/**
 * The clause that ends with a date, from where the clause starts: "Fighting broke out in Kivu on 13 July
 * between …" → "Fighting broke out in Kivu on 13 July"; "…, and a ceasefire took effect on Saturday,
 * 19 July" → "a ceasefire took effect on Saturday, 19 July". A "when did X happen?" question names the
 * event and little else, and matches this far better than the whole sentence. Null when the date opens its
 * clause ("On 12 July, …") or the clause is the whole sentence.
 */
export function clauseEndingWith(sentence: string, date: string): string | null {
  const at = sentence.indexOf(date);
  if (at < 0) return null;
  const head = sentence.slice(0, at);
  const start = Math.max(
    ...[
      /.*[;:(]\s*/s,
      /.*,\s+(?:and|but|while|as)\s+/s,
      /.*\s(?:and|but|while|whereas)\s+(?=\S+\s+\S+)/s,
    ].map((pattern) => pattern.exec(head)?.[0].length ?? 0),
  );
  const clause = sentence.slice(start, at + date.length).trim();
  if (clause.split(/\s+/).length < 4 || clause === sentence.trim()) return null;
  return clause;
}

/** One claim of a sentence that makes several: the verbatim part that supports it, and the claim stated alone. */
export interface ClaimPart {
  /** A substring of the sentence (verbatim), the quote the claim rests on. */
  quote: string;
  /** The claim as a sentence of its own: a relative pronoun read as its noun, a reporter put first. */
  statement: string;
}

const SAYS = "(?:says|said|say|estimates|estimated|reports|reported)";
/** "the Kivu ceasefire, which has held since 19 July …": a claim about the noun, at the sentence's end. */
const RELATIVE_CLAIM =
  /\b(the\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+),\s+which\s+((?:has|have|had|is|are|was|were|remains?)\b[^;]*?)[.!?]?$/u;
/** "fighting that the Kenyan Observatory says killed at least 1,300 people": a figure someone gives. */
const REPORTED_RELATIVE = new RegExp(
  `\\b((?:the\\s+)?\\p{Ll}[\\p{L}-]*)\\s+that\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:for|of|\\p{Lu}[\\p{L}'’-]*))*)\\s+(${SAYS})\\s+(\\p{Ll}(?:[^,;]|,(?=\\d))*?)[.!?]?$`,
  "u",
);

/** The text with its first letter in upper case ("they agreed" → "They agreed"). */
export function withCapital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function asSentence(text: string): string {
  const capital = withCapital(text.trim().replace(/[,;:]$/, ""));
  return /[.!?]["”’]?$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The claims a sentence's end adds about a noun, each a fact of its own as a curator splits them: a
 * relative clause ("…, the Kivu ceasefire, which has held since 19 July after …") and a figure someone
 * gives inside it ("fighting that the Kenyan Observatory for Human Rights says killed at least 1,300
 * people"). `main` is the sentence without them (verbatim, up to the noun); empty when it adds none.
 */
export function trailingClaims(sentence: string): { main: string; claims: ClaimPart[] } | null {
  const text = sentence.trim();
  const relative = RELATIVE_CLAIM.exec(text);
  if (!relative?.[1] || !relative[2] || relative.index === 0) return null;
  const main = text.slice(0, relative.index + relative[1].length);
  if (main.split(/\s+/).length < 4) return null;
  const about = relative[2];
  const figure = REPORTED_RELATIVE.exec(about);
  const claims: ClaimPart[] = [];
  if (figure?.[1] && figure[2] && figure[3] && figure[4]) {
    // "has held since 19 July after fighting that X says killed …": the noun's claim ends before "after".
    const own = about.slice(0, figure.index).replace(/\s+(?:after|following|amid|in)\s*$/, "");
    claims.push({
      quote: relative[0].replace(/[.!?]$/, ""),
      statement: asSentence(`${relative[1]} ${own}`),
    });
    claims.push({
      quote: figure[0].replace(/[.!?]$/, ""),
      statement: asSentence(`${figure[2]} ${figure[3]} ${figure[1].replace(/^the\s+/, "the ")} ${figure[4]}`),
    });
  } else {
    claims.push({
      quote: relative[0].replace(/[.!?]$/, ""),
      statement: asSentence(`${relative[1]} ${about}`),
    });
  }
  return { main, claims };
}

/** A thing a sentence names specifically ("the 1994 fisheries accord"), by its head noun. */
interface Mention {
  /** The head noun, lower-case ("agreement"). */
  head: string;
  /** The phrase without its determiner ("1994 fisheries accord"). */
  text: string;
}

/** Words that never modify a noun inside its phrase: a phrase "the X of Y" or "the X that …" ends before them. */
const NOT_MODIFIER =
  /^(?:of|and|or|but|to|in|on|at|for|from|with|by|into|that|which|who|whose|was|were|is|are|be|been|had|has|have|not|as|than|its|their|his|her|a|an|the)$/i;
/**
 * Nouns a definite phrase uses for the article's own event ("the talks", "the meeting"): resolving them to
 * another mention ("US-hosted peace talks" of 2000) would move the claim to another event.
 */
const EVENT_HEADS = /^(?:talks|meeting|meetings|session|encounter|summit|negotiations|round)$/i;
/** A phrase's modifier that makes it specific: a year or number, or a capitalised word ("1994", "UN-patrolled"). */
const SPECIFIC_MODIFIER = /^(?:\d[\d,]*|\p{Lu}[\p{L}'’-]*)$/u;

/**
 * The phrase in `text` with head `head` and one to three modifiers before it, the last such one: "a
 * UN-patrolled fishing zone" for "zone". Null when `text` names no such thing.
 */
function lastMentionWithHead(text: string, head: string): Mention | null {
  const pattern = new RegExp(
    `\\b(?:[Tt]he|[Aa]n?)\\s+((?:[\\p{L}\\d][\\p{L}\\d,'’-]*\\s+){1,3}?)(${escapeRegExp(head)})\\b`,
    "gu",
  );
  let found: Mention | null = null;
  for (const match of text.matchAll(pattern)) {
    const modifiers = (match[1] ?? "").trim().split(/\s+/);
    // "the release of people" is no modifier of "people"; keep the modifiers after the last function word.
    const cut = modifiers.findLastIndex((word) => NOT_MODIFIER.test(word) || /[,]$/.test(word));
    const kept = modifiers.slice(cut + 1);
    if (kept.length === 0) continue;
    found = { head: head.toLowerCase(), text: `${kept.join(" ")} ${match[2]}` };
  }
  return found;
}

/** The last phrase of `text` with head `head` opened by an owner's name: "Chile's foreign ministry" for "ministry". */
function lastOwnedMention(text: string, head: string): (Mention & { end: number }) | null {
  const pattern = compiledRegExp(
    `\\b(\\p{Lu}[\\p{L}-]*['’]s)\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?)(${escapeRegExp(head)})\\b`,
    "gu",
  );
  let found: (Mention & { end: number }) | null = null;
  for (const match of allMatches(pattern, text)) {
    const modifiers = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
    if (modifiers.some((word) => NOT_MODIFIER.test(word))) continue;
    const end = match.index + match[0].length;
    found = { head: head.toLowerCase(), text: [match[1], ...modifiers, match[3]].join(" "), end };
  }
  return found;
}

/** Where the last whole-word `word` of `text` ends (any case), or -1. */
function lastWordEnd(text: string, word: string): number {
  let end = -1;
  for (const match of allMatches(compiledRegExp(`\\b${escapeRegExp(word)}\\b`, "giu"), text))
    end = match.index + match[0].length;
  return end;
}

/**
 * The last specific definite phrase of `text` ("the 1994 fisheries accord", opened by a year or a
 * capitalised word), which a demonstrative opening the next sentence ("That accord, …") points back to
 * whatever noun it uses. `isNoun` says how the tagger read a word.
 */
function lastSpecificMention(text: string, isNoun: (word: string) => boolean): Mention | null {
  const pattern = /\bthe\s+((?:\d{4}|\p{Lu}[\p{L}'’-]*)(?:\s+\p{Ll}[\p{L}-]*){1,3})/gu;
  let found: Mention | null = null;
  for (const match of text.matchAll(pattern)) {
    const words = (match[1] ?? "").split(/\s+/);
    // The phrase ends at its last noun before a word that is not one ("agreement BACK into force").
    let end = 1;
    while (end < words.length && isNoun(words[end] as string) && !NOT_MODIFIER.test(words[end] as string))
      end++;
    if (end < 2) continue;
    const kept = words.slice(0, end);
    found = { head: (kept.at(-1) as string).toLowerCase(), text: kept.join(" ") };
  }
  return found;
}

/**
 * A sentence opening with a demonstrative reference to a thing the sentence before named, written out as
 * that thing: "That accord, reached after the 1991 war, …" after "… bringing the 1994 fisheries
 * accord back into force" → "The 1994 fisheries accord, reached after the 1991 war, …". A reader
 * asks about "the 1994 accord", which the sentence as written never names. The article's own event
 * ("This meeting") is never resolved to another mention. A bare definite noun inside the sentence is written
 * out the same way ("into the zone" → "into the UN-patrolled fishing zone"; docs/evaluation.md, eighteenth
 * stop), or as its owner named it anywhere in `paragraphBefore` (the paragraph's sentences before, resolved):
 * "head of the ministry's trade office" two sentences after "Chile's foreign ministry denied …" → "head of
 * Chile's foreign ministry's trade office". Returns the sentence unchanged when nothing resolves.
 */
export function withReferencesResolved(
  sentence: string,
  before: string | null,
  isNoun: (word: string) => boolean = () => true,
  paragraphBefore: string = before ?? "",
): string {
  if (!before) return sentence;
  return withBareNounsResolved(
    withDemonstrativeResolved(sentence, before, isNoun),
    before,
    paragraphBefore,
    isNoun,
  );
}

function withDemonstrativeResolved(
  sentence: string,
  before: string,
  isNoun: (word: string) => boolean,
): string {
  // The demonstrative points to the last specific thing before it, whatever its noun ("That accord" of an
  // agreement).
  const opening = /^(?:That|This|These|Those)\s+(\p{Ll}[\p{L}-]*)\b/u.exec(sentence);
  if (!opening?.[1] || EVENT_HEADS.test(opening[1])) return sentence;
  const mention = lastMentionWithHead(before, opening[1]) ?? lastSpecificMention(before, isNoun);
  if (!mention || !SPECIFIC_MODIFIER.test(mention.text.split(/\s+/)[0] as string)) return sentence;
  return `The ${mention.text}${sentence.slice(opening[0].length)}`;
}

/**
 * "the zone", "the agreement" inside a sentence, a bare noun the sentence before named with a specific
 * modifier ("a UN-patrolled fishing zone", "the 1994 fisheries agreement"), written out as it was named
 * there: a reader asks for "the fishing zone" or "the 1994 agreement", which the sentence never names. An
 * owner's mention ("Chile's foreign ministry") counts anywhere in `paragraphBefore`, but only when it is the
 * noun's last mention there: a nearer "the Peruvian ministry" or "a ministry spokesman" is whom the sentence
 * means, and writing the owner in would put the act on the wrong party.
 */
function withBareNounsResolved(
  sentence: string,
  before: string,
  paragraphBefore: string,
  isNoun: (word: string) => boolean,
): string {
  return sentence.replace(
    /\bthe\s+(\p{Ll}[\p{L}-]*)\b/gu,
    (whole, head: string, offset: number, text: string) => {
      if (EVENT_HEADS.test(head) || NOT_MODIFIER.test(head) || !isNoun(head)) return whole;
      // "the ceasefire line" is another thing, "the release of people" a part of one; "declared the
      // agreement void." ends its clause with a complement, not a compound.
      const next = /^\s+(\p{Ll}[\p{L}-]*)(\s*[.,;:])?/u.exec(text.slice(offset + whole.length));
      if (next?.[1] !== undefined && (next[1] === "of" || (isNoun(next[1]) && next[2] === undefined)))
        return whole;
      const owned = lastOwnedMention(paragraphBefore, head);
      if (owned && owned.end === lastWordEnd(paragraphBefore, head)) return owned.text;
      const mention = lastMentionWithHead(before, head);
      if (!mention || !SPECIFIC_MODIFIER.test(mention.text.split(/\s+/)[0] as string)) return whole;
      return `the ${mention.text}`;
    },
  );
}
