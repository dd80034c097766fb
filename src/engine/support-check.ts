// Whether a fact supports what a question asks: every proper name, predicate, head and attribute the ask
// needs, and the checks that tell a claim the sources correct (a swapped name, an opposite verb).
import type { QuestionKind, Side } from "../knowledge/schema.js";
import type { Fact, KnowledgeBase } from "../knowledge/types.js";
import { BoundedMemo } from "../shared/bounded-memo.js";
import type { AnalysedQuestion, PredicateTerm } from "./analysed-question.js";
import type { Attribute } from "./ask-attributes.js";
import { CAUSING_VERBS } from "./cause-effect.js";
import { isCountryName, isOrdinaryEnglish, wordClass } from "./english.js";
import { EventParties, NO_TERMS } from "./event-parties.js";
import { descriptionHead, isKindTerm, kindTerm } from "./kind-nouns.js";
import { type Analyzer, words } from "./normalise.js";
import { isPartyAbbreviation } from "./party-abbreviations.js";
import { PlannedBodies } from "./planned-bodies.js";
import { takesPremise } from "./question-kinds.js";
import { compiledRegExp, escapeRegExp } from "./regexp.js";
import type { FactIndex, Hit, QueryTerm } from "./search.js";
import { datedOnlyAsSpan } from "./span-dated.js";
import { speakersOf } from "./spoken-by.js";
import { StatementTerms } from "./statement-terms.js";
import { attributesOf, clauseSilence, givesMonthOf, isName, listedAfter } from "./support.js";
import { GENERIC_WORD_WEIGHT } from "./term-weights.js";
import { isMonthName, isWeekdayName, TIME_EXPRESSION } from "./time-words.js";

/**
 * Where a side is named but does not act: in a pair of names ("the Norway–Chile talks", "between Norway and
 * Chile") or as the place something happens ("operations IN Norway", "flights OVER Chile").
 */
const SIDE_NOT_ACTING =
  /\p{Lu}[\p{L}'’]*\s*[–—-]\s*\p{Lu}[\p{L}'’]*|\bbetween\s+(?:the\s+)?\p{Lu}[\p{L}'’]*\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’]*|\b(?:in|into|at|near|from|over|across|inside|around)\s+(?:the\s+)?\p{Lu}[\p{L}'’]*/gu;
/**
 * Who a statement says reported it, not what it reports: "…, according to a Chilean official quoted by
 * Ola Berg", "Journalist Ola Berg reported on 27 May that …", "… confirmed to journalist Ola Berg".
 */
const ATTRIBUTION =
  /,?\s*\b(?:according to|as quoted by|quoted by|as reported by|citing)\b[^.;]*|^[^.;:]*?\b(?:reported|said|told|wrote|posted|tweeted)\b[^.;:]*?\bthat\b|\b(?:journalist|reporter|correspondent)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*\([^)]*\))?/giu;
/** A word of the ask that asks who reported something, as ATTRIBUTION's reporting words and nouns say it. */
const REPORTING_WORD =
  /^(?:journalists?|reporters?|correspondents?|report(?:s|ed)?|tweet(?:s|ed)?|post(?:s|ed)?|wrote|writes?|said|says|told|quot(?:e|es|ed))$/i;
