// Drafts an article's facts: one per sentence of the body, each with the sentence as its verbatim quote,
// the entities it names, its dates resolved against the dateline, the kinds of question it can answer, the
// side it speaks of when it says who leads or represents one, topics from the story's topic words, and a
// statement (the sentence, with relative dates written out). Drafts are marked `reviewed: false`.
// Pure: text and the current base in, files' contents out (src/knowledge/add.ts does the I/O).

import { escapeRegExp } from "../../engine/regexp.js";
import type { Entity, Story } from "../schema.js";
import { type ParsedArticle, parseArticle } from "./article.js";
import { resolveDates } from "./dates.js";
import type { WordClasses } from "./descriptions.js";
import type { DraftContext } from "./draft-context.js";
import type { DraftFact } from "./draft-fact.js";
import { entitiesIn, findNames, mergeEntities, spellingIndex, spellingNotes } from "./entities.js";
import { slugOf } from "./entity-ids.js";
import { headingHoldsForSection } from "./headings.js";
import { sideLeads } from "./lead-facts.js";
import { ledeEvent } from "./lede.js";
import { nlp } from "./nlp-libraries.js";
import { type Drafted, draftParagraph } from "./paragraph-facts.js";
import { namedInDescription } from "./placeholder-descriptions.js";
import { withPostKeywords } from "./post-keywords.js";
import { postsOfPeople, profileFacts } from "./profile-facts.js";
import {
  irregularPastForms,
  MIN_SENTENCE_WORDS,
  sentencesByParagraph,
  type TaggedWords,
  wordStarts,
} from "./sentences.js";

