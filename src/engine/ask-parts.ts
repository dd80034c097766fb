// The parts of an ask a fact must support besides its words: what it wants a part or a count of, the body a
// name stands for, the side of the person asked for, whose reaction it asks, and the verb a yes/no or why
// ask claims.
import type { Side } from "../knowledge/schema.js";
import type { PredicateTerm, ReactorTerm } from "./analysed-question.js";
import {
  agendaThingWords,
  askedMemberNoun,
  attributeNounWords,
  existentialThingWords,
  headWords,
  personQualifier,
  whichPersonQualifiers,
} from "./ask-attributes.js";
import { YES_NO_AUXILIARIES } from "./auxiliaries.js";
import { countScopeWords } from "./count-scope.js";
import { isCountryName, isMannerAdverb, isVerbForm, wordClass } from "./english.js";
import { isFunctionWord } from "./function-words.js";
import { isKindTerm, namesKindAsked } from "./kind-nouns.js";
import type { Analyzer } from "./normalise.js";
import { isPartyAbbreviation } from "./party-abbreviations.js";
import type { PhraseReader } from "./phrase-reader.js";
import { openingParticiple, type predicateWord, unseenEventWord } from "./predicate.js";
import { reactingPartyOf } from "./reacting-party.js";
import { allMatches } from "./regexp.js";
import type { FactIndex, QueryTerm } from "./search.js";
import { GENERIC_WORD_WEIGHT, SHORTHAND_MAX_LENGTH } from "./term-weights.js";
import { mainClauseOf } from "./time-intent.js";
import { isMonthName, isWeekdayName } from "./time-words.js";
import { whichPassiveAct } from "./which-did.js";
import type { WordTerms } from "./word-terms.js";

