// Correcting a claim the sources do not confirm (premise.ts reads the claim off the ask). The claim is asked
// again with one element left open — a year ("when …"), a place ("where …"), a verb the lexicon knows the
// opposite of, a name the base has never seen — and a fact that answers the rest and fills that same slot
// with something else is the correction. Never a nearby fact: the correcting fact's own statement must say
// the rest of the claim, and it must not say the element it replaces.
import type { Side } from "../knowledge/schema.js";
import type { Fact } from "../knowledge/types.js";
import type { AnalysedQuestion } from "./analysed-question.js";
import { POSSESSED_BODY_WORDS, POSSESSED_NOUN } from "./ask-parts.js";
import { type AskResult, quoted } from "./ask-result.js";
import { isCapitalWord } from "./capitals.js";
import type { Chronology } from "./chronology.js";
import { isCountryName, isOrdinaryEnglish, isVerbForm, wordClass } from "./english.js";
import type { Analyzer } from "./normalise.js";
import { deniesByNegation } from "./polarity.js";
import { postOf, statesPost } from "./post-claims.js";
import {
  CLAIMED_YEAR,
  type Claim,
  isClaimedMonth,
  isOutOf,
  numberOf,
  numbersIn,
  PLACE_PREPOSITION,
  reaskWithout,
  TIME_UNIT,
} from "./premise.js";
import type { QuestionAnalyser } from "./question-analysis.js";
import { escapeRegExp } from "./regexp.js";
import type { FactIndex, Hit } from "./search.js";
import { isName } from "./support.js";
import type { SupportCheck } from "./support-check.js";
import { timeIntentOf } from "./time-intent.js";
import { MONTH_NAMES_IN_TEXT } from "./time-words.js";

/** The part of a claim a correction replaces: when, where, the verb, or who. */
type ClaimSlot = "time" | "place" | "verb" | "name" | "count";

/** One element of a claim: its slot and where its words stand among the claim's folded words. */
interface ClaimElement {
  slot: ClaimSlot;
  from: number;
  to: number;
}

/** The month (01–12) a text puts something in ("the May talks", "in July"), or null. */
function monthOf(text: string): string | null {
  const intent = timeIntentOf(text);
  return intent?.kind === "period" ? intent.month : null;
}

/** The month (01–12) a month's name or short form stands for. */
function monthNumber(name: string): string | null {
  return monthOf(`in ${name}`);
}

/** Years as a fact states them. */
const YEARS = /\b(?:1[89]|20)\d{2}\b/g;
const YEAR = new RegExp(YEARS.source);
/** A place a statement describes by a side's name: "in the Norway–Chile border region", "on Norwegian soil". */
const SIDE_PLACE_IN_STATEMENT = /\b(?:in|at|near|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’–-]+(?:\s+\p{Ll}+){0,2}/u;
/** The parties a claim describes its event by, last in it: "… between novak and al rashid". */
const BETWEEN_PARTIES = /\s+between\s+(?:\S+\s+){0,3}?and\s+(?:\S+\s*){1,3}$/;
/** "why did", "when was", "how exactly has": a presupposing opening and the auxiliary ($1) a yes/no ask keeps. */
const PRESUPPOSING_OPENING =
  /^\W*(?:why|when|how)(?:\s+(?:exactly|actually|on earth))?\s+(did|does|do|has|have|had|was|were|is|are|will|would)\b/i;
/** "the belongings of Chilean spy Ana NOVAK": at most this many words from "of" to the owner's name. */
const OF_OWNER_WORDS = 4;
/** How many words after "from" may name the place ("from the Norwegian capital Oslo"). */
const FROM_PLACE_WORDS = 4;
/** A hit that answers this share of the chosen correction's score and puts another thing in the slot makes it unsure. */
const RIVAL_SCORE_SHARE = 0.9;

/** What `chooseCorrection` weighs of a fact that answers a claim asked again with one element open. */
export interface CorrectionCandidate {
  score: number;
  /** What the fact puts in the open slot (another year, place, party; the opposite verb): none, no candidate. */
  fills: readonly string[];
  /** How many of the claim's other known words its statement does not say. */
  unstated: number;
  /** Its statement lacks one of them, which the fact holds elsewhere (its quotes, questions, keywords). */
  heldElsewhere: boolean;
  /**
   * It describes the place rather than naming it ("in the Norway–Chile border region"): no rival to a fact
   * that names one (the Atacama lies in that region), nor that one to it.
   */
  described?: boolean;
  /**
   * It gives its own number to the very noun the claim counts ("citing five SOURCES" of "based its story on
   * three sources"): the slot is the claim's, whatever verb tells it, so one word of the claim it lacks
   * ("based") does not keep it from correcting.
   */
  counts?: boolean;
  /**
   * It gives its own place after "from" as the claim does ("orchestrating the contacts FROM Oslo" of "runs
   * the talks out of Riga"): the slot is the claim's, whatever verb tells it, as with `counts`.
   */
  from?: boolean;
  /**
   * It says the claim's own element in the slot ("led by al-Rashid" of "why is al-Rashid leading Norway's
   * side?"): with all the rest stated, it confirms the claim, and no fact below it corrects it.
   */
  says?: boolean;
}

