// Reads a plain-text article as a curator pastes it: the title on the first line, a dateline such as
// "GENEVA, March 12, 2024 —" at the start of the body, section headings on lines of their own, and source
// links anywhere (often a "Sources:" list at the end). Pure: text in, structure out.
import { chrono } from "./nlp-libraries.js";

interface Paragraph {
  text: string;
  /** Offset of the paragraph in the article text. */
  offset: number;
  /** Section heading it stands under, or null before the first one. */
  section: string | null;
}

export interface ParsedArticle {
  title: string;
  /** Place and date of the dateline, when the article has one. */
  dateline: { place: string; date: string; text: string } | null;
  /** Every http(s) link in the text, in order, without duplicates. */
  links: string[];
  /**
   * The article's own address where the text names it unambiguously: one labelled line ("URL: …", "Link: …",
   * "Original: …") or one bare link before the body, outside a Sources list. Else null: the first link is
   * usually another outlet's page (a Sources list's first entry), which no citation may link to.
   */
  ownUrl: string | null;
  /** Lines that stand alone as headings (short, no closing punctuation), exactly as in the text. */
  sections: string[];
  /** Body paragraphs: not the title, the credit line, headings, the sources list or its links. */
  paragraphs: Paragraph[];
}

/** "GENEVA, March 12, 2024 —", "NAIROBI, Aug. 25 (Reuters) -": a place in capitals, a date, a dash. */
const DATELINE = /^([A-Z][A-Z.'’ -]{1,40}?),\s+([^—–-]{4,40}?)\s*(?:\([^)]*\)\s*)?[—–-]+\s*/;
const LINK = /https?:\/\/[^\s<>"')\]]+/g;
/** A heading: a short line with no closing punctuation that is not a list item or a link. */
const MAX_HEADING_WORDS = 10;
const SOURCES_HEADING = /^(sources?|links|references)\s*:?\s*$/i;
/** "URL: https://…", "Original article: https://…", "Read it at https://…": a line that gives the article's own address. */
const OWN_ADDRESS =
  /^(?:(?:article\s+)?(?:url|link|address|permalink|canonical(?:\s+url)?)|original(?:\s+article)?|read\s+(?:it\s+)?(?:online|here|at))\s*(?::|at)?\s*(https?:\/\/\S+)$/i;
/** A line that is one link and nothing else (a list dash allowed). */
const BARE_LINK = /^(?:[-•*]\s*)?(https?:\/\/\S+)$/;

function toSortable(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseArticle(text: string): ParsedArticle {
  const links = [...new Set((text.match(LINK) ?? []).map((l) => l.replace(/[.,;:]+$/, "")))];
  const lines: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  const nonEmpty = lines.filter((l) => l.text.trim() !== "");
  const title = nonEmpty[0]?.text.trim() ?? "";
  let dateline: ParsedArticle["dateline"] = null;
  const sections: string[] = [];
  const paragraphs: Paragraph[] = [];
  let section: string | null = null;
  let inSources = false;
  let bodyStarted = false;
  const ownAddresses = new Set<string>();
  for (const line of nonEmpty.slice(1)) {
    const trimmed = line.text.trim();
    if (SOURCES_HEADING.test(trimmed)) {
      inSources = true;
      continue;
    }
    if (inSources) continue;
    const own = OWN_ADDRESS.exec(trimmed) ?? (bodyStarted ? null : BARE_LINK.exec(trimmed));
    if (own?.[1]) {
      ownAddresses.add(own[1].replace(/[.,;:]+$/, ""));
      continue;
    }
    const withoutLinks = trimmed
      .replace(LINK, "")
      .replace(/^[-•*]\s*/, "")
      .trim();
    if (withoutLinks === "") continue;
    if (!dateline) {
      const match = DATELINE.exec(trimmed);
      const parsed = match?.[2] ? chrono.parseDate(match[2], { instant: new Date(), timezone: 0 }) : null;
      if (match?.[1] && parsed) {
        dateline = { place: titleCase(match[1].trim()), date: toSortable(parsed), text: match[0] };
        bodyStarted = true;
        const start = line.text.indexOf(match[0]) + match[0].length;
        paragraphs.push({ text: line.text.slice(start), offset: line.offset + start, section });
        continue;
      }
    }
    // Before the body starts, a line without a full stop is a credit or a subtitle, not a section.
    if (isHeading(trimmed) && trimmed === line.text && bodyStarted) {
      sections.push(trimmed);
      section = trimmed;
      continue;
    }
    if (!bodyStarted && !/[.!?]["”’]?$/.test(trimmed)) continue;
    if (!bodyStarted && /^compiled |^by |^photo|^updated/i.test(trimmed)) continue;
    bodyStarted = true;
    paragraphs.push({ text: line.text, offset: line.offset, section });
  }
  const ownUrl = ownAddresses.size === 1 ? ([...ownAddresses][0] as string) : null;
  return { title, dateline, links, ownUrl, sections, paragraphs };
}

function isHeading(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length <= MAX_HEADING_WORDS &&
    !/[.!?:;,"”]$/.test(line) &&
    /^[\p{Lu}\d]/u.test(line) &&
    !/^[-•*]/.test(line)
  );
}

function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
