// Drafts an article's facts: one per sentence of the body, each with the sentence as its verbatim quote,
// the entities it names, its dates resolved against the dateline, the kinds of question it can answer, the
// side it speaks of when it says who leads or represents one, topics from the story's topic words, and a
// statement (the sentence, with relative dates written out). Drafts are marked `reviewed: false`.
// Pure: text and the current base in, files' contents out (src/knowledge/add.ts does the I/O).

import type { Entity, Story } from "../schema.js";
import { type ParsedArticle, parseArticle } from "./article.js";
import {
  articleIdentity,
  type DraftOptions,
  durationsIn,
  sectionWideHeadings,
  sideSpellingsOf,
  taggedWords,
  wordClassesOf,
} from "./article-reading.js";
import type { WordClasses } from "./descriptions.js";
import type { DraftContext } from "./draft-context.js";
import type { DraftFact } from "./draft-fact.js";
import { entitiesIn, findNames, mergeEntities, spellingIndex, spellingNotes } from "./entities.js";
import { sideLeads } from "./lead-facts.js";
import { ledeEvent } from "./lede.js";
import { nlp } from "./nlp-libraries.js";
import { type Drafted, draftParagraph } from "./paragraph-facts.js";
import { withPlaceKeywords } from "./place-keywords.js";
import { withFullNames, withTitlesPlaced, withYearsWritten } from "./placed-statements.js";
import { namedInDescription } from "./placeholder-descriptions.js";
import { withPostKeywords } from "./post-keywords.js";
import { postsGiven, postsOfPeople, profileFacts } from "./profile-facts.js";
import { irregularPastForms, MIN_SENTENCE_WORDS, sentencesByParagraph, wordStarts } from "./sentences.js";

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
  const parsed = parseArticle(input.text);
  const { id, title, published, reference } = articleIdentity(parsed, input.options);
  const paragraphTexts = parsed.paragraphs.map((p) => p.text);
  const body = paragraphTexts.join("\n\n");
  // One parse of the body serves both sentence splitting and names (compromise's parse is the slow part).
  const doc = nlp(body);
  const sentences = sentencesByParagraph(doc.sentences().out("array") as string[], paragraphTexts);
  const describe = (name: string) => namedInDescription(name, title, published);
  const { entities, added } = mergeEntities(
    input.entities,
    findNames(doc, body),
    spellingNotes(body),
    describe,
  );
  const ctx = draftContext(input, parsed, doc, sentences, { title, reference, entities });
  const facts = draftParagraphs(ctx, parsed, sentences);
  const { index } = ctx;
  // "what did the foreign minister warn?": a draft naming a person bare finds the post a reader names them by
  // (a profile says the post itself).
  withPostKeywords(
    facts,
    postsOfPeople(ctx, body),
    (text) => entitiesIn(text, index).map((e) => e.id),
    (id) => entities.some((e) => e.id === id && e.kind === "person"),
  );
  // "the copper-mining province": what the article calls a place where it introduces it.
  withPlaceKeywords(
    facts,
    entities.filter((e) => e.kind === "place"),
    ctx.allSentences,
    (text) => entitiesIn(text, index).map((e) => e.id),
  );
  // "Foreign Minister X" of the one who led Norway's side: Norway's, in the statements as in the profile.
  const leads = sideLeads(facts, input.story.sides);
  placeStatements(ctx, facts, leads, new Set(added.map((e) => e.id)));
  facts.push(...profileFacts(ctx, body, input.knownStatements, leads));
  return {
    id,
    meta: {
      id,
      title,
      outlet: input.options.outlet ?? null,
      published,
      url: input.options.url ?? parsed.ownUrl,
      sections: parsed.sections,
      attributions: [],
    },
    facts,
    entities,
    addedEntities: added,
    parsed,
    sentences,
    words: wordClassesOf(ctx.tagged),
  };
}

/**
 * Each draft's statement with a surname given its full name, and the year and whose title written in, where
 * kb:add knows them (placed-statements.ts): whose title, by a post the article or the base gives or by the side
 * the person leads (`leads`, person id → side label), as the person's profile says it. The statement kept among
 * its questions is the one written.
 */
function placeStatements(
  ctx: DraftContext,
  facts: DraftFact[],
  leads: ReadonlyMap<string, string>,
  newPeople: ReadonlySet<string>,
): void {
  const text = ctx.allSentences.join(" ");
  for (const fact of facts) {
    const named = entitiesIn(fact.statement, ctx.index).filter((e) => e.kind === "person");
    // "al-Soto warned …" after the article named Luis al-Soto: his full name, as a member reads it alone. Not
    // of a person the base knows already: named in full, the sentence outranked the base's profile of them
    // for "who is …?" (the seventeenth stop's fm-030), and the base describes them.
    const at = text.indexOf(fact.quotes[0] ?? "");
    const namedBefore = (person: Entity) => {
      const first = text.indexOf(person.name);
      return newPeople.has(person.id) && first >= 0 && first < at;
    };
    let placed = withYearsWritten(fact.statement, ctx.reference);
    placed = withTitlesPlaced(placed, named, ctx.entities, (person) =>
      postsGiven(ctx, person, leads.get(person.id)),
    );
    const statement = withFullNames(placed, named, namedBefore);
    if (statement === fact.statement) continue;
    fact.questions = fact.questions.map((q) => (q === fact.statement ? statement : q));
    fact.statement = statement;
  }
}

/** What every step of drafting reads (draft-context.ts), read off the article once. */
function draftContext(
  input: DraftInput,
  parsed: ParsedArticle,
  doc: ReturnType<typeof nlp>,
  sentences: readonly string[][],
  known: { title: string; reference: string; entities: Entity[] },
): DraftContext {
  const { story } = input;
  const { title, reference, entities } = known;
  const index = spellingIndex(entities);
  // The lede is what the headline sums up: the headline is one of the questions it answers.
  const lede = sentences.flat().find((s) => s.split(/\s+/).length >= MIN_SENTENCE_WORDS);
  const tagged = taggedWords(doc);
  return {
    story,
    title,
    lede,
    event: ledeEvent(lede ?? null, title, sentences, parsed, index, reference),
    entities,
    index,
    reference,
    taken: new Set(input.factIds),
    topicWords: story.topics.map((t) => ({ id: t.id, pattern: wordStarts(t.words) })),
    fallbackTopic: story.draftTopic ?? story.topics[0]?.id ?? "background",
    // Irregular past forms ("broke", "met", "flew") and their infinitives: "when did the fighting break out?"
    // asks with a form no suffix rule reaches from "Fighting broke out". The sentence with them replaced is
    // one more question the fact answers.
    irregular: irregularPastForms(doc),
    tagged,
    isNoun: (word) => tagged.nouns.has(word.toLowerCase()),
    durations: durationsIn(doc),
    sideSpellings: sideSpellingsOf(story, entities),
    existingQuotes: input.existingQuotes,
    allSentences: sentences.flat(),
    sectionWide: sectionWideHeadings(parsed, index, reference),
  };
}

/** Each paragraph's facts in the article's order, a paragraph's sentences drafted with what came before. */
function draftParagraphs(
  ctx: DraftContext,
  parsed: ParsedArticle,
  sentences: readonly string[][],
): DraftFact[] {
  const drafted: Drafted = { facts: [], headed: new Set(), ledSides: new Set() };
  sentences.forEach((paragraphSentences, paragraph) => {
    draftParagraph(ctx, paragraphSentences, parsed.paragraphs[paragraph]?.section ?? null, drafted);
  });
  return drafted.facts;
}
