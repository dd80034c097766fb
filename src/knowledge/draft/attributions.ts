// Whose report a sentence relays, for the citation: "Le Monde reported that …", "… a diplomatic source told
// AFP", "According to NTB, …". A compiled article names its outlets on a credit line ("facts as reported
// by: Le Monde, AFP, …") and lists their links under Sources; without this every citation linked to the first
// of those links, whoever the sentence quoted. Each sentence that relays exactly one known outlet becomes an
// attribution (article.json) naming that outlet, with the link of the Sources list on that outlet's site,
// or no link when the list has none (no link beats the wrong one). Pure: text in, article.json's
// `outlet` and `attributions` out.
import { normaliseAlias } from "../../shared/fold.js";
import type { Entity } from "../schema.js";
import { entitiesIn, slugOf, spellingIndex, uniqueId } from "./entities.js";

interface Attribution {
  id: string;
  source: string;
  url: string | null;
  start: string;
  end: string;
}

/** A credit line before the body: "facts as reported by: A, B, C", "Sources: A, B", "compiled from A, B". */
const CREDIT_LINE = /(?:reported by|sources?|compiled from|reporting by|with reporting from)\s*:?\s*(.+)$/i;
/** Words that make a sentence relay what an outlet says, not only mention it. */
const REPORTING =
  /\b(?:reported|reports|reporting|said|says|told|tells|described|describes|according to|quoting|quoted|cited|citing|identified|confirmed|wrote|writes|acknowledged|denied|broadcast|aired)\b/i;
/** A start or end marker this long is enough to find the sentence; a longer one is cut at a word. */
const MARKER_CHARS = 48;

/** The outlets a credit line before the first body paragraph names ("Kenya's Citizen TV" also as "Citizen TV"). */
export function creditedOutlets(text: string, bodyOffset: number): string[] {
  const head = text.slice(0, bodyOffset).split("\n").slice(1);
  for (const line of head) {
    const list = CREDIT_LINE.exec(line.trim())?.[1];
    if (!list || /https?:\/\//.test(list)) continue;
    return list
      .split(/,\s*|\s+and\s+/)
      .map((name) =>
        name
          .replace(/\s*\([^)]*\)/g, "")
          .replace(/[.;]+$/, "")
          .trim(),
      )
      .filter((name) => /^\p{Lu}/u.test(name));
  }
  return [];
}

/** The spellings a sentence may name an outlet by: "Kenya's Citizen TV" as itself and as "Citizen TV". */
function spellingsOf(outlet: string): string[] {
  const bare = outlet.replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, "");
  return bare !== outlet ? [outlet, bare] : [outlet];
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The link of `links` on the outlet's own site ("Al Mayadeen English" → english.almayadeen.net), or null. */
export function outletLink(outlet: string, links: readonly string[]): string | null {
  const names = spellingsOf(outlet).map(letters);
  for (const link of links) {
    let host: string;
    try {
      host = new URL(link).hostname.toLowerCase();
    } catch {
      continue;
    }
    // The site's name: the label before the top-level domain(s) ("shafaq" of www.shafaq.com, "aa" of aa.com.tr).
    const labels = host.split(".").filter((l) => !/^(?:www\d*|english|en|m|amp|origin-web)$/.test(l));
    const site = labels.length > 2 && labels.at(-2)?.length === 2 ? labels.at(-3) : labels.at(-2);
    if (!site || site.length < 3) continue;
    if (
      names.some(
        (name) => name === site || name.startsWith(site) || (name.length >= 4 && site.startsWith(name)),
      )
    )
      return link;
  }
  return null;
}

/** A marker for `sentence` found first at its own place in `text`: its start or end, or the sentence itself. */
function marker(text: string, sentence: string, at: number, fromStart: boolean): string {
  if (sentence.length <= MARKER_CHARS) return sentence;
  let cut = fromStart ? sentence.slice(0, MARKER_CHARS) : sentence.slice(-MARKER_CHARS);
  cut = fromStart ? cut.slice(0, cut.lastIndexOf(" ")) : cut.slice(cut.indexOf(" ") + 1);
  const found = fromStart ? text.indexOf(cut) : text.indexOf(cut, at);
  const expected = fromStart ? at : at + sentence.length - cut.length;
  return found === expected && cut.length > 0 ? cut : sentence;
}

