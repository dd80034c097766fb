// /source: a fact's statement, its verbatim quotes and the passages they stand in, with attribution.
import type { Article, Fact } from "../../knowledge/types.js";
import { CitationList } from "../citations.js";
import { baseReply, type Reply, type ReplySection } from "../reply.js";
import { markers } from "../text.js";
import { provenanceLine } from "./provenance.js";

/** The paragraph(s) of the article around a quote: the lines it starts and ends on. */
function passageAround(article: Pick<Article, "text">, offset: number, length: number): string {
  const { text } = article;
  if (offset < 0 || offset >= text.length) return "";
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const endAt = text.indexOf("\n", offset + length);
  return text.slice(start, endAt === -1 ? text.length : endAt).trim();
}

/** /source: the statement, its verbatim quotes and the passages they stand in, with attribution. */
export function sourceReply(fact: Fact, articles: readonly Article[], ephemeral: boolean): Reply {
  const list = new CitationList();
  const numbers = list.addFact(fact);
  const sections: ReplySection[] = [];
  const seen = new Set<string>();
  fact.quotes.forEach((quote, i) => {
    const article = articles.find((a) => a.id === quote.articleId);
    const passage = article ? passageAround(article, quote.offset, quote.text.length) : quote.text;
    if (passage === "" || seen.has(passage)) return;
    seen.add(passage);
    const where = article ? `“${article.title}”, section “${quote.section}”` : quote.section;
    sections.push({ heading: `Passage ${markers([numbers[i] ?? i + 1])} — ${where}`, lines: [passage] });
  });
  const cited = articles.filter((a) => fact.quotes.some((q) => q.articleId === a.id));
  if (cited.length > 0) {
    sections.push({ heading: cited.length === 1 ? "Article" : "Articles", lines: cited.map(provenanceLine) });
  }
  return {
    ...baseReply("answer", "Source", `${fact.statement} ${markers(numbers)}`.trim(), ephemeral),
    sections,
    citations: list.items,
    footer: `Fact id: ${fact.id}`,
  };
}
