// The verbs an ask takes for granted. "Did Norway EXPEL the members?" shares every name with "Norway detained
// members of …", and the names outweigh the one verb the fact lacks: answered from that fact, the bot would
// confirm an expulsion the article never reports. The verb is what the ask claims happened; the fact must
// say it (or a synonym the lexicon groups with it) before it may answer. Pure string work on the ask.
import {
  CLAIM_BASE_AUXILIARIES,
  CLAIM_PARTICIPLE_AUXILIARIES,
  EVENT_PARTICIPLE_AUXILIARIES,
  PAST_BE_AUXILIARIES,
} from "./auxiliaries.js";
import { isPastParticiple, isVerb, isVerbForm } from "./english.js";
import { isMonthName } from "./time-words.js";

/** Question words after which the auxiliary still opens a claim: "why DID Chile shut …" claims it did. */
const CLAIMING_QUESTION_WORDS = new Set(["why"]);
/** Words the dictionary happens to inflect ("the", "in", "down") that never carry a claim. */
const FUNCTION_WORDS = new Set(
  "the a an in on at of to for with by from up down back out off over into onto near and or but any all some this that these those it its they them we you he she his her their there here not no".split(
    " ",
  ),
);
/** A verb followed by one of these leads to the verb that carries the claim ("end up holding", "agree to hand"). */
const CATENATIVE_PARTICLES = new Set(["up", "to"]);
/** After "back", these make a phrasal verb ("back down", "back out"), or "back" an adverb ("back in May"). */
const BACK_PARTICLES = new Set(["down", "out", "off", "up", "away", "in", "then", "when", ""]);
/** Shorter words are function words or shorthand, not the verb of a claim. */
const MIN_VERB_LENGTH = 3;

/**
 * The verb of an ask that opens with an auxiliary, in the form that auxiliary takes: "did norway expel
 * the members" → expel; "why did Chile shut …" → shut; "what did norway sign" → none (it asks what, and
 * claims nothing); "has Chile stopped …" → none, "has Chile expelled …" → expelled when no fact has the
 * word (`unseenParticiple`). The first word in that form, skipping
 * function words: a noun that is a verb too ("border") may stand first, and a fact about the same thing has it.
 */
export function predicateWord(
  ask: string,
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean = () => false,
  isUnseen: (word: string) => boolean = () => false,
): string | undefined {
  const tokens = tokensOf(ask);
  const at = tokens.findIndex((t) => CLAIM_BASE_AUXILIARIES.has(t) || CLAIM_PARTICIPLE_AUXILIARIES.has(t));
  const opens = at === 0 || (at === 1 && CLAIMING_QUESTION_WORDS.has(tokens[0] ?? ""));
  if (!opens) return undefined;
  if (CLAIM_BASE_AUXILIARIES.has(tokens[at] ?? ""))
    return verbAfter(tokens.slice(at + 1), isStopword, isName);
  if (at === 0 && EVENT_PARTICIPLE_AUXILIARIES.has(tokens[0] ?? ""))
    return unseenParticiple(tokens.slice(1), isStopword, isName, isUnseen);
  if (at === 0) return undefined;
  // "why was al-Rashid FIRED?", "why were the talks MOVED to Riga?": a why-ask takes its event for granted
  // and asks its cause, and after be or have the event is the participle (a yes/no ask's participle is as
  // often a paraphrase, above). A fact that does not tell that event explains nothing of it.
  for (const word of tokens.slice(at + 1)) {
    // "why is Chile bombing more now that the talks HAVE STARTED?": the ask's own clause ends there.
    if (CLAUSE_OPENERS.has(word)) return undefined;
    if (FUNCTION_WORDS.has(word) || isName(word) || isStopword(word)) continue;
    if (isPastParticiple(word)) return word;
  }
  return undefined;
}