/** A capitalised word that does not open a sentence: a name. */
const NAME_INSIDE = /(?<=[\p{Ll},;:(]\s+)\p{Lu}[\p{L}'’-]+/gu;
/**
 * A statement that gives a purpose, a reason of its own: "stepped in TO SHIELD …", "IN ORDER TO", "as a goodwill
 * GESTURE", "MEANT TO stop clashes", "AIMED AT". Not the causal connectives of cause-effect.ts (after, because …).
 */
const PURPOSE =
  /\b(?:in order to|so as to|so that|for the sake of|(?:meant|intended|designed|aimed|aims?|hoped?|hoping|seeking|seeks?|sought|wants?|wanted|trying|tried) (?:to|at)|as an? (?:[\p{L}-]+\s+){0,2}(?:gesture|sign|signal|gamble|bid|attempt|response|reward|warning|message|condition|precaution))\b|\b\p{L}+ed (?:in |out |up )?to (?!the\b|a\b|an\b|its?\b|their\b|his\b|her\b)\p{Ll}+/iu;
/**
 * The word before a verb that makes it what was meant, hoped or asked for, not what happened: an infinitive
 * ("meant TO stop", "talks TO stop clashes"). Not a modal: "could expand" answers "could the talks expand?".
 */
const INTENT_BEFORE = /^to$/;
/** A word that stands between "to" and its verb: "to ALSO stop", "to FULLY withdraw". */
const ADVERB = /^(?:\p{L}{3,}ly|also|even|then)$/u;
/** A statement that denies or negates what it tells: "dismissed reports that …", "has not commented". */
const DENIAL =
  /\b(?:not|never|neither|nor|no|without|dismiss(?:ed|es)?|den(?:y|ied|ies)|reject(?:ed|s)?|refut(?:ed|es))\b|n['’]t\b/i;
/** No terms, for an ask that names none of a kind (shared rather than allocated per check). */
const NO_TERM_LIST: readonly string[] = [];
/** An attribute that asks a kind of another ("how many PEOPLE" of how many), which a fact lacks when it lacks that. */
const BROADER_ATTRIBUTE: Partial<Record<Attribute, Attribute>> = {
  "head-count": "count",
  "joint-statement": "statement",
};
/** The words that name a meeting, as `meetingTerms` reads them. */
const MEETING_WORDS = "meeting meet met talks talk talked session";
/** A verb typed inflected ("runs", "ruled", "running", "ran"), not in its bare form, most often a noun ("rule"). */
const INFLECTED_VERB = /^(?:\p{L}+(?:s|ed|ing)|ran)$/iu;
/** The attributes a date told apart from the asked event fails (`datedApart`), in the order checked. */
const DATED_ATTRIBUTES = ["date", "exact-date"] as const;
/** How many terms before a body its side may stand: "Norway's new interim GOVERNMENT". */
const SIDE_BEFORE_BODY = 3;
/** A place a statement puts something in: "in Geneva", "near the Atacama", "at the border". */
const PLACE_IN_STATEMENT = /\b(?:in|at|near)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/** The words that ask for a date, no event of their own ("on what DATE", "which DAY exactly"). */
const DATE_ASKING = /^(?:dates?|days?|exact|exactly|precise|precisely|specific|when)$/i;
/** Statements (and entities) whose reading the memos below keep: a base's worth, bounded for a huge one. */
const STATEMENT_MEMO_LIMIT = 20_000;

/** A statement as `namesSomeoneElse` reads it: without its attribution, unless the ask is about the reporter. */
interface ClaimRead {
  claim: string;
  terms: ReadonlySet<string>;
}

/** A side's own words, as `statesSideAsParty` reads a statement: its name as typed and lower-cased, its aliases. */
interface SideOwnWords {
  typed: string;
  name: string;
  aliases: ReadonlySet<string>;
}

/** A capitalised word inside a statement that no entity's name and no side has, and that is no common word. */
interface NameWord {
  word: string;
  terms: readonly string[];
}

/** The words the ask typed (or its corrections), as `givesMonthOf` reads a year among them. */
function askedWordsOf(analysed: AnalysedQuestion): string[] {
  return analysed.terms.flatMap((t) => (t.word === undefined ? [] : [t.word]));
}

/**
 * "Norway and CHILE have begun talks", "talks with CHILE": a side's bare name as a party beside another, or met;
 * not "ties between Norway and Chile", which speaks of the country.
 */
function namesAsCoParty(statement: string, name: string): boolean {
  const side = escapeRegExp(name);
  const other = "\\p{Lu}[\\p{L}'’-]*";
  return compiledRegExp(
    `(?<!\\bbetween\\s+)\\b(?:${other}\\s+and\\s+${side}|${side}\\s+and\\s+${other})\\b|\\b(?:talks|talked|talking|met|meeting)\\s+with\\s+${side}\\b`,
    "u",
  ).test(statement);
}

/**
 * A term of an ask no fact can hold: a name the base lacks, or a country typed in lower case ("what's china's
 * take …", "what role is turkey playing?"), a party the base lacks though the dictionary also lists the word
 * as common (porcelain, the bird).
 */
function isUnheldName(term: QueryTerm): boolean {
  if (term.known) return false;
  const word = term.word ?? term.term;
  return term.name === true || (term.weight > GENERIC_WORD_WEIGHT && (isName(word) || isCountryName(word)));
}

export class SupportCheck {
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  /** Canonical term → the side it names ("norwegian" → norway, "U.S." → united-states). */
  private readonly sideTerms: ReadonlyMap<string, Side>;
  /** Terms of the proper names in entity names and aliases, less the sides': a question naming one asks about it. */
  private readonly nameTerms: ReadonlySet<string>;
  /** Article id → the terms of its title: the headline is context every fact of the article shares. */
  private readonly headlineTerms: Map<string, ReadonlySet<string>>;
  /** Entity id → the terms of its name and aliases: which of a fact's entities a question names. */
  private readonly entityTerms: Map<string, ReadonlySet<string>>;
  /** Entity id → its kind (person, organisation, place …). */
  private readonly entityKinds: Map<string, string>;
  /** Every term of a word of an entity's names: what the statement fallback of `namesSomeoneElse` skips. */
  private readonly entityWordTerms: ReadonlySet<string>;
  /** The entity ids of the story's sides (Norway, Chile, the US): never "someone else" the fact names. */
  private readonly sideIds: ReadonlySet<string>;
  /**
   * Entity id → the terms of the words of its names that only a name has ("rashid", not "president").
   * Built on first use: telling them apart reads the dictionary (docs/engine.md, figures), which start-up should not wait
   * for before the gateway connection opens.
   */
  private entityNameTermsMemo: Map<string, ReadonlySet<string>> | undefined;
  /** The terms only a party's name has (`partyNameTerms`), built on first use as `entityNameTermsMemo` is. */
  private partyNameTermsMemo: ReadonlySet<string> | undefined;
  private readonly entities: KnowledgeBase["entities"];
  /** Entity id → the entity, for the lookups by id (descriptions, names and aliases). */
  private readonly entityById: Map<string, KnowledgeBase["entities"][number]>;
  /** Entity id → the kind term its description gives it ("News AGENCY that …" → @is:agency; kind-nouns.ts). */
  private readonly entityKindTerms: ReadonlyMap<string, string>;
  /** Fact id → position in the base (the index's document number). */
  private readonly positionOf: Map<string, number>;
  /** Attributes (date, number, name …) each fact can answer, by id. */
  private readonly attributesOf: Map<string, ReadonlySet<Attribute>>;
  /**
   * Fact id → the attributes it gives beside a clause silent on them (`clauseSilence`), and the terms only that
   * silent clause has: an ask naming none of them asks about what the other clauses give.
   */
  private readonly clauseSilences: Map<
    string,
    { given: ReadonlySet<Attribute>; silentTerms: ReadonlySet<string> }
  >;
  /** Each fact's statement read as terms, once per fact. */
  private readonly statements: StatementTerms;
  /** Kinds of question each fact answers (question-kinds.ts): a fact that answers "why" gives a reason. */
  private readonly kindsOf: ReadonlyMap<string, ReadonlySet<QuestionKind>>;
  private causingMemo: ReadonlySet<string> | undefined;
  /** Fact id → the terms it tells only as what was meant (`onlyIntended`), built on first use. */
  private readonly intendedMemo = new Map<string, ReadonlySet<string>>();
  /** Fact id → the bodies it tells only as still to be set up, as terms (`addPlannedAtWork`). */
  private readonly plannedMemo = new Map<string, readonly (readonly string[])[]>();
  private readonly planned: PlannedBodies;
  /** Who took part in each day's meeting (event-parties.ts), built on first use. */
  private eventPartiesMemo: EventParties | undefined;
  /** The terms of the words that name a meeting ("met", "talks", "session"): an ask naming one may name it by its parties. */
  private readonly meetingTerms: ReadonlySet<string>;
  private readonly facts: KnowledgeBase["facts"];
  /**
   * What `namesSomeoneElse` and `unlistedNames` read of a statement whatever the ask: the same few
   * statements are read again for every candidate fact of every ask, and every re-ask of a claim.
   */
  private readonly claimMemo = new BoundedMemo<string, ClaimRead>(STATEMENT_MEMO_LIMIT);
  private readonly nameWordsMemo = new BoundedMemo<string, readonly NameWord[]>(STATEMENT_MEMO_LIMIT);
  /** Side → its name and one-word aliases (`sideOwnWords`), read once. */
  private readonly sideOwnWordsMemo = new Map<Side, SideOwnWords | undefined>();
  /** Entity id → the side its description first names (`sideOfEntity`). */
  private readonly entitySideMemo = new BoundedMemo<string, Side | undefined>(STATEMENT_MEMO_LIMIT);

  /** The canonical term of "lead" (heads, in charge, represents …). */
  private readonly leadTerm: string | undefined;
  /** The canonical term of "govern" (runs, rules …). */
  private readonly governTerm: string | undefined;

  constructor(
    kb: KnowledgeBase,
    analyzer: Analyzer,
    index: FactIndex,
    sideTerms: ReadonlyMap<string, Side>,
    nameTerms: ReadonlySet<string>,
    kindsOf: ReadonlyMap<string, ReadonlySet<QuestionKind>> = new Map(),
  ) {
    this.kindsOf = kindsOf;
    this.analyzer = analyzer;
    this.index = index;
    this.sideTerms = sideTerms;
    this.nameTerms = nameTerms;
    this.statements = new StatementTerms(analyzer, sideTerms);
    this.planned = new PlannedBodies(analyzer);
    this.meetingTerms = new Set(analyzer.terms(MEETING_WORDS));
    this.leadTerm = analyzer.terms("lead")[0];
    this.governTerm = analyzer.terms("govern")[0];
    const sideEntities = new Set<string>(kb.story.sides.map((s) => s.id));
    this.sideIds = sideEntities;
    this.entityWordTerms = new Set(
      kb.entities.flatMap((entity) =>
        [entity.name, ...entity.aliases].flatMap((n) => this.analyzer.terms(n)),
      ),
    );
    this.entityKinds = new Map(kb.entities.map((entity) => [entity.id, entity.kind]));
    this.entities = kb.entities;
    this.entityById = new Map(kb.entities.map((entity) => [entity.id, entity]));
    this.entityKindTerms = new Map(
      kb.entities.flatMap((entity) => {
        const head = descriptionHead(entity.description ?? "");
        return head === undefined ? [] : [[entity.id, kindTerm(head)] as const];
      }),
    );
    this.entityTerms = new Map(
      kb.entities
        .filter((entity) => !sideEntities.has(entity.id))
        .map((entity) => [
          entity.id,
          new Set([entity.name, ...entity.aliases].flatMap((name) => this.analyzer.terms(name))),
        ]),
    );
    this.positionOf = new Map(kb.facts.map((f, i) => [f.id, i]));
    this.facts = kb.facts;
    this.headlineTerms = new Map(kb.articles.map((a) => [a.id, new Set(this.analyzer.terms(a.title))]));
    this.attributesOf = new Map(kb.facts.map((f) => [f.id, attributesOf(f)]));
    this.clauseSilences = new Map(
      kb.facts.flatMap((f) => {
        const silence = clauseSilence(f);
        if (!silence) return [];
        const rest = new Set(this.analyzer.terms(f.statement.replace(silence.silentClause, " ")));
        const silentTerms = new Set(this.analyzer.terms(silence.silentClause).filter((t) => !rest.has(t)));
        return [[f.id, { given: silence.given, silentTerms }]];
      }),
    );
  }

  /**
   * "What date was the Channel 5 post?" of "the article does not state its own publication date; it embeds
   * posts dated 27 May": the date is given by a clause beside the silent one. So when the ask names one of
   * the fact's own parties (whose posts they are), nothing only the silent clause says ("the ARTICLE's date"
   * would), and no known word the fact lacks ("what date did the MEETINGS happen?" asks of something else).
   */
  private givenBesideSilence(fact: Fact, attribute: Attribute, analysed: AnalysedQuestion): boolean {
    const silence = this.clauseSilences.get(fact.id);
    if (!silence?.given.has(attribute)) return false;
    const doc = this.positionOf.get(fact.id) ?? -1;
    const partyTerms = new Set(fact.entities.flatMap((id) => [...(this.entityNameTerms().get(id) ?? [])]));
    const asked = analysed.terms.filter((t) => t.known && t.weight > GENERIC_WORD_WEIGHT);
    return (
      asked.some((t) => partyTerms.has(t.term)) &&
      asked.every((t) => this.index.has(doc, t.term) && !silence.silentTerms.has(t.term))
    );
  }

  private entityNameTerms(): Map<string, ReadonlySet<string>> {
    if (this.entityNameTermsMemo) return this.entityNameTermsMemo;
    // An alias may describe by another entity's one-word name ("Finnmark governor" for al-Rashid): asking
    // "who is the governor of Finnmark?" names Finnmark, not al-Rashid.
    const otherNames = new Map<string, string>();
    for (const entity of this.entities) {
      const terms = this.analyzer.terms(entity.name);
      if (terms.length === 1 && terms[0]) otherNames.set(terms[0], entity.id);
    }
    const nameTermsOf = (names: readonly string[], onlyNames: boolean) =>
      names
        .flatMap((name) => words(name))
        .filter((word) => !onlyNames || wordClass(word) !== "common")
        .flatMap((word) => this.analyzer.terms(word));
    this.entityNameTermsMemo = new Map(
      this.entities.map((entity) => {
        const terms = nameTermsOf([entity.name, ...entity.aliases], true);
        // "Mark Hall": every word of the name is also a common word (mark, hall), yet it is a
        // person's name; its own words name it (not its aliases', which may describe), beside an alias's
        // uncommon word ("Marcus Hall" for Mark Hall), which a statement writing "Mark Hall" never has.
        const ownCommon = entity.kind === "person" && nameTermsOf([entity.name], true).length === 0;
        const named = ownCommon ? [...terms, ...nameTermsOf([entity.name], false)] : terms;
        return [
          entity.id,
          new Set(named.filter((term) => (otherNames.get(term) ?? entity.id) === entity.id)),
        ];
      }),
    );
    return this.entityNameTermsMemo;
  }

  /**
   * Whether an ask names a party the base lacks, which no side's government stands for: every fact lacks it
   * (`unsupported`), so no fact supports the ask.
   */
  namesUnheldParty(analysed: Pick<AnalysedQuestion, "terms" | "governments">): boolean {
    return analysed.terms.some(
      (term) => isUnheldName(term) && (analysed.governments.get(term.term) ?? []).length === 0,
    );
  }

  /**
   * What the question asks that the hit's fact does not support: a proper name it does not mention, a
   * thing the base has never heard of, or an attribute (date, number, name) it does not give. Each part
   * below adds what it finds, in this order (a reply names the first), and skips what an earlier one added.
   */
  unsupported(hit: Hit, analysed: AnalysedQuestion, wanted: ReadonlySet<Attribute>): string[] {
    const { fact } = hit;
    const doc = this.positionOf.get(fact.id) ?? -1;
    const missing: string[] = [];
    this.addUnheldNames(fact, doc, analysed, missing);
    this.addUntoldPredicates(fact, doc, analysed, missing);
    this.addOtherSides(fact, doc, analysed, missing);
    this.addUntoldHeadsAndReactors(fact, doc, analysed, missing);
    this.addUngivenAttributes(fact, doc, analysed, wanted, missing);
    this.addPlannedAtWork(fact, analysed, missing);
    return missing;
  }

  /**
   * "When did the joint committee first meet?" of "they agreed that the two states would set up a joint
   * committee": the fact tells the body only as planned, and the ask takes it as at work (planned-bodies.ts).
   */
  private addPlannedAtWork(fact: Fact, analysed: AnalysedQuestion, missing: string[]): void {
    let bodies = this.plannedMemo.get(fact.id);
    if (!bodies) {
      bodies = this.planned.bodies([fact.statement, ...fact.quotes.map((q) => q.text)]);
      this.plannedMemo.set(fact.id, bodies);
    }
    if (this.planned.takesAtWork(bodies, analysed.terms) && !missing.includes("(at-work)")) {
      missing.push("(at-work)");
    }
  }

  /** The ask's names (and capitals acting for a side) the fact neither holds nor stands for. */
  private addUnheldNames(fact: Fact, doc: number, analysed: AnalysedQuestion, missing: string[]): void {
    // "Who mediated the July meeting between Marek and Holm?": a fact of that meeting's day is about it. (A
    // yes/no ask claims what its names did: "did Marek and Holm warn …?" needs a fact that says them; nor does
    // an ask that names no meeting: "what did Marek and Holm acknowledge?" asks what they did.)
    // Read only when a name would be missing, once per fact and ask.
    let parties: ReadonlySet<string> | undefined;
    for (const term of analysed.terms) {
      const word = term.word ?? term.term;
      // "What has OSLO offered?" (the capital acting, `metBy`) of a fact that does not name the city: the side
      // must be named on its own, not only in a pair ("tensions in the volatile Norway–Chile corner").
      if (term.metBy && !this.index.has(doc, term.term) && !this.namesSideAlone(fact, term.metBy)) {
        missing.push(word);
        continue;
      }
      // "What has Oslo offered?" asks about Norway's government: a fact about Norway need not name its capital.
      const government = (analysed.governments.get(term.term) ?? NO_TERM_LIST).some((side) =>
        this.index.has(doc, side),
      );
      if (government) continue;
      if (term.known) {
        // "How long did the Geneva meeting last?": a sentence of an article headlined "… meet in Geneva …"
        // need not repeat the place to be about it.
        // A name only the fact's hand-written questions hold is no name it tells: "is there a second source
        // BESIDES the Herald?" is written for a blogger's post that never names the Herald, so "which Herald
        // journalist wrote the story?" is not asked of it.
        // Not a place the ask has someone travel to: "when did X fly to Oslo?" is not told by a fact of an
        // article headlined "… after strikes on Oslo".
        const inContext =
          (this.index.has(doc, term.term) && !this.onlyAskedOf(fact, term.term)) ||
          (this.headlineTerms.get(fact.articleId)?.has(term.term) &&
            !analysed.destinations?.includes(term.term));
        // "al-Rashid's government" is the government: a fact about it need not name al-Rashid.
        const standsFor = this.bodyOfNameIn(fact, doc, term.term, analysed.possessors.get(term.term));
        if (this.nameTerms.has(term.term) && !inContext && !standsFor) {
          parties ??=
            analysed.kind !== "yes-no" && this.namesMeeting(analysed)
              ? this.eventParties().partiesNamed(fact, analysed.terms)
              : NO_TERMS;
          if (!parties.has(term.term)) missing.push(word);
        }
      } else if (isUnheldName(term)) {
        missing.push(word);
      }
    }
  }

  /** The verbs the ask claims that the fact does not tell (or, asked yes or no, tells of another object). */
  private addUntoldPredicates(fact: Fact, doc: number, analysed: AnalysedQuestion, missing: string[]): void {
    for (const predicate of analysed.predicates) {
      const { word, term } = predicate;
      const told =
        this.index.has(doc, term) &&
        !(
          analysed.kind === "yes-no" &&
          (this.onlyIntended(fact, term) || this.onlyNamedInQuotes(fact, doc, term))
        );
      const unclaimed =
        told && analysed.kind === "yes-no"
          ? this.objectUnclaimed(fact, doc, predicate)
          : told || predicate.objectOnly
            ? []
            : [word];
      for (const lacking of unclaimed) if (!missing.includes(lacking)) missing.push(lacking);
    }
  }

  /** The one side the ask names, when the fact is on another's side; the side a claim says acted, unstated. */
  private addOtherSides(fact: Fact, doc: number, analysed: AnalysedQuestion, missing: string[]): void {
    // "Has Chile pulled back from the areas it moved into?" of "Chile moved into the areas": the fact tells the
    // event the ask takes as done, and does not state all of what the ask asks of it.
    const given = analysed.givenClause;
    if (given) {
      const stated = this.statements.statedTerms(fact);
      const toldAfter = given.main.every((t) => stated.has(t));
      if (given.given.some((t) => this.index.has(doc, t)) && !toldAfter && !missing.includes("(aftermath)")) {
        missing.push("(aftermath)");
      }
    }
    // "Who heads the CHILEAN delegation?" of a fact on Norway's side that never names Chile: the one side the
    // ask names is not the fact's.
    const [named] = analysed.sides.size === 1 ? analysed.sides : [];
    if (named && fact.side && fact.side !== named) {
      const term = analysed.terms.find((t) => this.sideTerms.get(t.term) === named);
      const word = term?.word ?? term?.term;
      if (term && word && !this.index.has(doc, term.term) && !missing.includes(word)) missing.push(word);
    }
    // "Did Chile help the rebels topple Petrov?" of "Petrov was overthrown by the rebels": the side claimed to
    // have acted is not in the fact's own claim, its statement, so the fact tells what others did.
    const side = analysed.claimedSide;
    if (side && !this.statesSide(fact, side.term)) missing.push(side.word ?? side.term);
    // "Has al-Rashid met with CHILEAN officials?" of "Novak met al-Rashid, which signalled support for ties
    // between Norway and Chile": the side met is a country the fact speaks of, not a party it names.
    const met = analysed.metSide;
    const metWord = met?.word ?? met?.term;
    if (met && metWord && !this.statesSideAsParty(fact, met.term) && !missing.includes(metWord)) {
      missing.push(metWord);
    }
  }

  /**
   * Whether a fact's statement names a side as a party: its people or its own ("Chilean", "Chileans", "Chile's
   * minister": a one-word alias of the side other than its name, or the name in the possessive), or a person of
   * that side; "ties between Norway and Chile" names the country only.
   */
  private statesSideAsParty(fact: Fact, sideTerm: string): boolean {
    const side = this.sideTerms.get(sideTerm);
    const own = side === undefined ? undefined : this.sideOwnWords(side);
    if (side === undefined || own === undefined) return false;
    const words = fact.statement.match(/[\p{L}'’]+/gu) ?? [];
    const asParty = words.some((word) => {
      const lower = word.toLowerCase();
      return own.aliases.has(lower) || lower === `${own.name}'s` || lower === `${own.name}’s`;
    });
    if (asParty || namesAsCoParty(fact.statement, own.typed)) return true;
    return this.sidePersonStated(fact, side, this.statements.statedTerms(fact));
  }

  /** A side's name as typed and in lower case, and its one-word aliases other than the name (`statesSideAsParty`). */
  private sideOwnWords(side: Side): SideOwnWords | undefined {
    if (this.sideOwnWordsMemo.has(side)) return this.sideOwnWordsMemo.get(side);
    const entity = this.entityById.get(side);
    const name = entity?.name.toLowerCase();
    const own =
      entity === undefined || name === undefined
        ? undefined
        : {
            typed: entity.name,
            name,
            aliases: new Set(
              (entity.aliases ?? []).map((a) => a.toLowerCase()).filter((a) => !/\s/.test(a) && a !== name),
            ),
          };
    this.sideOwnWordsMemo.set(side, own);
    return own;
  }

  /** Term → whether a fact on a side's lead holds it (`leadsTell`). */
  private readonly leadsTellMemo = new Map<string, boolean>();

  /** Whether a fact on a side's lead holds the term ("side", "talks", "delegation" where one says so). */
  private leadsTell(term: string): boolean {
    let told = this.leadsTellMemo.get(term);
    if (told === undefined) {
      told = this.facts.some(
        (fact) => fact.side !== undefined && this.index.has(this.positionOf.get(fact.id) ?? -1, term),
      );
      this.leadsTellMemo.set(term, told);
    }
    return told;
  }

  /**
   * "Who RUNS / RULES / GOVERNED / is running X?": the govern term typed as an inflected verb asks who leads X, as
   * "heads" does; its bare form is left alone, most often the noun ("under whose RULE …", a time of a rule).
   */
  private runsAsVerb(term: QueryTerm): boolean {
    return term.term === this.governTerm && INFLECTED_VERB.test(term.word ?? "");
  }

  /** The heads the ask is about that the fact lacks, and the reacting parties it does not tell acting. */
  private addUntoldHeadsAndReactors(
    fact: Fact,
    doc: number,
    analysed: AnalysedQuestion,
    missing: string[],
  ): void {
    for (const head of analysed.heads) {
      const word = analysed.terms.find((t) => t.term === head)?.word ?? head;
      if (!this.index.has(doc, head)) missing.push(word);
      else if (analysed.kindSide !== undefined && isKindTerm(head)) {
        // "Which CHILEAN agency …?" of "… unnamed in the Herald report": the fact's agency is on no side.
        const ofKind = fact.entities.filter(
          (id) => this.entityKindTerms.get(id) === head && this.namesInWords(fact, id),
        );
        const side = analysed.kindSide;
        if (ofKind.length > 0 && !ofKind.some((id) => this.sideOfEntity(id) === side)) missing.push(word);
      }
    }
    // "Who heads Norway's foreign ministry?" of "neither Norway's Foreign Ministry nor … has commented": who
    // leads something is told by a fact that answers who-questions (its kinds, question-kinds.ts), not by one
    // that only names the body ("representatives" there is no one leading it).
    if (
      analysed.kind === "who" &&
      analysed.terms.some((t) => t.term === this.leadTerm || this.runsAsVerb(t)) &&
      this.kindsOf.get(fact.id)?.has("who") === false &&
      !missing.includes("(name)")
    ) {
      missing.push("(name)");
    }
    // "Who led CHILE's side at the Lima meeting?" of "Norway's minister took part in the Lima meeting together
    // with Norway's governor, who had steered its earlier contacts with Chile": the people the fact names, and
    // so whoever it says leads, are all another side's; it names no one for the side asked.
    if (this.namesOnlyOtherSidesPeople(fact, analysed) && !missing.includes("(name)")) missing.push("(name)");
    // "Who is in charge of the military HOTLINE (now)?" of "Chile opened a military hotline" or of "X led Norway's
    // side at the talks": a thing the facts on a side's lead never speak of is led by someone only a fact
    // telling both that thing and someone leading it names. (The sides' own things, "who heads
    // Norway's delegation / the talks", stay with the lead facts that tell them.)
    const led = analysed.ledThing;
    if (led !== undefined && !this.leadsTell(led) && !missing.includes("(name)")) {
      // The lead term only: "govern" is also the noun of "the new authorities", no one at a thing's head.
      const heads = this.leadTerm !== undefined && this.index.has(doc, this.leadTerm);
      if (!this.index.has(doc, led) || !heads) missing.push("(name)");
    }
    // "Who APPOINTED al-Rashid?" of "al-Rashid was appointed governor": told with no doer, so no one who did it.
    const doerVerb = analysed.doerVerb;
    if (
      doerVerb !== undefined &&
      this.statements.tellsDoerOf(fact, doerVerb) === false &&
      !missing.includes("(doer)")
    ) {
      missing.push("(doer)");
    }
    // "How did the US react?": a reaction of Chile's is no answer; nor any reaction, of a party the base lacks.
    for (const reactor of analysed.reactors) {
      const actors = this.statements.actorTermsOf(fact);
      // "What did OSLO say": the government of the side whose capital it is; "al-Rashid's GOVERNMENT": the body.
      const body = analysed.possessors.get(reactor.term);
      const theirs =
        reactor.known &&
        (actors.has(reactor.term) ||
          (analysed.governments.get(reactor.term) ?? NO_TERM_LIST).some((side) => actors.has(side)) ||
          (body !== undefined && actors.has(body) && this.bodyOfNameIn(fact, doc, reactor.term, body)));
      // "Did X say anything …?" of "X's side was led by …, a channel reported": X does not speak in it.
      const speaks = !analysed.asksSaid || !reactor.known || this.speaksIn(fact, reactor.term, analysed);
      if ((!theirs || !speaks) && !missing.includes(reactor.word)) missing.push(reactor.word);
    }
  }

  /**
   * What the ask wants the fact does not give: a cause of what is asked, an attribute (a date, a count, a
   * name), a time before or after its landmark, the event or party its figure is of.
   */
  private addUngivenAttributes(
    fact: Fact,
    doc: number,
    analysed: AnalysedQuestion,
    wanted: ReadonlySet<Attribute>,
    missing: string[],
  ): void {
    // "Why did NATO overthrow Petrov?" of "the talks follow Petrov's overthrow, which created an opening": the
    // fact tells what the overthrow brought about, not what brought it about.
    if ((analysed.kind === "why" || wanted.has("cause")) && !this.givesCauseOf(fact, analysed)) {
      missing.push("(cause)");
    }
    const has = this.attributesOf.get(fact.id);
    for (const attribute of wanted) {
      // "How many people …?" of a fact with no count at all, "what did the joint statement say?" of one that
      // tells nothing said: the broader attribute says it once.
      const broader = BROADER_ATTRIBUTE[attribute];
      if (broader && !has?.has(broader)) continue;
      if (!has?.has(attribute) && !this.givenBesideSilence(fact, attribute, analysed)) {
        missing.push(`(${attribute})`);
      }
    }
    this.addLandmarkTold(doc, analysed, missing);
    this.addUnscopedTerms(doc, analysed, missing);
    this.addUngivenDetail(fact, analysed, wanted, has, missing);
  }

  /**
   * "What did X do before he became governor?" of a fact that X is governor: the fact tells the event the ask
   * places itself before, not what came before it (nor after it, "… after it was set up").
   */
  private addLandmarkTold(doc: number, analysed: AnalysedQuestion, missing: string[]): void {
    const landmark = analysed.landmarkEvent;
    const beforeOrAfter = landmark && `(${landmark.direction})`;
    if (
      beforeOrAfter &&
      !missing.includes(beforeOrAfter) &&
      landmark.terms.every((t) => this.index.has(doc, t))
    ) {
      missing.push(beforeOrAfter);
    }
  }

  /**
   * "How many were killed by the strikes on the troops?" of "the fighting killed 1,300": the fact's figure is
   * of another event; "injured in the fighting" of "34 injured in the capital": of another place. "Which
   * FRENCH minister sat in?" of a fact on another country's minister: of another party.
   * Held anywhere the index reads (a question written for it may name the event in other words: "killed in the
   * Druze province"), but not only in the article's headline, which every fact of the article shares.
   */
  private addUnscopedTerms(doc: number, analysed: AnalysedQuestion, missing: string[]): void {
    for (const scope of [analysed.countScope, analysed.personQualifiers]) {
      for (const term of scope ?? NO_TERM_LIST) {
        const word = analysed.terms.find((t) => t.term === term)?.word ?? term;
        if (!this.index.has(doc, term) && !missing.includes(word)) missing.push(word);
      }
    }
  }

  /** An exact date of another event, a month of another year, a date told apart, a list or name of others. */
  private addUngivenDetail(
    fact: Fact,
    analysed: AnalysedQuestion,
    wanted: ReadonlySet<Attribute>,
    has: ReadonlySet<Attribute> | undefined,
    missing: string[],
  ): void {
    if (wanted.has("exact-date") && this.spanDated(fact, analysed)) missing.push("(exact-date)");
    if (wanted.has("month") && has?.has("month") && !givesMonthOf(fact, askedWordsOf(analysed)))
      missing.push("(month)");
    for (const dated of DATED_ATTRIBUTES) {
      const lacking = `(${dated})`;
      if (wanted.has(dated) && !missing.includes(lacking) && this.datedApart(fact, analysed)) {
        missing.push(lacking);
      }
    }
    if (wanted.has("list") && has?.has("list") && !this.listsWhatIsAsked(fact, analysed)) {
      missing.push("(list)");
    }
    if (
      analysed.asksPerson &&
      wanted.has("name") &&
      has?.has("name") &&
      !this.namesSomeoneElse(fact, analysed)
    ) {
      missing.push("(name)");
    }
  }

  /**
   * Whether a party (a term, or a side its capital stands for) is among the words before a verb of saying in
   * the fact's statement: it speaks or keeps silent there ("X made no comment", "X's news agency acknowledged").
   */
  private speaksIn(
    fact: Fact,
    term: string,
    analysed: Pick<AnalysedQuestion, "governments" | "possessors">,
  ): boolean {
    // A side is named as a country or a people ("Chile", "Chilean officials"): compared as the side.
    const asSide = (t: string) => this.sideTerms.get(t) ?? t;
    // "What did al-Rashid's GOVERNMENT say?" of "Chile's interim government stated …": the body speaks for them.
    const body = analysed.possessors.get(term);
    const parties = new Set(
      [term, ...(analysed.governments.get(term) ?? []), ...(body === undefined ? [] : [body])].map(asSide),
    );
    return speakersOf(fact.statement).some((speaker) =>
      this.analyzer.terms(speaker).some((said) => parties.has(asSide(said))),
    );
  }

  /**
   * "On what date did they meet in Riga?" of "… on 3 May, and they had also met in Riga in between": the
   * ask's weightiest word (its own event, less sides and generic words) is told only in clauses that date it as
   * a span, so the fact's exact date is another event's (span-dated.ts).
   */
  private spanDated(fact: Fact, analysed: AnalysedQuestion): boolean {
    const key = this.keyTold(fact, analysed);
    if (key === undefined) return false;
    const texts = [fact.statement, ...fact.quotes.map((q) => q.text)];
    return datedOnlyAsSpan(texts, key, (text) => this.analyzer.terms(text));
  }

  /**
   * "When did Novak meet al-Rashid?" of a fact whose statement tells another event and whose quotes tell the
   * meeting only in sentences with no time in them: the fact's date (its statement's, or another sentence's)
   * is another event's. The ask's weightiest word, as `spanDated` reads it, must be dated where it is told.
   */
  private datedApart(fact: Fact, analysed: AnalysedQuestion): boolean {
    const key = this.keyTold(fact, analysed);
    if (key === undefined || this.analyzer.terms(fact.statement).includes(key)) return false;
    const telling = fact.quotes.map((q) => q.text).filter((text) => this.analyzer.terms(text).includes(key));
    return telling.length > 0 && !telling.some((text) => TIME_EXPRESSION.test(text));
  }

  /** The ask's weightiest word the fact tells (its place or event, less sides and date words), as a term. */
  private keyTold(fact: Fact, analysed: AnalysedQuestion): string | undefined {
    const told = this.statements.toldTerms(fact);
    const [key] = analysed.terms
      .filter(
        (t) =>
          t.known &&
          t.weight > GENERIC_WORD_WEIGHT &&
          !this.sideTerms.has(t.term) &&
          !DATE_ASKING.test(t.word ?? "") &&
          told.has(t.term),
      )
      .sort((a, b) => b.weight - a.weight);
    return key?.term;
  }

  /**
   * Whether a fact that tells a cause tells the cause of what is asked: the ask's words (less the sides,
   * named in nearly every fact) are on the effect side of its connective, not only on the cause side ("what
   * started the kidnappings?" of "fighting broke out after a cycle of kidnappings"), and the cause is not
   * only what the question already says ("why did Chile expand … after Petrov fell?" of "… expanded … after
   * Petrov's ouster"). A fact that tells no cause is left to the rest of the check ("why are both governments
   * silent?" is answered by "discretion is typical …", which explains with no connective).
   */
  /** The terms of the verbs that ask for a cause ("what STARTED …"), read once. */
  private causingTerms(): ReadonlySet<string> {
    this.causingMemo ??= new Set(CAUSING_VERBS.flatMap((verb) => this.analyzer.termOf(verb)?.term ?? []));
    return this.causingMemo;
  }

  /** Whether a fact's statement names one of the sides where it may act (not SIDE_NOT_ACTING). */
  private namesSideAlone(fact: Fact, sides: readonly string[]): boolean {
    const alone = new Set(this.analyzer.terms(fact.statement.replace(SIDE_NOT_ACTING, " ")));
    return sides.some((side) => alone.has(side));
  }

  private givesCauseOf(fact: Fact, analysed: AnalysedQuestion): boolean {
    const read = this.statements.causesOf(fact);
    if (read.length === 0) return !this.restatesUnexplained(fact, analysed);
    // "What STARTED the kidnappings?": the verb asks for the cause; the kidnappings are what is asked of.
    const causing = analysed.kind === "why" ? NO_TERMS : this.causingTerms();
    const asked = new Set(
      analysed.terms
        .filter(
          (t) =>
            t.known &&
            !this.analyzer.generic.has(t.term) &&
            !this.sideTerms.has(t.term) &&
            !causing.has(t.term),
        )
        .map((t) => t.term),
    );
    // Where the asked event stands is read without the names of its setting ("… the kidnappings IN
    // NORTHSHIRE?"): a place or person named on the effect side ("fighting broke out in Northshire after a
    // cycle of kidnappings") does not make the kidnappings its effect.
    const asks = (terms: readonly string[]) => terms.some((t) => asked.has(t) && !this.nameTerms.has(t));
    // "Why was the August meeting POSTPONED?": the claimed event itself is the effect, not only a word of its
    // setting ("… the second time they had MET in Lisbon, after …" explains a meeting, not a delay).
    // Only of a fact whose text tells the event, as a verb: one that does not ("why did X meet Y?" of "…
    // came to power after …", whose quote speaks of "the meetings") is left to the rest of the check.
    const told = this.statements.verbTermsOf(fact);
    const event =
      analysed.kind === "why" ? analysed.predicates.map((p) => p.term).filter((t) => told.has(t)) : [];
    const ofEvent = (effect: readonly string[]) => event.every((t) => effect.includes(t));
    // The asked event told as an effect, of a cause the question does not already give.
    const explains = read.some(
      ({ cause, effect }) =>
        asks(effect) && ofEvent(effect) && cause.length > 0 && !cause.every((t) => asked.has(t)),
    );
    // A fact whose causes and effects are all of something else is left to the rest of the check.
    return explains || !read.some(({ cause, effect }) => asks(cause) || asks(effect));
  }

  /**
   * "Did they sign a SECURITY agreement?" of a fact whose text says nothing of signing, answered by one of its
   * questions, "did they sign a PEACE agreement?": a claimed verb the fact has only in a question or keyword
   * written for it is claimed there of that question's object, and supports the ask only when one such
   * question also holds the ask's object ("has X returned Berg's REMAINS?" of "did X return Berg's
   * belongings?"). The words of the object none holds; none when the verb is the fact's own.
   */
  private objectUnclaimed(fact: Fact, doc: number, predicate: PredicateTerm): string[] {
    const object = predicate.object ?? [];
    if (object.length === 0 || predicate.term.startsWith("@")) return [];
    // Only of a fact that denies what it tells ("the talks are NOT peace negotiations"): one that tells the
    // event with another object ("approved the handover of Berg's BELONGINGS" for "did X return his
    // remains?") is what the premise checks correct the claim with.
    if (!DENIAL.test(fact.statement)) return [];
    if (this.statements.toldTerms(fact).has(predicate.term)) return [];
    const sources = [
      ...(this.index.facts[doc]?.questions ?? []),
      ...fact.keywords.map((keyword) => this.analyzer.terms(keyword)),
    ].filter((terms) => terms.includes(predicate.term));
    if (sources.some((terms) => object.every((t) => terms.includes(t.term)))) return [];
    const held = new Set(sources.flat());
    const lacking = object.filter((t) => !held.has(t.term)).map((t) => t.word ?? t.term);
    return lacking.length > 0 ? lacking : [object[0]?.word ?? predicate.word];
  }

  /**
   * "Did the talks STOP the clashes?" of "the talks were meant to stop clashes": the fact's text has the claimed
   * verb only as what someone meant, hoped or planned to do, never as what happened. A fact whose statement and
   * quotes do not have the verb at all (only its questions or keywords) is left as it was.
   */
  private onlyIntended(fact: Fact, term: string): boolean {
    let intended = this.intendedMemo.get(fact.id);
    if (!intended) {
      intended = this.intendedTermsOf(fact);
      this.intendedMemo.set(fact.id, intended);
    }
    return intended.has(term);
  }

  /**
   * The terms a fact's statement and quotes have only after an infinitive's "to" (`onlyIntended`), every
   * occurrence of each: the same for every claim, so read once per fact.
   */
  private intendedTermsOf(fact: Fact): ReadonlySet<string> {
    const intended = new Set<string>();
    const happened = new Set<string>();
    for (const text of [fact.statement, ...fact.quotes.map((q) => q.text)]) {
      const read = this.analyzer.words(text);
      for (const [i, word] of read.entries()) {
        const term = this.analyzer.termOf(word)?.term;
        if (term === undefined || happened.has(term)) continue;
        // "to FULLY withdraw": adverbs between stand aside.
        let before = i - 1;
        while (before > 0 && ADVERB.test(read[before] ?? "")) before -= 1;
        if (INTENT_BEFORE.test(read[before] ?? "")) intended.add(term);
        else {
          happened.add(term);
          intended.delete(term);
        }
      }
    }
    return intended;
  }

  /**
   * "Why was the August meeting POSTPONED?" of "the meeting … was pushed back at short notice": a why-ask's
   * event (its claimed verb) that the fact tells, with no reason beside it — no causal connective, no purpose
   * ("to shield …", "as a goodwill gesture"), and not a fact that answers why. Such a fact says THAT it
   * happened, which the ask takes for granted, not why. A fact that does not tell the event itself ("why
   * does Northshire matter?" of "Northshire borders the Atacama") is left to the rest of the check.
   */
  private restatesUnexplained(fact: Fact, analysed: AnalysedQuestion): boolean {
    if (analysed.kind !== "why" || analysed.predicates.length === 0) return false;
    if (this.kindsOf.get(fact.id)?.has("why") === true) return false;
    if ([fact.statement, ...fact.quotes.map((q) => q.text)].some((text) => PURPOSE.test(text))) return false;
    // "Why did they SIGN the accord on 25 September?" of "the ministry dismissed reports that they would sign
    // …": a fact that denies the event corrects the ask's premise (premise-correction.ts reads it so).
    if (DENIAL.test(fact.statement)) return false;
    // Told in the fact's own statement, not only in a question written for it, nor in the opposite: "why did
    // Fredburg ACCEPT the corridor?" of "… an idea Fredburg had turned down" is a claim to correct, and "why
    // did the US envoy to NORWAY run the talks?" of a fact on Novak's post one whose detail it corrects.
    const stated = this.statements.statedTerms(fact);
    return analysed.predicates.every(
      ({ term }) =>
        stated.has(term) && ![...this.analyzer.oppositesOf(term)].some((opposite) => stated.has(opposite)),
    );
  }

  /**
   * The words of an ask the fact does not hold anywhere (statement, quotes, questions, keywords, entities):
   * what of the ask it leaves unsaid ("what did al-Rashid STUDY?" of a fact on his post). Generic words,
   * stopwords and the sides (named in nearly every fact) say nothing the reply should name.
   */
  notHeld(hit: Hit, analysed: AnalysedQuestion): string[] {
    const doc = this.positionOf.get(hit.fact.id) ?? -1;
    return analysed.terms
      .filter(
        (t) =>
          t.weight > GENERIC_WORD_WEIGHT &&
          !this.analyzer.generic.has(t.term) &&
          !this.sideTerms.has(t.term) &&
          !this.index.has(doc, t.term),
      )
      .map((t) => t.word ?? t.term);
  }

  /**
   * "Which of the spy's belongings were handed over?": the fact's list must be of something the question
   * asks about (a word of it before the list), not of the side's actions that mention the belongings.
   */
  private listsWhatIsAsked(fact: Fact, analysed: AnalysedQuestion): boolean {
    const before = new Set(this.analyzer.terms(listedAfter(fact.statement)));
    return analysed.terms.some(
      (t) =>
        t.known &&
        t.weight > GENERIC_WORD_WEIGHT &&
        before.has(t.term) &&
        !this.sideTerms.has(t.term) &&
        !this.nameTerms.has(t.term),
    );
  }

  /**
   * Whether the one thing the fact lacks is the ask's verb, and the fact says its opposite (the lexicon's
   * `opposites`): "did Chile step up its strikes?" of "Chile has scaled back its strikes".
   */
  contradictsPredicate(fact: Fact, analysed: AnalysedQuestion, missing: readonly string[]): boolean {
    const [predicate] = analysed.predicates;
    if (!predicate || missing.length !== 1 || missing[0] !== predicate.word) return false;
    const doc = this.positionOf.get(fact.id) ?? -1;
    return [...this.analyzer.oppositesOf(predicate.term)].some((term) => this.index.has(doc, term));
  }

  /**
   * "Did Putin meet al-Rashid?" takes for granted a detail the sources correct: the fact that covers
   * the rest of the question names someone else in that place (Novak). One name is missing, and the fact
   * has a named entity the question does not name, so the question swapped one for the other; the fact
   * answers it as a correction. "Did Qatar pay for the meetings?" shares too little with any fact to get
   * here (the decision needs the best score first, the unknown name weighing against it).
   */
  isSwappedName(fact: Fact, analysed: AnalysedQuestion, missing: readonly string[]): boolean {
    if (missing.length !== 1 || !takesPremise(analysed.kind)) return false;
    // Only a name the base has never seen: a known name the fact lacks ("did Novak meet al-Rashid?")
    // is a relation the sources do not report, not a detail they correct.
    const swapped = analysed.terms.find((t) => (t.word ?? t.term) === missing[0]);
    if (!swapped || swapped.known) return false;
    // A country is another party ("did Spain push Oslo …?", "did the uae help …?"); "resign" or
    // "ceasefire" is no name.
    const word = swapped.word ?? swapped.term;
    if (isCountryName(word) || isPartyAbbreviation(word) || isOrdinaryEnglish(word)) return false;
    const asked = new Set(analysed.terms.map((t) => t.term));
    const named = (id: string) => {
      const terms = this.entityTerms.get(id);
      return terms ? [...terms].some((t) => asked.has(t)) : analysed.sides.has(id as Side);
    };
    // The claim keeps the relation's other party ("… meet al-Rashid", "Norway arrested …"), and the fact
    // names someone in the swapped one's place. "Did NATO attend the talks?" keeps no party.
    return fact.entities.some(named) && fact.entities.some((id) => this.entityTerms.has(id) && !named(id));
  }

  /**
   * A claim asked again without its wrong name ("why did [ISIS] overthrow Petrov?"): the fact that answers
   * the rest must name someone the question does not, to correct it with (the Northern Front).
   */
  othersNamed(fact: Fact, analysed: AnalysedQuestion): string[] {
    if (!this.namesSomeoneElse(fact, analysed)) return [];
    // Someone, not somewhere: "who appointed al-Rashid?" is not answered by the province he governs.
    const asked = new Set(analysed.terms.map((t) => t.term));
    const someone = fact.entities.filter((id) => {
      const terms = this.entityNameTerms().get(id);
      return (
        this.entityKinds.get(id) !== "place" &&
        terms !== undefined &&
        terms.size > 0 &&
        [...terms].every((t) => !asked.has(t))
      );
    });
    return [...someone, ...this.unlistedNames(fact, asked)];
  }

  /**
   * The words of the question the base knows (a side, a name, a verb; generic words aside) that the fact's
   * own statement does not say; the names of the fact's entities and its article's headline count as said.
   * A correction must be about the claim's own event, all of it but the element it replaces: "it was
   * [Biden] who met Norway's interim president" is corrected by "Novak met Norway's interim president", not by
   * "al-Rashid is Norway's interim president" (no meeting), though a quote of that fact tells of one.
   * `everyWord`: a word every fact shares ("talks", weighed as nothing) and the headline's words count too.
   * A date tells one event, so the fact that dates the claim's event must say which one it is: "why did the
   * talks collapse in June?" is not corrected by "Petrov was overthrown in December", whose statement says
   * no talks (its quote, "the meetings follow the overthrow", tells of them).
   */
  unstated(fact: Fact, analysed: AnalysedQuestion, everyWord = false): string[] {
    const said = new Set(this.statedTerms(fact));
    for (const id of fact.entities) for (const t of this.entityTerms.get(id) ?? []) said.add(t);
    const headline = this.headlineTerms.get(fact.articleId);
    return analysed.terms
      .filter(
        (t) =>
          t.known &&
          (t.weight > GENERIC_WORD_WEIGHT || (everyWord && !this.analyzer.generic.has(t.term))) &&
          !said.has(t.term) &&
          (everyWord || headline?.has(t.term) !== true) &&
          !this.isSideOf(fact, t.term),
      )
      .map((t) => t.term);
  }

  /** The terms of a fact's statement, its own claim, as a set (`StatementTerms.statedTerms`). */
  statedTerms(fact: Fact): ReadonlySet<string> {
    return this.statements.statedTerms(fact);
  }

  /** The terms of a fact's statement and quotes, as a set (`StatementTerms.toldTerms`). */
  toldTerms(fact: Fact): ReadonlySet<string> {
    return this.statements.toldTerms(fact);
  }

  /** The terms of a fact's statement in their order (`StatementTerms.statementTerms`). */
  statementTerms(fact: Fact): readonly string[] {
    return this.statements.statementTerms(fact);
  }

  /** Whether an entity is a country (a side of the story is one): "united-states", not "jan-novak". */
  isCountry(id: string): boolean {
    return this.entityKinds.get(id) === "country" || this.sideIds.has(id);
  }

  /**
   * The side of the talks a person of the base is on, as the entity's description first names one ("Senior
   * Norwegian security official …" → norway; "US special envoy …" → united-states); undefined for anyone else,
   * or when the terms name no person of the base.
   */
  sideOfPerson(nameTerms: readonly string[]): Side | undefined {
    if (nameTerms.length === 0) return undefined;
    const entity = this.entities.find((e) => {
      const terms = this.entityNameTerms().get(e.id);
      return e.kind === "person" && terms !== undefined && nameTerms.every((t) => terms.has(t));
    });
    return entity === undefined ? undefined : this.sideOfEntity(entity.id);
  }

  /** Whether a term is a word of the name of a person or organisation of the base ("novak", "herald"). */
  namesPersonOrBody(term: string): boolean {
    for (const [id, terms] of this.entityNameTerms()) {
      if (this.isPersonOrBody(id) && terms.has(term)) return true;
    }
    return false;
  }

  /**
   * Whether an entity is a person or organisation, a party that acts in the story: not a place, a country,
   * nor an outlet, which reports the story ("Norway's official news agency" is on no side of it).
   */
  isPersonOrBody(id: string): boolean {
    const kind = this.entityKinds.get(id);
    return kind === "person" || kind === "organisation";
  }

  /**
   * Whether the fact's own words (statement or quotes) name the entity, not only its entity list: a drafted
   * fact about the lede's meeting carries the lede's people without naming them ("the agency did not say who
   * sat across the table"), and "it was X who …" needs a fact that says X.
   */
  namesInWords(fact: Fact, id: string): boolean {
    const terms = this.entityNameTerms().get(id);
    if (terms === undefined || terms.size === 0) return false;
    const said = this.statements.toldTerms(fact);
    return [...terms].some((t) => said.has(t));
  }

  /** Whether the ask names a meeting ("met", "talks", "session"): one it may name by its parties or its sides. */
  namesMeeting(analysed: AnalysedQuestion): boolean {
    return analysed.terms.some((t) => this.meetingTerms.has(t.term));
  }

  /** Whether a fact's statement names every side the ask names (`statesSide`). */
  statesSides(fact: Fact, analysed: AnalysedQuestion): boolean {
    return [...analysed.sides].every((side) =>
      analysed.terms.some((t) => this.sideTerms.get(t.term) === side && this.statesSide(fact, t.term)),
    );
  }

  /**
   * Whether a fact's statement names a side: by its own words ("Chile's"), or by a person of that side it names
   * ("Novak and al-Rashid met in Riga" names both their sides).
   */
  private statesSide(fact: Fact, sideTerm: string): boolean {
    const stated = this.statements.statedTerms(fact);
    if (stated.has(sideTerm)) return true;
    return this.sidePersonStated(fact, this.sideTerms.get(sideTerm), stated);
  }

  /** Whether the fact's statement (`stated`, its terms) names a person of `side` the fact is about. */
  private sidePersonStated(fact: Fact, side: Side | undefined, stated: ReadonlySet<string>): boolean {
    const names = this.entityNameTerms();
    return fact.entities.some(
      (id) =>
        this.entityKinds.get(id) === "person" &&
        this.sideOfEntity(id) === side &&
        [...(names.get(id) ?? [])].some((term) => stated.has(term)),
    );
  }

  /**
   * Whether a fact tells of the body a person's name stands for ("al-Rashid's GOVERNMENT"): it names the
   * body, and when the base gives the person a side, as that side's ("Norway's interim government", "the
   * Norwegian government"), so "the Novak government" is no other side's government.
   */
  private bodyOfNameIn(fact: Fact, doc: number, nameTerm: string, body: string | undefined): boolean {
    if (body === undefined || !this.index.has(doc, body)) return false;
    const side = this.sideOfPerson([nameTerm]);
    if (side === undefined) return true;
    const terms = this.statements.statementTerms(fact);
    return terms.some(
      (term, at) =>
        term === body &&
        terms
          .slice(Math.max(0, at - SIDE_BEFORE_BODY), at)
          .some((before) => this.sideTerms.get(before) === side),
    );
  }

  private eventParties(): EventParties {
    this.eventPartiesMemo ??= new EventParties(
      { facts: this.facts, entities: this.entities },
      (id) => this.entityTerms.get(id),
      (fact) => this.statements.statedTerms(fact),
    );
    return this.eventPartiesMemo;
  }

  /**
   * Whether a who-ask about one side's lead ("who led / represented CHILE at …?") meets a fact that is no lead
   * fact of that side and whose own words name people, every one of them of another side.
   */
  private namesOnlyOtherSidesPeople(fact: Fact, analysed: AnalysedQuestion): boolean {
    const [side, ...others] = analysed.sides;
    if (analysed.kind !== "who" || side === undefined || others.length > 0 || fact.side === side)
      return false;
    if (!analysed.heads.includes(this.leadTerm ?? "")) return false;
    const people = fact.entities.filter(
      (id) => this.entityKinds.get(id) === "person" && this.namesInWords(fact, id),
    );
    return this.allOfOtherSides(people, side);
  }

  /** Whether there are people and every one is of a side (`sideOfEntity`) other than `side`. */
  private allOfOtherSides(people: readonly string[], side: Side): boolean {
    return (
      people.length > 0 &&
      people.every((id) => {
        const theirs = this.sideOfEntity(id);
        return theirs !== undefined && theirs !== side;
      })
    );
  }

  /** The side an entity's description first names, or undefined. */
  sideOfEntity(id: string): Side | undefined {
    return this.entitySideMemo.get(id, (entity) => this.describedSideOf(entity));
  }

  /** The side an entity's description first names, read once per entity. */
  private describedSideOf(id: string): Side | undefined {
    const description = this.entityById.get(id)?.description ?? "";
    for (const term of this.analyzer.terms(description)) {
      const side = this.sideTerms.get(term);
      if (side !== undefined) return side;
    }
    return undefined;
  }

  /** Whether a term is a word of the name of a place or country of the base ("oslo", "atacama"). */
  namesPlace(term: string): boolean {
    for (const [id, terms] of this.entityTerms) {
      const kind = this.entityKinds.get(id);
      if ((kind === "place" || kind === "country") && terms.has(term)) return true;
    }
    return false;
  }

  /** Whether the fact holds a term anywhere the index reads it (statement, questions, keywords, quotes). */
  holds(fact: Fact, term: string): boolean {
    return this.index.has(this.positionOf.get(fact.id) ?? -1, term);
  }

  /**
   * Whether the questions or keywords written for a fact hold a term: what the fact answers in other words
   * ("when did Petrov lose POWER?" of "Petrov was overthrown"), not what its quote tells beside it.
   */
  paraphrases(fact: Fact, term: string): boolean {
    return [...fact.questions, ...fact.keywords].some((text) => this.analyzer.terms(text).includes(term));
  }

  /**
   * Whether a party's name (an outlet's, an organisation's, a person's) is only in the questions written for a
   * fact: not in its statement, quotes, keywords or the names of its entities. Those questions may name who the
   * fact does NOT tell of ("is there a second source besides the Herald?"), so a name held only there is asked of
   * the fact, not said by it. Places and sides are left alone: a question may set a fact in its place ("the new
   * people in Santiago") when the fact tells the party by its side.
   */
  /**
   * "Did Lund MEET Petrov?" of a fact whose quote says "the MEETINGS follow Petrov's overthrow": a claimed verb
   * the fact's words hold only as a noun after a determiner in a quote (`verbTermsOf`), never in its statement,
   * questions or keywords, names a thing the article's sentence tells of, not the event the fact tells; the
   * sentence may tell of another event (the talks), so the fact does not tell the claim's.
   */
  private onlyNamedInQuotes(fact: Fact, doc: number, term: string): boolean {
    if (this.statements.statedTerms(fact).has(term) || this.statements.verbTermsOf(fact).has(term))
      return false;
    if (!this.statements.toldTerms(fact).has(term)) return false;
    if ((this.index.facts[doc]?.questions ?? []).some((terms) => terms.includes(term))) return false;
    return !fact.keywords.some((text) => this.analyzer.terms(text).includes(term));
  }

  private onlyAskedOf(fact: Fact, term: string): boolean {
    if (!this.partyNameTerms().has(term)) return false;
    if (this.statements.toldTerms(fact).has(term)) return false;
    if (fact.entities.some((id) => this.entityTerms.get(id)?.has(term))) return false;
    return !fact.keywords.some((text) => this.analyzer.terms(text).includes(term));
  }

  /**
   * The terms only a party's name has ("herald", not "state" of "State Department"), less any word of a
   * place's, country's, event's or side's name: what `onlyAskedOf` weighs.
   */
  private partyNameTerms(): ReadonlySet<string> {
    if (this.partyNameTermsMemo) return this.partyNameTermsMemo;
    const party = (kind: string | undefined) =>
      kind === "organisation" || kind === "outlet" || kind === "person";
    const elsewhere = new Set(
      [...this.entityTerms].flatMap(([id, terms]) => (party(this.entityKinds.get(id)) ? [] : [...terms])),
    );
    const terms = [...this.entityNameTerms()].flatMap(([id, named]) =>
      party(this.entityKinds.get(id)) ? [...named] : [],
    );
    this.partyNameTermsMemo = new Set(
      terms.filter((term) => !elsewhere.has(term) && !this.sideTerms.has(term)),
    );
    return this.partyNameTermsMemo;
  }

  /** Whether a term names a side the fact is about ("norwegian" of a fact on Norway's side or naming Norway). */
  private isSideOf(fact: Fact, term: string): boolean {
    const side = this.sideTerms.get(term);
    return side !== undefined && (fact.side === side || fact.entities.includes(side));
  }

  /**
   * A claim asked again without its wrong place ("did they meet [in Oslo]?"): the places the fact's
   * statement puts something in ("in Geneva", "near the Atacama") that the question does not name, else the
   * places among its entities (a drafted fact's statement may say "there").
   */
  placesNamed(fact: Fact, analysed: AnalysedQuestion): string[] {
    const asked = new Set(analysed.terms.map((t) => t.term));
    const put = [...fact.statement.matchAll(PLACE_IN_STATEMENT)]
      .flatMap((m) => this.analyzer.terms(m[1] ?? ""))
      .filter((t) => !asked.has(t) && !this.sideTerms.has(t));
    if (put.length > 0) return put;
    // "In the Norway–Chile border region": no name after "in" but a side; the fact's places say where.
    return fact.entities.filter((id) => {
      const kind = this.entityKinds.get(id);
      const terms = this.entityTerms.get(id);
      return (kind === "place" || kind === "country") && terms && [...terms].every((t) => !asked.has(t));
    });
  }

  /**
   * A drafted fact may name someone its entity list lacks: a name inside its statement that the question
   * does not name counts too. Words of a known entity are judged by the entity: NATO's name is no person's.
   */
  private unlistedNames(
    fact: Fact,
    asked: ReadonlySet<string>,
    statement = fact.statement,
    ofPeople = false,
  ): string[] {
    return this.nameWordsMemo
      .get(`${ofPeople ? 1 : 0}${statement}`, () => this.nameWordsIn(statement, ofPeople))
      .filter(({ terms }) => terms.every((t) => !asked.has(t)))
      .map(({ word }) => word);
  }

  /** What `unlistedNames` keeps of a statement's capitalised words before it looks at the question. */
  private nameWordsIn(statement: string, ofPeople: boolean): NameWord[] {
    return (statement.match(NAME_INSIDE) ?? []).flatMap((word) => {
      const terms = this.analyzer.terms(word);
      const bare = word.replace(/['’]s?$/u, "");
      const kept =
        wordClass(word.toLowerCase()) !== "common" &&
        // "Thursday", "July": capitalised, and no person's name; nor in the possessive ("THURSDAY'S meeting").
        !(ofPeople && (isMonthName(bare) || isWeekdayName(bare))) &&
        terms.length > 0 &&
        terms.every((t) => !this.sideTerms.has(t) && !this.entityWordTerms.has(t));
      return kept ? [{ word, terms }] : [];
    });
  }

  /**
   * "What is the name of the official who spoke to Ola Berg?": the fact must name someone the question
   * does not, and a person when a person is asked for; a fact that names only Berg (or only the group
   * whose members are asked about) gives no name.
   */
  private namesSomeoneElse(fact: Fact, analysed: AnalysedQuestion): boolean {
    const asked = new Set(analysed.terms.map((t) => t.term));
    // "…, according to a Chilean official quoted by Ola Berg": who reported it is not who is asked for —
    // unless the ask is about who reported it ("who's the JOURNALIST who TWEETED about …?").
    const asksReporter = analysed.terms.some((t) => REPORTING_WORD.test(t.word ?? ""));
    const { claim, terms: claimTerms } = this.claimMemo.get(
      `${asksReporter ? 1 : 0}${fact.statement}`,
      (): ClaimRead => {
        const claim = asksReporter ? fact.statement : fact.statement.replace(ATTRIBUTION, "");
        return { claim, terms: new Set(this.analyzer.terms(claim)) };
      },
    );
    // A person asked for is named by the claim itself, not only listed with the fact or named as its source.
    const notInClaim = (terms: ReadonlySet<string>) =>
      analysed.asksPerson && ![...terms].some((t) => claimTerms.has(t));
    // "who's the man leading NORWAY'S side?": a fact whose people are all another side's (Chile's interim
    // president) names no one asked for, whatever other capitalised word it holds ("Islamist"). A person the
    // ask itself names ("… dealt with Chile's caretaker head of state?") is not who is asked for.
    const namedByAsk = (id: string) => {
      const terms = this.entityNameTerms().get(id);
      if (terms !== undefined && [...terms].some((t) => asked.has(t) && !this.sideTerms.has(t))) return true;
      // Named by a whole alias, words a description shares ("interim president") included.
      const entity = this.entityById.get(id);
      return [entity?.name ?? "", ...(entity?.aliases ?? [])].some((alias) => {
        const aliasTerms = this.analyzer.terms(alias).filter((t) => !this.sideTerms.has(t));
        return aliasTerms.length > 0 && aliasTerms.every((t) => asked.has(t));
      });
    };
    const people = fact.entities.filter((id) => this.entityKinds.get(id) === "person" && !namedByAsk(id));
    if (
      analysed.asksPerson &&
      analysed.personSide !== undefined &&
      this.allOfOtherSides(people, analysed.personSide)
    ) {
      return false;
    }
    if (this.unlistedNames(fact, asked, claim, analysed.asksPerson).length > 0) return true;
    return fact.entities.some((id) => {
      const terms = this.entityNameTerms().get(id);
      // Named by a word only a name has, not by a description it shares ("interim president").
      if (
        !terms ||
        terms.size === 0 ||
        [...terms].some((t) => asked.has(t) && !this.sideTerms.has(t)) ||
        this.sideIds.has(id) ||
        notInClaim(terms)
      ) {
        return false;
      }
      if (!analysed.asksPerson) return true;
      // "who were the CHILEAN officials?": a person the base puts on another side is no answer.
      const side = analysed.personSide === undefined ? undefined : this.sideOfEntity(id);
      return this.entityKinds.get(id) === "person" && (side === undefined || side === analysed.personSide);
    });
  }
}
