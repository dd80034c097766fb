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
import { elidedAuxiliaryAsk, embeddedAsk, REQUEST } from "./embedded-asks.js";
import { QUESTION_TAG } from "./question-tags.js";
import { allMatches } from "./regexp.js";
import { timeIntentOf } from "./time-intent.js";
import { asksOnlyWhen, timeLast, withoutTimesOf, withTime } from "./time-phrases.js";
import { MONTH_NAME, MONTHS } from "./time-words.js";

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
/**
 * "…is that still the case BECAUSE I SAW something about state media?": a reason whose subject is the asker
 * gives why they ask, with or without a comma; the ask ends before it ("did they pull back because the talks
 * began?" keeps its reason).
 */
const ASKERS_OWN_REASON =
  /\s+(?:because|cuz|coz|['’]cause)\s+(?:i|i['’]m|i['’]ve|i['’]d|im|ive|my|me|we|we['’]re|our)\b[^?!]*(?=[?!.]*$)/i;

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
  // "… and ROUGHLY how long did it run?": an adverb in -ly before the question word goes with the ask it opens.
  `\\s+(?:and|but|plus|&|\\+)\\s+(?=(?:(?:${LY_ADVERB})\\s+)?(?:${WH_WORDS})\\b|(?:${AUX_WORDS})\\b)|\\s+also\\s+(?=(?:${WH_WORDS})\\b)|\\s+or\\s+(?=(?:${WH_WORDS}|${AUX_WORDS})\\b(?![\\s?!.]*$))|\\s+(?:and|but)\\s+(?=also\\b)`,
  "iu",
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
  `^(?:(?:${LY_ADVERB})\\s+)?(?:when|where)(?:['’]|\\s+(?:(?:${LY_ADVERB}|else|ever|again)\\s+)?(?:${AUX_WORDS})\\b)`,
  "iu",
);
/** "USUALLY when something big happens, …": an adverb before the conjunction keeps the clause subordinate. */
const SUBORDINATE_WHEN_WHERE = new RegExp(`^(?:(?:${LY_ADVERB})\\s+)?(?:when|where|whenever|while)\\b`, "iu");

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
 * A day of the month beside its month's name: "12 July", "the 12th of July", "July 12" (`$1` and `$2`, or `$3`
 * and `$4`: the day and the month).
 */