/**
 * Which candidate (best first) corrects the claim: the first that fills the slot and whose statement says
 * all the rest, else the first whose statement lacks one word of it held elsewhere. None when another
 * candidate of the same standing (saying all the rest, or lacking one word held elsewhere, as the chosen),
 * scoring within RIVAL_SCORE_SHARE of the chosen, fills the slot with nothing the chosen one does ("the August
 * round was in Vienna" of one fact on a meeting in Lima and another on talks in Geneva): the sources do not
 * say which it was.
 */
export function chooseCorrection(candidates: readonly CorrectionCandidate[]): number | undefined {
  const filling = candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.fills.length > 0);
  const whole = filling.filter(({ c }) => c.unstated === 0);
  const pool =
    whole.length > 0
      ? whole
      : filling.filter(
          ({ c }) => c.unstated === 1 && (c.heldElsewhere || c.counts === true || c.from === true),
        );
  const [chosen] = pool;
  if (!chosen) return undefined;
  // "Why is al-Rashid leading Norway's side?" asked again without him: the lead fact names him, so the
  // claim holds; another fact that names Norway's president below it is no correction.
  if (candidates.some((c) => c.says && c.unstated === 0 && c.score >= chosen.c.score * RIVAL_SCORE_SHARE)) {
    return undefined;
  }
  const unsure = pool.some(
    ({ c, i }) =>
      i !== chosen.i &&
      !c.described &&
      !chosen.c.described &&
      c.score >= chosen.c.score * RIVAL_SCORE_SHARE &&
      !c.fills.some((v) => chosen.c.fills.includes(v)),
  );
  return unsure ? undefined : chosen.i;
}

export interface PremiseCorrectorParts {
  analyzer: Analyzer;
  analyser: QuestionAnalyser;
  index: FactIndex;
  support: SupportCheck;
  chronology: Chronology;
  /** Canonical term → the side it names: a side is no place or name to correct. */
  sideTerms: ReadonlyMap<string, Side>;
  /** Terms of the proper names of the base's entities, less the sides'. */
  nameTerms: ReadonlySet<string>;
  /** The canonical term of "lead" (heads, represents, in charge …): a side's lead is one person. */
  leadTerm: string;
  /** Terms of people's names (entities of kind person). */
  personTerms: ReadonlySet<string>;
  /**
   * The engine's answer to one ask as put (every support check, no correction of its own), used only when
   * it answers without a preface: one that could not is not worked out in full (answer-ask.ts `reaskAsPut`).
   */
  answer: (ask: string) => AskResult;
}

export class PremiseCorrector {
  private readonly parts: PremiseCorrectorParts;
  /** Fact id → the terms of everything it says (`termsOf`), built on first use. */
  private readonly saidMemo = new Map<string, ReadonlySet<string>>();

  constructor(parts: PremiseCorrectorParts) {
    this.parts = parts;
  }

  /**
   * The correction of a claim the sources do not confirm ("why did ISIS overthrow Petrov?", "it was Biden who
   * met Norway's interim president, wasn't it"), or undefined. A name the base knows is left alone unless
   * `knownNames`: "why did Novak meet al-Rashid?" asks of a relation the sources do not report, not a
   * detail they correct; only a claim whose answer does not name its party (`namesHeld`) gets that far.
   */
  correct(
    ask: string,
    claim: Claim,
    knownNames = false,
    leadOf?: Side,
    only?: (element: ClaimElement) => boolean,
  ): AskResult | undefined {
    const { analyzer, analyser } = this.parts;
    const claimWords = analyzer.words(claim.text);
    const month = monthOf(claim.text);
    for (const { element, reask } of this.reasksOf(claimWords, knownNames)) {
      if (only !== undefined && !only(element)) continue;
      const found = this.parts.answer(reask);
      if (found.status !== "answered" || found.preface) continue;
      const asked = analyser.analyse(reask);
      const said = claimWords.slice(element.from, element.to);
      // "The May talks were in Geneva": the correction is about May's talks, not July's; "Petrov fell in
      // March" is corrected by another month.
      const framing = said.some((w) => monthNumber(w) !== null) ? null : month;
      const fromPlace = claimWords[element.from - 1] === "from" || isOutOf(claimWords, element.from);
      const fact = this.correctionOf(
        found.supported ?? [],
        asked,
        (f) => {
          if (framing !== null && !this.happenedIn(f, framing)) return { fills: [] };
          const fills = this.fillersOf(f, element.slot, said, asked);
          // A fact whose own statement says the claim's name confirms it ("led by al-Rashid").
          if (element.slot === "name" && fills.length === 0) {
            const stated = this.parts.support.statedTerms(f);
            const says = said.some((w) => stated.has(analyzer.termOf(w)?.term ?? ""));
            if (says) return { fills, says };
          }
          if (element.slot === "count") {
            // "a single ANONYMOUS source" of "citing five sources": the word that describes what the fact
            // counts goes with the claim's number.
            const counted = this.countedBy(f, claimWords.slice(element.to, element.to + 2));
            const described = counted === 1 ? analyzer.termOf(claimWords[element.to] ?? "")?.term : undefined;
            return {
              fills,
              counts: counted !== undefined,
              spared: described === undefined ? [] : [described],
            };
          }
          // "Run OUT OF Riga", "coordinated FROM Riga": where something is run from, corrected by a
          // place the fact's statement gives after "from", not by where a meeting was held ("met near the
          // Atacama" says nothing of where the side is run from).
          if (element.slot === "place" && fromPlace) {
            const given = fills.filter((fill) => this.givenAfterFrom(f, fill));
            return { fills: given, from: given.length > 0 };
          }
          if (fills.length > 0 || element.slot !== "place") return { fills };
          // "The meetings have taken place in the Norway–Chile border region" names no place, but says
          // otherwise than Cairo.
          return { fills: this.describedPlaceOf(f, said), described: true };
        },
        this.replacedWithName(claimWords, element),
        leadOf,
        // A date is corrected only by a fact that tells the same event (`SupportCheck.unstated`).
        element.slot === "time",
      );
      if (!fact) continue;
      const preface =
        element.slot === "verb"
          ? `The sources don't say ${quoted([said.join(" ")])}; they say the opposite:`
          : `The sources don't say ${quoted([said.join(" ")])}; they say otherwise:`;
      return { ...found, ask, facts: [fact], earlier: [], preface };
    }
    return undefined;
  }

