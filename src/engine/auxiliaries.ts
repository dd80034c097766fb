// The auxiliary verbs ("did", "is", "has", "will" …) in one table. Several rules read them — where an ask
// opens, which asks are yes/no, which verb an ask claims, where a "when" clause only dates an ask, and how a
// contraction typed without its apostrophe reads — and each takes its own subset, named below. The subsets
// differ on purpose; each says why. Pure data: no story wording.

/** The form of the verb after an auxiliary: "did they SIGN" (base), "has Chile STOPPED" (participle). */
type Takes = "base" | "participle";

interface Auxiliary {
  takes: Takes;
  /** A modal: it says what may, must or will happen, not when something happened. */
  modal: boolean;
  /** Its negation as typed with the apostrophe left out ("didnt"); `undefined` when people do not type it. */
  negation: string;
  /**
   * The negation typed without its apostrophe is an English word of its own ("wont", a habit), so it is not
   * read as the contraction.
   */
  negationIsAWord?: true;
  /** It opens questions ("did they …?", "will Norway …?"); "must", "need", "may" … seldom do in members' messages. */
  opensQuestions: boolean;
  /** The Discord layer only: a message that opens with it reads as a question ("shall we …", "may I ask …"). */
  opensMessagesOnly?: true;
  /**
   * A form of be, and its tense: after the present the participle tells a state ("is X BASED in …"), after
   * the past most often an event ("was X FOUNDED").
   */
  be?: "present" | "past";
}

const AUXILIARY_TABLE = {
  is: { takes: "participle", modal: false, negation: "isnt", opensQuestions: true, be: "present" },
  are: { takes: "participle", modal: false, negation: "arent", opensQuestions: true, be: "present" },
  was: { takes: "participle", modal: false, negation: "wasnt", opensQuestions: true, be: "past" },
  were: { takes: "participle", modal: false, negation: "werent", opensQuestions: true, be: "past" },
  has: { takes: "participle", modal: false, negation: "hasnt", opensQuestions: true },
  have: { takes: "participle", modal: false, negation: "havent", opensQuestions: true },
  had: { takes: "participle", modal: false, negation: "hadnt", opensQuestions: true },
  did: { takes: "base", modal: false, negation: "didnt", opensQuestions: true },
  do: { takes: "base", modal: false, negation: "dont", opensQuestions: true },
  does: { takes: "base", modal: false, negation: "doesnt", opensQuestions: true },
  will: { takes: "base", modal: true, negation: "wont", negationIsAWord: true, opensQuestions: true },
  would: { takes: "base", modal: true, negation: "wouldnt", opensQuestions: true },
  can: { takes: "base", modal: true, negation: "cant", opensQuestions: true },
  could: { takes: "base", modal: true, negation: "couldnt", opensQuestions: true },
  should: { takes: "base", modal: true, negation: "shouldnt", opensQuestions: true },
  must: { takes: "base", modal: true, negation: "mustnt", opensQuestions: false },
  need: { takes: "base", modal: true, negation: "neednt", opensQuestions: false },
  am: {
    takes: "participle",
    modal: false,
    negation: "amnt",
    opensQuestions: false,
    opensMessagesOnly: true,
    be: "present",
  },
  shall: { takes: "base", modal: true, negation: "shant", opensQuestions: false, opensMessagesOnly: true },
  may: { takes: "base", modal: true, negation: "maynt", opensQuestions: false, opensMessagesOnly: true },
  might: { takes: "base", modal: true, negation: "mightnt", opensQuestions: false, opensMessagesOnly: true },
} as const satisfies Record<string, Auxiliary>;

type AuxiliaryWord = keyof typeof AUXILIARY_TABLE;

const ROWS = Object.entries(AUXILIARY_TABLE) as Array<[AuxiliaryWord, Auxiliary]>;

/** The auxiliaries whose typed negation opens an ask (see ASK_OPENING_AUXILIARIES). */
const ASK_OPENING_NEGATED: ReadonlySet<AuxiliaryWord> = new Set([
  "is",
  "are",
  "was",
  "did",
  "does",
  "has",
  "have",
]);
const CLAIM_NEGATED: ReadonlySet<AuxiliaryWord> = new Set(["did", "does", "do", "will", "can"]);

function wordsWhere(keep: (row: Auxiliary, word: AuxiliaryWord) => boolean): string[] {
  return ROWS.filter(([word, row]) => keep(row, word)).map(([word]) => word);
}

function negationsWhere(keep: (row: Auxiliary, word: AuxiliaryWord) => boolean): string[] {
  return ROWS.filter(([word, row]) => keep(row, word)).map(([, row]) => row.negation);
}

/**
 * Auxiliaries that open a yes/no question ("did they sign?", "will Norway allow …?"): the yes-no kind of
 * `question-kinds.ts`. Negations are left out: "didn't they …" is folded to "didn t", no single word.
 */
