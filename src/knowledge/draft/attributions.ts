// Whose report a sentence relays, for the citation: "Le Monde reported that …", "… a diplomatic source told
// AFP", "According to NTB, …". A compiled article names its outlets on a credit line ("facts as reported
// by: Le Monde, AFP, …") and lists their links under Sources; without this every citation linked to the first
// of those links, whoever the sentence quoted. Each sentence that relays exactly one known outlet becomes an
// attribution (article.json) naming that outlet, with the link of the Sources list on that outlet's site,
// else the article's own page when the curator gave it, else no link (no link beats the wrong one). A name the
// article uses as a news outlet is an outlet entity, not a party (`asOutlets`). Pure: text in, article.json's
// `outlet` and `attributions` and the outlets' entities out.
import { normaliseAlias } from "../../shared/fold.js";
import type { Entity } from "../schema.js";
import { entitiesIn, spellingIndex, uniqueId } from "./entities.js";
import { slugOf } from "./entity-ids.js";
import { reportsAsOutlet } from "./outlet-credits.js";
import { creditedOutletDescription } from "./placeholder-descriptions.js";

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

/** An outlet the article credits: its name as the credit line writes it, and other names it goes by there. */
export interface CreditedOutlet {
  name: string;
  /** What the credit line says it is in brackets ("KBC (Kenyan state TV)"): how a sentence may name it. */
  aliases: string[];
  /** That bracket as written, which a citation shows beside the name: "KBC (Kenyan state TV)". */
  note?: string;
}

/** A bracketed note this short, capitalised, is another name of the outlet; "(print edition)" or "(via X)" is not. */
const ALIAS_NOTE = /^\p{Lu}[\p{L}\p{N}'’. -]{1,40}$/u;

/**
 * The outlets a credit line before the first body paragraph names ("Kenya's Citizen TV" also as "Citizen TV"),
 * each with the names its brackets give ("KBC (Kenyan state TV)").
 */
export function creditedOutlets(text: string, bodyOffset: number): CreditedOutlet[] {
  const head = text.slice(0, bodyOffset).split("\n").slice(1);
  for (const line of head) {
    const list = CREDIT_LINE.exec(line.trim())?.[1];
    if (!list || /https?:\/\//.test(list)) continue;
    return list
      .split(/,\s*|\s+and\s+/)
      .map((item) => {
        const notes = [...item.matchAll(/\(([^)]*)\)/g)].map((m) => (m[1] ?? "").trim());
        const name = item
          .replace(/\s*\([^)]*\)/g, "")
          .replace(/[.;]+$/, "")
          .trim();
        const aliases = notes.filter((n) => ALIAS_NOTE.test(n) && !/^(?:via|by|from)\b/i.test(n));
        return aliases.length > 0 ? { name, aliases, note: aliases.join(", ") } : { name, aliases };
      })
      .filter(({ name }) => /^\p{Lu}/u.test(name));
  }
  return [];
}

/** "TV" as a sentence may write it out, and the other way round: "Kenyan state TV" is "Kenyan state television". */
function withTelevision(spelling: string): string[] {
  if (/\bTV\b/.test(spelling)) return [spelling, spelling.replace(/\bTV\b/g, "television")];
  if (/\btelevision\b/i.test(spelling)) return [spelling, spelling.replace(/\btelevision\b/gi, "TV")];
  return [spelling];
}

/** The spellings a sentence may name an outlet by: "Kenya's Citizen TV" as itself and as "Citizen TV". */
function spellingsOf(outlet: string | CreditedOutlet): string[] {
  const { name, aliases } = typeof outlet === "string" ? { name: outlet, aliases: [] } : outlet;
  const spellings = [name, ...aliases].flatMap((spelling) => {
    const bare = spelling.replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, "");
    return bare !== spelling ? [spelling, bare] : [spelling];
  });
  return [...new Set(spellings.flatMap(withTelevision))];
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The link of `links` on the outlet's own site ("Al Mayadeen English" → english.almayadeen.net), or null. */
export function outletLink(outlet: string | CreditedOutlet, links: readonly string[]): string | null {
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
  credited: CreditedOutlet[];
  attributions: Attribution[];
}

/** An outlet's spellings as an entity, so kb:add's one matcher (`entitiesIn`) finds it in a sentence. */
function outletAsEntity(outlet: CreditedOutlet): Entity {
  const [name = outlet.name, ...aliases] = spellingsOf(outlet);
  return { id: slugOf(outlet.name) || "source", name, kind: "outlet", aliases, description: outlet.name };
}

