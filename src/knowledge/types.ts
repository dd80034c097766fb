// The knowledge base as the rest of the program sees it, after loading and validation.
import type { ArticleMeta, Entity, FactInput, Lexicon, Side, Story, Topic } from "./schema.js";

export type { Entity, Side, Story, Topic };

export interface Article extends ArticleMeta {
  /** The article text exactly as stored. */
  text: string;
  /** Path of the article text, for messages. */
  file: string;
}

/** One verbatim quote with where it stands and whose voice it is. */
export interface Quote {
  text: string;
  articleId: string;
  /** Character offset of the quote in the article text. */
  offset: number;
  /** Section heading it stands under ("Introduction" before the first heading). */
  section: string;
  /** Attribution as shown in citations: the article and section, or the embedded source. */
  source: string;
  url: string | null;
  /** Set when the quote stands inside an attributed passage (Reuters via Levant24, Ragıp Soylu …). */
  attributionId: string | null;
}

export interface Fact extends Omit<FactInput, "quotes"> {
  articleId: string;
  quotes: Quote[];
}

export interface KnowledgeBase {
  articles: Article[];
  facts: Fact[];
  entities: Entity[];
  lexicon: Lexicon;
  story: Story;
}

/** When an article reports as of: its publication date, else the date it reports as of; null if neither. */
export function articleDate(article: Pick<ArticleMeta, "published" | "reported">): string | null {
  return article.published ?? article.reported ?? null;
}