  /**
   * The claim asked again for each element, in the order tried. A verb or a name is asked again with the
   * claim's "why" (a fact that explains the opposite: "why did Chile ramp up its strikes") and then without
   * it ("why has Chile ramped up its strikes while …": what Chile did with its strikes, with or without a
   * reason; "why did Rashid meet Novak in Geneva in August": who met Novak there).
   */
  private reasksOf(
    claimWords: readonly string[],
    knownNames: boolean,
  ): Array<{ element: ClaimElement; reask: string }> {
    return this.elementsOf(claimWords, knownNames).flatMap((element) => {
      const open =
        element.slot === "time"
          ? "when"
          : element.slot === "place"
            ? "where"
            : element.slot === "count"
              ? TIME_UNIT.test(claimWords[element.to] ?? "")
                ? "how long"
                : "how many"
              : undefined;
      const reask = reaskWithout(claimWords, element.from, element.to, open);
      if (element.slot !== "verb" && element.slot !== "name") return [{ element, reask }];
      // "Why did Peru mediate the July Lima meeting BETWEEN NOVAK AND RASHID?": a meeting its month and
      // place already fix is also asked without the parties that describe it (the fact on who mediated
      // it need not name them).
      const undescribed = reaskWithout(claimWords, element.from, element.to, undefined, true).replace(
        BETWEEN_PARTIES,
        "",
      );
      const fixed =
        monthOf(claimWords.join(" ")) !== null &&
        claimWords.some((w) => this.parts.support.namesPlace(this.parts.analyzer.termOf(w)?.term ?? ""));
      const withoutWhy = reaskWithout(claimWords, element.from, element.to, undefined, true);
      const reasks = withoutWhy === reask ? [reask] : [reask, withoutWhy];
      if (element.slot === "name" && fixed && !reasks.includes(undescribed)) reasks.push(undescribed);
      return reasks.map((r) => ({ element, reask: r }));
    });
  }

