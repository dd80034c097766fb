// One article folder: article.txt verbatim and article.json (headings, attributions) checked against it, and a
// quote resolved to its offset, section and source.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readJson } from "./json-file.js";
import { displayPath, type Problem } from "./problems.js";
import { type ArticleMeta, articleMetaSchema } from "./schema.js";
import type { Article, Quote } from "./types.js";
import { issueProblems } from "./zod-issues.js";

const INTRODUCTION = "Introduction";

interface Span {
  id: string;
  source: string;
  url: string | null;
  from: number;
  to: number;
}

export interface LoadedArticle {
  article: Article;
  headings: Array<{ name: string; offset: number }>;
  spans: Span[];
}

/** Offset of `line` standing alone on a line of `text`, or -1. */
function lineOffset(text: string, line: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(line, from);
    if (at < 0) return -1;
    const startsLine = at === 0 || text[at - 1] === "\n";
    const end = at + line.length;
    const endsLine = end === text.length || text[end] === "\n" || text.slice(end, end + 2) === "\r\n";
    if (startsLine && endsLine) return at;
    from = at + 1;
  }
}

export function loadArticle(folder: string, id: string, problems: Problem[]): LoadedArticle | null {
  const textFile = path.join(folder, "article.txt");
  const metaFile = path.join(folder, "article.json");
  const metaShown = displayPath(metaFile);
  let text: string | null = null;
  if (existsSync(textFile)) text = readFileSync(textFile, "utf8");
  else problems.push({ file: displayPath(textFile), message: "file is missing" });

  const raw = readJson(metaFile, problems);
  if (raw === undefined) return null;
  const parsed = articleMetaSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, metaShown, ""));
    return null;
  }
  const meta: ArticleMeta = parsed.data;
  if (meta.id !== id) {
    problems.push({
      file: metaShown,
      field: "id",
      message: `id "${meta.id}" does not match its folder "${id}"`,
    });
  }
  if (text === null) return null;

  const headings: LoadedArticle["headings"] = [];
  meta.sections.forEach((name, i) => {
    const offset = lineOffset(text, name);
    if (offset < 0) {
      problems.push({
        file: metaShown,
        field: `sections[${i}]`,
        message: `heading "${name}" is not a line of article.txt`,
      });
    } else headings.push({ name, offset });
  });
  headings.sort((a, b) => a.offset - b.offset);

  const spans: Span[] = [];
  meta.attributions.forEach((attribution, i) => {
    const from = text.indexOf(attribution.start);
    if (from < 0) {
      problems.push({
        file: metaShown,
        field: `attributions[${i}].start`,
        message: `"${attribution.start}" not found in article.txt`,
      });
    }
    const endAt = text.indexOf(attribution.end, Math.max(from, 0));
    if (endAt < 0) {
      problems.push({
        file: metaShown,
        field: `attributions[${i}].end`,
        message:
          from >= 0 && text.includes(attribution.end)
            ? `"${attribution.end}" only occurs before the start of the passage`
            : `"${attribution.end}" not found in article.txt`,
      });
    }
    if (from >= 0 && endAt >= 0) {
      spans.push({
        id: attribution.id,
        source: attribution.source,
        url: attribution.url,
        from,
        to: endAt + attribution.end.length,
      });
    }
  });

  return { article: { ...meta, text, file: displayPath(textFile) }, headings, spans };
}

export function resolveQuote(loaded: LoadedArticle, quote: string): Quote | null {
  const { article, headings, spans } = loaded;
  const offset = article.text.indexOf(quote);
  if (offset < 0) return null;
  let section = INTRODUCTION;
  for (const heading of headings) if (heading.offset <= offset) section = heading.name;
  const span = spans.find((s) => offset >= s.from && offset < s.to);
  return {
    text: quote,
    articleId: article.id,
    offset,
    section,
    source: span ? span.source : `${article.title} (section: ${section})`,
    url: span ? span.url : article.url,
    attributionId: span ? span.id : null,
  };
}
