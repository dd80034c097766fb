// The real knowledge base: loads cleanly, every quote is the article's own words, and the data meets the
// editorial rules the engine relies on (questions per fact, sides for /who-leads, a sortable timeline).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkKnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/loader.js";
import type { Fact, KnowledgeBase } from "../../src/knowledge/types.js";
import { normaliseAlias } from "../../src/shared/fold.js";
import { ARTICLE_ID, asArray, asObject, FACTS_REL, REAL_KB_DIR, readJsonFile } from "./tmp-kb.js";

const kb: KnowledgeBase = loadKnowledgeBase(REAL_KB_DIR);
// Read independently of the loader, so a loader bug cannot hide a wrong quote.
const articleText = readFileSync(path.join(REAL_KB_DIR, "articles", ARTICLE_ID, "article.txt"), "utf8");
const rawFacts = asArray(readJsonFile(REAL_KB_DIR, FACTS_REL).facts).map(asObject);

function fact(id: string): Fact {
  const found = kb.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
}

function quoteContaining(needle: string): Fact["quotes"][number] {
  for (const f of kb.facts) for (const q of f.quotes) if (q.text.includes(needle)) return q;
  throw new Error(`no quote containing ${needle}`);
}

describe("the real knowledge base", () => {
  test("loads with no problems", () => {
    const { problems } = checkKnowledgeBase(REAL_KB_DIR);
    expect(problems).toEqual([]);
    expect(kb.articles.map((a) => a.id)).toEqual([ARTICLE_ID]);
    expect(kb.facts.length).toBeGreaterThanOrEqual(45);
    expect(kb.facts.length).toBeLessThanOrEqual(70);
  });

  test.each(rawFacts.map((f) => [String(f.id), f] as const))(
    "every quote of %s stands character for character in article.txt",
    (_id, raw) => {
      for (const quote of asArray(raw.quotes)) {
        expect(typeof quote).toBe("string");
        expect(articleText.includes(String(quote)), `quote not in article: ${String(quote)}`).toBe(true);
      }
    },
  );

  test("resolved offsets point at the quoted text", () => {
    for (const f of kb.facts) {
      for (const q of f.quotes) {
        expect(articleText.slice(q.offset, q.offset + q.text.length)).toBe(q.text);
        expect(q.articleId).toBe(ARTICLE_ID);
      }
    }
  });

  test("curly apostrophes and quotation marks of the article are kept in quotes", () => {
    const all = kb.facts.flatMap((f) => f.quotes.map((q) => q.text));
    expect(all.some((q) => q.includes("Syria’s"))).toBe(true);
    expect(all.some((q) => q.includes("“we will not allow Syria"))).toBe(true);
    for (const q of all) expect(q.startsWith("- "), `bullet quoted with its dash: ${q}`).toBe(false);
  });

  test("fact ids are unique kebab-case and statements are single sentences", () => {
    const ids = kb.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of kb.facts) {
      expect(f.statement.trim().endsWith(".")).toBe(true);
      // One sentence: no full stop followed by a capital inside (abbreviations like U.S. are avoided).
      expect(f.statement.slice(0, -1), f.id).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  test("each fact has 5–8 questions of its own, and keywords add words not already there", () => {
    const seen = new Map<string, string>();
    for (const f of kb.facts) {
      expect(f.questions.length, f.id).toBeGreaterThanOrEqual(5);
      expect(f.questions.length, f.id).toBeLessThanOrEqual(8);
      expect(f.kinds.length, f.id).toBeGreaterThan(0);
      for (const q of f.questions) {
        const key = q
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, " ")
          .trim();
        expect(seen.get(key), `question "${q}" repeated in ${f.id}`).toBeUndefined();
        seen.set(key, f.id);
      }
      const own = `${f.statement} ${f.quotes.map((q) => q.text).join(" ")}`.toLowerCase();
      for (const k of f.keywords) {
        const word = new RegExp(`\\b${k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
        expect(word.test(own), `${f.id}: keyword "${k}" already in text`).toBe(false);
      }
    }
  });

  test("who leads each side: facts marked with a side", () => {
    const bySide = (side: string) => kb.facts.filter((f) => f.side === side).map((f) => f.id);
    expect(bySide("syria")).toContain("syria-lead-al-dalati");
    expect(bySide("israel")).toContain("israel-participants-unnamed");
    expect(bySide("united-states")).toContain("trump-engaged-al-sharaa");
    expect(fact("syria-lead-al-dalati").statement).toMatch(/Ahmad al-Dalati/);
    expect(fact("israel-participants-unnamed").statement).toMatch(/not been named/);
  });

  test("every entity is used by some fact, and every fact names known entities", () => {
    const ids = new Set(kb.entities.map((e) => e.id));
    const used = new Set(kb.facts.flatMap((f) => f.entities));
    for (const id of used) expect(ids.has(id), id).toBe(true);
    for (const id of ids) expect(used.has(id), `entity ${id} unused`).toBe(true);
  });

  test("aliases people type resolve to one entity each", () => {
    const index = new Map<string, string>();
    for (const e of kb.entities)
      for (const name of [e.name, ...e.aliases]) index.set(normaliseAlias(name), e.id);
    const expected: Array<[string, string]> = [
      ["ahmed al-dalati", "ahmad-al-dalati"],
      ["Dalati", "ahmad-al-dalati"],
      ["al Dalati", "ahmad-al-dalati"],
      ["Ahmad al-Sharaa", "ahmed-al-sharaa"],
      ["sharaa", "ahmed-al-sharaa"],
      ["President Trump", "donald-trump"],
      ["Assad", "bashar-al-assad"],
      ["Hay'at Tahrir al-Sham", "hayat-tahrir-al-sham"],
      ["Hayat Tahrir al-Sham", "hayat-tahrir-al-sham"],
      ["HTS", "hayat-tahrir-al-sham"],
      ["Kuneitra", "quneitra"],
      ["Qunaitra", "quneitra"],
      ["the Golan", "golan-heights"],
      ["U.S.", "united-states"],
      ["Washington", "united-states"],
      ["PIJ", "palestinian-islamic-jihad"],
      ["Islamic Jihad", "palestinian-islamic-jihad"],
      ["@Levant_24_", "levant24"],
      ["Ragip Soylu", "ragip-soylu"],
      ["@ragipsoylu", "ragip-soylu"],
      ["Six-Day War", "six-day-war"],
      ["1967 war", "six-day-war"],
      ["Middle East", "middle-east"],
      ["Eli Cohen", "eli-cohen"],
      ["Israel’s Foreign Ministry", "israel-foreign-ministry"],
      ["Syria's interim government", "syria-interim-government"],
      ["Damascus", "damascus"],
      ["Reuters", "reuters"],
    ];
    for (const [alias, id] of expected) expect(index.get(normaliseAlias(alias)), alias).toBe(id);
  });

  test("timeline facts have parseable dates and the right chronology", () => {
    const timeline = kb.facts.filter((f) => f.timeline !== undefined);
    expect(timeline.length).toBeGreaterThanOrEqual(8);
    for (const f of timeline) {
      const sort = f.timeline?.sort ?? "";
      const [year = "", month = "01", day = "01"] = sort.split("-");
      const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), `${f.id}: ${sort}`).toBe(false);
      expect(date.getUTCFullYear()).toBe(Number(year));
      expect(date.getTime()).toBeLessThanOrEqual(Date.UTC(2025, 4, 27));
    }
    const t = (id: string) => fact(id).timeline;
    expect(t("golan-occupied-since-1967")).toMatchObject({ sort: "1967", implied: false });
    expect(t("assad-overthrown-hts-december")).toMatchObject({
      when: "in December",
      sort: "2024-12",
      implied: true,
    });
    expect(t("source-reuters-five-sources")).toMatchObject({ sort: "2025-05-27", implied: false });
    expect(t("source-ragip-soylu")).toMatchObject({ sort: "2025-05-27", implied: false });
    expect(t("meetings-timing-recent-weeks")).toMatchObject({ sort: "2025-05", implied: true });
    expect(t("al-dalati-appointment-undated")?.note).toMatch(/not dated in the article/i);
    expect(t("trump-engaged-al-sharaa")?.note).toMatch(/not dated in the article/i);
    for (const f of timeline) if (f.timeline?.implied) expect(f.timeline.note, f.id).toBeTruthy();
  });
});

describe("citations: section and attribution of each quote", () => {
  const article = kb.articles[0];

  test("a Reuters quote relayed by Levant24 is cited as that source", () => {
    const q = quoteContaining("Israeli participants unnamed.");
    expect(q.attributionId).toBe("reuters-levant24");
    expect(q.source).toMatch(/Reuters/);
    expect(q.source).toMatch(/Levant24/);
    expect(q.url).toBe("https://pic.twitter.com/JrsuLWgxNP");
    expect(q.section).toBe("U.S. Involvement and Strategic Shifts");
  });

  test("a Ragıp Soylu quote is cited as his post", () => {
    const q = quoteContaining("An Israeli official confirmed to me last week");
    expect(q.attributionId).toBe("ragip-soylu");
    expect(q.source).toMatch(/Ragıp Soylu/);
    expect(q.url).toBe("https://t.co/1PQPp3j4dG");
    expect(q.section).toBe("Focus on Security and Future Prospects");
  });

  test("the article's own voice is cited as the article and its section", () => {
    const q = quoteContaining("Neither Israel’s Foreign Ministry");
    expect(q.attributionId).toBeNull();
    expect(q.section).toBe("Historic Diplomatic Engagement");
    expect(q.source).toBe(`${article?.title} (section: Historic Diplomatic Engagement)`);
    expect(q.url).toBe(article?.url ?? null);
    expect(quoteContaining("In a historic diplomatic breakthrough").section).toBe("Introduction");
    expect(quoteContaining("Multiple rounds of in-person discussions").section).toBe("At a Glance");
    // Right after the Levant24 post ends the article speaks again in its own voice.
    expect(quoteContaining("In response to these diplomatic overtures").attributionId).toBeNull();
  });
});
