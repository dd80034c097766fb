// Whose report a drafted sentence relays: the curator trial found every citation of the July article linked
// to its first Sources link (arabobserver.com) though the sentence said "Axios reported …" or "… told AFP",
// and the article's outlet empty though its credit line names the outlets.
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { creditedOutlets, outletLink } from "../../src/knowledge/draft/attributions.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { copyKnowledgeBase, PROJECT_ROOT, readJsonFile, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const FIXTURES = path.join(PROJECT_ROOT, "tests", "fixtures", "followups");
const LINKS = [
  "https://www.arabobserver.com/under-u-s-sponsorship",
  "https://english.almayadeen.net/news/politics/x",
  "https://www.jns.org/us-envoy-confirms-talks/",
  "https://www.shafaq.com/en/Middle-East/x",
  "https://www.israelnationalnews.com/news/413546",
  "https://levant24.com/news/2025/08/x",
  "https://www.aa.com.tr/en/x",
];

test.each<[string, string | null]>([
  ["Al Mayadeen English", "https://english.almayadeen.net/news/politics/x"],
  ["JNS", "https://www.jns.org/us-envoy-confirms-talks/"],
  ["Shafaq News", "https://www.shafaq.com/en/Middle-East/x"],
  ["Israel National News", "https://www.israelnationalnews.com/news/413546"],
  ["Levant24", "https://levant24.com/news/2025/08/x"],
  // No link of the outlet's own: none, rather than another outlet's.
  ["Axios", null],
  ["AFP", null],
  ["Anadolu Agency", null],
])("outletLink(%j)", (outlet, link) => {
  expect(outletLink(outlet, LINKS)).toBe(link);
});

test.each<[string, string[]]>([
  [
    "Title\nCompiled for testing from public reports; facts as reported by: Axios, AFP, Al Jazeera\n\nPARIS — Body.",
    ["Axios", "AFP", "Al Jazeera"],
  ],
  [
    "Title\nSources: SANA, Al-Ikhbariya (Syrian state TV) and Reuters\n\nBody.",
    ["SANA", "Al-Ikhbariya", "Reuters"],
  ],
  ["Title\nBy Jane Doe\n\nBody.", []],
])("creditedOutlets(%j)", (text, outlets) => {
  expect(creditedOutlets(text, text.indexOf("\n\n") + 2)).toEqual(outlets);
});

test("kb:add: a sentence relaying an outlet is cited to that outlet, with its link or none; the credit line is the outlet", () => {
  const dir = copyKnowledgeBase();
  const july = addArticle(["--kb", dir, path.join(FIXTURES, "2025-07-paris-dermer-shaibani.txt")]);
  const august = addArticle(["--kb", dir, path.join(FIXTURES, "2025-08-paris-talks.txt")]);
  expect(readJsonFile(dir, `articles/${july.id}/article.json`).outlet).toBe(
    "Axios, AFP, Anadolu Agency, Al Jazeera, JNS, Al Mayadeen English, Shafaq News",
  );
  const kb = loadKnowledgeBase(dir);
  const quoteStarting = (start: string) =>
    kb.facts.flatMap((f) => f.quotes).find((q) => q.text.startsWith(start));
  const axios = quoteStarting("Axios reported that some of the earlier secret talks");
  expect(axios?.source).toMatch(/^Axios, as reported in “Israeli and Syrian ministers meet/);
  expect(axios?.url).toBeNull();
  expect(quoteStarting("On 12 July, while interim President")?.source).toMatch(/^AFP, /);
  const inn = quoteStarting("Israel National News noted");
  expect(inn?.source).toMatch(/^Israel National News, /);
  expect(inn?.url).toBe("https://www.israelnationalnews.com/news/413546");
  // A sentence that relays no outlet keeps the article's own citation.
  const own = quoteStarting("Israel and Syria have formally remained in a state of war");
  expect(own?.source).toBe(
    "Israeli and Syrian ministers meet in Paris after Suwayda bloodshed and strikes on Damascus (section: Introduction)",
  );
  expect(own?.url).toBe(
    "https://www.arabobserver.com/under-u-s-sponsorship-al-shibani-meets-israeli-minister-in-paris",
  );
  expect(august.id).toContain("syria-publicly-confirms");
  // The credited outlets the base lacked are outlet entities of the facts that name them (kb:review had
  // listed "Axios" and "AFP" as names with no entity); Reuters was one already.
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  expect(byId.get("axios")).toMatchObject({ kind: "outlet", name: "Axios" });
  expect(byId.get("channel-12")).toMatchObject({ kind: "outlet", aliases: ["Israel's Channel 12"] });
  expect(kb.entities.filter((e) => e.name === "Reuters")).toHaveLength(1);
  const axiosFact = kb.facts.find((f) => f.quotes.some((q) => q.text.startsWith("Axios reported that some")));
  expect(axiosFact?.entities).toContain("axios");
  const channel12 = kb.facts.find((f) => f.quotes.some((q) => q.text.includes("Channel 12 said")));
  expect(channel12?.entities).toContain("channel-12");
});