  /**
   * Whether an answer confirms a claim's year, month and place: one of its facts states each ("the May
   * talks were in Geneva, right?" is not confirmed by a fact on July's talks in Geneva), and does not say the
   * opposite of its verb.
   */
  confirms(facts: readonly Fact[], claim: Claim): boolean {
    const { analyzer } = this.parts;
    const claimWords = analyzer.words(claim.text);
    const elements = this.elementsOf(claimWords);
    const termsOfSlot = (...slots: ClaimSlot[]) =>
      elements
        .filter((e) => slots.includes(e.slot))
        .flatMap((e) => claimWords.slice(e.from, e.to).map((w) => analyzer.termOf(w)?.term ?? w));
    // "Held in Washington" is not confirmed by a fact on the United States, whose term the city shares: a
    // capital read as a side must be named as itself, and as a place
    const isSideTerm = (t: string) => this.parts.sideTerms.has(t);
    const said = termsOfSlot("time", "place").filter((t) => !isSideTerm(t));
    const capitals = elements
      .filter((e) => e.slot === "place")
      .flatMap((e) => claimWords.slice(e.from, e.to))
      .filter((w) => isSideTerm(analyzer.termOf(w)?.term ?? ""));
    // as a place ("in Washington"), not as its government ("Washington's support").
    const namesCapitals = (fact: Fact) =>
      capitals.every((w) => {
        const asPlace = new RegExp(String.raw`\b(?:in|at|to)\s+${escapeRegExp(w)}\b`, "i");
        return [fact.statement, ...fact.quotes.map((q) => q.text)].some((t) => asPlace.test(t));
      });
    const verbs = termsOfSlot("verb");
    const month = monthOf(claim.text);
    // A claim put in a year or month is confirmed by a fact whose own statement says the rest of it too, as
    // a correction must: "Chile has occupied the Atacama since the 1879 war" is not confirmed by "the 1884
    // truce, reached after the 1879 war, set up a buffer zone in the Atacama" (no occupation). A date
    // is shared by many events; a place is more often the event's own (asked of places too, it lost a
    // false premise on a check set that the fact had answered).
    const asked = termsOfSlot("time").length > 0 ? this.parts.analyser.analyse(claim.text) : undefined;
    const statesTheRest = (fact: Fact) => {
      if (!asked) return true;
      const unstated = this.parts.support.unstated(fact, asked);
      const [only, ...more] = unstated;
      return only === undefined || (more.length === 0 && this.parts.support.holds(fact, only));
    };
    // "The Herald cited three sources" is not confirmed by "… citing five sources": a fact that gives numbers
    // must give the claim's.
    const numbers = elements
      .filter((e) => e.slot === "count")
      .flatMap((e) => claimWords.slice(e.from, e.to).flatMap((w) => numberOf(w) ?? []));
    const statesNumbers = (fact: Fact) => {
      const stated = numbersIn(fact.statement);
      return numbers.every((n) => stated.includes(n));
    };
    // "Novak went to Geneva as Chile's foreign minister" is not confirmed by a fact that gives the post to
    // someone else beside him.
    const post = postOf(claim, this.parts);
    return facts.some((fact) => {
      if (!statesTheRest(fact) || !statesNumbers(fact) || !namesCapitals(fact)) return false;
      if (post && !statesPost(this.parts.support.statementTerms(fact), post)) return false;
      const terms = this.termsOf(fact);
      // "Chile has stepped up its strikes" is not confirmed by "Chile has scaled back its strikes".
      const saysOpposite = verbs.some(
        (v) => !terms.has(v) && [...analyzer.oppositesOf(v)].some((o) => terms.has(o)),
      );
      return (
        said.every((t) => terms.has(t)) && !saysOpposite && (month === null || this.happenedIn(fact, month))
      );
    });
  }

  /**
   * An answer to a claim whose first fact says the opposite by negation ("since the ministry confirmed
   * the talks" of "neither the ministry nor … has commented"), said as the correction; undefined otherwise.
   */
  deniedByNegation(result: AskResult, claim: Claim): AskResult | undefined {
    const [fact] = result.facts;
    if (result.status !== "answered" || result.preface || !fact) return undefined;
    const terms = (text: string) => this.parts.analyzer.terms(text);
    if (!deniesByNegation(fact.statement, claim.text, terms)) return undefined;
    return { ...result, facts: [fact], earlier: [], preface: "The sources say otherwise:" };
  }

  /** Whether a fact dates what it tells: a timeline entry, a date of its own, or a month or year in its statement. */
  dates(fact: Fact): boolean {
    return (
      fact.timeline !== undefined ||
      fact.happened !== undefined ||
      YEAR.test(fact.statement) ||
      monthOf(fact.statement) !== null
    );
  }

  /** Whether a fact happened in a month (01–12), by its date, or says the month itself. */
  private happenedIn(fact: Fact, month: string): boolean {
    const date = this.parts.chronology.happened(fact);
    if (date?.split("-")[1] === month) return true;
    return monthOf(fact.statement) === month;
  }

  /**
   * The fact that corrects a claim, among the hits that answer it asked again (`chooseCorrection`); a
   * statement may lack one word held elsewhere ("where is al-Rashid BASED?" of "orchestrating … from
   * Oslo"). `sameEvent`: the statement must say every word of the claim the base knows, however common, but
   * one its questions or keywords give (a time is corrected by the event's own date, not by another event a
   * quote ties to it).
   */
  private correctionOf(
    hits: readonly Hit[],
    asked: AnalysedQuestion,
    fillers: (fact: Fact) => {
      fills: readonly string[];
      described?: boolean;
      counts?: boolean;
      from?: boolean;
      says?: boolean;
      spared?: readonly string[];
    },
    replaced: readonly string[] = [],
    leadOf?: Side,
    sameEvent = false,
  ): Fact | undefined {
    const { support } = this.parts;
    const candidates = hits.map((hit): CorrectionCandidate => {
      // A fact on the lead of the side a claim puts someone at the head of says the role in its own
      // words ("Norway's side in the talks" for "Norway's negotiating team"): what its statement does not say
      // of the claim, its own questions and keywords may.
      const paraphrased = (t: string) => hit.fact.side === leadOf && support.holds(hit.fact, t);
      const { spared = [], ...filled } = fillers(hit.fact);
      const unstated = support
        .unstated(hit.fact, asked, sameEvent)
        .filter(
          (t) => !replaced.includes(t) && !spared.includes(t) && !(leadOf !== undefined && paraphrased(t)),
        );
      const [only, ...more] = unstated;
      return {
        score: hit.score,
        ...filled,
        unstated: unstated.length,
        heldElsewhere:
          only !== undefined &&
          more.length === 0 &&
          (sameEvent ? support.paraphrases(hit.fact, only) : support.holds(hit.fact, only)),
      };
    });
    const chosen = chooseCorrection(candidates);
    return chosen === undefined ? undefined : hits[chosen]?.fact;
  }

