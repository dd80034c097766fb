// What an ask wants the answer to contain beyond matching its words: the attributes it asks for (a date, a
// number, a name, a duration, a place), the thing it asks a part of, whether it puts a claim to be checked,
// whether it wants a person's name. Pure string work on the ask alone; no story wording.
import { words } from "./normalise.js";
import { CHANGED_AMOUNT } from "./question-kinds.js";
import { DID_X_SAY_ANYTHING, HOW_DID_X_REACT } from "./reacting-party.js";

/** What an ask wants the answer to contain, beyond matching its words. */
export type Attribute =
  | "date"
  | "exact-date"
  | "count"
  | "exact-count"
  /**
   * A count of people ("how many PEOPLE were on the delegation?"): a number that counts people, not "the two
   * countries" or "five subjects", which count something else.
   */
  | "head-count"
  | "duration"
  | "name"
  /** Something before another thing ("who ran Freedonia BEFORE …", "what was THE FRONT called PREVIOUSLY"). */
  | "earlier"
  /** A next event ("where will the NEXT round be held"). */
  | "later"
  /** What may come in general ("could this become full diplomacy LATER ON?"). */
  | "future"
  /** Which members of a set ("which of his belongings were returned", "what ITEMS"): a list, not the set. */
  | "list"
  /** An hour or a part of the day ("what time did they meet?"). */
  | "time-of-day"
  /** What one party gave or got for what another did ("what did Freedonia receive IN RETURN for …?"). */
  | "exchange"
  /** What brought something about, asked without "why" ("what STARTED the clashes", "what MADE Ruritania …"). */
  | "cause"
  /** A share in per cent ("by what PERCENTAGE …"). */
  | "percentage"
  /** How a party reacted ("how did X REACT / RESPOND", "X's REACTION"). */
  | "reaction"
  /**
   * What a party bound itself to (a "PLEDGE", "PROMISE", "ASSURANCE" named as the thing asked): a fact that
   * says the party said it will or would (not) do something, or that it pledged or vowed to.
   */
  | "commitment"
  /** That something changed ("has X CHANGED its approach"): a fact that tells something grew, shrank or shifted. */
  | "change"
  /**
   * What something ended in or settled ("what did they AGREE on", "what CAME OUT OF the talks", "what did the
   * meeting ACHIEVE"): a fact that tells only that it took place does not say.
   */
  | "outcome"
  /**
   * What parties agreed ("what did X and Y AGREE on", "what was AGREED"): a fact that tells an agreement, a
   * signing, an approval or a denial of one; a meeting that "marked a pivot" is an outcome, and no agreement.
   */
  | "agreement"
  /**
   * How long one thing lasted or measures ("how long did the meeting LAST", "how long WAS the session", "how
   * long IS the border"): a span counted out ("four hours", "two days") or a length, not "since 1967" or
   * "after decades of", which answer how long a state has gone on, not how long this thing took.
   */
  | "span"
  /**
   * A size or distance in space ("how WIDE is the buffer zone", "how FAR is X from Y", "IN KM"): a length or
   * an area counted out, not the words that name the place measured.
   */
  | "measure"
  /** Which month ("in WHAT MONTH was X signed?"): a fact dated by its year alone does not say. */
  | "month"
  /** How old someone or something is ("HOW OLD is X?"): an age or a birth, not the post X holds. */
  | "age"
  /** When something runs out ("when does the ceasefire EXPIRE?"): an end set for it, not when it began. */
  | "expiry"
  /**
   * Which political party someone belongs to ("what POLITICAL PARTY is X in?", "which party does X belong
   * to?"): a party named, not the post X holds ("X is the minister for strategic affairs").
   */
  | "party"
  /** Where someone comes from ("where did X GROW UP", "X's HOMETOWN"): a birth or an upbringing, not a post. */
  | "origin"
  /**
   * What a statement said ("what did the joint STATEMENT say?", "what was in the COMMUNIQUÉ?"): a fact that
   * tells something was said, stated or left unsaid; one that tells only what the talks covered does not.
   */
  | "statement"
  /**
   * What a JOINT statement said ("what did the joint communiqué say?"): a fact that tells a statement the sides
   * made together (or that none was made); "Reuters said …" or one side's word is no joint statement.
   */
  | "joint-statement"
  /**
   * What came of an event the ask takes as done in a relative clause ("has X pulled back from the areas IT
   * MOVED INTO?"): never asked by a word, set by the support check when a fact tells only that event.
   */
  | "aftermath"
  /**
   * That a body the fact tells only as still to be set up is at work ("has the joint committee MET yet?"):
   * never asked by a word, set by the support check (planned-bodies.ts).
   */
  | "at-work"
  /**
   * When someone took up a post ("when did X BECOME intelligence chief?"): a fact that tells an appointment or a
   * start, not one that names X in the post at some later meeting.
   */
  | "start";

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
  [
    "span",
    /\bhow long\s+(?:(?:did|does|do|will|would|could|might|should)\b[^?.;]*?\b(?:last|lasted|take|took|run|go on|continue|sit|meet|talk|negotiate)\b|(?:is|was|are|were)\s+(?:the|a|an|that|this|each|their|his|her|its)\b)/i,
  ],
  // "How long WILL Chile KEEP its troops there?": a span ahead, which a start date ("since 1879") does not
  // tell; "how long has Chile held it" asks since when, and a start date answers.
  [
    "span",
    /\bhow long\s+(?:will|would|could|might|should|(?:is|are)\s+[^?.;]*?\bgoing to)\b[^?.;]*?\b(?:keep|stay|remain|hold|maintain)\b/i,
  ],
  ["duration", /\bhow long\b|\bhow many (?:minutes|hours|days|weeks|months|years|decades)\b/i],
  [
    "exact-count",
    /\bexact(?:ly)? how many\b|\bhow many\b[^?.]*\bexact(?:ly)?\b|\bexact (?:number|count|figure)\b/i,
  ],
  // A toll or a figure asked for ("what's the LATEST FIGURE", "the DEATH TOLL") is a number: "a senior security
  // figure" or a fact that tells the fighting without one does not give it.
  [
    "count",
    /\bhow many\b|\bhow much\b(?! time\b)|\bnumber of\b|\bwhat number\b|\b(?:death|casualty)\s+tolls?\b|\bbody count\b|\b(?:latest|newest|most recent|recent|current|updated|final|official|casualty|death)\s+(?:figures?|tally|count|numbers?)\b/i,
  ],
  // "How many PEOPLE …?": a number of people, whatever the fact's other counts are of.
  ["head-count", /\bhow many\s+(?:more\s+)?(?:people|persons|individuals)\b/i],
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
  ["later", /\b(?:next(?!\s+to\b)|upcoming|successor)\b/i],
  // "what specifically has X been DOING?" asks what X did, not which things: no list.
  [
    "list",
    /\bwhich of (?:the|his|her|its|their|those|these|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s)\b[^?]*?\b(?:are|were|did|do|does|have|has|had)\b|\b(?:what|which)\s+(?:specific\s+|exact\s+|particular\s+)?(?:items|things|objects|stuff)\b|\b(?:what|which)\s+(?:specific|exact|particular)\s+[\p{L}-]+s\b|\bspecifically what\b|\bwhat specifically\b(?![^?.;,]*\b(?:do|does|did|doing|done)\b)|\bwhat exactly (?:are|were) the\b(?![^?.;,]*\b(?:about|for|doing|trying|meant|supposed|discussing|saying)\b)|\bwhich ones\b/iu,
  ],
  // "What did Freedonia get IN RETURN for …?", "what did Ruritania give IN EXCHANGE for …?": a quid pro quo is a
  // relation of its own; a fact that tells only one side's step ("Freedonia detained …") does not give it.
  ["exchange", /\bin (?:return|exchange)\b|\bquid pro quo\b|\bas (?:payment|compensation)\b/i],
  [
    "cause",
    /^\W*what\s+(?:\w+\s+)?(?:started|caused|triggered|sparked|prompted|made|set off|led to|drove|motivated)\b/i,
  ],
  ["percentage", /\bper ?cent(?:age)?\b|\bwhat (?:proportion|share)\b/i],
  // "has X CHANGED its approach?", "what CHANGES …": a fact that tells a state, not a change, does not say.
  // A change a noun names ("the regime change", "a change in relations") is the thing asked about, no ask.
  [
    "change",
    /\bchang(?:ed|es|ing)\b|\b(?:did|does|do|will|would|could|has|have|had)\b[^?.;,]{0,40}\bchange\b/i,
  ],
  [
    "reaction",
    new RegExp(
      `${HOW_DID_X_REACT.source}|${DID_X_SAY_ANYTHING.source}|\\breactions?\\b|\\bresponses?\\s+(?:to|from|of)\\b|['’]s\\s+response\\b`,
      "iu",
    ),
  ],
  // "What did they agree on", "what came out of it", "the outcome of": not "what are they trying to achieve",
  // a purpose (the aim of something is said before it has any outcome).
  [
    "outcome",
    /\bwhat\b(?:(?!\b(?:meant|trying|try|tries|aim(?:ed|ing|s)?|want(?:ed|s)?|hop(?:e|ed|es|ing)|supposed|designed|intended|seek(?:ing|s)?|set out|going|planning|expected)\s+to\b)[^?.;])*?\b(?:did|do|does|have|has|had|will|would)\b(?:(?!\b(?:meant|trying|try|tries|aim(?:ed|ing|s)?|want(?:ed|s)?|hop(?:e|ed|es|ing)|supposed|designed|intended|seek(?:ing|s)?|set out|going|planning|expected)\s+to\b)[^?.;])*?\b(?:agree|agreed|agreeing|decide|decided|deciding|achieve|achieved|achieving|accomplish|accomplished|accomplishing|produce|produced|producing|yield|yielded|yielding|settle|settled|settling|conclude|concluded|concluding)\b|\bwhat\s+(?:(?:has|have|had|will|would)\s+)?(?:came|come|comes|resulted|results)\s+(?:out\s+)?(?:of|from)\b|\boutcomes?\b|\bresults?\s+of\b/i,
  ],
  // "What did they AGREE on", "what was AGREED at …": an agreement, not any outcome. Not a view shared ("what do
  // analysts agree IS the main obstacle?", a clause after it) nor a condition ("what would it TAKE … to agree?").
  [
    "agreement",
    /\bwhat\b(?![^?.;]*\b(?:take|takes|took|taken|taking)\b[^?.;]*\bto\s+agree\b)[^?.;]*?\b(?:did|do|does|have|has|had|will|would)\b[^?.;]*?\bagree(?:d|ing)?\b(?!\s+(?:is|are|was|were|will|would|should|could|can|has|have|had)\b)|\bwhat\s+(?:was|were|has\s+been|had\s+been|got|is)\s+agreed\b/i,
  ],
  // "How far is X from Y?", "how big are the delegations?", "… in km": not "how far OFF / ALONG is …", "how big
  // A DEAL", "how close", "how high are hopes", which measure in the figurative sense.
  [
    "measure",
    /\bhow\s+(?:wide|deep|tall|far|big|large)\s+(?:(?:away|apart)\s+)?(?:is|are|was|were)\b|\bin\s+(?:square\s+)?(?:km|km²|kilomet(?:er|re)s|miles|met(?:er|re)s|feet)\b|\bsquare\s+(?:km|kilomet(?:er|re)s|miles)\b/i,
  ],
  ["month", /\b(?:what|which)\s+month\b/i],
  ["age", /\bhow old\s+(?:is|are|was|were)\b/i],
  ["expiry", /\bexpir(?:e|es|ed|ing|y|ation)\b/i],
  // "Where is X ORIGINALLY FROM?", "where did X GROW UP?": not "where is X running things FROM", a place of work.
  // "Which party" alone may be a side ("which party broke the truce?"): only a political one, or one belonged to.
  [
    "party",
    /\bpolitical\s+part(?:y|ies)\b|\bparty\s+affiliation\b|\b(?:what|which)\s+party\b[^?.;]*\b(?:(?:belongs?|belonged)(?:\s+to)?|member(?:\s+of)?|in|from)\W*$/i,
  ],
  ["start", /\bwhen\s+(?:did|does|do|has|had)\b[^?.;]*\bbecome\b/i],
  // "When WAS X APPOINTED envoy?", "when did Oslo NAME him governor?": the taking up of a post, which a fact
  // naming X in the post at a later meeting does not date ("… accompanied by X, Norway's fisheries chief, on
  // 3 May" is when X was there, not when X was appointed). Not "made" ("when were the talks made public").
  [
    "start",
    /\bwhen\s+(?:was|were|is|has|had)\b[^?.;]*\b(?:appointed|named|installed|elected|promoted|tapped|sworn in)\b|\bwhen\s+(?:did|does|do)\b[^?.;]*\b(?:appoint|name|install|elect|promote|tap|take over as|take office)\b/i,
  ],
  [
    "origin",
    /\bwhere\b[^?.;]*\b(?:originally from|grow up|grew up|raised|born)\b|\bhome ?town\b|\bplace of birth\b|\bbirthplace\b/i,
  ],
  // "What did the joint STATEMENT say?", "what was in the COMMUNIQUÉ?": a thing that was said, whose words a
  // fact must tell (or tell were not said); "joint" in "joint security concerns" says nothing was issued.
  [
    "statement",
    /\b(?:statements?|declarations?|announcements?|press releases?|readouts?)\b|\bcommuniqu[eé]s?(?!\w)/i,
  ],
  [
    "joint-statement",
    /\bjoint\s+(?:[\p{L}-]+\s+)?(?:statements?|declarations?|announcements?|press releases?|readouts?|communiqu[eé]s?(?!\w))/iu,
  ],
  [
    "future",
    /\b(?:future|later on|eventually|down the (?:line|road)|going forward|from now on|long run|long term)\b/i,
  ],
  // "How many rounds ARE PLANNED?", "how many MORE meetings …": what is still to come, which a fact telling
  // how many took place does not count ("what WAS planned" asks of the past, and is not read here).
  [
    "future",
    /\b(?:is|are)\s+(?:(?:still|now|currently)\s+)?(?:planned|scheduled|slated)\b|\bhow many more\b/i,
  ],
  // "What punishment WILL they face?", "when WILL the belongings arrive?": a wh-ask put in the future (its
  // first auxiliary, not one of a clause it reports: "what did she say will happen") asks what is to come,
  // which a fact telling only what happened does not say.
  [
    "future",
    /^\W*(?:what|when|where|who|whom|which|how)\b(?:(?!\b(?:did|does|do|has|have|had|can|could|would|should|may|might)\b)[^?.;,])*?\b(?:will|won'?t|going to)\b/i,
  ],
];

