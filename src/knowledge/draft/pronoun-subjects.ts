// A sentence that opens with a pronoun ("It struck …", "They agreed …", "Its media office …") written out
// with what the pronoun stands for: the subject of the sentence before, as a curator writes a statement that
// stands alone. Only the statement is rewritten; the quotes stay verbatim. Pure.
import { CLAUSE_COMMA } from "./sentences.js";
import { withCapital } from "./wording.js";

/** A subject this long (in words) is more likely a misread clause than a noun phrase. */
const MAX_SUBJECT_WORDS = 8;

/** The pronoun that opens a sentence, and whether it stands for one thing or several, or owns the next noun. */
const OPENING_PRONOUN = /^(It|Its|They|Their)\b\s*/;

/** A verb of saying: its subject is a source, and what it says has a subject of its own ("… said both delegations backed …"). */
const SAYING = /^(?:say|said|says|told|reported|reports|added|noted|stated)$/i;

/** The first word of a phrase that sets the scene before the subject: "On Saturday,", "A week before the meeting,". */
const SCENE_WORD =
  /^(?:on|in|at|after|before|during|while|according|since|by|from|with|a|an|one|two|three|last|earlier|later)$/i;
/** A scene-setting phrase this long (in words) at most. */
const MAX_SCENE_WORDS = 8;

/** `sentence` without the phrases that set the scene before its subject ("On Saturday, ", "A week before the meeting, on 12 August, "). */
function withoutSceneOpening(sentence: string, isVerb: (word: string) => boolean): string {
  let rest = sentence;
  for (;;) {
    const comma = rest.search(CLAUSE_COMMA);
    if (comma < 0) return rest;
    const words = rest.slice(0, comma).split(/\s+/);
    const first = words[0] ?? "";
    const finite = words.slice(1).some((w) => /^\p{Ll}+$/u.test(w) && !/ing$/.test(w) && isVerb(w));
    if (!SCENE_WORD.test(first) || words.length > MAX_SCENE_WORDS || (finite && !/^according$/i.test(first)))
      return rest;
    rest = rest.slice(comma + 1).trimStart();
  }
}

/** A relative or appositive clause set off by commas right after the subject: "Chile, which has …, said". */
const SET_OFF = /^([^,]+?),\s+(?:which|who|whose|whom)\b[^,]*,\s*/;

/** What is said opens with a pronoun ("said it stepped in", "said that they would …"). */
const PRONOUN_SUBJECT = /^(?:that\s+)?(?:it|they|he|she)\b/i;

export interface Subject {
  text: string;
  plural: boolean;
  /** The main clause's first finite verb, as written, and the words after it. */
  verb: string;
  after: string;
}

/** Words that begin a noun phrase's end in a subject that is no noun phrase ("that", "if", a verb's object). */
const NOT_IN_SUBJECT = /\b(?:that|if|whether|when|because|it|they|he|she|its|their)\b/i;

/**
 * The subject of a sentence's main clause: the words before its first finite verb, after any scene-setting
 * opening and without a relative clause set off by commas. A verb of saying gives way to the subject of what
 * is said ("The government source said both delegations backed …" → "both delegations"). Null when no
 * short noun phrase is found.
 */
export function subjectOf(
  sentence: string,
  isVerb: (word: string) => boolean,
  throughSaying = true,
  maxWords = MAX_SUBJECT_WORDS,
): Subject | null {
  let rest = withoutSceneOpening(sentence, isVerb);
  const setOff = SET_OFF.exec(rest);
  if (setOff?.[1]) rest = `${setOff[1]} ${rest.slice(setOff[0].length)}`;
  for (let hops = 0; hops < 2; hops++) {
    const words = rest.split(/\s+/);
    // A finite verb: not an "-ing" form, which a noun phrase may hold ("the meeting").
    const at = words.findIndex(
      (w, i) => i > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !/ing$/.test(w) && isVerb(w),
    );
    if (at <= 0 || at > maxWords) return null;
    const verb = words[at] as string;
    // "Chile … said it stepped in": a pronoun subject of what is said is the sayer itself.
    if (
      throughSaying &&
      SAYING.test(verb) &&
      hops === 0 &&
      !PRONOUN_SUBJECT.test(words.slice(at + 1).join(" "))
    ) {
      const said = words
        .slice(at + 1)
        .join(" ")
        .replace(/^that\s+/i, "");
      // "X told Reuters that …": the words before "that" are whom it was told.
      const told = /^[^,]*?\bthat\s+/.exec(said);
      rest = told && told[0].split(/\s+/).length <= 4 ? said.slice(told[0].length) : said;
      continue;
    }
    const text = words.slice(0, at).join(" ").replace(/,$/, "");
    if (NOT_IN_SUBJECT.test(text) || /[;:"“(]/.test(text)) return null;
    const plural = /\band\b/i.test(text) || /^(?:both|the two)\b/i.test(text) || /\b\p{Ll}+s$/u.test(text);
    return { text, plural, verb, after: words.slice(at + 1).join(" ") };
  }
  return null;
}

/** "al-Shaibani, Ayman Safadi and Tom Barrack". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * `statement` (which opens as its sentence does) with its opening pronoun written out from `before`, the
 * sentence before it: "It"/"Its" by a singular subject, "They"/"Their" by a plural one, or by the people
 * the sentence before names when its subject is one of them ("al-Shaibani met Safadi and Barrack in Amman.
 * They agreed …"). Null when the pronoun cannot be told.
 */
export function withPronounSubjectResolved(
  statement: string,
  before: string,
  isVerb: (word: string) => boolean,
  peopleBefore: readonly string[],
): string | null {
  const opening = OPENING_PRONOUN.exec(statement);
  if (!opening) return null;
  const pronoun = opening[1] as string;
  const subject = subjectOf(before, isVerb);
  const rest = statement.slice(opening[0].length);
  if (pronoun === "It" || pronoun === "Its") {
    if (!subject || subject.plural) return null;
    const owner = subject.text.endsWith("s") ? `${subject.text}'` : `${subject.text}'s`;
    return `${withCapital(pronoun === "It" ? subject.text : owner)} ${rest}`;
  }
  if (pronoun === "Their") {
    if (!subject?.plural) return null;
    return `${withCapital(subject.text.endsWith("s") ? `${subject.text}'` : `${subject.text}'s`)} ${rest}`;
  }
  const group = subject?.plural ? subject.text : peopleBefore.length >= 2 ? listed(peopleBefore) : null;
  return group ? `${withCapital(group)} ${rest}` : null;
}