const DAY_OF_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\b|\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`,
  "gi",
);

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
      if (month === undefined) return undefined;
      const year = intent.year ? ` ${intent.year}` : "";
      // "On 12 July, where did they meet?": the day is the frame's time too, not only its month.
      // "between 3 June and 12 July": only a day of the month the frame's time is in.
      const day = allMatches(DAY_OF_MONTH, frame).find(
        (m) => MONTHS.indexOf((m[2] ?? m[3] ?? "").slice(0, 3).toLowerCase()) + 1 === Number(intent.month),
      );
      const date = day?.[1] ?? day?.[4];
      return date === undefined ? `in ${month}${year}` : `on ${Number(date)} ${month}${year}`;
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
        const text = typed.replace(LEAD_IN, "").replace(TAIL, "").replace(ASKERS_OWN_REASON, "").trim();
        return {
          text,
          typed: typed.replace(ASKERS_OWN_REASON, "").trim(),
          afterComma: k > 0 && l === 0,
          led: !typed.trim().toLowerCase().startsWith(text.slice(0, 12).toLowerCase()),
        };
      })
      .filter((clause) => /[\p{L}\p{N}]/u.test(clause.text)),
  );
}

/** The message's asks, each with what came just before it. */
export function asksInContext(question: string): AskInContext[] {
  return new AskReader(question.split(SENTENCE_BREAK).map(clausesOf)).read();
}

/** The place of a clause in a message: sentence i, clause j. */
interface ClauseAt {
  i: number;
  j: number;
}

/** What a clause that asks nothing outright may still be. */
interface ClauseRole {
  /** "…, which honestly blew my mind, but who …?": a relative clause after context, more context. */
  relative: boolean;
  /** "When freedonia's government talked about ruritania, …, what did they say?": a subordinate clause. */
  subordinate: boolean;
  /** The clause opens an ask of its own. */
  opens: boolean;
}

/**
 * Reads a message's clauses in order into asks and context: each clause is an ask, a part of the ask before
 * (a question tag, a clause that goes on with it), or context for the ask after it.
 */
class AskReader {
  private readonly asks: AskInContext[] = [];
  /** The clauses of context since the last ask. */
  private context: string[] = [];
  /** "In May, who led …?": a clause that is only a time phrase goes with the ask after it (time-phrases.ts). */
  private time: string | undefined;
  /** The last clause of context, while no ask has followed it. */
  private lastContext: ({ text: string } & ClauseAt) | undefined;
  /** The clause before, in this sentence, was context. */
  private afterContext = false;

  constructor(private readonly sentences: readonly Clause[][]) {}

  read(): AskInContext[] {
    this.sentences.forEach((clauses, i) => {
      this.afterContext = false;
      clauses.forEach((clause, j) => {
        this.readClause(clause, { i, j });
      });
    });
    return this.asks;
  }

  private readClause(clause: Clause, at: ClauseAt): void {
    const timed = timeLast(clause.text);
    if (timed === null) {
      this.time = clause.text;
      return;
    }
    const fronted = this.time;
    const text = fronted === undefined ? timed : withTime(timed, fronted);
    this.time = undefined;
    const previous = this.asks.at(-1);
    // "how long has it been there, BECAUSE my dad says forever, my teacher said …": a reason set off by a
    // comma after an ask is the asker's, not the ask's; it and the clauses after it are context.
    if (clause.afterComma && previous !== undefined && ASKERS_REASON.test(text)) {
      this.afterContext = true;
      this.context.push(text);
      return;
    }
    if (QUESTION_TAG.test(text)) {
      this.addQuestionTag(text, previous);
      return;
    }
    const role = this.roleOf(clause, text, at);
    const asked = this.askIn(clause, text, fronted, role, at);
    if (!role.opens && asked === text) {
      this.addToAskOrContext(asked, previous, at);
      return;
    }
    this.afterContext = false;
    this.addAsk(asked, previous, at);
  }

  /** "…, isn't it?", "…, right?": a question tag asks the claim before it. */
  private addQuestionTag(tag: string, previous: AskInContext | undefined): void {
    const claim = this.afterContext ? this.context.pop() : undefined;
    if (claim !== undefined) {
      this.asks.push({
        ask: `${claim}, ${tag}`,
        before: this.context.join(" "),
        afterAsk: false,
        context: this.context,
      });
      this.context = [];
      this.afterContext = false;
    } else if (previous !== undefined) previous.ask = `${previous.ask.replace(/[?!.]+$/, "")}, ${tag}`;
  }

  /**
   * "so i was reading about brandt, WHICH honestly blew my mind, but who …?": a relative clause after
   * context is more context, when a real question follows.
   * "…, so who was …": after lead-in words a relative word opens a clause of its own; so it does after a
   * phrase that only says where to look ("in the tweet, who met …"), which has no noun for it to qualify,
   * and when an ask is joined to it by "and" ("…, who met there and what …?"): a relative clause
   * between commas ends at a comma.
   */
  private roleOf(clause: Clause, text: string, { i, j }: ClauseAt): ClauseRole {
    const next = this.sentences[i]?.[j + 1];
    const relative =
      clause.afterComma &&
      this.afterContext &&
      !clause.led &&
      !FRONTED_PHRASE.test(this.context.at(-1) ?? "") &&
      (next === undefined || next.afterComma) &&
      RELATIVE_OPENING.test(text) &&
      !text.endsWith("?") &&
      this.asksLater(i, j);
    // "When freedonia's government talked about ruritania, …, what did they say?": a subordinate clause.
    const subordinate =
      SUBORDINATE_WHEN_WHERE.test(text) &&
      !INVERTED_WHEN_WHERE.test(text) &&
      !text.endsWith("?") &&
      this.asksLater(i, j);
    const request = REQUEST.exec(text)?.[1];
    const opens = !relative && !subordinate && request === undefined && asksSomething(text);
    return { relative, subordinate, opens };
  }

  /** The ask a clause puts: itself, or the question it holds ("I'm wondering since when …?"). */
  private askIn(
    clause: Clause,
    text: string,
    fronted: string | undefined,
    { relative, subordinate, opens }: ClauseRole,
    { i, j }: ClauseAt,
  ): string {
    // "…, and now I'm wondering since when Chile has held it?": a question asked outright that opens with
    // no question word or verb of its own asks the question it holds.
    // Read from the clause before its time is moved: "now I'm wondering since when …" asks no "now".
    const heldTyped =
      opens && !OPENS_ASK.test(text) && text.endsWith("?")
        ? embeddedAsk(clause.text, clause.typed, this.directLater(i, j))
        : undefined;
    const heldTimed = heldTyped === undefined ? null : timeLast(heldTyped);
    const held =
      heldTimed === null ? undefined : fronted === undefined ? heldTimed : withTime(heldTimed, fronted);
    return (
      held ??
      (opens || relative || subordinate ? undefined : elidedAuxiliaryAsk(text)) ??
      (opens || relative || subordinate
        ? text
        : (embeddedAsk(text, clause.typed, this.directLater(i, j)) ?? text))
    );
  }

  /**
   * A clause after an ask goes on with it ("which agency, the police or the army?"); one before the first
   * ask is context ("my friend says …, so what …?") and is left out.
   */
  private addToAskOrContext(clause: string, previous: AskInContext | undefined, { i, j }: ClauseAt): void {
    if (previous !== undefined && !this.afterContext && j > 0) {
      previous.ask = `${previous.ask.replace(/[?!.]+$/, "")} ${clause}`;
    } else {
      this.afterContext = true;
      this.context.push(clause);
      this.lastContext = { text: clause, i, j };
    }
  }

  /**
   * "…, but around the time the talks started in may, what was ruritania doing?": the clause just before
   * the ask that frames it in time goes with it (taken out of the context).
   */
  private takeTimeFrame({ i, j }: ClauseAt): string | undefined {
    const last = this.lastContext;
    const framed =
      last !== undefined &&
      last.i === i &&
      last.j === j - 1 &&
      this.context.at(-1) === last.text &&
      TIME_FRAME.test(last.text)
        ? timeOfFrame(last.text)
        : undefined;
    if (framed !== undefined) this.context.pop();
    this.lastContext = undefined;
    return framed;
  }

  /** An ask, with the context before it (or the ask before it when there is none). */
  private addAsk(clause: string, previous: AskInContext | undefined, at: ClauseAt): void {
    const framed = this.takeTimeFrame(at);
    const afterAsk = this.context.length === 0 && previous !== undefined;
    const before = this.context.length > 0 ? this.context.join(" ") : (previous?.ask ?? "");
    const context = this.context;
    this.context = [];
    if (CONTENT_FREE.test(clause)) {
      // "…, can you explain?" after an ask asks it again; after context only, it asks about that.
      if (previous === undefined && before !== "") {
        this.asks.push({ ask: before, before: "", afterAsk: false, context: [] });
      }
      return;
    }
    this.asks.push({ ask: this.askWith(clause, previous, framed), before, afterAsk, context });
  }

  /** The ask a clause puts, completed from the ask before it when it says only when, or little more. */
  private askWith(clause: string, previous: AskInContext | undefined, framed: string | undefined): string {
    const size = clause.split(/\s+/).length;
    // "What was first reported, and what's the newest figure?": an ask that says only when asks the one
    // before it again at its own time (time-phrases.ts).
    if (previous !== undefined && asksOnlyWhen(clause)) {
      const asked = stripOpening(withoutTimesOf(previous.ask.replace(/[?!.]+$/, "")));
      return `${clause.replace(/[?!.]+$/, "")} ${asked}?`;
    }
    if (previous !== undefined && size <= ELLIPTICAL_MAX_WORDS) {
      return `${clause.replace(/[?!.]+$/, "")} ${stripOpening(previous.ask)}`;
    }
    return framed === undefined ? clause : withTime(clause, framed);
  }

  /** Whether a clause after clause j of sentence i ends with a question mark. */
  private asksLater(i: number, j: number): boolean {
    return this.sentences.some((clauses, k) =>
      clauses.some((c, l) => (k > i || (k === i && l > j)) && c.text.endsWith("?")),
    );
  }

  /** A question asked outright after clause j of sentence i: in the same sentence, and in a later one. */
  private directLater(i: number, j: number): { inSentence: boolean; later: boolean } {
    // "…, can you explain?" asks nothing of its own: it asks the question before it.
    const direct = (c: Clause) => c.text.endsWith("?") && asksSomething(c.text) && !CONTENT_FREE.test(c.text);
    return {
      inSentence: (this.sentences[i] ?? []).some((c, l) => l > j && direct(c)),
      later: this.sentences.some((clauses, k) => k > i && clauses.some(direct)),
    };
  }
}

/**
 * The asks in a question: its clauses that ask something, with lead-in chatter removed. A question with
 * no recognisable ask is one ask, as typed.
 */
export function splitAsks(question: string): string[] {
  const asks = asksInContext(question).map(({ ask }) => ask);
  return asks.length > 0 ? asks : [question.trim()];
}
