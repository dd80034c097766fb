// What reading a question gives: its words as weighted terms, its kind, the sides it names, and the parts
// of it a fact must support (heads, possessors, governments, predicates, reactors).
import type { QuestionKind, Side } from "../knowledge/schema.js";
import type { QueryTerm } from "./search.js";

export interface AnalysedQuestion {
  terms: QueryTerm[];
  kind: QuestionKind | null;
  /** Words replaced by a known spelling, e.g. "rashidd" → "rashid". */
  corrections: Array<{ from: string; to: string }>;
  /** Sides of the talks the question names. */
  sides: ReadonlySet<Side>;
  /** Terms of the thing asked about when the ask wants a part or a count of it ("the POPULATION of"). */
  heads: string[];
  /** A name's term → the term of the body it stands for in the ask ("al-Rashid's GOVERNMENT"). */
  possessors: ReadonlyMap<string, string>;
  /** The ask wants a person's name ("the name of the OFFICIAL", "the names of the MEMBERS"). */
  asksPerson: boolean;
  /** The side the person asked for is on, when the ask says ("who were the CHILEAN officials"). */
  personSide?: Side;
  /**
   * A side's capital named as its government, not as a place ("what has OSLO offered?", not "met in
   * Oslo"): the capital's term → the terms that name its side. A fact naming the side supports it.
   */
  governments: ReadonlyMap<string, readonly string[]>;
  /** The verbs a premise-taking ask claims ("did Norway EXPEL …"), as typed and as terms: the fact must say them. */
  predicates: readonly PredicateTerm[];
  /**
   * Who an ask wants the reaction of ("how did THE US react", "MACRON's reaction"): the words that name a
   * party (a side, an entity's name) or that the base has never seen. A fact's reaction must be theirs.
   */
  reactors: readonly ReactorTerm[];
  /**
   * The ask wants what the reactors themselves said ("did X SAY ANYTHING about …", "what did X SAY about …"):
   * a fact answers only when they speak in it (or keep silent), not when another party reports on them.
   */
  asksSaid?: boolean;
  /**
   * An event the ask places itself before or after in a clause of its own ("what did X do BEFORE HE BECAME
   * intelligence chief?", "… AFTER IT WAS set up"): which way, and the clause's terms. A fact that tells that
   * event is the landmark, not what came before or after it.
   */
  landmarkEvent?: { readonly direction: "earlier" | "later"; readonly terms: readonly string[] };
  /**
   * The terms of what a count is asked within ("how many were killed BY THE STRIKES near X", "injured IN THE
   * FIGHTING"): the fact whose figure answers must tell them in its own words, not only in a question written for it.
   */
  countScope?: readonly string[];
  /**
   * The terms that qualify the person a "which" ask asks for ("which FRENCH minister sat in?"): a fact that does
   * not hold them tells of someone else (another country's minister).
   */
  personQualifiers?: readonly string[];
  /**
   * The side a yes/no ask claims did something, named right after its auxiliary ("did CHILE help the rebels
   * …?"): a fact that never names that side tells what someone else did.
   */
  claimedSide?: QueryTerm;
  /**
   * The past verb a subject question asks the doer of ("who APPOINTED al-Rashid?"), as a term: a fact that tells
   * it only as a passive naming no doer ("was appointed governor") does not say who.
   */
  doerVerb?: string;
  /**
   * The thing a who-ask asks the head of ("who is in charge of the military HOTLINE?"), as a term, when the
   * base knows it: a fact must tell that thing and someone leading or running it.
   */
  ledThing?: string;
  /**
   * The side a yes/no ask claims someone met ("has X met with CHILEAN officials?"): a fact must name that side
   * as a party (its people, "Chilean", "Chile's …"), not only as a country it speaks of.
   */
  metSide?: QueryTerm;
  /**
   * The side that qualifies the kind of thing a which-ask wants ("which CHILEAN agency …?"): the fact must name
   * an entity of that kind on that side, not only one on no side (a news agency that reported it).
   */
  kindSide?: Side;
  /**
   * Names the ask has someone travel to ("when did X FLY TO Oslo?"): a destination the fact must say itself, not
   * one its article's headline names in passing ("… after strikes on Oslo").
   */
  destinations?: readonly string[];
  /**
   * What a yes/no or when ask asks of an event a relative clause takes as done ("has Chile pulled back from the
   * areas IT MOVED INTO?"): the terms of what is asked (`main`) and of the clause (`given`). A fact that states
   * none of `main` tells the given event, not what came of it.
   */
  givenClause?: { readonly main: readonly string[]; readonly given: readonly string[] };
}

/** A word naming who reacted: as typed, its term, and whether the base knows it. */
export interface ReactorTerm {
  word: string;
  term: string;
  known: boolean;
}

/** A verb an ask claims: as typed, and its index term. */
export interface PredicateTerm {
  word: string;
  term: string;
  /**
   * The terms of what the verb is claimed of, its object ("did X return Berg's REMAINS", "did they sign a
   * SECURITY AGREEMENT"): the words after the verb up to a preposition, less the sides and generic words.
   */
  object?: readonly QueryTerm[];
  /**
   * A participle the base has, after has or was ("have they SIGNED …"): no claim a fact must repeat (it is as
   * often a paraphrase of the fact's own verb), read only for what it is claimed of.
   */
  objectOnly?: boolean;
}