  /**
   * The terms of the noun a wrong name qualifies ("KURDISH militias"), which go with it: the sources put
   * another party in its place with its own noun ("Sami herding clans"). Not a verb ("why did ISIS
   * TOPPLE Petrov": the correction must say the verb).
   */
  private replacedWithName(claimWords: readonly string[], element: ClaimElement): string[] {
    const next = claimWords[element.to];
    if (element.slot !== "name" || next === undefined || isVerbForm(next)) return [];
    // As the analyser reads it too, which may put a word of its own in its place ("fighters" read as a
    // kind of clash): the claim asked again is read that way.
    const term = this.parts.analyzer.termOf(next)?.term;
    const read = this.parts.analyser.analyse(next).terms.map((t) => t.term);
    return [...new Set([...(term === undefined ? [] : [term]), ...read])];
  }

  /** The elements of a claim a correction may replace, in the order tried. */
  private elementsOf(claimWords: readonly string[], knownNames = false): ClaimElement[] {
    const { analyzer, index, sideTerms, nameTerms } = this.parts;
    const elements: ClaimElement[] = [];
    const names: ClaimElement[] = [];
    claimWords.forEach((word, i) => {
      // "in March": a stopword ("may") too.
      if (isClaimedMonth(claimWords, i)) {
        elements.push({ slot: "time", from: i, to: i + 1 });
        return;
      }
      // "ten hours", "three sources": a number the claim puts.
      if (numberOf(word) !== undefined) {
        elements.push({ slot: "count", from: i, to: i + 1 });
        return;
      }
      const term = analyzer.termOf(word)?.term;
      if (term === undefined) return;
      const known = index.isKnownTerm(term);
      if (CLAIMED_YEAR.test(word)) elements.push({ slot: "time", from: i, to: i + 1 });
      else if (
        (PLACE_PREPOSITION.test(claimWords[i - 1] ?? "") || isOutOf(claimWords, i)) &&
        this.isPlaceWord(word, term, claimWords[i - 1] !== "in" && claimWords[i - 1] !== "at")
      ) {
        elements.push({ slot: "place", from: i, to: i + 1 });
      } else if (analyzer.oppositesOf(term).size > 0) elements.push({ slot: "verb", from: i, to: i + 1 });
      else if (
        !sideTerms.has(term) &&
        (known ? knownNames && nameTerms.has(term) : isName(word) && !isOrdinaryEnglish(word))
      ) {
        // "Ahmad al-Rashid" is one name: a short stopword ("al", "bin") inside it does not end it.
        const last = names.at(-1);
        const between = last ? claimWords.slice(last.to, i) : [];
        if (last && between.every((w) => w.length <= 3 && analyzer.termOf(w) === null)) last.to = i + 1;
        else names.push({ slot: "name", from: i, to: i + 1 });
      }
    });
    return [...elements, ...names];
  }

  /**
   * The correction of a claim the sources say nothing of that puts a person the base knows into an event
   * they report with someone else in that place: "why did Rashid meet Novak in Geneva in August?" (al-Hakim
   * met him there). Only when the rest of the claim fixes the event — another party of the base and a
   * place or a time — so the person is the one element that differs; or when the one person of a side
   * stands beside another name ("why did Lund meet al-Rashid?", al-Rashid Norway's, of Lund's meeting
   * with al-Hakim, also Norway's): the sources' person of that side is the correction. "Why did al-Hakim
   * meet al-Rashid?" (both Norway's) does not say which of the two is wrong, and is refused.
   */
  correctKnownParty(ask: string, claim: Claim): AskResult | undefined {
    const { analyzer, sideTerms, support } = this.parts;
    const claimWords = analyzer.words(claim.text);
    const elements = this.elementsOf(claimWords, true);
    // A person or body of the base: not a place ("the Atacama") nor an event ("the 1879 war").
    const isParty = (i: number) => {
      const term = analyzer.termOf(claimWords[i] ?? "")?.term;
      return term !== undefined && !sideTerms.has(term) && support.namesPersonOrBody(term);
    };
    // Both corrections below put right a party of the base the claim names: a claim naming none has none
    // to correct (and its lead need not be read).
    const parties = elements.filter((element) => element.slot === "name" && isParty(element.from));
    if (parties.length === 0) return undefined;
    // "Why is Lund leading Norway's negotiating team?": a side's lead is one person at a time, so the role
    // fixes the event as a place and a time do; the fact on that side's lead names who it was.
    const leadOf = this.sideLed(claim.text);
    const anchored = parties.some((element) => {
      if (leadOf !== undefined) return true;
      const outside = (e: ClaimElement) => e !== element;
      const otherParty = elements.some((e) => outside(e) && e.slot === "name" && isParty(e.from));
      const placeOrTime = elements.some((e) => outside(e) && (e.slot === "place" || e.slot === "time"));
      return otherParty && placeOrTime;
    });
    if (anchored) return this.correct(ask, claim, true, leadOf);
    // "Why did Lund meet Rashid?" of Lund's meeting with al-Hakim: a person of a side, beside another name,
    // is put right only by someone on the same side (`fillersOf`), so the other name and the side fix
    // the event; only that person is corrected ("why did Lund meet Petrov?" is not corrected by who
    // overthrew Petrov).
    const isPlace = (i: number) => support.namesPlace(analyzer.termOf(claimWords[i] ?? "")?.term ?? "");
    const sided = parties.filter(
      (element) =>
        elements.some((e) => e !== element && e.slot === "name" && !isPlace(e.from)) &&
        support.sideOfPerson(
          claimWords.slice(element.from, element.to).flatMap((w) => analyzer.termOf(w)?.term ?? []),
        ) !== undefined,
    );
    if (sided.length !== 1) return undefined;
    return this.correct(ask, claim, true, undefined, (e) => e.from === sided[0]?.from);
  }

