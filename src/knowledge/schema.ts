// The shape of the knowledge base on disk. Every file under src/knowledge is validated against these
// schemas at start-up and by `npm run kb:check`; the loader adds the checks zod cannot express
// (quotes found verbatim in their article, unique ids and aliases, known entity ids).
import { z } from "zod";
import { ASKED_THINGS } from "../engine/asked-things.js";
import { QUESTION_KINDS } from "../engine/question-kinds.js";
import { CHECK_KEYS } from "./check-keys.js";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug like 'ahmad-al-dalati'");
const nonEmpty = z.string().trim().min(1, "must not be empty");

/** Sortable date as precise as the article allows: 1967, 2024-12, 2025-05-27. */
export const sortableDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [year, month = "01", day = "01"] = value.split("-");
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
  }, "is not a real calendar date");

/**
 * Topics and sides are the story's own (story.json), not code: a base about another story names its own.
 * The schema only asks for slugs; the loader checks each fact's topics and side against story.json.
 */
const topic = slug;
export type Topic = string;

const side = slug;
export type Side = string;

/** A side of the story (a party to the talks): how /who-leads and the engine name it. */
const storySideSchema = z.strictObject({
  id: slug,
  /** How replies name it: "Syria", "United States". */
  label: nonEmpty,
  /** Words in a question that name this side ("Syria", "Syrian", "Damascus"). The label counts too. */
  names: z.array(nonEmpty).default([]),
  /** Short forms a user may type for the side option of /who-leads ("us", "usa"). */
  aliases: z.array(nonEmpty).default([]),
});

const storyTopicSchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  /** Words that put a sentence under this topic when `npm run kb:add` drafts facts (matched as word starts). */
  words: z.array(nonEmpty).default([]),
});

/** Everything the bot says that names the story: one file, so another story needs no code change. */
export const storySchema = z.strictObject({
  /** Short name for titles and the terminal greeting: "Israel–Syria talks". */
  name: nonEmpty,
  /** One sentence: what the bot answers (abstentions, hints, /about). */
  scope: nonEmpty,
  /** What the engine says when the base does not answer a question. */
  noAnswer: nonEmpty,
  /** A question the bot answers, shown as an example in hints. */
  example: nonEmpty,
  sides: z.array(storySideSchema),
  topics: z.array(storyTopicSchema).min(1, "a story needs at least one topic"),
  /** Topic of a drafted fact whose sentence has none of any topic's words; the first topic if absent. */
  draftTopic: slug.optional(),
});
export type Story = z.infer<typeof storySchema>;

/** The kinds of question, from the one table of them (src/engine/question-kinds.ts). */
export const questionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof questionKind>;

/** A passage inside an article that speaks with someone else's voice (an embedded post, a wire report). */
const attributionSchema = z.strictObject({
  id: slug,
  /** How the citation names it, e.g. "Reuters, relayed by Levant24 (@Levant_24_), 27 May 2025". */
  source: nonEmpty,
  url: z.url().nullable(),
  /** Exact text where the passage starts and where it ends (inclusive); both must be in the article. */
  start: nonEmpty,
  end: nonEmpty,
});

export const articleMetaSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  outlet: nonEmpty.nullable(),
  /** Publication date if known (YYYY-MM-DD or coarser), else null with a note. */
  published: sortableDate.nullable(),
  publishedNote: nonEmpty.optional(),
  /**
   * When the article reports as of, if it differs from or stands in for a missing publication date (the
   * newest date it relays). Facts are ordered in time by `published ?? reported`.
   */
  reported: sortableDate.optional(),
  url: z.url().nullable(),
  /** Section headings exactly as they stand on their own line in the article text. */
  sections: z.array(nonEmpty),
  attributions: z.array(attributionSchema),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

const timelineSchema = z.strictObject({
  /** The date as the article gives it ("in December", "May 27, 2025", "in recent weeks"). */
  when: nonEmpty,
  sort: sortableDate,
  /** True when the article only implies the date (no year given, or relative to another date). */
  implied: z.boolean(),
  /** Orders events that share a sort date (lower first); events without it come first, in file order. */
  sequence: z.number().int().min(0).optional(),
  note: nonEmpty.optional(),
});

