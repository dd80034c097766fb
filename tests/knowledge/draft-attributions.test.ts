// Whose report a drafted sentence relays: the curator trial found every citation of the July article linked
// to its first Sources link (arabobserver.com) though the sentence said "Axios reported …" or "… told AFP",
// and the article's outlet empty though its credit line names the outlets.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle, urlLine } from "../../src/knowledge/add.js";
import { parseArticle } from "../../src/knowledge/draft/article.js";
import { type CreditedOutlet, creditedOutlets, outletLink } from "../../src/knowledge/draft/attributions.js";
import { reportsAsOutlet } from "../../src/knowledge/draft/outlet-credits.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { isDraftedDescription } from "../../src/knowledge/review-sheet.js";
import type { Entity } from "../../src/knowledge/schema.js";
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

test.each<[string, CreditedOutlet[]]>([
  [
    "Title\nCompiled for testing from public reports; facts as reported by: Axios, AFP, Al Jazeera\n\nPARIS — Body.",
    [
      { name: "Axios", aliases: [] },
      { name: "AFP", aliases: [] },
      { name: "Al Jazeera", aliases: [] },
    ],
  ],
  [
    // The bracket is another name of the outlet, as a sentence may call it.
    "Title\nSources: SANA, Al-Ikhbariya (Syrian state TV) and Reuters (via Levant24)\n\nBody.",
    [
      { name: "SANA", aliases: [] },
      { name: "Al-Ikhbariya", aliases: ["Syrian state TV"], note: "Syrian state TV" },
      { name: "Reuters", aliases: [] },
    ],
  ],
  ["Title\nBy Jane Doe\n\nBody.", []],
])("creditedOutlets(%j)", (text, outlets) => {
  expect(creditedOutlets(text, text.indexOf("\n\n") + 2)).toEqual(outlets);
});

const organisation = (name: string): Entity => ({
  id: "x",
  name,
  kind: "organisation",
  aliases: [],
  description: "d",
});

// A name the article uses as a news outlet, by how it is written and what the sentences do with it; no list of
// outlets. Invented names, so that no rule can know them.
test.each<[string, string, boolean]>([
  ["Northwind Wire", "The delegations met for five hours, Northwind Wire reported.", true],
  ["Northwind Wire", "Northwind Wire has reported that a second round is planned.", true],
  ["Northwind Wire", "A security source told Northwind Wire the talks would resume.", true],
  ["Northwind Wire", "The claims, first published by Northwind Wire, were denied.", true],
  ["Northwind Wire", "Northwind Wire, quoting two officials, named the envoy.", true],
  ["Harbor Gazette", "Harbor Gazette described the meeting as tense.", true],
  ["Lakeside TV", "Officials spoke to the press.", true],
  // A party speaks, confirms, denies, is told, is named: not an outlet.
  ["Northwind Front", "Northwind Front said it had agreed to the truce.", false],
  ["Northwind Front", "Mediators told Northwind Front that the offer stands.", false],
  ["Northwind Front", "According to Northwind Front, the talks failed.", false],
  [
    "Observatory for Coastal Rights",
    "Fighting that the Observatory for Coastal Rights says killed 40 people.",
    false,
  ],
  // A body of government is a party whatever it reports.
  ["Harbor Ministry", "The Harbor Ministry reported three dead.", false],
  ["State Department", "Aid resumed, the State Department reported.", false],
])("reportsAsOutlet(%j, %j) is %j", (name, sentence, outlet) => {
  expect(reportsAsOutlet(organisation(name), [sentence])).toBe(outlet);
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
  // No --url and no address of its own in the text: no link, never the first of the Sources (another
  // outlet's page; the second curator trial found every such citation of August linking to Israel National News).
  expect(own?.url).toBeNull();
  expect(readJsonFile(dir, `articles/${july.id}/article.json`).url).toBeNull();
  expect(readJsonFile(dir, `articles/${august.id}/article.json`).url).toBeNull();
  const augustOwn = kb.facts
    .filter((f) => f.articleId === august.id)
    .flatMap((f) => f.quotes)
    .filter((q) => !q.attributionId);
  expect(augustOwn.length).toBeGreaterThan(10);
  expect(augustOwn.filter((q) => q.url !== null)).toEqual([]);
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
  // The curator trial: outlets the article credits were made organisations, as if parties to the story, and
  // "a government source quoted by Syrian state television" (the credit line's "Al-Ikhbariya (Syrian state
  // TV)") was cited to the first Sources link, another outlet's page.
  expect(byId.get("israel-national-news")).toMatchObject({ kind: "outlet" });
  expect(byId.get("al-ikhbariya")).toMatchObject({
    kind: "outlet",
    aliases: ["Syrian state TV", "Syrian state television"],
  });
  expect(
    kb.entities.filter((e) => e.kind === "organisation" && isDraftedDescription(e)).map((e) => e.name),
  ).toEqual(["State Department", "Syrian Observatory for Human Rights"]);
  const stateTv = quoteStarting("A government source quoted by Syrian state television");
  expect(stateTv?.source).toMatch(
    /^Al-Ikhbariya \(Syrian state TV\), as reported in “Syria publicly confirms/,
  );
  expect(stateTv?.url).toBeNull();
  const stateTvFact = kb.facts.find((f) => f.quotes.some((q) => q === stateTv));
  expect(stateTvFact?.entities).toContain("al-ikhbariya");
});

