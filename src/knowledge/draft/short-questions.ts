// Short questions for a drafted fact, as a curator writes them: who did what, what someone did, when and where
// they did it, how many. They are built from the main clause of the fact's sentence (its subject, first
// finite verb and object, as `subjectOf` reads them) with the names shortened to what a reader types. A
// question matches an ask by the share of their terms they have in common (Dice: src/engine/search.ts), and
// the article's sentence and its clauses hold many words no ask repeats, so without these a draft's best
// question match was 0.1–0.2 where a reviewed fact's short questions give 0.6–0.8. Pure.
import { escapeRegExp } from "../../engine/regexp.js";
import { isMonthName, isWeekdayName } from "../../engine/time-words.js";
import type { Entity } from "../schema.js";
import { EVENT_NOUNS } from "./event-nouns.js";
import { subjectOf } from "./pronoun-subjects.js";
import { withCapital } from "./wording.js";

export interface ShortQuestionParts {
  /** The fact's sentence with its references and opening pronoun written out. */
  sentence: string;
  /** The kinds of question the fact answers: a short question asks only one of them. */
  kinds: ReadonlySet<string>;
  /** The entities a piece of the sentence names. */
  entitiesIn: (text: string) => readonly Entity[];
  isVerb: (word: string) => boolean;
  isNoun: (word: string) => boolean;
  /** A verb as written ("met", "says") in the infinitive ("meet", "say"). */
  infinitiveOf: (verb: string) => string;
  /** The month of the event the sentence tells ("August"). */
  month: string | null;
  /** Places the sentence puts something in ("Lima"): a question names one its main clause puts there. */
  places: readonly string[];
  /** The article's event as its headline names it ("the Lima talks"), for a sentence about that event. */
  eventName?: string;
  /** Spans of time the sentence holds ("four hours", "several days"): each asks how long, of its clause. */
  durations?: readonly string[];
}

/** Auxiliaries before a main verb ("was mediated", "had been planned", "would sign"); "be" marks a passive. */
const AUXILIARY =
  /^(?:was|were|is|are|been|be|being|has|have|had|did|does|do|would|will|could|can|should|may|might|must)$/i;
const BE = /^(?:was|were|is|are|been|be|being)$/i;
/** Adverbs between an auxiliary or subject and the verb ("also agreed", "had formally remained"). */
const ADVERB = /^(?:\p{Ll}+ly|also|not|never|already|once|again|soon|then|later|still|just|even|now)$/u;
/** Words a tagger may read as verbs (a particle: "flew in") that never are a clause's main verb. */
const NOT_A_VERB =
  /^(?:in|on|at|to|for|from|with|by|into|near|under|over|about|after|before|since|up|down|out|off|back|away|as|the|a|an)$/i;
/** A subject that is a pronoun or a determiner: no question can be built on it. */
const EMPTY_SUBJECT =
  /^(?:it|its|they|their|he|she|his|her|this|that|these|those|there|which|who|the|a|an|some)$/i;
/** A subject that says nobody did it ("Neither Oslo nor Lima commented", "no official outlet had …"). */
const NEGATIVE_SUBJECT = /^(?:neither|no|none|nobody|nothing|not)\b/i;
/** Determiners that open a noun phrase: a name right before one is whom something was told ("told AFP the …"). */
const DETERMINER = /^(?:the|a|an|both|some|several)$/i;
/** Where an object ends: a clause or a phrase of time, place, manner or purpose begins. */
const OBJECT_END =
  /^(?:in|on|at|for|from|with|by|to|into|near|under|during|over|about|after|before|since|until|while|because|as|that|than|who|which|when|where|so|but|following|amid|without|whose|whom|together|through|via)$/i;
/** A count and the noun it counts ("five subjects", "several hours", "34 injured"). */
const COUNT =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|hundreds of|thousands of)\s+(?:more\s+)?([\p{L}-]+)/iu;
/** Words a question names in at most this many words (a subject or an object). */
const MAX_PHRASE_WORDS = 6;
/** A subject this long (in words) at most: "Norway's foreign minister, Ingrid Berg, and Chile's …, Luis Soto". */
const MAX_SUBJECT_WORDS = 16;
/** A place a question names is put there this many words after the main verb at most. */
const MAX_PLACE_DISTANCE = 12;
/** A verb of saying: its question asks what was said, and what is said has a clause of its own. */
const SAYING =
  /^(?:say|said|says|tell|told|report|reported|reports|note|noted|add|added|state|stated|warn|warned)$/i;