export function askedAttributes(ask: string): Set<Attribute> {
  const found = new Set<Attribute>();
  for (const [attribute, pattern] of ATTRIBUTE_PATTERNS) if (pattern.test(ask)) found.add(attribute);
  // "has X changed how much it strikes …?" asks whether the amount changed, not for a number (question-kinds.ts).
  if (CHANGED_AMOUNT.test(` ${words(ask).join(" ")} `)) found.delete("count");
  // "Who were the five sources?" asks for their names as "what were the names of the sources?" does.
  // "Who are the negotiators THAT REUTERS NAMED?" puts the naming as its claim: a fact that says they
  // were not named answers it (corrects it), rather than being a silence on the name.
  if ((WHO_IS_PERSON.test(ask) || WHICH_PERSON_ASK.test(ask)) && !CLAIMS_NAMING.test(ask)) found.add("name");
  // "how long" is answered by a duration or a start date ("since 1967"), not by any date.
  if (found.has("duration")) {
    found.delete("date");
    found.delete("count");
  }
  // "How long did the meeting last?": a span counted out, which says how long too.
  if (found.has("span")) found.delete("duration");
  if (found.has("exact-date")) found.delete("date");
  if (found.has("exact-count")) found.delete("count");
  return found;
}

/**
 * The thing an ask is about when it asks for a part or a number of it: "what is the POPULATION of
 * Northshire", "how many TROOPS". The fact that answers must speak of that thing, not only of Northshire.
 */