/** "What did (the) X do …?": group 1, the one word that is the subject of "do". */
const DOER_ASK = /^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?([\p{L}'’.-]+)\s+do\b/iu;
/** "al-Rashid's government", "Novak's administration": a person's name standing for a body they lead. */
const POSSESSED_BODY =
  /([\p{L}-]+)['’]s\s+(government|govt|administration|regime|leadership|delegation|team|forces|army|ministry|office|officials|camp)\b/giu;
/** "the Novak GOVERNMENT", "the novak goverment": `$1` a word that may be a leader's name, `$2` the body's. */
const NAMED_BODY = /\bthe\s+([\p{L}-]{3,})\s+([\p{L}]{4,})\b/giu;
/** "Novak's REMAINS": a person's name (capitalised or not) and the noun it owns. */
export const POSSESSED_NOUN = /\b([\p{L}-]{3,})['’]s\s+([\p{L}]{3,})\b/giu;
/**
 * An ask that opens with a question word asks for something; a yes/no ask, a claim or a why-ask (which takes
 * its event for granted) puts its nouns.
 */
const WH_OPENING = /^\W*(?:who|whom|whose|what|which|where|when|how)\b/i;
/** "al-Rashid's GOVERNMENT": a possessed noun that is a body the person's name stands for, not their thing. */
export const POSSESSED_BODY_WORDS =
  /^(?:government|govt|administration|regime|leadership|delegation|team|forces|army|ministry|office|officials|camp)$/i;
/** Words that end a claimed verb's object: a preposition (not "of"), a conjunction, another clause. */
const OBJECT_ENDS = new Set(
  "to at in on for with from by as into onto over under during after before since until because when where while and or but yet already now so than that which who whom whose if about between against toward towards through without".split(
    " ",
  ),
);
/**
 * "… before HE BECAME governor", "… since IT WAS set up": a clause of the ask's own subject (a pronoun) that
 * places the ask before or after an event of it. So does a gerund of taking up a post, whose subject is the
 * ask's own ("what did X do before BECOMING ambassador?", "after TAKING office", "before BEING named envoy");
 * not any gerund ("what did they say after meeting in Paris?" may be told by a fact of that meeting's day).
 */
const PRONOUN_LANDMARK =
  /\b(before|after|since|until)\s+(?:(?:he|she|they|it)\s+|(?=(?:becoming|taking\s+(?:office|over|up)|being\s+(?:appointed|named|elected|made|sworn))\b))([^?.!,;:]+)/iu;
/**
 * A relative clause with a pronoun subject that takes an event as done ("… from the areas IT MOVED INTO after
 * …", "… the posts THEY TOOK"): `$1` the ask up to the clause's noun, `$2` the clause from its verb on.
 */
const GIVEN_CLAUSE =
  /^(.*?\b(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+((?!(?:is|are|was|were|do|does|did|will|would|can|could)\b)[\p{L}-]+\b[^?.!;]*)/iu;
/** A clause that says what something is ("it WAS AN official who …"), not that something happened. */
const COPULA_NOUN = /^(?:is|was|are|were)\s+(?:a|an|the|his|her|their|its|this|that|one)\b/iu;
/** Pronouns that stand for an unnamed thing: "said ANYTHING", "did they agree on SOMETHING". */
const INDEFINITE_PRONOUNS = new Set(["anything", "something", "nothing", "everything"]);
/** Particles of a phrasal verb, which stand between a verb and its object ("give UP the members"). */
const PARTICLES = new Set(["up", "out", "down", "off", "back", "away"]);
/** A participle and its "by" phrase: "killed BY THE ARMY'S STRIKES near …" ($1, up to four words). */
const PASSIVE_BY = /\b\p{L}+(?:ed|en|wn)\s+by\s+((?:[\p{L}'’-]+\s*){1,4})/iu;
/** Prepositions of place that end a noun phrase ("strikes NEAR Kivu"), beside `OBJECT_ENDS`. */
const PLACE_PREPOSITION = /^(?:near|across|along|around|outside|inside|beyond|within|off)$/;
/** Verbs by which a party is claimed to have helped another act ("did X HELP the rebels topple …"). */
const HELPING_VERB =
  /^(?:help|helped|assist|assisted|aid|aided|back|backed|support|supported|arm|armed|fund|funded|enable|enabled)$/;
/** Verbs of meeting someone, whose object a yes/no ask claims was met ("has X MET Chilean officials?"). */
const MEETING_VERB = /^(?:met|meet|meets|meeting|sat|spoken|spoke|speak|talked|talk)$/;
/** How many words after the auxiliary the verb of meeting may stand: a subject and an adverb or two. */
const MEETING_VERB_REACH = 5;
/** Words between the verb of meeting and the side met: "met with ANY Chilean officials". */
const MET_DETERMINERS = new Set(["the", "any", "some", "a", "an"]);
/** "which CHILEAN agency …", "what Chilean group …": `$1` the word before the noun a which-ask asks a member of. */
const WHICH_QUALIFIED_NOUN = /\b(?:which|what)\s+([\p{L}'’-]+)\s+[\p{L}-]+/iu;
/** "who SIGNED …", "who runs …": the word right after "who" (an auxiliary there is a stopword, no verb). */
const WHO_DID = /^\W*who\s+([\p{L}-]+)\b/iu;
/**
 * "Who is in charge of the military HOTLINE now?", "who runs the border CROSSING?": `$1` the noun phrase of
 * what a who-ask asks the head of, up to a time word, a preposition or the end (its last word is the noun).
 */
const LED_THING =
  /^\W*who(?:['’]s|s|\s+(?:is|was|are|were))?\s+(?:(?:currently|now|actually|really)\s+)?(?:in\s+charge\s+of|running|runs|ran|heads|headed|heading|leads|leading|led|oversees|overseeing|oversaw|manages|managing|managed|operates|operating|operated)\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:now|nowadays|currently|today|these|at|in|on|for|during|from|of|between|with|after|before|since|then)\b|\s*[?.,!;]|\s*$)/iu;

/**
 * "who's the man LEADING NORWAY'S side?", "who heads Chile's team": `$1` the word owning the side, team or
 * delegation someone is asked to lead or represent.
 */
const LEADS_SIDES_TEAM =
  /\b(?:lead(?:s|ing)?|led|head(?:s|ed|ing)?|run(?:s|ning)?|ran|front(?:s|ed|ing)?|represent(?:s|ed|ing)?)\s+(?:the\s+)?([\p{L}-]+)['’]s?\s+(?:side|team|delegation|end|negotiators?)\b/iu;

/** The word right after a "which"/"what" that opens an ask ("which CLERIC did …"). */
const WHICH_HEAD = /^\W*(?:which|what)\s+([\p{L}-]+)/iu;

export class AskParts {
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private readonly sideTerms: ReadonlyMap<string, Side>;
  private readonly phrases: PhraseReader;
  private readonly terms: WordTerms;

  constructor(parts: {
    analyzer: Analyzer;
    index: FactIndex;
    sideTerms: ReadonlyMap<string, Side>;
    phrases: PhraseReader;
    terms: WordTerms;
  }) {
    this.analyzer = parts.analyzer;
    this.index = parts.index;
    this.sideTerms = parts.sideTerms;
    this.phrases = parts.phrases;
    this.terms = parts.terms;
  }

  /**
   * "did CHILE help the rebels topple …?": the side a yes/no ask claims helped another do something, named right
   * after its auxiliary (and an article). Only before a helping verb: "did Chile take more of …" is asked of the
   * facts on what Chile did, which the ranking finds by their other words.
   */
  claimedSideOf(text: string, byTerm: ReadonlyMap<string, QueryTerm>): QueryTerm | undefined {
    const [auxiliary, ...rest] =
      mainClauseOf(text)
        .toLowerCase()
        .match(/[\p{L}'’.-]+/gu) ?? [];
    if (auxiliary === undefined || !YES_NO_AUXILIARIES.includes(auxiliary)) return undefined;
    const at = rest[0] === "the" ? 1 : 0;
    const subject = rest[at];
    if (!HELPING_VERB.test(rest[at + 1] ?? "")) return undefined;
    const term = subject === undefined ? undefined : this.analyzer.termOf(subject)?.term;
    return term !== undefined && this.sideTerms.has(term) ? byTerm.get(term) : undefined;
  }

  /**
   * "has al-Rashid (personally) MET with CHILEAN officials?": the side a yes/no ask claims someone met, named
   * right after the verb of meeting (and "with", an article). A fact on a meeting with someone else ("Novak met
   * al-Rashid") that never names that side does not tell it.
   */
  metSideOf(text: string, byTerm: ReadonlyMap<string, QueryTerm>): QueryTerm | undefined {
    const [auxiliary, ...words] =
      mainClauseOf(text)
        .toLowerCase()
        .match(/[\p{L}'’.-]+/gu) ?? [];
    if (auxiliary === undefined || !YES_NO_AUXILIARIES.includes(auxiliary)) return undefined;
    const verb = words.findIndex((word, i) => i <= MEETING_VERB_REACH && MEETING_VERB.test(word));
    // "did X push Chile TO talk with Norway?": an infinitive tells what another was to do, not whom X met.
    if (verb === -1 || words[verb - 1] === "to") return undefined;
    let at = verb + 1;
    if (words[at] === "down") at += 1;
    if (words[at] === "with" || words[at] === "to") at += 1;
    if (MET_DETERMINERS.has(words[at] ?? "")) at += 1;
    const side = words[at]?.replace(/['’]s$/u, "");
    const term = side === undefined ? undefined : this.analyzer.termOf(side)?.term;
    return term !== undefined && this.sideTerms.has(term) ? byTerm.get(term) : undefined;
  }

  /**
   * "what did CHILE do about the treaty?": the side whose own doing a what-ask asks, named as the subject of
   * "do". A fact on the treaty that never names Chile tells what the treaty did, not what Chile did.
   */
  doerSideOf(text: string, byTerm: ReadonlyMap<string, QueryTerm>): QueryTerm | undefined {
    const subject = DOER_ASK.exec(mainClauseOf(text))?.[1];
    const term = subject === undefined ? undefined : this.analyzer.termOf(subject.toLowerCase())?.term;
    return term !== undefined && this.sideTerms.has(term) ? byTerm.get(term) : undefined;
  }

  /**
   * "which CHILEAN agency runs …?": the side that qualifies the kind of thing a which-ask asks a member of. An
   * entity of that kind on no side, or another's ("unnamed in the HERALD report": a news agency), is not it.
   */
  kindSideOf(text: string): Side | undefined {
    const word = WHICH_QUALIFIED_NOUN.exec(mainClauseOf(text))?.[1];
    const term = word === undefined ? undefined : this.analyzer.termOf(word.toLowerCase())?.term;
    return term === undefined ? undefined : this.sideTerms.get(term);
  }

  /**
   * "who were the CHILEAN officials", "which NORWEGIAN leader …", "who's the man leading CHILE'S side?": the
   * side the qualifier names, if it names one. A "which" ask, or a side's own team someone leads, is read as a
   * who-ask's qualifier is: a fact naming the other side's person ("the new man in charge in Santiago" is
   * Chile's; Chile's interim president) does not say which Norwegian, or who leads Chile's side.
   */
  personSideOf(text: string): { personSide?: Side } {
    const clause = mainClauseOf(text);
    const qualifier = personQualifier(text);
    const owner = LEADS_SIDES_TEAM.exec(clause)?.[1];
    const words = [
      ...(qualifier === undefined ? whichPersonQualifiers(clause) : [qualifier]),
      ...(owner === undefined ? [] : [owner]),
    ];
    for (const word of words) {
      const term = this.analyzer.termOf(word)?.term;
      const side = term === undefined ? undefined : this.sideTerms.get(term);
      if (side !== undefined) return { personSide: side };
    }
    return {};
  }

  /**
   * The party an ask wants the reaction of, as terms: a side or an entity the base names, or a word it has
   * never seen ("macron"); other words ("government", "officials") describe rather than name, and a fact
   * need not repeat them.
   */
  reactorsOf(text: string): ReactorTerm[] {
    const party = reactingPartyOf(mainClauseOf(text));
    if (party === null) return [];
    // "the US" is read as one phrase ("america"): shown as typed, less its article.
    const typed: string[] = party.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const shown = (word: string) =>
      typed.includes(word) ? word : party.replace(/^.*\b(?:the|a|an)\s+/i, "");
    return this.phrases.phrasedWords(party).flatMap((word): ReactorTerm[] => {
      const read = this.terms.resolve(word);
      if (read === null || this.analyzer.generic.has(read.term)) return [];
      if (read.known) {
        // "What did the FRENCH government say?" of a base that says "the French capital" only: a country or
        // its people is a party whose reaction a fact must tell, whether or not the base names it as one.
        const party = this.terms.namesAParty(read.term) || isCountryName(word) || isPartyAbbreviation(word);
        return party ? [{ word: shown(word), term: read.term, known: true }] : [];
      }
      return word.length > SHORTHAND_MAX_LENGTH || isPartyAbbreviation(word)
        ? [{ word: read.corrected ?? word, term: read.term, known: false }]
        : [];
    });
  }

  private readonly isStopword = (word: string): boolean => this.analyzer.isStopword(word);

  /** "did BIDEN meet …": a word that names a party is no verb, though the dictionary inflects it. */
  private readonly namesAParty = (word: string): boolean => {
    const term = this.analyzer.termOf(word)?.term;
    return term !== undefined && this.terms.namesAParty(term);
  };

  /** "has Norway RELEASED …", "when was X FOUNDED": a word no fact has (see `predicateWord`). */
  private readonly isUnseen = (word: string): boolean => {
    const term = this.analyzer.termOf(word)?.term;
    return term !== undefined && !this.index.isKnownTerm(term);
  };

  /**
   * The verb a yes/no or why ask claims, as a query term, read after the lexicon's phrases ("cut back" →
   * reduce); a generic word or stopword ("know", "happen") claims nothing the fact must repeat.
   */
  predicateOf(
    text: string,
    byTerm: ReadonlyMap<string, QueryTerm>,
    read: typeof predicateWord,
  ): PredicateTerm[] {
    // Read with the lexicon's phrases replaced: "did Chile STEP UP …" claims "expand". A hyphenated
    // compound is one word, and no verb: "did the August SIT-DOWN happen" claims no sitting.
    const phrasedWords = this.phrases.phrasedWords(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ""));
    const phrased = phrasedWords.join(" ");
    const claimedWord = read(phrased, this.isStopword, this.namesAParty, this.isUnseen);
    const participle =
      claimedWord === undefined ? openingParticiple(phrased, this.isStopword, this.namesAParty) : undefined;
    const word = claimedWord ?? participle;
    const claimed = word === undefined ? null : this.analyzer.termOf(word);
    if (word === undefined || claimed === null || this.analyzer.isGenericWord(word, claimed.term)) return [];
    // "did Chile PLEDGE …" of a base that never says pledge: the claim is a promise (`@commitment`), which the
    // fact must give as it must give a verb.
    const { term } = this.terms.askedKindOf(
      { term: claimed.term, known: this.index.isKnownTerm(claimed.term) },
      word,
    );
    if (!byTerm.has(term)) return [];
    const object = this.objectOf(phrasedWords, word, byTerm);
    if (participle !== undefined) return object.length > 0 ? [{ word, term, object, objectOnly: true }] : [];
    return [object.length > 0 ? { word, term, object } : { word, term }];
  }

  /**
   * What a claimed verb is claimed of: the question's terms of the words after it, up to a preposition or
   * another clause ("did X return Berg's REMAINS to Norway?" → remains; "did they sign a SECURITY AGREEMENT at
   * …" → security, agreement), less the sides, generic words and stopwords. A particle of a phrasal verb
   * ("give UP", "hand BACK") is skipped.
   */
  private objectOf(
    phrasedWords: readonly string[],
    verb: string,
    byTerm: ReadonlyMap<string, QueryTerm>,
  ): QueryTerm[] {
    const at = phrasedWords.indexOf(verb);
    if (at === -1) return [];
    const object: QueryTerm[] = [];
    for (const word of phrasedWords.slice(at + 1)) {
      // "said ANYTHING official": an indefinite pronoun is an object no fact names, whatever qualifies it.
      if (INDEFINITE_PRONOUNS.has(word)) return [];
      if (OBJECT_ENDS.has(word)) break;
      // "said anything OFFICIALLY": an adverb tells how, not what.
      if (PARTICLES.has(word) || isMannerAdverb(word)) continue;
      const read = this.contentRead(word, byTerm);
      if (read === undefined || object.includes(read)) continue;
      object.push(read);
    }
    return object;
  }

  /** A word's term as the ask weighs it, when it carries content: no side, no generic or stopword-light word. */
  private contentRead(word: string, byTerm: ReadonlyMap<string, QueryTerm>): QueryTerm | undefined {
    const term = this.analyzer.termOf(word)?.term;
    const read = term === undefined ? undefined : byTerm.get(term);
    if (
      read === undefined ||
      this.sideTerms.has(read.term) ||
      this.analyzer.generic.has(read.term) ||
      read.weight <= GENERIC_WORD_WEIGHT
    ) {
      return undefined;
    }
    return read;
  }

  /**
   * "Has Chile returned Novak's REMAINS?": the noun a person's possessive names in a yes/no ask or claim (not
   * a side's or a country's: "Norway's approach" is Norway's, whatever the fact calls it; not a body the
   * name stands for: "al-Rashid's government").
   */
  private possessedNouns(text: string): string[] {
    if (WH_OPENING.test(text)) return [];
    return [...text.matchAll(POSSESSED_NOUN)].flatMap((m) => {
      const [, owner, noun] = m;
      if (!owner || !noun || POSSESSED_BODY_WORDS.test(noun) || wordClass(owner) === "common") return [];
      const term = this.analyzer.termOf(owner)?.term;
      if (term === undefined || this.sideTerms.has(term) || isCountryName(owner)) return [];
      return [noun.toLowerCase()];
    });
  }

  /**
   * The terms of what the ask wants a part or a count of ("the POPULATION of"), and the verb a "who
   * did" ask asks the doer of ("who SIGNED the accord?").
   */
  headsOf(text: string): string[] {
    const heads = headWords(text).flatMap((phrase) => {
      // Read as the question's terms are: "face-to-face sessions" is face, to, face (the phrase "face to
      // face" → direct), not one word "face-to-face" that no fact has.
      for (const word of this.phrases.phrasedWords(phrase)) {
        // "what are the ODDS of …" of a base that never says odds: a fact that gives what may come.
        const read = this.terms.resolve(word);
        const resolved = read && this.terms.askedKindOf(read, word);
        if (!resolved || this.sideTerms.has(resolved.term)) continue;
        return this.analyzer.generic.has(resolved.term) ? [] : [resolved.term];
      }
      return [];
    });
    // "what's al-Rashid's SALARY?", "what is the CAPITAL city of Northshire?": an attribute asked of something
    // named, in a word the base has never seen (an ordinary English word, no name): no fact gives it, however
    // much of the rest it shares ("al-Rashid", "governor").
    // "which HOTEL in Paris …": the noun a question word asks a member of, in a word the base has never seen,
    // as its own word (not inside a phrase of the lexicon: "what OLIVE BRANCHES has …" asks for gestures).
    const member = askedMemberNoun(mainClauseOf(text));
    const ownWord =
      member !== undefined && this.phrases.phrasedWords(mainClauseOf(text)).includes(member) ? [member] : [];
    for (const word of [...attributeNounWords(mainClauseOf(text)), ...ownWord]) {
      const read = this.terms.resolve(word);
      // "which militant FACTION …": a member noun that WordNet gives a kind the base's entities are of (a group)
      // asks for that kind (kind-nouns.ts): the answering fact names an entity of it, not the word itself.
      const resolved =
        read && this.terms.askedKindOf(read, word, false, word === member && namesKindAsked(word));
      if (resolved && isKindTerm(resolved.term) && !heads.includes(resolved.term)) heads.push(resolved.term);
      if (!resolved || resolved.known || this.analyzer.generic.has(resolved.term)) continue;
      if (wordClass(word) !== "common" || heads.includes(resolved.term)) continue;
      heads.push(resolved.term);
    }
    // "are WATER RIGHTS on the agenda?": the thing a yes/no ask asks whether the talks take up, its noun (or the
    // word that says which, of a generic noun) in a word the base has never seen, an ordinary English word: no
    // fact tells the talks take it up. Not a word before it ("is a FULL-BLOWN peace deal on the table").
    // Read after the lexicon's phrases, as the ask's terms are ("peace deal" → peace).
    const thing = this.phrases
      .phrasedWords(agendaThingWords(mainClauseOf(text)).join(" "))
      .map((word) => ({ word, read: this.terms.resolve(word) }))
      .filter(({ read }) => read !== null && !this.analyzer.generic.has(read.term))
      .at(-1);
    if (thing?.read && wordClass(thing.word) === "common" && !heads.includes(thing.read.term)) {
      heads.push(thing.read.term);
    }
    // "is there a WRITTEN agenda?": a word that qualifies the thing a yes/no ask asks whether there is, an
    // ordinary English word the base has never seen, when the base knows the thing: no fact tells of it so.
    // Not a thing the base lacks ("is there any HINT / CHANCE that …": a hedge, read elsewhere).
    const existing = this.phrases.phrasedWords(existentialThingWords(mainClauseOf(text)).join(" "));
    const existingNoun = existing.length > 1 ? this.terms.resolve(existing.at(-1) as string) : null;
    for (const word of existingNoun?.known ? existing.slice(0, -1) : []) {
      const read = this.terms.resolve(word);
      if (!read || read.known || this.analyzer.generic.has(read.term) || heads.includes(read.term)) continue;
      if (wordClass(word) === "common") heads.push(read.term);
    }
    // "has Chile returned Novak's REMAINS?": what a party's possessive names is the thing asked about; a fact on
    // Novak's belongings does not tell of his remains, however much else it shares.
    for (const word of this.possessedNouns(text)) {
      const read = this.terms.resolve(word);
      if (!read?.known || this.analyzer.generic.has(read.term) || this.sideTerms.has(read.term)) continue;
      if (wordClass(word) !== "common" || heads.includes(read.term)) continue;
      heads.push(read.term);
    }
    // "how many were killed BY the army's STRIKES?": the doer a passive names is what the count is of; a fact
    // whose toll fighting took does not give it.
    const agent = this.passiveAgentOf(text);
    if (agent !== undefined && !heads.includes(agent)) heads.push(agent);
    // "who MEDIATED the Geneva meeting?", "who SIGNED the accord?": the verb a subject question asks the doer
    // of; a fact on the meeting that does not say it names no mediator.
    // "when was the Front FOUNDED?", "what were they CHARGED with?": an event no fact tells (`unseenEventWord`).
    const event = this.unseenEventOf(text);
    if (event !== undefined && !heads.includes(event)) heads.push(event);
    const doing = WHO_DID.exec(mainClauseOf(text))?.[1] ?? whichPassiveAct(mainClauseOf(text));
    const finite = doing !== undefined && isVerbForm(doing) && !doing.toLowerCase().endsWith("ing");
    const done = finite ? this.terms.resolve(doing) : null;
    if (done && !this.analyzer.generic.has(done.term) && !heads.includes(done.term)) heads.push(done.term);
    return heads;
  }

  /**
   * "Who APPOINTED al-Rashid?": the term of the past verb a subject question asks the doer of, when the base
   * knows it (an unseen verb is a head already). A fact that tells it only as a passive naming no doer
   * ("al-Rashid was appointed governor") does not say who did it.
   */
  doerVerbOf(text: string): string | undefined {
    const doing = WHO_DID.exec(mainClauseOf(text))?.[1];
    if (doing === undefined || !/ed$/i.test(doing) || !isVerbForm(doing)) return undefined;
    const done = this.terms.resolve(doing);
    return done?.known && !this.analyzer.generic.has(done.term) ? done.term : undefined;
  }

  /**
   * "Who is in charge of the military HOTLINE?": the term of the thing a who-ask asks the head of, a common
   * word the base knows (a side, a name or a word the base lacks is read elsewhere). The support check asks
   * a fact to tell that thing and someone at its head.
   */
  ledThingOf(text: string): string | undefined {
    const words = LED_THING.exec(mainClauseOf(text))?.[1]?.split(/\s+/) ?? [];
    const noun = words.at(-1);
    if (noun === undefined || wordClass(noun) === "name" || this.namesAParty(noun)) return undefined;
    // "who headed NORWAY'S team", "the CHILEAN delegation": a side's own team is what the facts on its lead tell.
    const sideOwned = words.slice(0, -1).some((word) => {
      const term = this.terms.resolve(word.replace(/['’]s$/u, ""))?.term;
      return term !== undefined && this.sideTerms.has(term);
    });
    if (sideOwned) return undefined;
    const read = this.terms.resolve(noun);
    if (!read?.known || this.analyzer.generic.has(read.term) || this.sideTerms.has(read.term))
      return undefined;
    return read.term;
  }

  /**
   * The term of the noun a passive's "by" phrase ends on ("killed by the army's STRIKES near Kivu"): a common
   * word the base knows, not a side's or a party's name ("brokered by Oslo", which the sides' rules read).
   */
  private passiveAgentOf(text: string): string | undefined {
    const found = PASSIVE_BY.exec(mainClauseOf(text));
    if (!found?.[1]) return undefined;
    const words: string[] = [];
    for (const word of found[1].toLowerCase().split(/\s+/).filter(Boolean)) {
      // "shown by BOTH sides", "by the TWO countries": the parties, whatever a fact calls them.
      if (/^(?:both|two)$/.test(word)) return undefined;
      if (/^(?:the|a|an|its|their)$/.test(word)) continue;
      // The noun phrase ends at a preposition ("near Kivu") or at the clause's own verb ("… by both sides ACHIEVED").
      if (
        OBJECT_ENDS.has(word) ||
        PLACE_PREPOSITION.test(word) ||
        isFunctionWord(word) ||
        (words.length > 0 && /ed$/.test(word))
      )
        break;
      words.push(word);
    }
    const head = words.at(-1);
    if (head === undefined || wordClass(head) !== "common" || this.namesAParty(head)) return undefined;
    const read = this.terms.resolve(head);
    if (!read?.known || this.analyzer.generic.has(read.term) || this.sideTerms.has(read.term))
      return undefined;
    return read.term;
  }

  /** The term of a wh-ask's event whose verb the base has never seen, read after the lexicon's phrases. */
  private unseenEventOf(text: string): string | undefined {
    const phrased = this.phrases
      .phrasedWords(mainClauseOf(text).replace(/(?<=\p{L})-(?=\p{L})/gu, ""))
      .join(" ");
    const word = unseenEventWord(phrased, this.isStopword, this.namesAParty, this.isUnseen);
    const read = word === undefined ? null : this.terms.resolve(word);
    return read === null || read.known || this.analyzer.generic.has(read.term) ? undefined : read.term;
  }

  /**
   * The event of a "before he became …", "after it was …" clause, as the question's terms (less the sides and
   * generic words): what the ask places itself before or after, which no report dates (landmarks.ts reads
   * only a named event, "before the July talks").
   */
  landmarkEventOf(
    text: string,
    byTerm: ReadonlyMap<string, QueryTerm>,
  ): { direction: "earlier" | "later"; terms: string[] } | undefined {
    const found = PRONOUN_LANDMARK.exec(text);
    // "since it WAS AN official who told him": a copula before a noun is a reason (a cleft), no event.
    if (!found?.[1] || !found[2] || COPULA_NOUN.test(found[2])) return undefined;
    const terms = this.knownContentTerms(this.phrases.phrasedWords(found[2]), byTerm);
    if (terms.length === 0) return undefined;
    return { direction: /^(?:after|since)$/i.test(found[1]) ? "later" : "earlier", terms };
  }

  /**
   * What a yes/no or when ask asks of an event a relative clause takes as done ("has X pulled back from the
   * areas IT MOVED INTO?"): `main`, the content terms before the clause less its noun (what is asked: pulled
   * back), and `given`, the clause's (moved into). A fact that tells only the given event does not say.
   */
  givenClauseOf(
    text: string,
    byTerm: ReadonlyMap<string, QueryTerm>,
  ): { main: string[]; given: string[] } | undefined {
    const found = GIVEN_CLAUSE.exec(mainClauseOf(text));
    if (!found?.[1] || !found[2]) return undefined;
    // The clause's noun ("the AREAS it moved into") is what the given event is about, not what is asked.
    const before = this.phrases.phrasedWords(found[1]).slice(0, -1);
    const main = this.knownContentTerms(before, byTerm);
    const given = this.knownContentTerms(this.phrases.phrasedWords(found[2]), byTerm);
    return main.length > 0 && given.length > 0 ? { main, given } : undefined;
  }

  /**
   * The terms of what a count is asked within ("how many were killed BY THE STRIKES ON THE TROOPS"; count-scope.ts),
   * as the question's known terms that carry content: no side, generic word, number or name of a month or day
   * ("killed in July" is a time, which the time choice reads).
   */
  countScopeOf(text: string, byTerm: ReadonlyMap<string, QueryTerm>): string[] {
    const scope = this.phrases.phrasedWords(countScopeWords(text).join(" "));
    const notTimes = scope.filter(
      (word) => !isMonthName(word) && !isWeekdayName(word) && !/^\p{N}/u.test(word),
    );
    return this.knownContentTerms(notTimes, byTerm);
  }

  /**
   * The terms of what qualifies the person a "which" ask asks for ("which FRENCH minister", "which UN envoy"): the
   * question's known terms that carry content, less the sides (`personSideOf` reads those).
   */
  personQualifiersOf(text: string, byTerm: ReadonlyMap<string, QueryTerm>): string[] {
    // "which CLERIC …": a one-word head the lexicon reads as a qualified person ("spiritual leader") is asked
    // with that qualifier ("spiritual"), as the phrase written out is.
    const clause = mainClauseOf(text);
    const written = whichPersonQualifiers(clause);
    const head = this.phrases.phrasedWords(WHICH_HEAD.exec(clause)?.[1] ?? "");
    const qualifiers =
      written.length > 0 || head.length < 2 ? written : whichPersonQualifiers(`which ${head.join(" ")}`);
    // "Chile's DEFENCE minister": a qualifier the base spells otherwise ("defense") is read as the ask's terms
    // read it, corrected.
    const words = qualifiers.map((word) =>
      byTerm.has(this.analyzer.termOf(word)?.term ?? "")
        ? word
        : (this.terms.resolve(word)?.corrected ?? word),
    );
    return this.knownContentTerms(words, byTerm);
  }

  /** The terms of words that carry content (`contentRead`) and the base knows, each once, in order. */
  private knownContentTerms(words: readonly string[], byTerm: ReadonlyMap<string, QueryTerm>): string[] {
    const terms: string[] = [];
    for (const word of words) {
      const read = this.contentRead(word, byTerm);
      if (read?.known && !terms.includes(read.term)) terms.push(read.term);
    }
    return terms;
  }

  /**
   * A name's term → the term of the body it stands for in the ask: "al-Rashid's GOVERNMENT", and "the
   * al-Rashid GOVERNMENT" (a leader's name before the body, misspelt or not: "the rashed goverment").
   */
  possessorsOf(text: string): Map<string, string> {
    const possessors = new Map<string, string>();
    for (const [, owner, body] of allMatches(POSSESSED_BODY, text)) {
      const bodyTerm = this.analyzer.terms(body ?? "")[0];
      if (!bodyTerm) continue;
      for (const term of this.analyzer.terms(owner ?? "")) possessors.set(term, bodyTerm);
    }
    for (const [, owner, body] of allMatches(NAMED_BODY, text)) {
      const bodyWord = this.terms.resolve(body ?? "")?.corrected ?? body ?? "";
      const ownerTerm = this.terms.resolve(owner ?? "")?.term;
      const bodyTerm = POSSESSED_BODY_WORDS.test(bodyWord) ? this.analyzer.terms(bodyWord)[0] : undefined;
      if (ownerTerm === undefined || bodyTerm === undefined || wordClass(owner ?? "") === "common") continue;
      if (!possessors.has(ownerTerm)) possessors.set(ownerTerm, bodyTerm);
    }
    return possessors;
  }
}