  /**
   * The correction of the event a how or when ask takes for granted ("how did ISIS overthrow Petrov in
   * December?", "how did the governor of Westshire end up as Norway's lead negotiator?"), by the one name the
   * base lacks: only when the claim fixes the event otherwise — a place or a time it puts the event in, or
   * a side's lead, which is one person at a time. "How has Iran reacted to the talks?" fixes no event:
   * another party's reaction does not say Iran's.
   */
  correctAnchoredName(ask: string, claim: Claim): AskResult | undefined {
    const claimWords = this.parts.analyzer.words(claim.text);
    const elements = this.elementsOf(claimWords);
    // Only a name is corrected here: a claim with none is left before its lead is read.
    if (!elements.some((e) => e.slot === "name")) return undefined;
    const leadOf = this.sideLed(claim.text);
    const anchored =
      leadOf !== undefined ||
      elements.some(
        (e) =>
          e.slot === "place" ||
          (e.slot === "time" && /^(?:in|on|during|since|by|until)$/.test(claimWords[e.from - 1] ?? "")),
      );
    if (!anchored) return undefined;
    return this.correct(ask, claim, false, leadOf, (e) => e.slot === "name");
  }

  /**
   * The correction of an event a why, when or how ask takes for granted about a person's thing the sources
   * give otherwise ("why did Chile send Novak's REMAINS back?" of "Chile approved the handover of Novak's
   * belongings"): the claim asked again as a yes/no ask without the thing, and answered by a fact that names
   * the person and never says the thing. A yes/no ask of the thing itself is refused (ask-parts.ts' heads).
   */
  correctPossessed(ask: string, claim: Claim): AskResult | undefined {
    const { analyzer, personTerms } = this.parts;
    const [possessed] = claim.text.matchAll(POSSESSED_NOUN);
    const [phrase, owner, thing] = possessed ?? [];
    if (!phrase || !owner || !thing) return undefined;
    const ownerTerm = analyzer.termOf(owner.toLowerCase())?.term;
    const thingTerm = analyzer.termOf(thing.toLowerCase())?.term;
    // A side is no person, though a person's alias may name it ("Chile's president").
    // "Novak's STUFF" says nothing the sources could put otherwise.
    const vague = thingTerm !== undefined && analyzer.generic.has(thingTerm);
    if (
      !ownerTerm ||
      !thingTerm ||
      vague ||
      POSSESSED_BODY_WORDS.test(thing) ||
      !personTerms.has(ownerTerm) ||
      this.parts.sideTerms.has(ownerTerm)
    ) {
      return undefined;
    }
    const asked = PRESUPPOSING_OPENING.exec(claim.text);
    if (!asked?.[1]) return undefined;
    const reask = `${asked[1]} ${claim.text.slice(asked[0].length)}`.replace(phrase, `${owner}'s things`);
    const found = this.parts.answer(reask);
    const [fact] = found.facts;
    if (found.status !== "answered" || found.preface || !fact) return undefined;
    const said = this.termsOf(fact);
    if (!said.has(ownerTerm) || said.has(thingTerm) || !this.namesThingOf(fact, ownerTerm)) return undefined;
    return {
      ...found,
      ask,
      facts: [fact],
      earlier: [],
      preface: `The sources don't say ${quoted([thing.toLowerCase()])}; they say otherwise:`,
    };
  }