interface DraftOptions {
  id?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

interface DraftedArticle {
  id: string;
  meta: {
    id: string;
    title: string;
    outlet: string | null;
    published: string | null;
    url: string | null;
    sections: string[];
    attributions: never[];
  };
  facts: DraftFact[];
  entities: Entity[];
  addedEntities: Entity[];
  parsed: ParsedArticle;
  /** Each paragraph's sentences, located verbatim (`sentencesByParagraph`): what kb:add reads attributions from. */
  sentences: string[][];
  /** How the tagger read the article's words: what kb:add reads the entities' descriptions with. */
  words: WordClasses;
}

interface DraftInput {
  text: string;
  options: DraftOptions;
  entities: readonly Entity[];
  story: Story;
  /** Fact ids already in the base (all articles), so drafted ids never clash. */
  factIds: ReadonlySet<string>;
  /** Quotes already in this article's facts.json: their sentences are not drafted again. */
  existingQuotes: ReadonlySet<string>;
  /** Statements of the base's other articles' facts: a profile they give already is not drafted again. */
  knownStatements?: readonly string[];
}

export function draftArticle(input: DraftInput): DraftedArticle {
  const { text, options, story } = input;
  const parsed = parseArticle(text);
  const title = options.title ?? parsed.title;
  const published = options.published ?? parsed.dateline?.date ?? null;
  // The id rests on what the text says (dateline and title), so a re-run with other flags finds the article.
  const idDate = parsed.dateline?.date ?? published;
  const id =
    options.id ??
    [idDate, ...slugOf(parsed.title).split("-").slice(0, 6)].filter(Boolean).join("-").slice(0, 80);
  const reference = published ?? new Date().toISOString().slice(0, 10);

  const paragraphTexts = parsed.paragraphs.map((p) => p.text);
  const body = paragraphTexts.join("\n\n");
  // One parse of the body serves both sentence splitting and names (compromise's parse is the slow part).
  const doc = nlp(body);
  const sentences = sentencesByParagraph(doc.sentences().out("array") as string[], paragraphTexts);
  // Irregular past forms ("broke", "met", "flew") and their infinitives: "when did the fighting break out?"
  // asks with a form no suffix rule reaches from "Fighting broke out". The sentence with them replaced is one
  // more question the fact answers.
  const irregular = irregularPastForms(doc);
  const describe = (name: string) => namedInDescription(name, title, published);
  const { entities, added } = mergeEntities(
    input.entities,
    findNames(doc, body),
    spellingNotes(body),
    describe,
  );
  const index = spellingIndex(entities);

  // A side is named as the holder of a role: "Norway's foreign minister", "the Chilean side", "UN envoy".
  const sideSpellings = story.sides.map((side) => {
    const entity = entities.find((e) => e.id === side.id);
    const names = [side.label, ...side.names, ...(entity ? [entity.name, ...entity.aliases] : [])];
    return { id: side.id, names: names.map(escapeRegExp).join("|") };
  });
  const topicWords = story.topics.map((t) => ({ id: t.id, pattern: wordStarts(t.words) }));
  const fallbackTopic = story.draftTopic ?? story.topics[0]?.id ?? "background";

  const taken = new Set(input.factIds);
  const facts: DraftFact[] = [];
  // The lede is what the headline sums up: the headline is one of the questions it answers.
  const lede = sentences.flat().find((s) => s.split(/\s+/).length >= MIN_SENTENCE_WORDS);
  const event = ledeEvent(lede ?? null, title, sentences, parsed, index, reference);
  // Spans of time ("four hours", "several days", "a month"): compromise tags them in the parsed body.
  const durations = (doc.match("(#Value|several|few|many) #Duration").out("array") as string[])
    .map((d) => d.replace(/[.,;:!?)"”]+$/, "").trim())
    .filter(Boolean);
  // Words compromise read as verbs and nouns here: "Luis Soto, held talks …" is a clause, not an appositive.
  const wordsTagged = (tag: string) =>
    new Set(
      (doc.match(tag).out("array") as string[]).flatMap((v) => v.toLowerCase().match(/[\p{L}-]+/gu) ?? []),
    );
  const tagged: TaggedWords & { titles: ReadonlySet<string> } = {
    verbs: wordsTagged("#Verb"),
    nouns: wordsTagged("#Noun"),
    titles: wordsTagged("(#Actor|#Honorific)"),
  };
  const isNoun = (word: string) => tagged.nouns.has(word.toLowerCase());
  /** Headings already given to the first fact under them. */
  const headed = new Set<string>();
  /** Sides whose lead has a fact already: one per side and article, as a curator writes it. */
  const ledSides = new Set<string>();
  const allSentences = sentences.flat();
  const sectionWide = new Set(
    parsed.sections.filter((heading) =>
      headingHoldsForSection(
        heading,
        (text) => entitiesIn(text, index).length > 0,
        (text) => resolveDates(text, reference).length > 0,
      ),
    ),
  );
  const ctx: DraftContext = {
    story,
    title,
    lede,
    event,
    entities,
    index,
    reference,
    taken,
    topicWords,
    fallbackTopic,
    irregular,
    tagged,
    isNoun,
    durations,
    sideSpellings,
    existingQuotes: input.existingQuotes,
    allSentences,
    sectionWide,
  };
  const drafted: Drafted = { facts, headed, ledSides };
  sentences.forEach((paragraphSentences, paragraph) => {
    draftParagraph(ctx, paragraphSentences, parsed.paragraphs[paragraph]?.section ?? null, drafted);
  });
  // "what did the foreign minister warn?": a draft naming a person bare finds the post a reader names them by
  // (a profile says the post itself).
  withPostKeywords(
    facts,
    postsOfPeople(ctx, body),
    (text) => entitiesIn(text, index).map((e) => e.id),
    (id) => entities.some((e) => e.id === id && e.kind === "person"),
  );
  facts.push(...profileFacts(ctx, body, input.knownStatements, sideLeads(facts, input.story.sides)));
  return {
    id,
    meta: {
      id,
      title,
      outlet: options.outlet ?? null,
      published,
      url: options.url ?? parsed.links[0] ?? null,
      sections: parsed.sections,
      attributions: [],
    },
    facts,
    entities,
    addedEntities: added,
    parsed,
    sentences,
    words: {
      isVerb: (w) => tagged.verbs.has(w.toLowerCase()),
      isNoun,
      isTitle: (w) => tagged.titles.has(w.toLowerCase()),
    },
  };
}