test("kb:add: a quote relaying one outlet links to that outlet's page among the Sources, else the article's own --url", () => {
  const dir = copyKnowledgeBase();
  const file = path.join(dir, "geneva.txt");
  writeFileSync(
    file,
    [
      "Delegations meet in Geneva for a second round",
      "Compiled for testing; facts as reported by: Northwind Wire, Al-Ikhbariya (Syrian state TV), Harbor Gazette",
      "",
      "GENEVA, March 3, 2026 — The two delegations met in Geneva on Monday for a second round of talks, Northwind Wire reported.",
      "",
      "A government source quoted by Syrian state television said the delegations talked for five hours.",
      "",
      "Harbor Gazette reported that a third round is planned for April in the same city.",
      "",
      "Sources:",
      "- https://www.northwindwire.com/world/geneva-round",
      "- https://www.alikhbariya.sy/news/geneva",
      "",
    ].join("\n"),
  );
  const added = addArticle(["--kb", dir, "--url", "https://example.org/geneva-roundup", file]);
  const kb = loadKnowledgeBase(dir);
  const quote = (start: string) =>
    kb.facts.flatMap((f) => f.quotes).find((q) => q.articleId === added.id && q.text.startsWith(start));
  expect(quote("A government source quoted by Syrian state television")?.url).toBe(
    "https://www.alikhbariya.sy/news/geneva",
  );
  expect(quote("The two delegations met in Geneva")?.url).toBe(
    "https://www.northwindwire.com/world/geneva-round",
  );
  // No link of its own among the Sources: the article's own page, not the first of the Sources.
  expect(quote("Harbor Gazette reported")?.url).toBe("https://example.org/geneva-roundup");
  expect(
    kb.entities.filter((e) => ["Northwind Wire", "Harbor Gazette"].includes(e.name)).map((e) => e.kind),
  ).toEqual(["outlet", "outlet"]);
});

const BODY = "\n\nPARIS, July 25, 2025 — The ministers met on Thursday.\n";
const SOURCES = "\nSources:\n- https://other-outlet.example/story\n- https://second.example/x\n";

test.each<[string, string, string | null]>([
  ["a Sources list only", `Title${BODY}${SOURCES}`, null],
  ["a link in a sentence of the body", `Title${BODY}As https://other.example/a reported.\n`, null],
  ["a labelled line", `Title\nURL: https://own.example/story${BODY}${SOURCES}`, "https://own.example/story"],
  [
    "a labelled line after the body",
    `Title${BODY}Original article: https://own.example/a.\n`,
    "https://own.example/a",
  ],
  [
    "a bare link before the body",
    `Title\nhttps://own.example/story${BODY}${SOURCES}`,
    "https://own.example/story",
  ],
  ["two different labelled links", `Title\nURL: https://a.example/1\nLink: https://b.example/2${BODY}`, null],
  ["a single link under Sources", `Title${BODY}\nSources:\nhttps://other.example/only\n`, null],
])("parseArticle: the article's own address with %s", (_case, text, own) => {
  expect(parseArticle(text).ownUrl).toBe(own);
});

test("kb:add: the article's own address from a labelled line; its summary says which link citations fall back to", () => {
  const dir = copyKnowledgeBase();
  const file = path.join(dir, "own.txt");
  writeFileSync(
    file,
    [
      "Delegations meet in Lisbon for a third round",
      "URL: https://example.org/lisbon-round",
      "",
      "LISBON, April 2, 2026 — The two delegations met in Lisbon on Wednesday for a third round of talks.",
      "",
      "Sources:",
      "- https://www.northwindwire.com/world/lisbon",
      "",
    ].join("\n"),
  );
  const added = addArticle(["--kb", dir, file]);
  expect(readJsonFile(dir, `articles/${added.id}/article.json`).url).toBe("https://example.org/lisbon-round");
  expect(urlLine(added.url)).toContain("https://example.org/lisbon-round (from the text)");
  expect(urlLine(null)).toContain("article link: none (pass --url");
});