export interface ArticleSources {
  /** The credit line's outlets, joined, or null when the article has none. */
  outlet: string | null;
  /** The credit line's outlets, one by one. */
  credited: string[];
  attributions: Attribution[];
}

/** An outlet's spellings as an entity, so kb:add's one matcher (`entitiesIn`) finds it in a sentence. */
function outletAsEntity(outlet: string): Entity {
  const [name = outlet, ...aliases] = spellingsOf(outlet);
  return { id: slugOf(outlet) || "source", name, kind: "outlet", aliases, description: outlet };
}

/**
 * The article's outlets and the sentences that relay one of them. `paragraphs`: the body's paragraphs with
 * their offsets, and `sentences` each one's sentences as drafting split them (`sentencesByParagraph`);
 * `knownOutlets`: the names and aliases of the base's `outlet` entities.
 */
export function articleSources(
  text: string,
  title: string,
  paragraphs: ReadonlyArray<{ text: string; offset: number }>,
  sentences: ReadonlyArray<readonly string[]>,
  links: readonly string[],
  knownOutlets: readonly string[],
): ArticleSources {
  const credited = creditedOutlets(text, paragraphs[0]?.offset ?? 0);
  const outlets = [...new Set([...credited, ...knownOutlets])].map((outlet) => ({
    outlet,
    index: spellingIndex([outletAsEntity(outlet)]),
  }));
  const attributions: Attribution[] = [];
  const ids = new Set<string>();
  paragraphs.forEach((paragraph, p) => {
    let from = 0;
    for (const sentence of sentences[p] ?? []) {
      const inParagraph = paragraph.text.indexOf(sentence, from);
      from = inParagraph + sentence.length;
      if (!REPORTING.test(sentence)) continue;
      const named = outlets
        .filter(({ index }) => entitiesIn(sentence, index).length > 0)
        .map(({ outlet }) => outlet);
      // "Kenya's Citizen TV" and "Citizen TV" are one outlet; two different ones are no single source.
      const distinct = named.filter((n) => !named.some((m) => m !== n && m.endsWith(n)));
      if (distinct.length !== 1) continue;
      const outlet = distinct[0] as string;
      const at = paragraph.offset + inParagraph;
      const id = uniqueId(slugOf(outlet) || "source", ids);
      attributions.push({
        id,
        source: `${outlet}, as reported in “${title}”`,
        url: outletLink(outlet, links),
        start: marker(text, sentence, at, true),
        end: marker(text, sentence, at, false),
      });
    }
  });
  return { outlet: credited.length > 0 ? credited.join(", ") : null, credited, attributions };
}

/**
 * The credited outlets the base has no entity for, as `outlet` entities ("Le Monde", "Citizen TV" with "Kenya's
 * Citizen TV" as an alias), so the facts that name them carry them and "what did Le Monde report?" finds them.
 */
export function outletEntities(
  credited: readonly string[],
  entities: readonly Entity[],
  title: string,
): Entity[] {
  const known = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map(normaliseAlias));
  const ids = new Set(entities.map((e) => e.id));
  const added: Entity[] = [];
  for (const outlet of credited) {
    const spellings = spellingsOf(outlet);
    if (spellings.some((s) => known.has(normaliseAlias(s)))) continue;
    const name = spellings.at(-1) as string;
    const slug = slugOf(name);
    if (!slug) continue;
    const id = uniqueId(slug, ids);
    for (const s of spellings) known.add(normaliseAlias(s));
    added.push({
      id,
      name,
      kind: "outlet",
      aliases: spellings.filter((s) => s !== name),
      description: `${name}, an outlet “${title}” credits.`,
    });
  }
  return added;
}