export const factSchema = z.strictObject({
  id: slug,
  /** The short answer: one sentence in plain words. */
  statement: nonEmpty,
  /** The exact sentence(s) the fact rests on, character for character. */
  quotes: z.array(nonEmpty).min(1, "a fact needs at least one quote"),
  entities: z.array(slug),
  topics: z.array(topic).min(1, "a fact needs at least one topic"),
  /** Questions this fact answers, in our own words; they feed retrieval, not the reply. */
  questions: z.array(nonEmpty).min(1, "a fact needs at least one question it answers"),
  /**
   * The statement kb:add drew some of the questions from (a draft's own statement, as it wrote it). When the
   * statement is rewritten, kb:review and kb:add put the new statement in place of those questions
   * (statement-questions.ts); absent on a fact a person wrote.
   */
  questionsFrom: nonEmpty.optional(),
  /**
   * The statement kb:add drafted, kept when a curator rewrites it (statement-questions.ts): kb:review reads a
   * statement that differs from it as the curator's and asks no more to check kb:add's wording.
   */
  draftedStatement: nonEmpty.optional(),
  /** Extra search terms that are not in the statement or quotes. */
  keywords: z.array(nonEmpty).default([]),
  kinds: z.array(questionKind).default([]),
  side: side.optional(),
  timeline: timelineSchema.optional(),
  /**
   * When what the fact tells happened, if the article dates it and it has no timeline entry (the timeline's
   * sort date counts otherwise). When it was reported is its article's date.
   */
  happened: sortableDate.optional(),
  /** False for a fact drafted by `npm run kb:add` and not yet checked by a curator; absent means reviewed. */
  reviewed: z.boolean().optional(),
  /** The review sheet's checks of this draft a curator read and kept as they are (`kb:review -- --keep`). */
  kept: z.array(z.enum(CHECK_KEYS)).optional(),
});
export type FactInput = z.infer<typeof factSchema>;

export const factFileSchema = z.strictObject({
  article: slug,
  facts: z.array(z.unknown()),
});

const ENTITY_KINDS = ["person", "place", "country", "organisation", "event", "outlet", "other"] as const;
export const entitySchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  kind: z.enum(ENTITY_KINDS),
  /** Other spellings and names people use; matched fuzzily. */
  aliases: z.array(nonEmpty).default([]),
  description: nonEmpty,
});
export type Entity = z.infer<typeof entitySchema>;

export const entityFileSchema = z.strictObject({ entities: z.array(z.unknown()) });

export const lexiconSchema = z
  .strictObject({
    /**
     * Multi-word expressions read as one word before anything else ("take part" → "participate",
     * "on the table" → "negotiation"), so an idiom is not scored as its separate words.
     */
    phrases: z.record(z.string().min(1), nonEmpty).default({}),
    /**
     * Phrases of `phrases` that tell something of a thing put to the bot ("is X ON THE AGENDA?" → an issue), with
     * what they read as where a question word shortly before stands for that thing ("WHAT's on the agenda?",
     * "WHAT KIND OF STUFF is on the agenda?" ask what the talks focus on, not what "an issue" is; "WHO is part of
     * the talks?"): the phrase itself to keep it as typed.
     */
    askedPhrases: z.record(z.string().min(1), nonEmpty).optional(),
    /** Each group: the first word is canonical, the rest are read as it (after normalisation). */
    synonyms: z.array(z.array(nonEmpty).min(2)),
    /** Words that carry no meaning for retrieval in a question about this story. */
    stopwords: z.array(nonEmpty),
    /**
     * Words that may appear in an answerable question without being in the base (e.g. "exactly",
     * "currently"); an unknown word that is not listed here counts against answering.
     */
    generic: z.array(nonEmpty),
    /**
     * Pairs of words that say the opposite of each other ("accept" / "refuse", "expand" / "reduce"), each
     * read as its synonym group: a question claiming one of a fact that says the other is a false premise,
     * answered with the correction.
     */
    opposites: z.array(z.tuple([nonEmpty, nonEmpty])).optional(),
    /**
     * Everyday words that name what a question asks for rather than what the answer says ("venue", "job",
     * "goal"), by the thing they name (a kind of question whose answer is one, or an attribute of a sentence:
     * asked-things.ts): a fact's sentence gives a place, a person's post or a purpose, and seldom the word for
     * it. A word here that the base never uses is met by a fact that gives that thing; a word the base uses is
     * read as itself.
     */
    asks: z.partialRecord(z.enum(ASKED_THINGS), z.array(nonEmpty)).optional(),
  })
  .superRefine((lexicon, ctx) => {
    // An askedPhrases key is only read where its phrase has been read: one not in `phrases` would be silently
    // ignored (review 18), so name it.
    for (const key of Object.keys(lexicon.askedPhrases ?? {}))
      if (!Object.hasOwn(lexicon.phrases, key))
        ctx.addIssue({
          code: "custom",
          path: ["askedPhrases", key],
          message: `askedPhrases "${key}" is not one of phrases, so it is never read`,
        });
  });
export type Lexicon = z.infer<typeof lexiconSchema>;