/** The credited outlets and the base's, one each: "Kenya's Citizen TV" credited is the base's "Citizen TV". */
function oneEach(outlets: readonly CreditedOutlet[]): CreditedOutlet[] {
  const merged: Array<{ outlet: CreditedOutlet; keys: Set<string> }> = [];
  for (const outlet of outlets) {
    const keys = new Set(spellingsOf(outlet).map(normaliseAlias));
    const same = merged.find((m) => [...keys].some((k) => m.keys.has(k)));
    if (!same) {
      merged.push({ outlet: { ...outlet, aliases: [...outlet.aliases] }, keys });
      continue;
    }
    for (const k of keys) same.keys.add(k);
    same.outlet.aliases.push(...[outlet.name, ...outlet.aliases].filter((n) => n !== same.outlet.name));
  }
  return merged.map((m) => m.outlet);
}

/**
 * The article's outlets and the sentences that relay one of them. `paragraphs`: the body's paragraphs with
 * their offsets, and `sentences` each one's sentences as drafting split them (`sentencesByParagraph`);
 * `knownOutlets`: the base's `outlet` entities (and those kb:add found in the article). A relayed sentence
 * links to its outlet's page among the Sources; failing that, to `ownUrl`, the article's own page when the
 * curator gave it (never another outlet's page: the first of the Sources is one); else to none.
 */
export function articleSources(
  text: string,
  title: string,
  paragraphs: ReadonlyArray<{ text: string; offset: number }>,
  sentences: ReadonlyArray<readonly string[]>,
  links: readonly string[],
  knownOutlets: readonly CreditedOutlet[],
  ownUrl: string | null = null,
): ArticleSources {
  const credited = creditedOutlets(text, paragraphs[0]?.offset ?? 0);
  const outlets = oneEach([...credited, ...knownOutlets]).map((outlet) => ({
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
      const named = outlets.filter(({ index }) => entitiesIn(sentence, index).length > 0);
      // Two different outlets are no single source.
      if (named.length !== 1) continue;
      const outlet = (named[0] as (typeof named)[number]).outlet;
      const at = paragraph.offset + inParagraph;
      const id = uniqueId(slugOf(outlet.name) || "source", ids);
      attributions.push({
        id,
        source: `${outlet.name}${outlet.note ? ` (${outlet.note})` : ""}, as reported in “${title}”`,
        url: outletLink(outlet, links) ?? ownUrl,
        start: marker(text, sentence, at, true),
        end: marker(text, sentence, at, false),
      });
    }
  });
  return {
    outlet: credited.length > 0 ? credited.map((c) => c.name).join(", ") : null,
    credited,
    attributions,
  };
}

/**
 * The credited outlets the base has no entity for, as `outlet` entities ("Le Monde", "Citizen TV" with "Kenya's
 * Citizen TV" as an alias), so the facts that name them carry them and "what did Le Monde report?" finds them.
 */
export function outletEntities(
  credited: readonly CreditedOutlet[],
  entities: readonly Entity[],
  title: string,
): Entity[] {
  const known = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map(normaliseAlias));
  const ids = new Set(entities.map((e) => e.id));
  const added: Entity[] = [];
  for (const outlet of credited) {
    const spellings = spellingsOf(outlet);
    if (spellings.some((s) => known.has(normaliseAlias(s)))) continue;
    // "Citizen TV" of "Kenya's Citizen TV": the name without the country's possessive.
    const name = spellingsOf(outlet.name).at(-1) as string;
    const slug = slugOf(name);
    if (!slug) continue;
    const id = uniqueId(slug, ids);
    for (const s of spellings) known.add(normaliseAlias(s));
    added.push({
      id,
      name,
      kind: "outlet",
      aliases: spellings.filter((s) => s !== name),
      description: creditedOutletDescription(name, title),
    });
  }
  return added;
}

/**
 * The entities kb:add drafted from the article's names, with each one the article uses as a news outlet an
 * `outlet` (not the organisation the name finder took it for): a name on the credit line, with the credit
 * line's other names for it as aliases, or one a sentence credits a report to (`reportsAsOutlet`).
 */
export function asOutlets(
  added: readonly Entity[],
  credited: readonly CreditedOutlet[],
  sentences: readonly string[],
  title: string,
): Entity[] {
  return added.map((entity) => {
    if (entity.kind === "outlet") return entity;
    const keys = [entity.name, ...entity.aliases].map(normaliseAlias);
    const onCreditLine = credited.find((c) => spellingsOf(c).some((s) => keys.includes(normaliseAlias(s))));
    if (!onCreditLine && !reportsAsOutlet(entity, sentences)) return entity;
    const aliases = onCreditLine
      ? spellingsOf(onCreditLine).filter((s) => !keys.includes(normaliseAlias(s)))
      : [];
    return {
      ...entity,
      kind: "outlet",
      aliases: [...entity.aliases, ...aliases],
      description: creditedOutletDescription(entity.name, title),
    };
  });
}
