// What a question asks, before any fact is looked at: the asks it holds (a long, chatty message usually
// holds one or two real questions among its context), and the attributes each ask wants (a date, a
// number, a name, a duration, a place). Pure string work on the question alone; no story wording.

import { MONTH_NAMES } from "../knowledge/dates.js";
import { ASK_OPENING_AUXILIARIES, alternation, YES_NO_AUXILIARIES } from "./auxiliaries.js";
import { wordClass } from "./english.js";
import { editDistance } from "./fuzzy.js";
import { escapeRegExp } from "./regexp.js";
import { asksOnlyWhen, timeIntentOf, timeLast, withoutTimesOf, withTime } from "./time.js";

/** Words that open a question or an ask inside one. */
export const WH_WORDS = "who|whom|whose|what|whats|when|where|why|how|which";
const AUX_WORDS = alternation(ASK_OPENING_AUXILIARIES);
/** Imperatives people use instead of a question ("tell me who leads", "explain the Golan issue"). */
const IMPERATIVES = "tell|explain|describe|give|list|summarise|summarize|show|remind";

const OPENS_ASK = new RegExp(`^(?:${WH_WORDS}|${AUX_WORDS}|${IMPERATIVES})\\b`, "i");
/**
 * A time or place put first, before the question word or verb: "back in may HAD either side commented",
 * "in which month DID hts take power", "after the strikes DID israel pull back".
 */
const FRONTED_ASK = new RegExp(
  `^(?:back\\s+|way\\s+)?(?:in|on|during|after|before|by|since|at|until|from|for|as of|so far)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,3}?(?:${WH_WORDS}|${AUX_WORDS})\\b`,
  "iu",
);
/** A short phrase put first that says where or by whom, with no verb: "in ragip soylu's tweet", "per reuters". */
const FRONTED_PHRASE =
  /^(?:in|on|at|from|according to|per|by|with|regarding|re|as for|as to|about)\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*$/iu;
/** Relative words: after a clause of context they go on with it ("…, which honestly blew my mind, …"). */
const RELATIVE_OPENING = /^(?:which|who|whom|whose|where|when)\b/i;
const HAS_WH = new RegExp(`\\b(?:${WH_WORDS})\\b`, "i");

/**
 * Words that lead into an ask without being part of it ("ok so", "yo bot real quick", "like", "but").
 * Stripped from the start of a clause before deciding whether it asks something.
 */
const LEAD_IN = new RegExp(
  `^(?:(?:${[
    "o+k+(?:a+y+)?|k+|so+|but|and|or|well|he+y+a?|hi+|hello+|yo+|ayo+|oi+|sup|bot|pls|plz|please|quick(?:ly)?|real",
    "q|question|sorry|also|like|um+|uh+|hm+|btw|lol+|lmao|ngl|tbh|fr|then|anyway|anyways|basically|honestly|just",
    "wait|right|guys|folks|all|everyone|y'?all|bro|dude|mate|one more|another one|follow[ -]?up|gm|morning|evening",
    "(?:dumb|stupid|silly|noob|random|quick|serious|genuine|honest|simple|real) (?:q|qs|question)",
    "good (?:morning|afternoon|evening|day)|hiya|howdy|greetings|thanks|thank you|ty|sanity check",
    // "can you tell me who …", "does anyone know where …": the ask is what follows.
    "(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody)(?: please| pls)? (?:tell|remind|explain to|let)(?: me| us)?(?: know)?",
    "(?:does|do) (?:anyone|anybody|someone|u|you) know|any(?:one|body) know|i (?:wanna|want to|would like to|d like to) know",
    "i(?:'m| am|m)? (?:just )?(?:curious|wondering)|i was wondering|wondering|curious",
  ].join("|")})\\b[\\s,!.:;—–-]*)+`,
  "i",
);

/**
 * Chatter after an ask ("has israel eased off OR NAH", "who leads LOL", "… THO?"): left out, its closing
 * "?" kept. Not "right" or "correct": they put a claim to the bot (`isVerification`).
 */
