// The asks a message holds (a long, chatty message usually holds one or two real questions among its
// context): its sentences broken into clauses, each clause an ask, a part of the ask before, or context.
// Pure string work on the question alone; no story wording.

import { MONTH_NAMES } from "../knowledge/dates.js";
import {
  AUX_WORDS,
  asksSomething,
  LEAD_IN,
  LY_ADVERB,
  OPENS_ASK,
  stripOpening,
  TAIL,
  WH_WORDS,
} from "./ask-openings.js";
import { embeddedAsk, REQUEST } from "./embedded-asks.js";
import { QUESTION_TAG } from "./question-tags.js";
import { timeIntentOf } from "./time-intent.js";
import { asksOnlyWhen, timeLast, withoutTimesOf, withTime } from "./time-phrases.js";

/** A short phrase put first that says where or by whom, with no verb: "in anna berg's tweet", "per reuters". */
const FRONTED_PHRASE =
  /^(?:in|on|at|from|according to|per|by|with|regarding|re|as for|as to|about)\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*$/iu;
/** Relative words: after a clause of context they go on with it ("…, which honestly blew my mind, …"). */
const RELATIVE_OPENING = /^(?:which|who|whom|whose|where|when)\b/i;

/**
 * A reason clause ("because …", not "because of …"). After a comma that follows an ask it gives why the asker
 * asks; without one it is part of the ask ("did they pull back because the talks began?").
 */
const ASKERS_REASON = /^(?:because|cuz|coz|['’]cause)\b(?!\s+of\b)/i;

/** A clause this short with a question word reuses the previous ask's subject ("…, and what for?"). */
const ELLIPTICAL_MAX_WORDS = 3;

/** Where a message breaks into sentences (and lines, dashes, colons), then a sentence into clauses. */
const SENTENCE_BREAK = /(?<=[?!.])\s+|\s+[—–]\s+|\s+-\s+|;\s+|(?<!\bre):\s+|\n+/i;
const COMMA_BREAK = /,\s*/;
const CLAUSE_BREAK = new RegExp(
  // "…delayed or brought forward OR WHAT, so …": a question word with nothing after it ends a clause as
  // chatter; it opens no ask.
  // "… that Chile ALSO HAS at home": "also" before an auxiliary is an adverb of the clause it is in; it
  // opens a new ask only before a question word ("who leads X also who leads Y").
  `\\s+(?:and|but|plus)\\s+(?=(?:${WH_WORDS}|${AUX_WORDS})\\b)|\\s+also\\s+(?=(?:${WH_WORDS})\\b)|\\s+or\\s+(?=(?:${WH_WORDS}|${AUX_WORDS})\\b(?![\\s?!.]*$))|\\s+(?:and|but)\\s+(?=also\\b)`,
  "i",
);

/** An ask with nothing of its own: "can you explain?", "thoughts?", "any idea?" — it asks about the context. */
const CONTENT_FREE =
  /^(?:(?:can|could|would|will|pls|please|some(?:one|body)|any(?:one|body)|you|u|me|us|explain|clarify|elaborate|help|tell|any|idea|ideas|thoughts|this|that|it|more|do|does|know|anything)\b[\s?!.]*)+$/i;

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
 * "When"/"where" not followed by an auxiliary (or a subject question's verb) opens a subordinate clause,
 * not a question: "WHEN freedonia's interim government talked about ruritania, …, what did they say?".
 */
const INVERTED_WHEN_WHERE = new RegExp(
  `^(?:when|where)(?:['’]|\\s+(?:(?:${LY_ADVERB}|else|ever|again)\\s+)?(?:${AUX_WORDS})\\b)`,
  "iu",
);
const SUBORDINATE_WHEN_WHERE = /^(?:when|where|whenever|while)\b/i;

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
 * time the talks started in May, what was Ruritania doing …"): it opens with a preposition or conjunction of
 * time and says when (time-intent.ts reads it). It is the ask's constraint, not context to leave out.
 */
const TIME_FRAME =
  /^(?:(?:back|way back|right|just)\s+)?(?:in|on|at|around|during|after|before|since|by|until|from|as of|when|while|once|following|prior to)\b/i;

/**
 * A time frame as the few words that say its time and nothing else ("in the newest report" → "now", "around
 * the time the talks started in May" → "in May"): its other words are context, which would weigh against
 * every fact that does not repeat them. `undefined` for a frame time-intent.ts reads no time from.
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

export function asksInContext(question: string): AskInContext[] {
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
  // "In May, who led …?": a clause that is only a time phrase goes with the ask after it (time-phrases.ts).
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
      const fronted = time;
      const text = fronted === undefined ? timed : withTime(timed, fronted);
      time = undefined;
      const previous = asks.at(-1);
      // "how long has it been there, BECAUSE my dad says forever, my teacher said …": a reason set off by a
      // comma after an ask is the asker's, not the ask's; it and the clauses after it are context.
      if (afterComma && previous !== undefined && ASKERS_REASON.test(text)) {
        afterContext = true;
        context.push(text);
        return;
      }
      if (QUESTION_TAG.test(text)) {
        const claim = afterContext ? context.pop() : undefined;
        if (claim !== undefined) {
          asks.push({ ask: `${claim}, ${text}`, before: context.join(" "), afterAsk: false, context });
          context = [];
          afterContext = false;
        } else if (previous !== undefined) previous.ask = `${previous.ask.replace(/[?!.]+$/, "")}, ${text}`;
        return;
      }
      // "so i was reading about brandt, WHICH honestly blew my mind, but who …?": a relative clause after
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
      // "When freedonia's government talked about ruritania, …, what did they say?": a subordinate clause.
      const subordinate =
        SUBORDINATE_WHEN_WHERE.test(text) &&
        !INVERTED_WHEN_WHERE.test(text) &&
        !text.endsWith("?") &&
        asksLater(i, j);
      const request = REQUEST.exec(text)?.[1];
      const opens = !relative && !subordinate && request === undefined && asksSomething(text);
      // "…, and now I'm wondering since when Chile has held it?": a question asked outright that opens with
      // no question word or verb of its own asks the question it holds.
      // Read from the clause before its time is moved: "now I'm wondering since when …" asks no "now".
      const heldTyped =
        opens && !OPENS_ASK.test(text) && text.endsWith("?")
          ? embeddedAsk(typed, asTyped, directLater(i, j))
          : undefined;
      const heldTimed = heldTyped === undefined ? null : timeLast(heldTyped);
      const held =
        heldTimed === null ? undefined : fronted === undefined ? heldTimed : withTime(heldTimed, fronted);
      const clause =
        held ??
        (opens || relative || subordinate ? text : (embeddedAsk(text, asTyped, directLater(i, j)) ?? text));
      if (!opens && clause === text) {
        // A clause after an ask goes on with it ("which agency, the police or the army?"); one before the
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
      // "…, but around the time the talks started in may, what was ruritania doing?": the clause just before
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
      // before it again at its own time (time-phrases.ts).
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
