// What a question asks, before any fact is looked at: the asks it holds (a long, chatty message usually
// holds one or two real questions among its context), and the attributes each ask wants (a date, a
// number, a name, a duration, a place). Pure string work on the question alone; no story wording.
import { wordClass } from "./english.js";
import { editDistance } from "./fuzzy.js";

/** Words that open a question or an ask inside one. */
const WH_WORDS = "who|whom|whose|what|whats|when|where|why|how|which";
const AUX_WORDS =
  "is|are|was|were|did|do|does|has|have|had|will|would|can|could|should|isnt|arent|wasnt|didnt|doesnt|hasnt|havent";
/** Imperatives people use instead of a question ("tell me who leads", "explain the Golan issue"). */
const IMPERATIVES = "tell|explain|describe|give|list|summarise|summarize|show|remind";

const OPENS_ASK = new RegExp(`^(?:${WH_WORDS}|${AUX_WORDS}|${IMPERATIVES})\\b`, "i");
const HAS_WH = new RegExp(`\\b(?:${WH_WORDS})\\b`, "i");

/**
 * Words that lead into an ask without being part of it ("ok so", "yo bot real quick", "like", "but").
 * Stripped from the start of a clause before deciding whether it asks something.
 */
const LEAD_IN =
  /^(?:(?:ok(?:ay)?|so|but|and|or|well|hey|hi+|hello|yo|ayo|oi|bot|pls|plz|please|quick(?:ly)?|real|q|question|sorry|also|like|um+|uh+|hmm+|btw|lol|then|anyway|anyways|basically|honestly|just|wait|right|guys|folks|all|everyone|y'?all|bro|dude|mate|quick q|quick question|serious question|genuine question|dumb q|sanity check|one more|another one|follow up|follow-up|good (?:morning|afternoon|evening|day)|gm|morning|evening|hiya|howdy|greetings|thanks|thank you|ty)\b[\s,!.:;—–-]*)+/i;

/**
 * A clause that only asks whether what was said before it is so: "is that true?", "is this confirmed",
 * "wasn't it", "can you confirm that?". With no ask before it, the claim before it is what it asks about.
 */
const CLAIM_TAG =
  /^(?:(?:is|was)\s+(?:that|this|it)(?:\s+(?:true|confirmed|right|correct|accurate|real|so))?|(?:isn|wasn|didn|doesn|aren|weren)['’]?t\s+(?:it|that|he|she|they)|(?:can|could)\s+(?:you|u)\s+confirm(?:\s+(?:that|this|it))?|am\s+i\s+right)\s*[?!.]*$/i;

/** A clause this short with a question word reuses the previous ask's subject ("…, and what for?"). */
const ELLIPTICAL_MAX_WORDS = 3;

/**
 * The asks in a question: its clauses that ask something, with lead-in chatter removed. A question with
 * no recognisable ask is one ask, as typed.
 */
export function splitAsks(question: string): string[] {
  const clauses = question
    .split(/(?<=[?!.])\s+|\s+[—–]\s+|\s+-\s+|[;:]\s+|\n+/)
    .flatMap((sentence) =>
      sentence.split(
        new RegExp(
          `,\\s*|\\s+(?:and|but|also|plus|or)\\s+(?=(?:${WH_WORDS}|${AUX_WORDS})\\b)|\\s+(?:and|but)\\s+(?=also\\b)`,
          "i",
        ),
      ),
    )
    .map((clause) => clause.replace(LEAD_IN, "").trim())
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause));
  const asks: string[] = [];
  let context: string | undefined;
  for (const clause of clauses) {
    const previous = asks.at(-1);
    // "I heard they signed a deal, is that true?": the tag asks whether the claim before it is so.
    if (previous === undefined && context !== undefined && CLAIM_TAG.test(clause)) {
      asks.push(`${context.replace(/[?!.]+$/, "")}, ${clause}`);
      continue;
    }
    if (!OPENS_ASK.test(clause) && !(HAS_WH.test(clause) && clause.endsWith("?"))) {
      // A clause after an ask goes on with it ("which agency, Mossad or Shin Bet?"); one before the
      // first ask is context ("my friend says …, so what …?") and is left out.
      if (previous !== undefined) asks[asks.length - 1] = `${previous.replace(/[?!.]+$/, "")} ${clause}`;
      else context = clause;
      continue;
    }
    const size = clause.split(/\s+/).length;
    if (previous !== undefined && size <= ELLIPTICAL_MAX_WORDS) {
      asks.push(`${clause.replace(/[?!.]+$/, "")} ${stripOpening(previous)}`);
    } else asks.push(clause);
  }
  if (asks.length === 0) return [question.trim()];
  return asks;
}

function stripOpening(ask: string): string {
  return ask.replace(new RegExp(`^(?:${WH_WORDS}|${AUX_WORDS})\\b\\s*`, "i"), "");
}

/** What an ask wants the answer to contain, beyond matching its words. */
export type Attribute =
  | "date"
  | "exact-date"
  | "count"
  | "exact-count"
  | "duration"
  | "name"
  /** Something before another thing ("who ran Syria BEFORE …", "what was HTS called PREVIOUSLY"). */
  | "earlier"
  /** A next event ("where will the NEXT round be held"). */
  | "later"
  /** What may come in general ("could this become full diplomacy LATER ON?"). */
  | "future"
  /** Which members of a set ("which of his belongings were returned", "what ITEMS"): a list, not the set. */
  | "list";

const ATTRIBUTE_PATTERNS: ReadonlyArray<[Attribute, RegExp]> = [
  [
    "exact-date",
    /\b(?:what|which|exact|precise|specific)\s+(?:date|day|days|dates|time of day|hour)\b|\bexactly when\b|\bwhen exactly\b|\bon what day\b|\bwhat time\b/i,
  ],
  ["duration", /\bhow long\b|\bfor how many (?:hours|days|weeks|months|years)\b/i],
  [
    "exact-count",
    /\bexact(?:ly)? how many\b|\bhow many\b[^?.]*\bexact(?:ly)?\b|\bexact (?:number|count|figure)\b/i,
  ],
  ["count", /\bhow many\b|\bhow much\b(?! time\b)|\bnumber of\b|\bwhat number\b/i],
  [
    "name",
    /\b(?:what(?:'s|s| is| are| was| were)?|which)\s+(?:(?:is|are|was|were)\s+)?(?:the\s+|their\s+|his\s+|her\s+)?names?\b|\bnamed?\s+(?:the|them|him|her)\b|\bcalled what\b/i,
  ],
  ["exact-date", /\bbirthday\b|\bdate of birth\b|\bbirth ?date\b/i],
  // "How much time passed between the two votes?": the dates of both answer it.
  ["date", /\bwhen\b|\bwhat (?:year|month)\b|\bwhich (?:year|month)\b|\bhow long ago\b|\bhow much time\b/i],
  ["earlier", /\b(?:before|prior to|previous(?:ly)?|former(?:ly)?|earlier|predecessor)\b/i],
  ["later", /\b(?:next|upcoming|successor)\b/i],
  [
    "list",
    /\bwhich of (?:the|his|her|its|their|those|these|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s)\b[^?]*?\b(?:are|were|did|do|does|have|has|had)\b|\b(?:what|which)\s+(?:specific\s+|exact\s+|particular\s+)?(?:items|things|objects)\b|\bspecifically what\b|\bwhat specifically\b|\bwhich ones\b/iu,
  ],
  [
    "future",
    /\b(?:future|later on|eventually|down the (?:line|road)|going forward|from now on|long run|long term)\b/i,
  ],
];

export function askedAttributes(ask: string): Set<Attribute> {
  const found = new Set<Attribute>();
  for (const [attribute, pattern] of ATTRIBUTE_PATTERNS) if (pattern.test(ask)) found.add(attribute);
  // "Who were the five sources?" asks for their names as "what were the names of the sources?" does.
  if (WHO_IS_PERSON.test(ask)) found.add("name");
  // "how long" is answered by a duration or a start date ("since 1967"), not by any date.
  if (found.has("duration")) found.delete("date");
  if (found.has("exact-date")) found.delete("date");
  if (found.has("exact-count")) found.delete("count");
  return found;
}

/**
 * The thing an ask is about when it asks for a part or a number of it: "what is the POPULATION of
 * Quneitra", "how many TROOPS". The fact that answers must speak of that thing, not only of Quneitra.
 */
/** "What is the NAME of …", "the DATE of …": these ask for an attribute (askedAttributes), not a thing. */
const ATTRIBUTE_NOUNS =
  /^(?:names?|dates?|days?|times?|numbers?|years?|months?|kinds?|sorts?|types?|parts?|size|amount|title|rest)$/i;

export function headWords(ask: string): string[] {
  const heads: string[] = [];
  const partOf =
    /\bwhat(?:'s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the|his|her|its|their)\s+([\p{L}-]+)\s+of\b/iu.exec(
      ask,
    );
  if (partOf?.[1] && !ATTRIBUTE_NOUNS.test(partOf[1])) heads.push(partOf[1]);
  // "how many ISRAELI soldiers": the caller skips a first word that only says whose.
  const count = /\bhow many\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(ask);
  if (count?.[1]) heads.push(count[2] ? `${count[1]} ${count[2]}` : count[1]);
  return heads.map((w) => w.toLowerCase());
}

/** Asks that present a claim to be checked ("is it true …", "…, wasn't it?"): a wrong detail is corrected. */
export function isVerification(ask: string): boolean {
  return /\b(?:is it true|true that|is that true|isn'?t it|wasn'?t it|didn'?t (?:he|she|they|it)|weren'?t they|i heard|i read|someone said|heard that|apparently)\b|\b(?:right|correct|true)\s*\?*$/i.test(
    ask,
  );
}

/** The words that open a question, as people misspell them: "wher", "wen", "waht", "whta". */
const QUESTION_WORD_TARGETS = ["who", "what", "when", "where", "which", "whose", "why", "how"];

/**
 * The question with misspelt question words written right ("wher did they meet" → "where did they
 * meet"), so that what it asks (a place, a date) is read from it. A word is taken for a question word when
 * it is one edit from exactly one of them (or the start of exactly one) and is no English word, or is the question's first word
 * ("wen did Assad fall": "wen" is a word, but no question opens with it).
 */
export function correctQuestionWords(question: string): string {
  let first = true;
  return question.replace(/[\p{L}'’]+/gu, (token) => {
    const atStart = first;
    first = false;
    const word = token.toLowerCase();
    if (word.length < 3 || word.length > 6 || QUESTION_WORD_TARGETS.includes(word)) return token;
    // "Were …?" is a question already, one edit from "where" or not.
    if ((!atStart || OPENS_ASK.test(word)) && wordClass(word) === "common") return token;
    const near = QUESTION_WORD_TARGETS.filter((target) => editDistance(word, target, 1) <= 1);
    // "wher" is one edit from "when" and "where": a word cut short is the likelier slip.
    const cut = near.filter((target) => target.startsWith(word));
    const [chosen] = near.length === 1 ? near : cut.length === 1 ? cut : [];
    return chosen ?? token;
  });
}

/** Nouns for people: "the name of the OFFICIAL", "the names of the MEMBERS detained". */
const PERSON_NOUNS =
  "officials?|negotiators?|members?|leaders?|ministers?|envoys?|spokes(?:man|men|person|woman)|presidents?|governors?|people|persons?|man|men|woman|women|sources?|participants?|chiefs?|delegates?|representatives?|journalists?|reporters?|spy|spies|agents?|commanders?|generals?|soldiers?|fighters?|militants?|mediators?";
const ASKS_PERSON = new RegExp(
  `\\bnames?\\s+of\\s+(?:the\\s+|those\\s+|these\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${PERSON_NOUNS})\\b`,
  "iu",
);

/** "Who were the SOURCES", "who is the OFFICIAL talking to him": a person described, whose name is asked. */
const WHO_IS_PERSON = new RegExp(
  `\\bwho(?:\\s+(?:is|are|was|were)|['’]s|['’]re)\\s+(?:the|those|these)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PERSON_NOUNS})\\b`,
  "iu",
);

/** Whether an ask wants a person's name: "what's the name of the Israeli OFFICIAL …", "names of the MEMBERS". */
export function asksForPerson(ask: string): boolean {
  return ASKS_PERSON.test(ask) || WHO_IS_PERSON.test(ask);
}