/** "What is the NAME of …", "the DATE of …": these ask for an attribute (askedAttributes), not a thing. */
const ATTRIBUTE_NOUNS =
  /^(?:names?|dates?|days?|times?|numbers?|years?|months?|kinds?|sorts?|types?|parts?|size|amount|title|rest)$/i;

/** "how many (people) were / have been KILLED": the passive participle of what is counted (regular, -ed). */
const COUNTED_PARTICIPLE =
  /\bhow many\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is|have been|has been|had been|got|get)\s+(?:(?:actually|really|reportedly|officially)\s+)?([\p{L}-]+ed)\b/iu;

/** "how many of the dead were CIVILIANS?", "how many of them are WOMEN": the part counted, ending the ask. */
const COUNTED_PART =
  /\bhow many of (?:the|them|those|these|their)\b[^?.;]*?\b(?:were|was|are|is)\s+([\p{L}-]+)\s*[?!.]*\s*$/iu;

/** "how many (people) were in (the Chilean) DELEGATION (at …)": the noun of what they are counted in. */
const COUNTED_WITHIN =
  /\bhow many\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|are|is)\s+(?:in|on|inside)\s+(?:(?:the|each|every|their|its|his|her|both)\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+)(?=\s+(?:at|in|on|during|for|from|of|when|after|before)\b|\s*[?.,!]|\s*$)/iu;

