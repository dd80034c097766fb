// What drafting reads off an article once, before any sentence is drafted (facts.ts' draftArticle): its id
// and dates, the words compromise tagged, the spans of time it gives, how it names each side, and the headings
// that hold for a whole section. Each is read from the one parse of the body. Pure.
import { escapeRegExp } from "../../engine/regexp.js";
import type { Entity, Story } from "../schema.js";
import type { ParsedArticle } from "./article.js";
import { resolveDates } from "./dates.js";
import type { WordClasses } from "./descriptions.js";
import type { DraftContext } from "./draft-context.js";
import { entitiesIn } from "./entities.js";
import { slugOf } from "./entity-ids.js";
import { headingHoldsForSection } from "./headings.js";
import type { nlp } from "./nlp-libraries.js";

type Doc = ReturnType<typeof nlp>;

export interface DraftOptions {
  id?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

/** An article's id, title and dates: what its facts.json's meta gives and its relative dates resolve against. */
export interface ArticleIdentity {
  id: string;
  title: string;
  published: string | null;
  /** The date relative dates are resolved against (the article's, else today). */
  reference: string;
}

export function articleIdentity(parsed: ParsedArticle, options: DraftOptions): ArticleIdentity {
  const title = options.title ?? parsed.title;
  const published = options.published ?? parsed.dateline?.date ?? null;
  // The id rests on what the text says (dateline and title), so a re-run with other flags finds the article.
  const idDate = parsed.dateline?.date ?? published;
  const id =
    options.id ??
    [idDate, ...slugOf(parsed.title).split("-").slice(0, 6)].filter(Boolean).join("-").slice(0, 80);
  const reference = published ?? new Date().toISOString().slice(0, 10);
  return { id, title, published, reference };
}

/**
 * Words compromise read as verbs, nouns and titles here: "Luis Soto, held talks …" is a clause, not an
 * appositive.
 */
export function taggedWords(doc: Doc): DraftContext["tagged"] {
  const wordsTagged = (tag: string) =>
    new Set(
      (doc.match(tag).out("array") as string[]).flatMap((v) => v.toLowerCase().match(/[\p{L}-]+/gu) ?? []),
    );
  return {
    verbs: wordsTagged("#Verb"),
    nouns: wordsTagged("#Noun"),
    titles: wordsTagged("(#Actor|#Honorific)"),
  };
}

/** The tagged words as the word classes kb:add reads the entities' descriptions with. */
export function wordClassesOf(tagged: DraftContext["tagged"]): WordClasses {
  return {
    isVerb: (w) => tagged.verbs.has(w.toLowerCase()),
    isNoun: (w) => tagged.nouns.has(w.toLowerCase()),
    isTitle: (w) => tagged.titles.has(w.toLowerCase()),
  };
}

/** Spans of time ("four hours", "several days", "a month"): compromise tags them in the parsed body. */
export function durationsIn(doc: Doc): string[] {
  return (doc.match("(#Value|several|few|many) #Duration").out("array") as string[])
    .map((d) => d.replace(/[.,;:!?)"”]+$/, "").trim())
    .filter(Boolean);
}

/** A side is named as the holder of a role: "Norway's foreign minister", "the Chilean side", "UN envoy". */
export function sideSpellingsOf(story: Story, entities: readonly Entity[]): DraftContext["sideSpellings"] {
  return story.sides.map((side) => {
    const entity = entities.find((e) => e.id === side.id);
    const names = [side.label, ...side.names, ...(entity ? [entity.name, ...entity.aliases] : [])];
    return { id: side.id, names: names.map(escapeRegExp).join("|") };
  });
}

/** The article's headings that are a keyword of every claim under them (`headingHoldsForSection`). */
export function sectionWideHeadings(
  parsed: ParsedArticle,
  index: DraftContext["index"],
  reference: string,
): Set<string> {
  return new Set(
    parsed.sections.filter((heading) =>
      headingHoldsForSection(
        heading,
        (text) => entitiesIn(text, index).length > 0,
        (text) => resolveDates(text, reference).length > 0,
      ),
    ),
  );
}