/** An auxiliary that ends a subject before an aside set off by commas ("SANA has, for the first time, …"). */
const AUXILIARY_BEFORE_ASIDE = /^(.+?)\s+(?:has|have|had|is|are|was|were)\s*,/;
/** A phrase of time or order that opens a clause before its subject, with no comma after it. */
const SCENE_OPENING = /^(?:after|before|since|during|following|when|once|until)\s/i;
/** A subject that opens with a quantity is a count read as a clause ("at least three dead and 34 injured"). */
const QUANTITY_SUBJECT = /^(?:at least|at most|more than|less than|about|around|some \d|\d)/i;

/** "Berg" of Ingrid Berg: a reader names a person by the surname the article uses. */
function shortName(person: Entity): string {
  const surname = person.aliases
    .filter((a) => person.name.endsWith(` ${a}`) && !/\s/.test(a))
    .sort((a, b) => b.length - a.length)[0];
  return surname ?? person.name;
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * A phrase as a question names it: the people it names by their short names, else its first words (without
 * the adverbs that end it, "Norway also"). Empty for a pronoun.
 */
function named(phrase: string, parts: ShortQuestionParts): string {
  // "Soto, one of Ruiz's confidants," names Soto; "Berg, Luis Soto and Ana Ruiz" all three.
  const segments = phrase.split(",");
  let kept = segments[0] ?? "";
  for (const segment of segments.slice(1)) {
    const names = segment.trim().replace(/^and\s+/, "");
    if (!/^(?:\p{Lu}[\p{L}'’.-]*\s*|al-\S+\s*|and\s+)+$/u.test(names)) break;
    kept = `${kept},${segment}`;
  }
  const people = parts.entitiesIn(kept).filter((e) => e.kind === "person");
  if (people.length > 0) return listed(people.map(shortName));
  const words = kept
    .replace(/[.,;:!?"“”]+$/u, "")
    // "some of the earlier secret talks" is asked about as "the earlier secret talks".
    .replace(/^(?:some|one|many|most|all|both|each|several|few)\s+of\s+/i, "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_PHRASE_WORDS);
  while (words.length > 0 && ADVERB.test(words.at(-1) as string)) words.pop();
  // "The talks" inside a question is "the talks".
  if (/^(?:the|a|an|both|some|one|several)$/i.test(words[0] ?? ""))
    words[0] = (words[0] as string).toLowerCase();
  const text = words.join(" ");
  return words.length === 0 || (words.length === 1 && EMPTY_SUBJECT.test(text)) ? "" : text;
}

/**
 * The object of a verb: the words after it up to where a clause or a phrase of place, time or purpose begins,
 * or another verb joined by "and" ("identified the two ministers and said …").
 */
function objectOf(after: string, isVerb: (word: string) => boolean): string {
  const out: string[] = [];
  const words = after.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const bare = word.replace(/[.,;:!?"“”()]+$/u, "");
    if (/^["“(—–]/u.test(word) || OBJECT_END.test(bare)) break;
    if (bare === "and" && isVerb((words[i + 1] ?? "").replace(/\W+$/, ""))) break;
    out.push(bare);
    if (bare !== word) break;
  }
  return out.join(" ");
}

interface MainClause {
  subject: string;
  /** The whole sentence up to a few words after the verb: where a place the clause names stands. */
  head: string;
  /** The main verb as written, and the rest of the clause after it. */
  verb: string;
  after: string;
  /** A form of "be" before the verb ("was mediated by", "had been planned"). */
  passive: boolean;
}

/**
 * The sentence's main clause, past its auxiliaries and adverbs. Null when its verb is a copula alone ("was
 * in Lima", "has been another venue"), or a participle that modifies the subject ("a source quoted by …
 * said"), which `subjectOf` takes for the verb.
 */
function mainClauseOf(
  sentence: string,
  isVerb: (word: string) => boolean,
  isNoun: (word: string) => boolean,
  throughSaying: boolean,
): MainClause | null {
  const found = subjectOf(sentence, isVerb, throughSaying, MAX_SUBJECT_WORDS);
  if (!found || QUANTITY_SUBJECT.test(found.text)) return null;
  const rest = found.after.split(/\s+/);
  let subject = found.text;
  let verb = found.verb;
  let at = 0;
  // "the earlier secret talks were brokered": a noun read as the verb, before the real one.
  if (isNoun(verb) && AUXILIARY.test(rest[0] ?? "")) {
    subject = `${subject} ${verb}`;
    verb = rest[0] as string;
    at = 1;
  }
  let passive = false;
  while (AUXILIARY.test(verb)) {
    while (at < rest.length && ADVERB.test(rest[at] as string)) {
      // "did not say who …": a question would ask what was not done.
      if (/^(?:not|never)$/i.test(rest[at] as string)) return null;
      at++;
    }
    // "were killed.": the clause may end on its verb.
    const next = (rest[at] ?? "").replace(/[.,;:!?]+$/, "");
    if (!/^\p{Ll}+$/u.test(next) || NOT_A_VERB.test(next) || !isVerb(next) || /ing$/.test(next)) return null;
    if (BE.test(verb)) passive = true;
    verb = next;
    at++;
  }
  if (NOT_A_VERB.test(verb) || (!passive && rest[at] === "by")) return null;
  // "Reuters the delegations": whom it was told, before what was said.
  const words = subject.split(/\s+/);
  const determiner = words.findIndex(
    (w, i) => i > 0 && DETERMINER.test(w) && /^\p{Lu}/u.test(words[i - 1] ?? ""),
  );
  if (determiner > 0) subject = words.slice(determiner).join(" ");
  // "SANA has, for the first time, publicly acknowledged": the auxiliary before the aside is no subject's word.
  const beforeAside = AUXILIARY_BEFORE_ASIDE.exec(subject);
  if (beforeAside?.[1]) subject = beforeAside[1];
  const after = rest.slice(at).join(" ");
  const head =
    sentence.slice(0, sentence.length - after.length) + rest.slice(at, at + MAX_PLACE_DISTANCE).join(" ");
  return { subject, head, verb, after, passive };
}

const EVENT_NOUN = new RegExp(`\\b(?:${EVENT_NOUNS})\\b`, "i");
/** Words between a verb and the span of time it lasted ("talked FOR several hours", "lasted AROUND four"). */
const SPAN_LEAD = /^(?:for|around|about|some|nearly|roughly|almost|over|just|at|least|more|than)$/i;
/** Where a clause that holds a span of time may begin: after a comma, "that" or a verb of saying. */
const CLAUSE_START = /(?:^|,\s+|\b(?:that|said|says|told|reported|noted)\s+)/g;

/**
 * "How long did the meeting last?" of "… said the meeting lasted around four hours", "How long did the
 * delegations talk?" of "… told Reuters the delegations talked for several hours": the clause whose verb
 * the span of time follows, from the nearest place such a clause can begin. None for a span that does not
 * say how long something went on ("in more than 25 years").
 */
function durationQuestions(parts: ShortQuestionParts): string[] {
  const { sentence, isVerb, isNoun, infinitiveOf } = parts;
  const out: string[] = [];
  for (const span of parts.durations ?? []) {
    const end = sentence.indexOf(span);
    if (end < 0) continue;
    const before = sentence.slice(0, end);
    const starts = [...before.matchAll(CLAUSE_START)].map((m) => (m.index ?? 0) + m[0].length).reverse();
    for (const start of starts) {
      const clause = mainClauseOf(sentence.slice(start), isVerb, isNoun, false);
      if (!clause) continue;
      const lead = clause.after.slice(0, clause.after.indexOf(span)).split(/\s+/).filter(Boolean);
      if (!clause.after.includes(span) || !lead.every((w) => SPAN_LEAD.test(w))) continue;
      const subject = named(clause.subject, parts);
      const verb = clause.verb.replace(/[.,;:!?]+$/, "");
      if (subject && !clause.passive) out.push(`How long did ${subject} ${infinitiveOf(verb)}?`);
      // "the delegations talked for several hours", of the headline's "Paris talks": how long they lasted.
      if (parts.eventName && !EVENT_NOUN.test(clause.subject)) {
        const inMonth = parts.month ? ` in ${parts.month}` : "";
        out.push(`How long did ${parts.eventName}${inMonth} last?`);
      }
      break;
    }
  }
  return out;
}

/** The people a stretch of the clause names, by their short names ("Soto and Ruiz"), if any. */
function peopleNamed(text: string, parts: ShortQuestionParts): string {
  const span = text.split(/\s+/);
  const end = span.findIndex((w, i) => i > 0 && OBJECT_END.test(w) && !/^(?:to)$/i.test(w));
  const people = parts
    .entitiesIn((end > 0 ? span.slice(0, end) : span).join(" "))
    .filter((e) => e.kind === "person");
  return listed(people.map(shortName));
}

/**
 * "Oslo stayed silent on the meeting": a saying that said nothing, asked as a reader asks whether it was said
 * ("Did Oslo say anything about the meeting?"), not as "What did Oslo stay?".
 */
const KEPT_SILENT =
  /^(?:stay|stayed|stays|remain|remained|remains|kept|keeps|keep)\s+(?:silent|quiet|mum)\b\s*(?:(?:on|about|over)\s+(.+?))?[.,;:!?]*$/i;

/** The questions of one main clause. */
function clauseQuestions(clause: MainClause, parts: ShortQuestionParts): string[] {
  const { kinds, infinitiveOf, isVerb } = parts;
  let subject = named(clause.subject, parts);
  if (!subject) return [];
  const past = clause.verb.replace(/[.,;:!?]+$/, "");
  const silent = KEPT_SILENT.exec(`${past} ${clause.after}`.trim());
  if (silent) {
    const about = silent[1] ? ` about ${named(objectOf(silent[1], isVerb), parts) || silent[1]}` : "";
    // Keeping silent is saying nothing in public: "has X said anything publicly about the August meeting?"
    // (the month the event was in, as readers name a meeting by it).
    const inMonthOf = parts.month ? ` in ${parts.month}` : "";
    return [
      `Did ${subject} say anything${about}?`,
      `Did ${subject} say anything publicly${about}${inMonthOf}?`,
    ];
  }
  const infinitive = infinitiveOf(past);
  // "X said …", "X told Reuters …": what X said; what was said has questions of its own.
  if (SAYING.test(past)) return [`What did ${subject} ${infinitive}?`];
  const place = parts.places.find((p) =>
    new RegExp(`\\b(?:in|at|near|to|into)\\s+(?:the\\s+)?${escapeRegExp(p)}\\b`, "u").test(clause.head),
  );
  const inPlace = place ? ` in ${place}` : "";
  const inMonth = parts.month ? ` in ${parts.month}` : "";
  const out: string[] = [];
  let object = peopleNamed(clause.after, parts) || named(objectOf(clause.after, isVerb), parts);
  if (clause.passive) {
    const agent = /\bby\s+(.+)/.exec(clause.after)?.[1];
    // "The 19 August meeting had been planned for …": when and where it was.
    if (!agent) {
      // "hundreds of people were killed" (where "there" or the sentence before is): how many, and where.
      const counted = COUNT.exec(clause.subject);
      if (kinds.has("how-many") && counted?.index === 0 && counted[1] && parts.isNoun(counted[1])) {
        const where = place ?? (parts.places.length === 1 ? parts.places[0] : undefined);
        out.push(`How many ${counted[1]} were ${past}${where ? ` in ${where}` : ""}?`);
      }
      if (kinds.has("when")) out.push(`When was ${subject} ${past}${inPlace}?`);
      if (kinds.has("where") && place) out.push(`Where was ${subject} ${past}${inMonth}?`);
      return out;
    }
    // "The session was mediated by Ana Ruiz": Ruiz mediated the session.
    const doer = peopleNamed(agent, parts) || named(objectOf(agent, isVerb), parts);
    if (!doer) return [];
    object = subject;
    subject = doer;
    // "some of the talks were brokered by Peru": the sentence puts its agent's part in the act, which a reader
    // asks as that part ("what role did Peru play?").
    const doers = parts.entitiesIn(doer);
    if (doers.length > 0 && doers.every((e) => e.kind !== "place")) out.push(`What role did ${doer} play?`);
  }
  const doing = [infinitive, object].filter(Boolean).join(" ");
  const subjectNamesSomeone = parts.entitiesIn(subject).some((e) => e.kind !== "place");
  if (kinds.has("who") && subjectNamesSomeone && object) {
    out.push(`Who ${past} ${object}?`);
  }
  const objectIsSomeone = parts.entitiesIn(object).some((e) => e.kind === "person");
  out.push(objectIsSomeone ? `Who did ${subject} ${infinitive}?` : `What did ${subject} ${infinitive}?`);
  if (kinds.has("when")) out.push(`When did ${subject} ${doing}${inPlace}?`);
  if (kinds.has("where") && place) out.push(`Where did ${subject} ${doing}${inMonth}?`);
  // A count in the clause after the verb ("covered five subjects", "talked for several hours").
  // "at least 1,300 people": a comma between digits is no clause's end.
  const count = COUNT.exec(clause.after.split(/[;:]|,(?!\d)/)[0] ?? "");
  if (kinds.has("how-many") && count?.[1] && parts.isNoun(count[1])) {
    out.push(`How many ${count[1]} did ${subject} ${infinitive}?`);
  }
  // "the talks covered five subjects": what was on the event's agenda, as readers ask it.
  if (EVENT_NOUN.test(clause.subject) && DEALT_WITH.test(infinitive)) {
    const event = `${parts.eventName ?? subject}${inMonth}`;
    out.push(`What was on the agenda at ${event}?`, `What was on the table at ${event}?`);
  }
  // "reached the new authorities through Turkish channels": how it was done.
  const rest = clause.after.slice(objectOf(clause.after, isVerb).length).trimStart();
  if (object && MEANS.test(rest)) out.push(`How did ${subject} ${doing}?`);
  // "Oslo sent troops into the zone after Berg was ousted in May and …": what a party did once that happened,
  // as a reader asks it ("what did Oslo do after Berg was ousted?"), not only by the first of its verbs.
  const after = !clause.passive && subjectNamesSomeone ? afterEventOf(clause.after, isVerb) : null;
  if (after) out.push(`What did ${subject} do after ${after}?`);
  return out;
}

/** A time phrase that ends an event's words ("in May 2024", "on 3 June", "last week"). */
const TRAILING_TIME =
  /\s+(?:in|on|during|last|this|early|late)\s+(?:\p{L}+\s+)?(?:\d{1,4}\s*)?(?:\p{Lu}\p{Ll}+)?(?:\s+\d{4})?$/u;

/**
 * The event after "after" in a clause ("… troops into the zone AFTER Berg was ousted in May and declared …" →
 * "Berg was ousted"): up to a clause's end or another verb of the subject joined by "and", without its time.
 * Null for none, or for an event of one word or more than eight.
 */
function afterEventOf(after: string, isVerb: (word: string) => boolean): string | null {
  const found = /\bafter\s+(.+)$/.exec(after)?.[1];
  if (!found) return null;
  const words: string[] = [];
  const all = found.split(/\s+/);
  for (let i = 0; i < all.length; i++) {
    const word = all[i] as string;
    if (word === "and" && isVerb((all[i + 1] ?? "").replace(/\W+$/, ""))) break;
    const bare = word.replace(/[.,;:!?"“”()]+$/u, "");
    words.push(bare);
    if (bare !== word) break;
  }
  const event = words.join(" ").replace(TRAILING_TIME, "");
  const count = event.split(/\s+/).length;
  return count >= 2 && count <= 8 ? event : null;
}

/** Verbs that tell what an event dealt with ("the talks covered five subjects"), not what it did. */
const DEALT_WITH = /^(?:cover|discuss|address|tackle|include)$/i;

/** A clause whose verb is a copula: the words before it. */
const COPULA_SUBJECT = /^(.+?)\s+(?:was|were|is|are)\s/;
/** A phrase that tells how something was done, right after the object. */
const MEANS = /^(?:through|via)\s/i;

/** A verb of saying, and what follows it: "Axios reported that A, and that B" (each "that" opens a clause). */
const SAID_THAT = /\b(?:said|says|told|reported|reports|noted|added|stated)\s+(.*)$/i;

/**
 * The clauses a verb of saying reports, one per "that": "Axios reported that A, and that B" → A and B;
 * "X told a visiting group that A, and that B" → A and B (whom it was told is no clause). The first is the
 * one `subjectOf` reads through the verb too when whom it was told is short; the later ones it never reads.
 */
function reportedClauses(sentence: string): string[] {
  const said = SAID_THAT.exec(sentence)?.[1];
  if (!said) return [];
  return said
    .split(/\bthat\s+/)
    .slice(1)
    .map((clause) => clause.replace(/,?\s*(?:and\s*)?$/, "").trim())
    .filter((clause) => clause.split(/\s+/).length >= 3)
    .map(withoutOpeningPhrase);
}

/**
 * A reported clause from its subject: "after the coup in May Oslo reached …" (a reported clause often sets
 * no comma after its scene) from "Oslo reached …", the first capitalised name a verb follows; as it is
 * when it opens with no such phrase.
 */
function withoutOpeningPhrase(clause: string): string {
  if (!SCENE_OPENING.test(clause)) return clause;
  const words = clause.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i] as string;
    if (!/^\p{Lu}[\p{L}-]*$/u.test(word) || isMonthName(word) || isWeekdayName(word)) continue;
    if (/^\p{Ll}+ed$/u.test(words[i + 1] as string)) return words.slice(i).join(" ");
  }
  return clause;
}

/**
 * The questions of the clauses a verb of saying reports: each as a main clause of its own; one whose verb is a
 * copula ("discussions on a possible pact were at an advanced stage") as what the sayer said about its subject
 * ("What did Berg say about discussions on a possible pact?").
 */
function reportedQuestions(sayer: MainClause | undefined, parts: ShortQuestionParts): string[] {
  if (!sayer || !SAYING.test(sayer.verb.replace(/[.,;:!?]+$/, ""))) return [];
  const who = named(sayer.subject, parts);
  const out: string[] = [];
  for (const text of reportedClauses(parts.sentence)) {
    const clause = mainClauseOf(text, parts.isVerb, parts.isNoun, false);
    if (clause) {
      // "would keep talking about …", "would rest on …": no object to ask about ("What did the sides keep?").
      const object = objectOf(clause.after, parts.isVerb);
      if (!NEGATIVE_SUBJECT.test(clause.subject) && object && !/^\p{Ll}+ing\b/u.test(object))
        out.push(...clauseQuestions(clause, parts));
      continue;
    }
    // The words before the copula (a tagger may read a noun of them as a verb: "discussions").
    const about = COPULA_SUBJECT.exec(text)?.[1];
    if (!clause && who && about && !NEGATIVE_SUBJECT.test(about) && !/[,;:"“(]/.test(about)) {
      const subject = named(about, parts);
      if (subject && about.split(/\s+/).length <= MAX_SUBJECT_WORDS)
        out.push(`What did ${who} say about ${subject}?`);
    }
  }
  return out;
}

/**
 * The short questions of one sentence: of its main clause, and when that is a verb of saying ("The
 * government source said both delegations backed …"), of the clause said too. None when neither can be read.
 */
export function shortQuestions(parts: ShortQuestionParts): string[] {
  const clauses = [false, true]
    .map((throughSaying) => mainClauseOf(parts.sentence, parts.isVerb, parts.isNoun, throughSaying))
    .filter((c): c is MainClause => c !== null && !NEGATIVE_SUBJECT.test(c.subject));
  const said = clauses[1] && clauses[1].verb !== clauses[0]?.verb ? [clauses[1]] : [];
  return [
    ...new Set([
      ...[...clauses.slice(0, 1), ...said].flatMap((c) => clauseQuestions(c, parts)),
      ...reportedQuestions(clauses[0], parts),
      ...durationQuestions(parts),
    ]),
  ].map(withCapital);
}