  /**
   * The side a claim puts someone at the head of ("… leading Norway's delegation", "heads the US team"):
   * the one side it names, or the one it names as the team's owner ("Norway's team with Chile").
   */
  private sideLed(claimText: string): Side | undefined {
    const { analyser, analyzer, leadTerm, sideTerms } = this.parts;
    const asked = analyser.analyse(claimText);
    if (!asked.terms.some((t) => t.term === leadTerm)) return undefined;
    const owners = new Set(
      [...claimText.matchAll(/([\p{L}.]+)['’]s\b/gu)].flatMap((m) => {
        const side = sideTerms.get(analyzer.termOf((m[1] ?? "").toLowerCase())?.term ?? "");
        return side === undefined ? [] : [side];
      }),
    );
    const [side, ...more] = owners.size > 0 ? owners : asked.sides;
    return more.length === 0 ? side : undefined;
  }

  /**
   * The correction of a post put to the bot for a person of the base ("al-Rashid is Norway's foreign
   * minister, isn't he?"): a claim that the person is THE holder of a post (a definite noun phrase: "the
   * governor of …", "Norway's foreign minister"), which no fact confirms, is corrected by the fact that says
   * what the person is, when its statement does not say all of the post's words. A person holds a post, so another
   * post the sources give them says otherwise; "a member of …" (indefinite) or "the one who met …" (a
   * clause) claims no post.
   */
  correctRole(ask: string, claim: Claim): AskResult | undefined {
    const post = postOf(claim, this.parts);
    if (!post) return undefined;
    const found = this.parts.answer(`who is ${post.subject}`);
    if (found.status !== "answered" || found.preface) return undefined;
    const fact = found.facts.find((f) => {
      const stated = this.parts.support.statedTerms(f);
      return (
        post.subjectTerms.every((t) => stated.has(t)) &&
        !statesPost(this.parts.support.statementTerms(f), post)
      );
    });
    if (!fact) return undefined;
    return {
      ...found,
      ask,
      facts: [fact],
      earlier: [],
      preface: `The sources don't say ${quoted([post.post])}; they say otherwise:`,
    };
  }

  /** Whether the first of an answer's facts states every term of a claim in its own statement. */
  statesClaim(facts: readonly Fact[], claim: Claim): boolean {
    const [first] = facts;
    if (!first) return false;
    return this.parts.support.unstated(first, this.parts.analyser.analyse(claim.text)).length === 0;
  }

  /**
   * Whether some fact's statement names the person a claim gives a post ("jan novak is the us ambassador
   * to peru" of a fact naming Novak): false for a claim that gives no post.
   */
  namesPostHolder(facts: readonly Fact[], claim: Claim): boolean {
    const post = postOf(claim, this.parts);
    if (!post) return false;
    return facts.some((f) => {
      const stated = this.parts.support.statedTerms(f);
      return post.subjectTerms.every((t) => stated.has(t));
    });
  }

  /**
   * Whether an answer's facts name, in their statements or entities, every party of the base a claim names:
   * "why is Viktor Petrov leading Norway's delegation?" is not answered by a fact on the talks' parties
   * whose quote alone names Petrov.
   */
  namesHeld(facts: readonly Fact[], claim: Claim): boolean {
    const { analyser, nameTerms, sideTerms, support } = this.parts;
    const asked = analyser.analyse(claim.text);
    const names = asked.terms.filter((t) => t.known && nameTerms.has(t.term) && !sideTerms.has(t.term));
    if (names.length === 0) return true;
    return facts.some((fact) => {
      const unstated = new Set(support.unstated(fact, asked));
      return names.every((t) => !unstated.has(t.term));
    });
  }

  /**
   * A place a claim names: one of the base's names, a country's capital, or a word no dictionary lists as
   * ordinary English. After "from", a name of the base only if it names a place ("from Oslo", not "from
   * Novak").
   */
  private isPlaceWord(word: string, term: string, afterFrom = false): boolean {
    const { sideTerms, index, nameTerms, support } = this.parts;
    // "Held in Washington": a capital is a place, though read as its side's name.
    if (sideTerms.has(term)) return isCapitalWord(word);
    if (!index.isKnownTerm(term)) return wordClass(word) !== "common";
    return afterFrom ? support.namesPlace(term) : nameTerms.has(term);
  }

  /**
   * Whether a fact names something of a person's ("Novak's belongings", "the belongings of spy Ana Novak"):
   * what it can give in place of the thing an ask takes for granted. A fact that only names the person ("Ruiz
   * separately saw Sheikh Novak" of "when did Novak's MEETING happen?", "Novak's ARRIVAL") says nothing
   * otherwise about any thing of theirs.
   */
  private namesThingOf(fact: Fact, ownerTerm: string): boolean {
    const { analyzer } = this.parts;
    return [fact.statement, ...fact.quotes.map((q) => q.text)].some((text) => {
      const words = text.match(/[\p{L}\p{N}-]+(?:['’]s\b)?/gu) ?? [];
      return words.some((word, i) => {
        const owned = /['’]s$/.test(word);
        if (analyzer.termOf(word.replace(/['’]s$/, "").toLowerCase())?.term !== ownerTerm) return false;
        return (
          (owned && i + 1 < words.length) || words.slice(Math.max(0, i - OF_OWNER_WORDS), i).includes("of")
        );
      });
    });
  }

  /**
   * Whether a fact's statement gives a place (a term or an entity id, as `placesNamed` gives it) right after
   * "from" or "out of" ("orchestrating … from Oslo"): where something is run or sent from.
   */
  private givenAfterFrom(fact: Fact, place: string): boolean {
    const { analyzer } = this.parts;
    const placeTerms = analyzer.terms(place.replace(/-/g, " "));
    const words = analyzer.words(fact.statement);
    return words.some((word, i) => {
      if (word !== "from" && !isOutOf(words, i + 1)) return false;
      const after = words
        .slice(i + 1, i + 1 + FROM_PLACE_WORDS)
        .flatMap((w) => analyzer.termOf(w)?.term ?? []);
      return placeTerms.some((t) => after.includes(t));
    });
  }

  /**
   * The terms of everything a fact says: statement, quotes and the date its timeline gives. The same for
   * every claim, so analysed once per fact.
   */
  private termsOf(fact: Fact): ReadonlySet<string> {
    let terms = this.saidMemo.get(fact.id);
    if (!terms) {
      const texts = [fact.statement, ...fact.quotes.map((q) => q.text), fact.timeline?.when ?? ""];
      terms = new Set(texts.flatMap((t) => this.parts.analyzer.terms(t)));
      this.saidMemo.set(fact.id, terms);
    }
    return terms;
  }

  /**
   * Where (0 or 1) a fact's statement puts a number right before the noun a claim counts ("citing five sources" of
   * "three sources"), by the noun's term: the word after the claim's number or, past one word that
   * describes it, the next ("a single ANONYMOUS source").
   */
  private countedBy(fact: Fact, after: readonly string[]): number | undefined {
    const { analyzer } = this.parts;
    const words = analyzer.words(fact.statement);
    const numbered = new Set(
      words.flatMap((word, i) =>
        /^\d[\d,]*$/.test(word) || numberOf(word) !== undefined
          ? (analyzer.termOf(words[i + 1] ?? "")?.term ?? [])
          : [],
      ),
    );
    const at = after.findIndex((w) => numbered.has(analyzer.termOf(w)?.term ?? ""));
    return at < 0 ? undefined : at;
  }

  /**
   * The place a fact's statement describes by a side's name ("in the Norway–Chile border region", "on
   * Norwegian soil"), as terms; empty when it says `said` itself or describes none.
   */
  private describedPlaceOf(fact: Fact, said: readonly string[]): string[] {
    const { analyzer } = this.parts;
    const saidTerms = said.flatMap((w) => analyzer.termOf(w)?.term ?? []);
    if (saidTerms.some((t) => this.termsOf(fact).has(t))) return [];
    const described = SIDE_PLACE_IN_STATEMENT.exec(fact.statement)?.[0];
    return described ? analyzer.terms(described) : [];
  }

  /**
   * What a fact puts in the slot the claim filled with `said`: another year, place, person or body, or the
   * opposite verb; empty when it says `said` itself or nothing in that slot.
   */
  private fillersOf(fact: Fact, slot: ClaimSlot, said: readonly string[], asked: AnalysedQuestion): string[] {
    const { analyzer, support } = this.parts;
    const saidTerms = said.flatMap((w) => analyzer.termOf(w)?.term ?? []);
    const terms = this.termsOf(fact);
    if (saidTerms.some((t) => terms.has(t))) return [];
    switch (slot) {
      case "time": {
        // The fact's own claim dates it: a quote is the article's whole sentence, whose year may date
        // something else.
        const saidMonths = said.flatMap((w) => monthNumber(w) ?? []);
        if (saidMonths.length === 0) return fact.statement.match(YEARS) ?? [];
        // A month put to the bot ("in March") is corrected by the fact's own date, in another month, as its
        // claim or timeline says it: not a month its statement gives to something else (the report's date).
        const own = (fact.timeline?.sort ?? fact.happened)?.split("-")[1];
        if (own === undefined || saidMonths.includes(own)) return [];
        const dated = [fact.statement, fact.timeline?.when ?? ""].join(" ");
        return (dated.match(MONTH_NAMES_IN_TEXT) ?? []).filter((m) => monthNumber(m) === own);
      }
      case "place":
        return support.placesNamed(fact, asked);
      case "verb": {
        // The fact's own claim says the opposite, not a quote that tells more than the fact.
        const stated = support.statedTerms(fact);
        return saidTerms.flatMap((t) => [...analyzer.oppositesOf(t)].filter((o) => stated.has(o)));
      }
      case "count": {
        // "Ten hours" is corrected by a fact whose statement gives another number (around four hours).
        const saidNumbers = said.flatMap((w) => numberOf(w) ?? []);
        const stated = numbersIn(fact.statement);
        if (stated.some((n) => saidNumbers.includes(n))) return [];
        return stated.map(String);
      }
      case "name": {
        // "Why is Joe Biden pushing Norway …?": a person or body is put right by a person or body (Novak), not
        // by the country a fact names (the US), which corrects a country.
        const others = support.othersNamed(fact, asked);
        const people = said.some(isCountryName) ? others : others.filter((id) => !support.isCountry(id));
        // A person of the base is put right by someone on the same side ("Rashid met Novak" → al-Hakim,
        // Norway's, not Lund, the US mediator in the room): a person or body, not the outlet that reported it
        // ("Norway's official news agency did not say who sat across the table" names no one who led).
        // Named in the fact's words: the lede's people that a drafted fact carries in its entity list alone
        // are no one it tells of.
        const side = support.sideOfPerson(saidTerms);
        return side === undefined
          ? people
          : people.filter(
              (id) =>
                support.isPersonOrBody(id) &&
                support.sideOfEntity(id) === side &&
                support.namesInWords(fact, id),
            );
      }
    }
  }
}