/**
 * "has Norway RELEASED the members?", "was Petrov KILLED?": the yes/no ask's own participle, claimed only when
 * the base has never seen the word. "has Chile STOPPED its strikes", "are the talks CENTERED on": a participle
 * the base has is as often a paraphrase of the fact's own verb as a claim against it, so only the first
 * participle is read, and a known one claims nothing; one no fact has can be no fact's wording of its verb.
 */
function unseenParticiple(
  rest: readonly string[],
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
  isUnseen: (word: string) => boolean,
): string | undefined {
  const at = ownParticipleAt(rest, participleOf(isStopword, isName));
  const participle = rest[at];
  if (participle === undefined) return undefined;
  if (!isUnseen(participle)) return lightVerbObject(rest, at, isStopword, isName, isUnseen);
  // "has Chile CHILLED (out) on bombing …": a participle over an -ing verb tells how that activity went,
  // in whatever words; the activity is what a fact must tell.
  const next = rest.slice(at + 1, at + 4).find((word) => !FUNCTION_WORDS.has(word));
  return next?.endsWith("ing") && isVerbForm(next) ? undefined : participle;
}

/** Words before a noun that make a participle between them and it attributive: "the DETAINED members". */
const DETERMINERS = new Set("the a an its their these those this his her our any some all both".split(" "));
/** The passive's own auxiliary after the subject: "have the members BEEN put on trial?". */
const PASSIVE_BE = new Set(["been", "being"]);

/**
 * Where the ask's own participle is, or -1: the first after "been" when the ask has one ("have the members
 * the county detained BEEN convicted?"), else the first that qualifies no noun of the subject: not one after
 * a determiner and before a word ("the DETAINED members … put on trial"), nor one right before another
 * participle, the end of a relative clause ("the members Chile DETAINED convicted?").
 */
function ownParticipleAt(rest: readonly string[], isVerbParticiple: (word: string) => boolean): number {
  // "put" is its own participle, which the word lists do not mark: one before its preposition is.
  const isParticiple = (word: string, i: number): boolean =>
    isVerbParticiple(word) || (LIGHT_VERBS.has(word) && LIGHT_VERB_PREPOSITIONS.has(rest[i + 1] ?? ""));
  const be = rest.findIndex((word) => PASSIVE_BE.has(word));
  if (be !== -1) return rest.findIndex((word, i) => i > be && isParticiple(word, i));
  return rest.findIndex((word, i) => {
    if (!isParticiple(word, i)) return false;
    const next = rest[i + 1];
    const attributive = DETERMINERS.has(rest[i - 1] ?? "") && next !== undefined && !FUNCTION_WORDS.has(next);
    return !attributive && !(next !== undefined && isParticiple(next, i + 1));
  });
}

/** Verbs whose participle carries little of the claim: what they put someone in or to does ("put on TRIAL"). */
const LIGHT_VERBS = new Set(["put", "taken", "brought", "placed", "thrown"]);
/** The prepositions between a light verb and the noun it puts: "put ON trial", "taken INTO custody". */
const LIGHT_VERB_PREPOSITIONS = new Set(["on", "under", "into", "in", "to", "behind"]);

/**
 * "were the members PUT ON TRIAL?": after a light verb the base has, the bare noun of its prepositional
 * phrase is what the ask claims happened, when the base has never seen that noun ("trial"); "taken into
 * custody" with a word the base has, or a noun after a determiner ("put to the council"), claims nothing.
 */
function lightVerbObject(
  rest: readonly string[],
  at: number,
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
  isUnseen: (word: string) => boolean,
): string | undefined {
  if (!LIGHT_VERBS.has(rest[at] ?? "") || !LIGHT_VERB_PREPOSITIONS.has(rest[at + 1] ?? "")) return undefined;
  const noun = rest[at + 2];
  if (noun === undefined || FUNCTION_WORDS.has(noun) || isStopword(noun) || isName(noun)) return undefined;
  return isUnseen(noun) ? noun : undefined;
}