export function headWords(ask: string): string[] {
  const heads: string[] = [];
  // "who is the LEADER of the Front?": the post asked of a named body; a fact that tells only what the body
  // did names no holder of it, whoever else it names.
  // "who is the CURRENT leader of …": a word that says which holder is asked is no post.
  const partOf =
    /\b(?:what|who)(?:'s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the|his|her|its|their)\s+(?:(?:current|present|acting|actual|real|overall|top)\s+)?([\p{L}-]+)\s+of\b/iu.exec(
      ask,
    );
  if (partOf?.[1] && !ATTRIBUTE_NOUNS.test(partOf[1])) heads.push(partOf[1]);
  // "how many RURITANIAN soldiers": the caller skips a first word that only says whose. "How many SEPARATE /
  // different / distinct sources": a word that only says they are counted apart is no head either.
  const count = /\bhow many\s+(?:(?:separate|different|distinct)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(
    ask,
  );
  if (count?.[1]) heads.push(count[2] ? `${count[1]} ${count[2]}` : count[1]);
  // "how many of the dead were CIVILIANS?": a part of a whole, named last; a toll of them all does not give it.
  const part = COUNTED_PART.exec(ask);
  if (part?.[1]) heads.push(part[1]);
  // "how many people were WOUNDED": the participle says what is counted; a toll of the killed is no answer.
  const counted = COUNTED_PARTICIPLE.exec(ask);
  if (counted?.[1]) heads.push(counted[1]);
  // "how many people were IN the Chilean DELEGATION": what they are counted in; a count of the meetings is none.
  const within = COUNTED_WITHIN.exec(ask)?.[1]?.split(/\s+/).at(-1);
  if (within) heads.push(within);
  return heads.map((w) => w.toLowerCase());
}

/** Words that end the noun an ask asks of someone ("X's salary AS governor", "X's deputy IN Northshire"). */
const NOUN_END =
  "(?=\\s+(?:in|as|at|on|for|of|to|with|from|during|after|before|under|now|nowadays|currently|today|these|right|again|exactly|then|like)\\b|\\s*[?.!,;:]|\\s*$)";

/** "what's al-Rashid's SALARY": `$1` the noun after a possessive (built once: a Unicode class is costly to compile). */
const POSSESSED_NOUN = new RegExp(
  `^\\W*(?:what|who|which)(?:['’]s|s|\\s+(?:is|was|are|were))\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+(?:['’]s|s['’])\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)${NOUN_END}`,
  "iu",
);

/**
 * The words of the noun an ask asks for as an attribute of something named: "what's al-Rashid's SALARY as
 * governor?", "who is al-Rashid's DEPUTY?", "what was the delegation's OPENING PROPOSAL?", "what is the
 * CAPITAL CITY of Northshire?". Unlike `headWords`, the caller requires only such a word the base has never
 * seen: no fact can give an attribute the sources never name, whatever names it shares ("what is Novak's
 * ROLE?" is answered by a fact on his post, which may word it otherwise).
 */
export function attributeNounWords(ask: string): string[] {
  const possessed = POSSESSED_NOUN.exec(ask);
  const partOf =
    /^\W*(?:what|who|which)(?:['’]s|s|\s+(?:is|was|are|were))\s+the\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+of\b/iu.exec(
      ask,
    );
  const phrase = possessed?.[1] ?? partOf?.[1];
  const words = phrase === undefined ? [] : phrase.toLowerCase().split(/\s+/);
  // "who's Chile's POINT MAN at the table?": a person noun asks for whoever holds the post, which a fact on the
  // side's lead names; the words before it describe the post in the asker's words.
  return PERSON_NOUN.test(words.at(-1) ?? "") ? [] : words;
}

/**
 * "are WATER RIGHTS on the agenda?", "is the buffer zone part of the talks?": a yes/no ask whether the talks
 * take something up. `$1` the thing, up to six words (its article included).
 */
const AGENDA_ASK =
  /^\W*(?:is|are|was|were)\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:(?:even|actually|also|still|really|ever)\s+)?(?:on\s+the\s+(?:agenda|table)|part\s+of\b|(?:an?\s+)?(?:issue|topic|subject)\s+(?:in|of|at)\b|(?:being\s+)?(?:discussed|negotiated)\b|up\s+for\s+(?:discussion|negotiation)\b)/iu;
/** Words that open the noun phrase of a thing asked about, not the thing itself. */
const THING_OPENERS = /^(?:the|a|an|any|some|there|it|this|that|these|those|its|their|his|her)$/i;
/** Words that end that noun phrase: what follows qualifies the thing ("water rights FROM the valley"). */
const THING_ENDS = /^(?:from|of|in|on|at|for|with|between|over|under|and|or|along|near)$/i;

/**
 * The noun phrase of the thing a yes/no ask asks whether the talks take up ("are WATER RIGHTS from the valley
 * part of the talks?" → water, rights), lower case, its noun last. The caller keeps its noun when the base has
 * never seen it (a generic noun, "rights", is read through to the word that says which): a fact on what the
 * talks take up does not name that thing, however much of the rest it shares.
 */
export function agendaThingWords(ask: string): string[] {
  return thingWords(AGENDA_ASK.exec(ask)?.[1]);
}

/** "is there a WRITTEN AGENDA for the talks?": a yes/no ask whether a thing exists; `$1` its words and after. */
const THERE_IS_ASK =
  /^\W*(?:is|are|was|were)\s+there\s+(?:(?:a|an|any|some)\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/iu;

/**
 * The words of the thing a yes/no ask asks whether there is ("is there a WRITTEN AGENDA for the talks?" →
 * written, agenda), lower case, up to what qualifies it. The caller keeps a word of it the base has never
 * seen: a fact on the talks' focus tells of no written agenda, however much else it shares.
 */
export function existentialThingWords(ask: string): string[] {
  const words = thingWords(THERE_IS_ASK.exec(ask)?.[1]);
  // "is there any CHANCE the talks go further?", "is there any SIGN that …": a hedge on the clause after it,
  // which asks whether that may be so; no thing whose kind a fact must tell.
  return HEDGE_NOUNS.test(words[0] ?? "") ? [] : words;
}

/** Nouns that only hedge the clause after them ("is there any chance / sign / indication that …"). */
const HEDGE_NOUNS =
  /^(?:chances?|possibilit(?:y|ies)|likelihood|prospects?|signs?|indications?|hints?|suggestions?|evidence|hopes?|odds)$/i;

/** A thing's words as typed, lower case, up to the first word that ends it, without an opening word. */
function thingWords(thing: string | undefined): string[] {
  if (thing === undefined) return [];
  const words = thing.toLowerCase().split(/\s+/);
  const end = words.findIndex((word) => THING_ENDS.test(word));
  return words.slice(0, end === -1 ? words.length : end).filter((word) => !THING_OPENERS.test(word));
}

/**
 * "which HOTEL in Paris …", "what CHARGES are they facing?": the noun whose member a question word asks for, as
 * typed (lower case), or undefined. Not a verb ("what PROMPTED …", "what has Chile agreed to"), nor a noun that
 * asks for an attribute ("what MONTH …", "what POSITION does he hold") or a kind ("what SORT of body …"), which a
 * fact gives in its own words. The caller keeps a word the base has never seen: no fact can say which hotel.
 */
export function askedMemberNoun(ask: string): string | undefined {
  // "what's the NAME of the town where …" asks which town as "which town where …" does.
  const named = NAME_OF.exec(ask);
  const found = named ? MEMBER_NOUN.exec(`which ${ask.slice(named[0].length)}`) : MEMBER_NOUN.exec(ask);
  const words = found?.[1]?.toLowerCase().split(/\s+/) ?? [];
  if (words.some((word) => NOT_IN_MEMBER_NOUN.test(word))) return undefined;
  // "what SORT of body …": the ask wants the kind, which a fact gives in its own words ("a working group").
  if (words.some((word) => /^(?:kinds?|sorts?|types?)$/.test(word))) return undefined;
  const noun = words.at(-1);
  return noun === undefined || ATTRIBUTE_NOUNS.test(noun) || POST_NOUNS.test(noun) ? undefined : noun;
}

/**
 * "which TOWN near …", "what HOTEL in …": the noun phrase after the question word, up to four words, ending
 * before an auxiliary or a preposition. `$1` the phrase.
 */
const MEMBER_NOUN =
  /^\W*(?:what|which)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:is|are|was|were|did|do|does|has|have|had|will|would|could|can|in|on|at|for|from|to|with|by|near|inside|outside|around|beside|between|along|across|within|where|that)\b/iu;
/** "what's the name of (the)": the opening of an ask for which member of a noun's kind. */
const NAME_OF = /^\W*what(?:['’]s|s|\s+(?:is|was|are|were))\s+the\s+names?\s+of\s+(?:the\s+)?/iu;
/** Words no noun phrase after "what"/"which" holds: an auxiliary, a pronoun or determiner, a past form. */
const NOT_IN_MEMBER_NOUN =
  /^(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|could|can|should|the|a|an|this|that|these|those|his|her|its|their|our|my|your|i|you|he|she|it|we|they|\p{L}+ed)$/iu;
/** Nouns that ask for someone's post, which a fact gives in its own words ("governor"). */
const POST_NOUNS = /^(?:positions?|roles?|posts?|jobs?|offices?|ranks?|titles?|capacity)$/i;

/** Asks that present a claim to be checked ("is it true …", "…, wasn't it?"): a wrong detail is corrected. */
export function isVerification(ask: string): boolean {
  return /\b(?:is it true|true that|is that true|isn'?t it|wasn'?t it|didn'?t (?:he|she|they|it)|weren'?t they|i heard|i read|someone said|heard that|apparently)\b|\b(?:right|correct|true)\s*\?*$/i.test(
    ask,
  );
}

/** Nouns for people: "the name of the OFFICIAL", "the names of the MEMBERS detained". */
const PERSON_NOUNS =
  "officials?|negotiators?|members?|leaders?|ministers?|envoys?|spokes(?:man|men|person|woman)|presidents?|governors?|people|persons?|man|men|woman|women|sources?|participants?|chiefs?|delegates?|representatives?|journalists?|reporters?|spy|spies|agents?|commanders?|generals?|soldiers?|fighters?|militants?|mediators?";
const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS}|guys?)$`, "iu");
const ASKS_PERSON = new RegExp(
  `\\bnames?\\s+of\\s+(?:the\\s+|those\\s+|these\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}(?:${PERSON_NOUNS})\\b`,
  "iu",
);

/** "Who were the SOURCES", "who is the OFFICIAL talking to him": a person described, whose name is asked. */
/** An ask that says someone was named: "… that Reuters named", "… named by the report". */
const CLAIMS_NAMING =
  /\b(?:that|which|whom?)\s+(?:[\p{L}'’-]+\s+){1,3}(?:named|identified)\b|\b(?:named|identified)\s+by\b/iu;

const WHO_IS_PERSON = new RegExp(
  `\\bwho(?:\\s+(?:exactly|actually|really|precisely))?(?:\\s+(?:is|are|was|were)|['’]s|['’]re)\\s+(?:the|those|these|[\\p{L}-]+['’]s?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}(?:${PERSON_NOUNS})\\b`,
  "iu",
);

/**
 * The word right before the person noun of an ask for a person ("who were the CHILEAN officials", "the names
 * of the NORWEGIAN negotiators"): what qualifies who is asked for, or undefined.
 */
export function personQualifier(ask: string): string | undefined {
  const found = (ASKS_PERSON.exec(ask) ?? WHO_IS_PERSON.exec(ask))?.[0];
  const words = found?.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? [];
  return words.length >= 2 ? words.at(-2) : undefined;
}

/**
 * The words that qualify the person a "which" ask asks for ("which FRENCH minister …", "which UN envoy …"): who
 * is asked for is of that party or kind, and a fact on another side's minister does not say who it was.
 */
export function whichPersonQualifiers(ask: string): string[] {
  const found = WHICH_PERSON.exec(ask)?.[1] ?? POSSESSED_POST.exec(ask)?.[1];
  if (found !== undefined) return found.toLowerCase().trim().split(/\s+/);
  // "Who were the FIVE sources …?": how many of them there are qualifies them as much; a fact that tells of
  // one journalist and not of five sources does not say who they were.
  const described =
    WHO_IS_PERSON.exec(ask)?.[0]
      .toLowerCase()
      .match(/[\p{L}\d'’-]+/gu) ?? [];
  return described.filter((word) => COUNT_WORD.test(word));
}

/** A number as people type it before a noun: digits or a word up to a dozen. */
const COUNT_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)$/;

/**
 * "What did Chile's DEFENCE minister say?": the word before a post a possessive gives someone (`$1`); a fact on
 * that party's foreign minister tells of another person.
 */
const POSSESSED_POST =
  /[\p{L}-]+(?:['’]s|s['’])\s+((?:[\p{L}-]+\s+){1,2})(?:ministers?|chiefs?|envoys?|spokes(?:man|men|person|woman)|commanders?|generals?)\b/iu;

const WHICH_PERSON = new RegExp(
  `^\\W*(?:which|what)\\s+((?:[\\p{L}-]+\\s+){1,2})(?:${PERSON_NOUNS})\\b`,
  "iu",
);

/**
 * "WHICH Chilean OFFICIAL said …?", "which foreign minister did she meet?": the question word asks for the
 * person, whose name answers it; a fact saying only that the government said it names no one. Not an
 * auxiliary between ("which did the officials …"), nor a person noun that qualifies a body ("which spy
 * AGENCY"), nor "militant" or "general", as often adjectives ("which militant Palestinian faction", "which general
 * region").
 */
const WHICH_PERSON_ASK = new RegExp(
  `^\\W*which\\s+(?:(?!(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could|of)\\b)[\\p{L}-]+\\s+){0,2}(?:${PERSON_NOUNS.replace("|militants?", "").replace("|generals?", "")})\\b(?!\\s+(?:factions?|groups?|organi[sz]ations?|movements?|part(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|units?|forces?|wings?|cells?|networks?|outlets?|accounts?)\\b)`,
  "iu",
);

/** Whether an ask wants a person's name: "what's the name of the Ruritanian OFFICIAL …", "names of the MEMBERS". */
export function asksForPerson(ask: string): boolean {
  return ASKS_PERSON.test(ask) || WHO_IS_PERSON.test(ask) || WHICH_PERSON_ASK.test(ask);
}