const TAIL =
  /(?:[\s,]+(?:or\s+(?:nah|naw|nope|not|no|what|something)|lol+|lmao|haha+|hah|tho|pls|plz|please|thx|thanks|thank you|ty|tia|bro|dude|fam|guys|folks|y'?all|ngl|tbh|fr|idk))+(?=[\s?!.]*$)/i;

/** A clause this short with a question word reuses the previous ask's subject ("…, and what for?"). */
const ELLIPTICAL_MAX_WORDS = 3;

/** Where a message breaks into sentences (and lines, dashes, colons), then a sentence into clauses. */
const SENTENCE_BREAK = /(?<=[?!.])\s+|\s+[—–]\s+|\s+-\s+|;\s+|(?<!\bre):\s+|\n+/i;
const COMMA_BREAK = /,\s*/;
const CLAUSE_BREAK = new RegExp(
  // "…delayed or brought forward OR WHAT, so …": a question word with nothing after it ends a clause as
  // chatter; it opens no ask.
  `\\s+(?:and|but|also|plus)\\s+(?=(?:${WH_WORDS}|${AUX_WORDS})\\b)|\\s+or\\s+(?=(?:${WH_WORDS}|${AUX_WORDS})\\b(?![\\s?!.]*$))|\\s+(?:and|but)\\s+(?=also\\b)`,
  "i",
);
/** A question inside a statement: "i'm confused about WHAT came out of it", "i'd like to know WHO …". */
const EMBEDDED_ASK = new RegExp(
  `\\b(?:about|know|knows|wonder(?:ing)?|sure|understand|confused (?:on|as to|by)|curious as to|idea|figure out|find out|clear on|clarify|explain)\\s+((?:${WH_WORDS})\\b.*)$`,
  "i",
);
/** An ask with nothing of its own: "can you explain?", "thoughts?", "any idea?" — it asks about the context. */
const CONTENT_FREE =
  /^(?:(?:can|could|would|will|pls|please|some(?:one|body)|any(?:one|body)|you|u|me|us|explain|clarify|elaborate|help|tell|any|idea|ideas|thoughts|this|that|it|more|do|does|know|anything)\b[\s?!.]*)+$/i;

/**
 * A question tag, or a clause that only asks whether what was said before it is so: the clause before it
 * is the claim it asks about ("it was Biden who went, WASN'T IT", "i heard they signed, IS THAT TRUE?",
 * "…, CAN YOU CONFIRM?").
 */
const QUESTION_TAG =
  /^(?:(?:isn|aren|wasn|weren|didn|doesn|don|hasn|haven|hadn|won|wouldn|can|couldn|shouldn)['’]?t\s+(?:it|he|she|they|we|you|there|that|this)|(?:is|was)\s+(?:that|this|it)(?:\s+(?:true|confirmed|right|correct|accurate|real|so))?|(?:can|could)\s+(?:you|u)\s+confirm(?:\s+(?:that|this|it))?|am\s+i\s+right|right|correct|true|yeah|yes|no|innit|or not)\b[\s?!.]*$/i;

interface Clause {
  text: string;
  /** The clause as typed, lead-in words and all ("i'm curious if …" before they are stripped). */
  typed: string;
  /** Opens after a comma: a relative "which …" there goes on with the clause before it. */
  afterComma: boolean;
  /** Lead-in words were stripped ("…, SO who was …"): a relative word after them opens a new clause. */
  led: boolean;
}

/**
 * A question word after "that's", "this is", "it was": a free relative, no question ("at least that's
 * WHAT it felt like", "this is WHERE it gets murky").
 */
const FREE_RELATIVE = new RegExp(
  `\\b(?:that|this|it|which)(?:['’]s|\\s+(?:is|was))\\s+(?:just\\s+|exactly\\s+)?(?:${WH_WORDS})\\b`,
  "i",
);
/** "What I want to know IS: who …": a question word opening a clause that ends on its verb frames an ask. */
const PSEUDO_CLEFT = new RegExp(`^(?:${WH_WORDS})\\b.*\\b(?:is|was)[\\s:]*$`, "i");
/**
 * "When"/"where" not followed by an auxiliary (or a subject question's verb) opens a subordinate clause,
 * not a question: "WHEN syria's interim government talked about israel, …, what did they say?".
 */
const INVERTED_WHEN_WHERE = new RegExp(
  `^(?:when|where)(?:['’]|\\s+(?:(?:exactly|else|actually|roughly|precisely|ever|again|approximately)\\s+)?(?:${AUX_WORDS})\\b)`,
  "i",
);
const SUBORDINATE_WHEN_WHERE = /^(?:when|where|whenever|while)\b/i;

/** Whether a clause (lead-in removed) asks something. */
function asksSomething(clause: string): boolean {
  if (PSEUDO_CLEFT.test(clause)) return false;
  if (OPENS_ASK.test(clause)) return true;
  if (FREE_RELATIVE.test(clause)) return false;
  return FRONTED_ASK.test(clause) || (HAS_WH.test(clause) && clause.endsWith("?"));
}

/**
 * "Could you spell out WHICH steps …", "would you walk me through WHAT happened": a request whose object is a
 * question; the question is the ask. Not "can you confirm …", which puts a claim to the bot.
 */
const REQUEST = new RegExp(
  `^(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+)?(?!confirm\\b)[\\p{L}]+(?:\\s+(?:out|up|over|down|through|me|us|on))*\\s+(?:exactly\\s+|precisely\\s+)?((?:${WH_WORDS})\\b.*)$`,
  "iu",
);
/** "I want to know WHETHER the governments have said …", "i'm curious IF …": a yes/no question inside a statement. */
const WHETHER_ASK =
  /\b(?:know|knows|wonder|wondering|wondered|curious|sure|tell|asking|check|see|understand)\s+(?:whether|if)\s+(.+)$/i;
const YES_NO_AUX = new RegExp(`^(?:${alternation(YES_NO_AUXILIARIES)})$`, "i");
/** The subject of an embedded yes/no question is seldom longer than this ("the two governments"). */
const MAX_SUBJECT_WORDS = 5;

/**
 * The yes/no question an embedded "whether" clause stands for, its auxiliary put first: "the two
 * governments have said anything" → "have the two governments said anything", "that's still the case" →
 * "is that still the case". With no auxiliary the clause is kept as it stands.
 */
export function invertedYesNo(clause: string): string {
  const words = clause.trim().split(/\s+/);
  for (let k = 0; k < Math.min(words.length, MAX_SUBJECT_WORDS + 1); k++) {
    const word = words[k] ?? "";
    const contracted = /^(that|this|it|he|she|there)['’]s$/i.exec(word);
    if (contracted && k === 0) return ["is", contracted[1], ...words.slice(1)].join(" ");
    if (k > 0 && YES_NO_AUX.test(word)) {
      return [word.toLowerCase(), ...words.slice(0, k), ...words.slice(k + 1)].join(" ");
    }
  }
  return clause.trim();
}

/**
 * The question a clause holds inside a statement or request, or undefined when it holds none. `direct`: the
 * message asks a question outright later, in another sentence ("I'm not sure what he did — what role has
 * the US played?"); a question merely mentioned before it is context, and so, anywhere before it, is a
 * "whether" clause that makes no question ("i'm curious if the article backs that up, like did israel …?").
 */
function embeddedAsk(
  text: string,
  typed: string,
  direct: { inSentence: boolean; later: boolean },
): string | undefined {
  const request = REQUEST.exec(text)?.[1];
  if (request !== undefined) return request;
  // Asked outright itself ("…, and i want to know whether X?"), it is the ask whatever follows.
  const outright = text.endsWith("?");
  const wh = EMBEDDED_ASK.exec(text)?.[1];
  if (wh !== undefined) return direct.later && !outright ? undefined : wh;
  const yesNo = WHETHER_ASK.exec(typed)?.[1]?.replace(TAIL, "");
  if (yesNo === undefined || (direct.later && !outright)) return undefined;
  const inverted = invertedYesNo(yesNo);
  return inverted === yesNo.trim() && direct.inSentence && !outright ? undefined : inverted;
}

/** One ask and what came just before it: the ask before, or the context it follows (for its pronouns). */
interface AskInContext {
  ask: string;
  before: string;
  /** `before` is the ask before this one, not context: a pronoun with no name there stands for what it asked about. */
  afterAsk: boolean;
  /** The clauses of context just before the ask, one by one (empty after an ask). */
  context: string[];
}

/**
 * A clause of context that frames the ask after it in time ("in the newest report, how long …", "around the
 * time the talks started in May, what was Israel doing …"): it opens with a preposition or conjunction of
 * time and says when (time.ts reads it). It is the ask's constraint, not context to leave out.
 */
const TIME_FRAME =
  /^(?:(?:back|way back|right|just)\s+)?(?:in|on|at|around|during|after|before|since|by|until|from|as of|when|while|once|following|prior to)\b/i;

/**
 * A time frame as the few words that say its time and nothing else ("in the newest report" → "now", "around
 * the time the talks started in May" → "in May"): its other words are context, which would weigh against
 * every fact that does not repeat them. `undefined` for a frame time.ts reads no time from.
 */
function timeOfFrame(frame: string): string | undefined {
  const intent = timeIntentOf(frame);
  switch (intent?.kind) {
    case "latest":
      return "now";
    case "earliest":
      return "originally";
    case "period": {
      const month = MONTH_NAMES[Number(intent.month) - 1];
      return month === undefined ? undefined : `in ${month}${intent.year ? ` ${intent.year}` : ""}`;
    }
    default:
      return undefined;
  }
}

function clausesOf(sentence: string): Clause[] {
  return sentence.split(COMMA_BREAK).flatMap((part, k) =>
    part
      .split(CLAUSE_BREAK)
      .map((typed, l): Clause => {
        const text = typed.replace(LEAD_IN, "").replace(TAIL, "").trim();
        return {
          text,
          typed: typed.trim(),
          afterComma: k > 0 && l === 0,
          led: !typed.trim().toLowerCase().startsWith(text.slice(0, 12).toLowerCase()),
        };
      })
      .filter((clause) => /[\p{L}\p{N}]/u.test(clause.text)),
  );
}

function asksInContext(question: string): AskInContext[] {
  const sentences = question.split(SENTENCE_BREAK).map(clausesOf);
  const asksLater = (i: number, j: number) =>
    sentences.some((clauses, k) =>
      clauses.some((c, l) => (k > i || (k === i && l > j)) && c.text.endsWith("?")),
    );
  /** A question asked outright after clause j of sentence i: in the same sentence, and in a later one. */
  const directLater = (i: number, j: number) => {
    // "…, can you explain?" asks nothing of its own: it asks the question before it.
    const direct = (c: Clause) => c.text.endsWith("?") && asksSomething(c.text) && !CONTENT_FREE.test(c.text);
    return {
      inSentence: (sentences[i] ?? []).some((c, l) => l > j && direct(c)),
      later: sentences.some((clauses, k) => k > i && clauses.some(direct)),
    };
  };
  const asks: AskInContext[] = [];
  let context: string[] = [];
  // "In May, who led …?": a clause that is only a time phrase goes with the ask after it (time.ts).
  let time: string | undefined;
  let lastContext: { text: string; i: number; j: number } | undefined;
  sentences.forEach((clauses, i) => {
    let afterContext = false;
    clauses.forEach(({ text: typed, typed: asTyped, afterComma, led }, j) => {
      const timed = timeLast(typed);
      if (timed === null) {
        time = typed;
        return;
      }
      const text = time === undefined ? timed : withTime(timed, time);
      time = undefined;
      const previous = asks.at(-1);
      if (QUESTION_TAG.test(text)) {
        const claim = afterContext ? context.pop() : undefined;
        if (claim !== undefined) {
          asks.push({ ask: `${claim}, ${text}`, before: context.join(" "), afterAsk: false, context });
          context = [];
          afterContext = false;
        } else if (previous !== undefined) previous.ask = `${previous.ask.replace(/[?!.]+$/, "")}, ${text}`;
        return;
      }
      // "so i was reading about assad, WHICH honestly blew my mind, but who …?": a relative clause after
      // context is more context, when a real question follows.
      // "…, so who was …": after lead-in words a relative word opens a clause of its own; so it does after a
      // phrase that only says where to look ("in the tweet, who met …"), which has no noun for it to qualify,
      // and when an ask is joined to it by "and" ("…, who met there and what …?"): a relative clause
      // between commas ends at a comma.
      const next = clauses[j + 1];
      const relative =
        afterComma &&
        afterContext &&
        !led &&
        !FRONTED_PHRASE.test(context.at(-1) ?? "") &&
        (next === undefined || next.afterComma) &&
        RELATIVE_OPENING.test(text) &&
        !text.endsWith("?") &&
        asksLater(i, j);
      // "When syria's government talked about israel, …, what did they say?": a subordinate clause.
      const subordinate =
        SUBORDINATE_WHEN_WHERE.test(text) &&
        !INVERTED_WHEN_WHERE.test(text) &&
        !text.endsWith("?") &&
        asksLater(i, j);
      const request = REQUEST.exec(text)?.[1];
      const opens = !relative && !subordinate && request === undefined && asksSomething(text);
      const clause =
        opens || relative || subordinate ? text : (embeddedAsk(text, asTyped, directLater(i, j)) ?? text);
      if (!opens && clause === text) {
        // A clause after an ask goes on with it ("which agency, Mossad or Shin Bet?"); one before the
        // first ask is context ("my friend says …, so what …?") and is left out.
        if (previous !== undefined && !afterContext && j > 0) {
          previous.ask = `${previous.ask.replace(/[?!.]+$/, "")} ${clause}`;
        } else {
          afterContext = true;
          context.push(clause);
          lastContext = { text: clause, i, j };
        }
        return;
      }
      afterContext = false;
      // "…, but around the time the talks started in may, what was israel doing?": the clause just before
      // the ask that frames it in time goes with it.
      const framed =
        lastContext !== undefined &&
        lastContext.i === i &&
        lastContext.j === j - 1 &&
        context.at(-1) === lastContext.text &&
        TIME_FRAME.test(lastContext.text)
          ? timeOfFrame(lastContext.text)
          : undefined;
      if (framed !== undefined) context.pop();
      lastContext = undefined;
      const afterAsk = context.length === 0 && previous !== undefined;
      const before = context.length > 0 ? context.join(" ") : (previous?.ask ?? "");
      const contextClauses = context;
      context = [];
      if (CONTENT_FREE.test(clause)) {
        // "…, can you explain?" after an ask asks it again; after context only, it asks about that.
        if (previous === undefined && before !== "") {
          asks.push({ ask: before, before: "", afterAsk: false, context: [] });
        }
        return;
      }
      const size = clause.split(/\s+/).length;
      // "What was first reported, and what's the newest figure?": an ask that says only when asks the one
      // before it again at its own time (time.ts).
      if (previous !== undefined && asksOnlyWhen(clause)) {
        const asked = stripOpening(withoutTimesOf(previous.ask.replace(/[?!.]+$/, "")));
        asks.push({
          ask: `${clause.replace(/[?!.]+$/, "")} ${asked}?`,
          before,
          afterAsk,
          context: contextClauses,
        });
      } else if (previous !== undefined && size <= ELLIPTICAL_MAX_WORDS) {
        asks.push({
          ask: `${clause.replace(/[?!.]+$/, "")} ${stripOpening(previous.ask)}`,
          before,
          afterAsk,
          context: contextClauses,
        });
      } else {
        const ask = framed === undefined ? clause : withTime(clause, framed);
        asks.push({ ask, before, afterAsk, context: contextClauses });
      }
    });
  });
  return asks;
}

/**
 * The asks in a question: its clauses that ask something, with lead-in chatter removed. A question with
 * no recognisable ask is one ask, as typed.
 */
export function splitAsks(question: string): string[] {
  const asks = asksInContext(question).map(({ ask }) => ask);
  return asks.length > 0 ? asks : [question.trim()];
}

/**
 * Discord markup and pictures that carry no words: custom emoji (`<:name:id>`), mentions of members, roles
 * and channels, timestamps, `:shortcodes:`, links, emoji (☕, 🇮🇱, 👍🏽), spoiler bars, bold and code marks, and
 * quote marks at a line's start. Left in, they split no clause ("good morning ☕ so what …") and their
 * words ("flag", an id) weigh like words the story lacks.
 */
export function withoutMarkup(text: string): string {
  return (
    text
      .replace(/<a?:\w+:\d+>|<(?:@[!&]?|#)\d+>|<t:\d+(?::\w)?>/g, " ")
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/(^|\s):[\w+-]+:(?=\s|$|[?!.,])/g, "$1 ")
      // A face or a picture ends what came before it ("settle a debate for us 😅 how many …"); a flag may
      // stand for a word ("the 🇺🇸 role"), so it only leaves a space.
      .replace(/(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|\u{20E3})+/gu, "\n")
      .replace(/\p{Regional_Indicator}/gu, " ")
      .replace(/\|\||\*\*?|__|~~|`+/g, "")
      .replace(/^\s*>+\s?/gm, "")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n[\s]*/g, "\n")
      .trim()
  );
}

/** Pronouns for a person named in the ask before: "who joined X, and who came with HIM …". */
const PERSON_PRONOUN = /\b(?:he|him|his|she|her)\b/i;
/**
 * Words for a thing or place named before: "who met at X, and what state is THAT in?". "That" before a noun
 * is written as the name too: "…in Amman, so what did THAT meeting agree?" asks about the Amman meeting.
 * Not the "it" of "is it true", nor the subject of "…back when IT WAS just border talks", which stand for
 * nothing named.
 */
const THING_PRONOUN =
  /\b(?:it(?!['’]s\b|\s+true\b|\s+(?:is|was|has been|had been)\b)(?<!\b(?:is|was)\s+it)|that|there)\b/i;
const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Shorter words are function words the dictionary may lack ("is"), not names. */
const MIN_NAME_LENGTH = 3;

/** Runs of words in an ask that name someone or something: no common English word, month or day. */
function namesIn(ask: string, isSide: (word: string) => boolean): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  ask.split(/\s+/).forEach((token, i) => {
    const word = token.replace(/^[^\p{L}]+|(?:['’]s)?[^\p{L}]*$/gu, "");
    const lower = word.toLowerCase();
    // "non-interference", "thursday-evening": common words joined by a hyphen name nothing.
    const parts = lower.split("-");
    const compound = parts.length > 1 && parts.every((part) => part === "" || wordClass(part) === "common");
    const naming =
      word.length >= MIN_NAME_LENGTH &&
      // "I'm", "they've": a pronoun and its verb, no name ("Sa'ar", "Hay'at" are names).
      !/['’](?:m|ve|re|ll|d|t)$/i.test(word) &&
      !OPENS_ASK.test(lower) &&
      !MONTH_OR_DAY.test(lower) &&
      !isSide(lower) &&
      !compound &&
      // "Tom Barrack": a capitalised word inside the ask is a name, though "barrack" is English too.
      (wordClass(lower) !== "common" || (i > 0 && /^\p{Lu}/u.test(word)));
    if (naming) run.push(word);
    if ((!naming || token !== word) && run.length > 0) {
      runs.push(run.join(" "));
      run = [];
    }
  });
  if (run.length > 0) runs.push(run.join(" "));
  return runs;
}

/**
 * The asks of a question (`splitAsks`), each pronoun for what the ask or context before it named written
 * as that name: "who joined Shaibani in Baku, and who came with HIM to Paris?" asks who came with
 * Shaibani. A person's pronoun takes the first name, "it"/"that"/"there" the last, and only in an ask that
 * names nothing itself. The sides of the story (`isSide`) are no referent: "who leads Syria's side, and
 * when did he start?" is about the leader.
 */
export function readAsks(
  question: string,
  isSide: (word: string) => boolean,
  count: TermCount = () => ({ any: 1, weighing: 1 }),
): string[] {
  const plain = withoutMarkup(question);
  const asks = asksInContext(plain);
  if (asks.length === 0) return [plain === "" ? question.trim() : plain];
  return asks.map(({ ask: typed, before, afterAsk, context }) => {
    const ask = withTopic(typed, context, count);
    const names = namesIn(before, isSide);
    if (names.length === 0) return afterAsk ? withReferent(ask, before, isSide) : ask;
    const person = PERSON_PRONOUN.exec(ask);
    if (person) {
      // "Look, I'm sceptical of anything Trump touches, and I know HE met …": a name typed capitalised
      // is likelier the person than a word only missing from the dictionary ("sceptical").
      const name = names.find((n) => /^\p{Lu}/u.test(n)) ?? names[0] ?? "";
      return ask.replace(PERSON_PRONOUN, /^his$/i.test(person[0]) ? `${name}'s` : name);
    }
    if (THING_PRONOUN.test(ask) && namesIn(ask, isSide).length === 0) {
      // A place is the likelier "it" or "there": a name after "in", "at" … ("a meeting in Amman with …").
      const place = new RegExp(
        `\\b(?:in|at|near|from|to)\\s+(?:the\\s+)?(${names.map(escapeRegExp).join("|")})\\b`,
        "i",
      );
      const placed = before.match(new RegExp(place.source, "gi"))?.at(-1)?.match(place)?.[1];
      return ask.replace(THING_PRONOUN, placed ?? names.at(-1) ?? "");
    }
    return ask;
  });
}

/** How many index terms a text has: any at all, and how many of them weigh (no generic word). */
export type TermCount = (text: string) => { any: number; weighing: number };

/**
 * "I've heard the Syrian government made some sort of public promise regarding Israel, …, and I want the
 * exact wording — WHAT DID THEY SAY?": an ask of function words only (no term at all, `count`) asks about
 * its context. It is asked with the clause of context that says most, the first of equals (where the topic
 * is usually introduced). An ask with a word of its own, even a generic one ("what was their PURPOSE?",
 * "who else CAME WITH him?"), is left as it is.
 */
function withTopic(ask: string, context: readonly string[], count: TermCount): string {
  if (context.length === 0 || count(ask).any > 0) return ask;
  let topic = "";
  let most = 0;
  for (const clause of context) {
    const { weighing } = count(clause);
    if (weighing > most) [topic, most] = [clause, weighing];
  }
  return topic === "" ? ask : `${ask.replace(/[?!.]+$/, "")}, ${topic}?`;
}

/** "It", "they", "them" standing for what the ask before asked about; not "is it true", "it's true". */
const ASKED_ABOUT_PRONOUN = /\b(?:it(?!['’]s\s+true|\s+true\b)(?<!\b(?:is|was)\s+it)|they|them)\b/i;
/** Time phrases of the ask before, which do not carry over: "…at the start, and who leads IT now?" */
const TIME_PHRASE = new RegExp(
  `\\b(?:(?:back\\s+|way\\s+back\\s+)?(?:in|on|during|since|by|until|from)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:${MONTH_OR_DAY.source.replace(/^\^\(\?:|\)\$$/g, "")})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|at (?:the )?(?:start|beginning|outset|first|time)|in the beginning|originally|initially|at first|now|currently|these days|nowadays|today|so far|lately|recently|anymore)\\b`,
  "gi",
);

/**
 * "Who led Syria's side at the start, and who's leading IT now?", "where were the talks held in May, and
 * where are THEY now?": a pronoun in an ask that names nothing, after an ask that named no one either,
 * stands for what that ask asked about — its words less its opening and its time ("led Syria's side",
 * "the talks held"), which are written in the pronoun's place.
 */
function withReferent(ask: string, previous: string, isSide: (word: string) => boolean): string {
  if (!ASKED_ABOUT_PRONOUN.test(ask) || namesIn(ask, isSide).length > 0) return ask;
  const referent = stripOpening(stripOpening(previous.replace(/[?!.]+$/, "")))
    .replace(TIME_PHRASE, " ")
    .replace(/\s+/g, " ")
    .trim();
  return referent === "" ? ask : ask.replace(ASKED_ABOUT_PRONOUN, referent);
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
  | "list"
  /** An hour or a part of the day ("what time did they meet?"). */
  | "time-of-day"
  /** What one party gave or got for what another did ("what did Syria receive IN RETURN for …?"). */
  | "exchange"
  /** What brought something about, asked without "why" ("what STARTED the clashes", "what MADE Israel …"). */
  | "cause"
  /** A share in per cent ("by what PERCENTAGE …"). */
  | "percentage"
  /** How a party reacted ("how did X REACT / RESPOND", "X's REACTION"). */
  | "reaction";

const ATTRIBUTE_PATTERNS: ReadonlyArray<[Attribute, RegExp]> = [
  [
    "exact-date",
    /\b(?:what|which|exact|precise|specific)\s+(?:date|day|days|dates)\b|\bexactly when\b|(?<!\bsince )\bwhen exactly\b|\bon what day\b/i,
  ],
  // "What time did they meet?", "what time of day": an hour or a part of the day, not a date.
  [
    "time-of-day",
    /\b(?:what|which|exact|precise|specific)\s+(?:time|hour)\b|\btime of (?:the )?day\b|\bat what time\b|\bmorning or (?:the )?(?:afternoon|evening|night)\b/i,
  ],
  // "How many hours did they talk?" asks how long: a span of time answers it, not a count of things.
  ["duration", /\bhow long\b|\bhow many (?:minutes|hours|days|weeks|months|years|decades)\b/i],
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
  [
    "date",
    /\bwhen\b|\bwhat (?:years?|months?)\b|\bwhich (?:years?|months?)\b|\bhow long ago\b|\bhow much time\b/i,
  ],
  ["earlier", /\b(?:before|prior to|previous(?:ly)?|former(?:ly)?|earlier|predecessor)\b/i],
  ["later", /\b(?:next|upcoming|successor)\b/i],
  [
    "list",
    /\bwhich of (?:the|his|her|its|their|those|these|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s)\b[^?]*?\b(?:are|were|did|do|does|have|has|had)\b|\b(?:what|which)\s+(?:specific\s+|exact\s+|particular\s+)?(?:items|things|objects|stuff)\b|\b(?:what|which)\s+(?:specific|exact|particular)\s+[\p{L}-]+s\b|\bspecifically what\b|\bwhat specifically\b|\bwhich ones\b/iu,
  ],
  // "What did Syria get IN RETURN for …?", "what did Israel give IN EXCHANGE for …?": a quid pro quo is a
  // relation of its own; a fact that tells only one side's step ("Syria detained …") does not give it.
  ["exchange", /\bin (?:return|exchange)\b|\bquid pro quo\b|\bas (?:payment|compensation)\b/i],
  [
    "cause",
    /^\W*what\s+(?:\w+\s+)?(?:started|caused|triggered|sparked|prompted|made|set off|led to|drove|motivated)\b/i,
  ],
  ["percentage", /\bper ?cent(?:age)?\b|\bwhat (?:proportion|share)\b/i],
  [
    "reaction",
    /\bhow\s+(?:did|does|do|has|have|had|is|are|was|were|will)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:react|reacted|reacting|respond|responded|responding)\b|\breactions?\b|\bresponses?\s+(?:to|from|of)\b|['’]s\s+response\b/iu,
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
  if (found.has("duration")) {
    found.delete("date");
    found.delete("count");
  }
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
/** A first word followed by a question word leads into the ask ("now, who …"); it does not open it. */
const BEFORE_ASK = new RegExp(`^\\W*[\\p{L}'’]+[\\s,]+(?:${WH_WORDS})\\b`, "iu");

/**
 * The question with misspelt question words written right ("wher did they meet" → "where did they
 * meet"), so that what it asks (a place, a date) is read from it. A word is taken for a question word when
 * it is one edit from exactly one of them (or the start of exactly one) and is no English word, or is the question's first word
 * ("wen did Assad fall": "wen" is a word, but no question opens with it) and no function word (`isFunctionWord`:
 * "there", "then", "that" open statements).
 */
export function correctQuestionWords(
  question: string,
  isFunctionWord: (word: string) => boolean = () => false,
): string {
  let first = true;
  // "Now, who leads …?", "now why …": a word before the question word is no misspelt one.
  const beforeAsk = BEFORE_ASK.test(question);
  return question.replace(/[\p{L}'’]+/gu, (token) => {
    const atStart = first;
    first = false;
    const word = token.toLowerCase();
    if (word.length < 3 || word.length > 6 || QUESTION_WORD_TARGETS.includes(word)) return token;
    // "There were reports …", "Then they met …": a function word opens statements; it is no slip of "where".
    if (atStart && isFunctionWord(word)) return token;
    // "Were …?" is a question already, one edit from "where" or not.
    if ((!atStart || OPENS_ASK.test(word) || beforeAsk) && wordClass(word) === "common") return token;
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
  `\\bwho(?:\\s+(?:exactly|actually|really|precisely))?(?:\\s+(?:is|are|was|were)|['’]s|['’]re)\\s+(?:the|those|these|[\\p{L}-]+['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}(?:${PERSON_NOUNS})\\b`,
  "iu",
);

/** Whether an ask wants a person's name: "what's the name of the Israeli OFFICIAL …", "names of the MEMBERS". */
export function asksForPerson(ask: string): boolean {
  return ASKS_PERSON.test(ask) || WHO_IS_PERSON.test(ask);
}