/**
 * "HAVE they SIGNED a security agreement?", "has X RETURNED Berg's remains?": the participle of a yes/no ask
 * that opens with has, have, had, was or were, whether or not the base has the word. A known one is no claim
 * a fact must repeat (`unseenParticiple`), but what it is claimed of is read (`AskParts.predicateOf`).
 */
export function openingParticiple(
  ask: string,
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
): string | undefined {
  const [auxiliary, ...rest] = tokensOf(ask);
  if (!EVENT_PARTICIPLE_AUXILIARIES.has(auxiliary ?? "")) return undefined;
  return rest.find(participleOf(isStopword, isName));
}

/** Whether a word is a verb's past participle, and no function word, stopword or name. */
function participleOf(
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
): (word: string) => boolean {
  return (word) =>
    !FUNCTION_WORDS.has(word) &&
    !isName(word) &&
    !isStopword(word) &&
    isPastParticiple(word) &&
    isVerbForm(word);
}

/** Question words that open a wh-ask whose own event may be read (`unseenEventWord`). */
const WH_OPENERS = new Set(["what", "whats", "when", "where", "who", "whom", "which", "how"]);

/**
 * The event of a wh-ask put in the past of be right after its question word, when the base has never seen
 * the participle: "when was the Front FOUNDED?", "what were they CHARGED with?", "what was he CONVICTED of?";
 * or the verb of an ask for an event's time or place, unseen as well ("in what year did X ANNEX …").
 * No fact tells that event, so none gives its time, place or object, whatever else it shares. Only there:
 * "how many sources was the report BASED on?" asks of its noun, and "what has Norway PROMISED?", "what did the
 * ministry SHOOT DOWN?" of an act that facts word in their own verbs (measured: docs/evaluation.md).
 */
export function unseenEventWord(
  ask: string,
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
  isUnseen: (word: string) => boolean,
): string | undefined {
  const tokens = tokensOf(ask);
  const [wh, auxiliary, ...rest] = tokens;
  if (WH_OPENERS.has(wh ?? "") && PAST_BE_AUXILIARIES.has(auxiliary ?? "")) {
    return unseenParticiple(rest, isStopword, isName, isUnseen);
  }
  const verb = timeOrPlaceVerb(tokens, isStopword, isName);
  return verb !== undefined && isUnseen(verb) ? verb : undefined;
}

/** Nouns of a time a wh-ask may ask for: "in what YEAR did …", "on which DAY did …". */
const TIME_NOUNS = new Set(["year", "month", "day", "date"]);
/** The particles of a phrasal verb: "shoot DOWN", "call OFF", "pull OUT". */
const PHRASAL_PARTICLES = new Set(["down", "up", "off", "out", "away", "over", "back"]);
/** The auxiliaries of an event asked in its base form: "when DID they …". */
const BASE_FORM_AUXILIARIES = new Set(["did", "do", "does"]);

/**
 * The verb of an ask for the time or place of an event: "when did Chile ANNEX the plateau?", "in what year did
 * they SIGN …", "where does the council SIT?". A time or a place belongs to that event: a fact that tells
 * another one ("Chile has OCCUPIED the plateau since 1967") gives no year of it, unlike "what did X do", whose
 * act facts word in their own verbs.
 */
function timeOrPlaceVerb(
  tokens: readonly string[],
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
): string | undefined {
  let at = tokens[0] === "in" || tokens[0] === "on" ? 1 : 0;
  if (tokens[at] === "when" || tokens[at] === "where") at += 1;
  else if ((tokens[at] === "what" || tokens[at] === "which") && TIME_NOUNS.has(tokens[at + 1] ?? "")) at += 2;
  else return undefined;
  if (!BASE_FORM_AUXILIARIES.has(tokens[at] ?? "")) return undefined;
  const verb = verbAfter(tokens.slice(at + 1), isStopword, isName);
  // "when did the ministry SHOOT DOWN the reports?": a phrasal verb is an idiom for a verb facts have
  // ("dismissed"), not another event.
  const next = verb === undefined ? undefined : tokens[tokens.indexOf(verb, at + 1) + 1];
  return next !== undefined && PHRASAL_PARTICLES.has(next) ? undefined : verb;
}