export const YES_NO_AUXILIARIES: readonly string[] = wordsWhere((row) => row.opensQuestions);

/**
 * The same, with the negations typed without an apostrophe that open members' asks ("wasnt it in May",
 * "didnt chile say …"): what makes a clause of a long message an ask (`ask-openings.ts`). Only the negations
 * seen opening asks; "dont", "cant", "wont" open advice and refusals ("dont get me wrong", "cant believe …")
 * more often than a question.
 */
export const ASK_OPENING_AUXILIARIES: readonly string[] = [
  ...YES_NO_AUXILIARIES,
  ...negationsWhere((row, word) => row.opensQuestions && ASK_OPENING_NEGATED.has(word)),
];

/**
 * Auxiliaries followed by a verb's base form, which an ask claims ("did Norway EXPEL …", "will Chile
 * ALLOW …"): `predicate.ts` reads that verb. With their negations ("didnt they sign"), but not "wouldnt",
 * "couldnt", "shouldnt", which ask about an opinion ("shouldnt they sign?") more than claim an event.
 */
export const CLAIM_BASE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...wordsWhere((row) => row.opensQuestions && row.takes === "base"),
  ...negationsWhere((row, word) => row.opensQuestions && row.takes === "base" && CLAIM_NEGATED.has(word)),
]);

/**
 * Auxiliaries followed by a participle ("has Chile STOPPED", "were they ARRESTED"): they open a claim
 * (`placeClaim`), but the participle is as often a paraphrase of the fact's own verb as a claim against it,
 * so `predicate.ts` reads it only when no fact has the word (after EVENT_PARTICIPLE_AUXILIARIES). "hadnt" opens no claim about the story's events ("hadnt they met
 * before?" asks about the past before them).
 */
export const CLAIM_PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...wordsWhere((row) => row.opensQuestions && row.takes === "participle"),
  ...negationsWhere((row, word) => row.opensQuestions && row.takes === "participle" && word !== "had"),
]);

/**
 * The participle auxiliaries of a claim whose participle is an event ("HAS Norway released …", "WAS X killed"):
 * not the present of be, whose participle tells a state ("are the talks CENTERED on …"). `predicate.ts` reads
 * a participle after one of these only when no fact has the word.
 */
export const EVENT_PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...wordsWhere((row) => row.opensQuestions && row.takes === "participle" && row.be !== "present"),
  ...negationsWhere(
    (row, word) => row.opensQuestions && row.takes === "participle" && word !== "had" && row.be !== "present",
  ),
]);

/**
 * The past of be, right after a bare question word: "when WAS the Front founded?", "what WERE they charged
 * with?" ask of one event, the participle's (`unseenEventWord`).
 */
export const PAST_BE_AUXILIARIES: ReadonlySet<string> = new Set(
  wordsWhere((row) => row.opensQuestions && row.be === "past"),
);

/**
 * Auxiliaries of tense, not of mood: "who led Norway's side when the talks started?", "did they meet when
 * …": a "when" clause after one of them dates the ask (`time-intent.ts`). A modal ("will they meet when …") asks
 * about what may happen, where the "when" clause is a condition, not a date.
 */
export const TENSE_AUXILIARIES: readonly string[] = wordsWhere((row) => row.opensQuestions && !row.modal);

/**
 * Typed negations without the apostrophe read as the contraction ("wasnt" → wasn't, not a typo of "want";
 * "cant" → can't), each with the stem before its "nt" ("ca" of "cant"). Not "wont", an English word, nor the
 * forms nobody types (amnt, shant, maynt, mightnt).
 */
export const CONTRACTION_STEMS: readonly string[] = negationsWhere(
  (row) => !("negationIsAWord" in row) && !("opensMessagesOnly" in row),
).map((negation) => negation.slice(0, -2));

/**
 * Openers of a message the Discord layer takes for a question even without "?" ("may I ask …", "shall
 * they …"): every auxiliary that opens a question, and the rarer ones a member may still open with.
 */
export const MESSAGE_OPENING_AUXILIARIES: readonly string[] = wordsWhere(
  (row) => row.opensQuestions || "opensMessagesOnly" in row,
);

/**
 * Negations typed without their apostrophe of every auxiliary that opens a question ("isnt", "didnt",
 * "shouldnt"): a question tag is one of them and a pronoun ("…, shouldn't they?", `question-tags.ts`).
 */
export const NEGATED_QUESTION_AUXILIARIES: readonly string[] = negationsWhere((row) => row.opensQuestions);

/**
 * The forms of be and have that open a question ("is", "were", "has"): a statement asked with "?" puts its
 * claim with one ("so the FRONT IS the group …?", `premise.ts`).
 */
export const BE_HAVE_AUXILIARIES: readonly string[] = wordsWhere(
  (row) => row.opensQuestions && !row.modal && row.takes === "participle",
);

/** A regular-expression alternation of words ("is|are|was"). */
export function alternation(words: readonly string[]): string {
  return words.join("|");
}