/** Words that open another clause: a participle after one is not the ask's own event. */
const CLAUSE_OPENERS = new Set(
  "since that which who whom whose when where while after before because now if as until though although so and but or".split(
    " ",
  ),
);

function tokensOf(ask: string): string[] {
  return (
    ask
      .toLowerCase()
      .replace(/['’]/g, "")
      .match(/\p{L}+/gu) ?? []
  );
}

/** The first verb of the words after an auxiliary, skipping function words and names ("did BIDEN meet"). */
function verbAfter(
  rest: readonly string[],
  isStopword: (word: string) => boolean,
  isName: (word: string) => boolean,
): string | undefined {
  let sawVerb = false;
  // "did Chile FLY to Oslo to meet …": a verb before a "to" that leads to no verb (a preposition), claimed when
  // a purpose follows it; with none ("did Chile respond to the offer") nothing is claimed, as before.
  let beforeTo: string | undefined;
  for (const [i, word] of rest.entries()) {
    // "does Washington BACK better ties?": "back" after the subject, with no verb before it ("did they go
    // back …": an adverb) nor a particle after it ("did Chile back down": a phrasal verb), is the verb.
    if (word === "back" && !sawVerb && i > 0 && !BACK_PARTICLES.has(rest[i + 1] ?? "")) return word;
    if (!FUNCTION_WORDS.has(word) && !isName(word) && (isVerb(word) || word.length < MIN_VERB_LENGTH)) {
      sawVerb = true;
    }
    if (word.length < MIN_VERB_LENGTH || FUNCTION_WORDS.has(word) || isName(word)) continue;
    // A stopword here is most often the verb itself, one too common to claim anything ("do we KNOW").
    if (isStopword(word)) return undefined;
    // "did they END UP holding …", "did Norway AGREE TO release …": the claim is the verb after it.
    if (CATENATIVE_PARTICLES.has(rest[i + 1] ?? "")) {
      if (!leadsToVerb(rest[i + 1], rest[i + 2], isName) && isVerb(word)) beforeTo ??= word;
      continue;
    }
    if (isVerb(word)) return beforeTo ?? word;
  }
  return undefined;
}

/**
 * Whether a particle after a verb leads on to the verb that carries the claim: "up" always ("end up
 * holding"), "to" only before a verb ("agree to release", not "fly to Oslo", "respond to the offer").
 */
function leadsToVerb(
  particle: string | undefined,
  next: string | undefined,
  isName: (word: string) => boolean,
): boolean {
  if (particle === undefined || !CATENATIVE_PARTICLES.has(particle)) return false;
  if (particle !== "to") return true;
  return next !== undefined && !FUNCTION_WORDS.has(next) && !isName(next) && isVerb(next);
}

/** "… in Geneva", "… at Oslo": the place an ask puts an event in (the name is checked by the caller). */
// "In a Fredburg hotel", "at the Riga palace": the place named before a venue's noun is the claim's place.
const PLACE_CLAIM =
  /\s+(?:in|at)\s+(?:(?:a|an|the)\s+([\p{L}'’-]+)\s+(?:hotel|palace|villa|venue|building|office|embassy|base)|([\p{L}'’-]+))(?=[\s?!.,]|$)/iu;
/** The opening of a claim: "did", "why did", "were", "why were" … */
const CLAIM_OPENING = new RegExp(
  `^(?:why\\s+)?(${[...CLAIM_BASE_AUXILIARIES, ...CLAIM_PARTICIPLE_AUXILIARIES].join("|")})\\b`,
  "i",
);

/**
 * A claim that puts an event in a place, as the question of where it was: "why did they hold the talks
 * in Geneva?" → { place: "Geneva", where: "where did they hold the talks?" }. Undefined when the ask does
 * not open as a claim or names no place after "in" / "at".
 */
export function placeClaim(ask: string): { place: string; where: string } | undefined {
  const opening = CLAIM_OPENING.exec(ask.trim());
  const place = PLACE_CLAIM.exec(ask);
  const name = place?.[1] ?? place?.[2];
  if (!opening?.[1] || !name) return undefined;
  const rest = ask.trim().slice(opening[0].length).replace(PLACE_CLAIM, "");
  return { place: name, where: `where ${opening[1].toLowerCase()}${rest}` };
}

/** Words that open the noun phrase of an event a question names: "THE July talks in Geneva". */
const EVENT_DETERMINERS = new Set(["the", "these", "those", "this", "that", "their", "its"]);
/** How many words a named event's noun phrase may take before its place ("the latest Norway–Chile meeting"). */
const EVENT_PHRASE_WORDS = 5;
/** A time after the place that fixes the event too: "in Geneva THIS AUGUST", "… LAST MONTH". */
const TRAILING_TIME = /^\s+((?:this|last|in|on|during)\s+[\p{L}\d]+)(?=[\s?!.,]|$)/iu;
/** A wh-question: it asks something of an event it names, and claims nothing by its opening. */
const WH_OPENING = /^(?:what|how)\b/i;

/**
 * A wh-question that names an event by a noun phrase put in a place: "what came out of the talks in
 * Geneva?", "how did the July meeting in Baku go?" take for granted that the event was there, as "why did
 * they meet in Geneva?" does. The claim is asked again as where that event was: "where were the talks?".
 * Only a noun phrase opened by a determiner right before the place ("the talks in Geneva"): "what happened
 * in Geneva?" names no event, and asks about the place itself.
 */
/** Words that date or order an event named by a noun phrase: "the JULY talks", "the LATEST meeting". */
const EVENT_ORDER_WORDS = new Set(
  "latest last first second third recent most next previous earlier later final initial new".split(" "),
);

function isEventTimeWord(word: string): boolean {
  return EVENT_ORDER_WORDS.has(word) || isMonthName(word);
}

export function placedEventClaim(ask: string): { place: string; where: string } | undefined {
  const trimmed = ask.trim();
  if (!WH_OPENING.test(trimmed)) return undefined;
  const place = PLACE_CLAIM.exec(trimmed);
  const name = place?.[1] ?? place?.[2];
  if (!place || !name) return undefined;
  const before = trimmed.slice(0, place.index).split(/\s+/);
  const from = before.findLastIndex((word) => EVENT_DETERMINERS.has(word.toLowerCase()));
  // The noun phrase: a determiner, at most a few words, and a noun, no verb of a clause inside it.
  if (from < 1 || before.length - from < 2 || before.length - from > EVENT_PHRASE_WORDS) return undefined;
  const phrase = before.slice(from);
  const head = (phrase.at(-1) ?? "").toLowerCase();
  if (FUNCTION_WORDS.has(head) || phrase.slice(1).some((w) => FUNCTION_WORDS.has(w.toLowerCase())))
    return undefined;
  const plural = /[^s']s$/.test(head) && !["this", "that", "its"].includes(phrase[0]?.toLowerCase() ?? "");
  const time = TRAILING_TIME.exec(trimmed.slice(place.index + place[0].length))?.[1];
  // The event asked again by its determiner, the words that date or order it ("the JULY meeting", "the
  // LATEST round") and its noun: the other words describe it by its parties ("the Norway–Chile talks"),
  // which every meeting of a story shares, and the where-ask would rank the facts that name them.
  const kept = phrase.filter(
    (w, i) => i === 0 || i === phrase.length - 1 || isEventTimeWord(w.toLowerCase()),
  );
  const where = `where ${plural ? "were" : "was"} ${kept.join(" ").toLowerCase()}${time ? ` ${time}` : ""}?`;
  return { place: name, where };
}
