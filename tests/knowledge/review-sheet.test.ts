// `npm run kb:review`: the drafts of a real kb:add run, one block each, with what the curator must check
// and what is optional — and, on the curator's reviewed facts, no notes at all: marking a fact reviewed is
// how a curator says its notes are dealt with, so the sheet's count is what is left to do.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { buildFollowupBase } from "../../bench/followups.js";
import { addArticle } from "../../src/knowledge/add.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import {
  capitalisedNames,
  isDraftedDescription,
  openChecks,
  quoteWithNamesAdded,
  reviewNotes,
  reviewSheet,
} from "../../src/knowledge/review-sheet.js";
import type { Entity } from "../../src/knowledge/schema.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact, quote } from "../commands/fixtures.js";
import { copyKnowledgeBase, editJson, factById, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

const AUGUST = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt");
const REVIEW_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "review.js");

afterAll(() => removeCopies());

/** The notes of one fact's block, by fact id. */
function notesById(sheet: string): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  let current = "";
  for (const line of sheet.split("\n")) {
    const head = line.includes(" (no check): ") ? null : line.match(/^articles\/\S+ · \d+ of \d+ · (\S+)/);
    if (head?.[1]) {
      current = head[1];
      notes.set(current, []);
    } else if (line.startsWith("  - "))
      // What --keep takes ("[keep: FACT-ID:KEY]") is checked in keep-checks.test.ts.
      notes.get(current)?.push(line.slice(4).replace(/ \[keep: \S+\]/, ""));
  }
  return notes;
}

describe("the review sheet of kb:add's drafts", () => {
  const dir = copyKnowledgeBase();
  const august = addArticle(["--kb", dir, AUGUST]);
  const kb = loadKnowledgeBase(dir);
  const sheet = reviewSheet(kb, { all: false });
  const notes = notesById(sheet);

  test("one block per draft, none for the reviewed seed facts, and a count", () => {
    expect(notes.size).toBe(august.drafted);
    expect([...notes.keys()].every((id) => kb.facts.find((f) => f.id === id)?.reviewed === false)).toBe(true);
    expect(sheet.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(
        `^kb:review: ${august.drafted} drafted facts to review \\(\\d+ checks, \\d+ optional notes\\); \\d+ checks kb:review settled itself \\(dates, profiles, the lede's meeting\\)$`,
      ),
    );
  });

  test("--checks: the must-check pass alone, the drafts with a CHECK line and only those lines, the same count", () => {
    const passSheet = reviewSheet(kb, { all: false, checks: true });
    const pass = notesById(passSheet);
    const withChecks = [...notes].filter(([, list]) => list.some((n) => n.startsWith("CHECK: ")));
    expect([...pass.keys()]).toEqual(withChecks.map(([id]) => id));
    for (const [id, list] of withChecks)
      expect(pass.get(id)).toEqual(list.filter((n) => n.startsWith("CHECK: ")));
    const summary = (text: string) => text.split("\n").find((line) => line.startsWith("kb:review: "));
    const counts = (text: string) => summary(text)?.match(/\d+ checks, \d+ optional notes/)?.[0];
    expect(counts(passSheet)).toBe(counts(sheet));
    expect(summary(passSheet)).toContain("not shown with --checks");
    // The drafts with no check are on one line each, in the article's order, and counted: the third curator
    // trial read a second, 282-line sheet to find them.
    const unchecked = notes.size - withChecks.length;
    expect(unchecked).toBeGreaterThan(0);
    const oneLiners = passSheet.split("\n").filter((line) => / \(no check\): /.test(line));
    expect(oneLiners).toHaveLength(unchecked);
    const ids = (lines: string[]) => lines.map((line) => line.split(" · ")[2]?.split(" ")[0]);
    const withNone = [...notes].filter(([, list]) => !list.some((n) => n.startsWith("CHECK: ")));
    expect(ids(oneLiners)).toEqual(withNone.map(([id]) => id));
    for (const line of oneLiners) {
      const fact = kb.facts.find((f) => f.id === ids([line])[0]);
      expect(line).toContain(`(no check): ${fact?.statement}`);
    }
    expect(passSheet.trimEnd().split("\n").at(-1)).toBe(
      `${unchecked} drafts with no check, on one line each: read them against the article and delete one that says what it does not`,
    );
    expect(sheet).not.toContain("(no check)");
  });

  test("every draft: its questions are kb:add's, an optional note", () => {
    for (const [id, list] of notes) {
      expect([
        id,
        list.some((n) => n.startsWith("optional: ") && n.includes("questions are kb:add's")),
      ]).toEqual([id, true]);
    }
  });

  test("a statement kb:add wrote is a check (a side's lead: one with its side), a profile that is its quote's post and name none; one that is its quote, optional", () => {
    const facts = kb.facts.filter((f) => f.articleId === august.id);
    const written = (id: string) =>
      (notes.get(id) ?? []).some((n) => /^CHECK: (?:side \S+, )?statement written by kb:add/.test(n));
    const leads = facts.filter((f) => f.side !== undefined);
    expect(leads.length).toBeGreaterThan(2);
    for (const fact of leads) expect([fact.id, written(fact.id)]).toEqual([fact.id, true]);
    // "Hussein Salameh is Syria's intelligence chief." of "Syria's intelligence chief, Hussein Salameh":
    // kb:review puts the quote's post and name together again and finds the statement, so nothing to read;
    // a post with no country ("… is Prime Minister.") has its own check, which reads the statement.
    const profiles = facts.filter((f) => f.id.endsWith("-profile"));
    expect(profiles.length).toBeGreaterThan(3);
    for (const fact of profiles) expect([fact.id, written(fact.id)]).toEqual([fact.id, false]);
    expect(notes.get("hussein-salameh-profile")?.filter((n) => n.startsWith("CHECK"))).toEqual([]);
    expect(notes.get("benjamin-netanyahu-profile")?.filter((n) => n.startsWith("CHECK"))).toEqual([
      expect.stringMatching(/^CHECK: post with no country or body: whose “Prime Minister”/),
    ]);
    // "Foreign Minister Asaad al-Shaibani", who led Syria's side: kb:add places the post by that side (checked
    // on the side's lead fact), in the profile and the description; Netanyahu leads no side of these talks.
    const shaibani = kb.facts.find((f) => f.id === "asaad-al-shaibani-profile");
    expect(shaibani?.statement).toBe("Asaad al-Shaibani is Syria's foreign minister.");
    expect(notes.get("asaad-al-shaibani-profile")?.filter((n) => n.startsWith("CHECK"))).toEqual([]);
    expect(kb.entities.find((e) => e.id === "asaad-al-shaibani")?.description).toBe(
      "Syria's foreign minister",
    );
    // A statement that is its quote, a surname written out in full or not ("said Asaad al-Shaibani was …").
    const quoted = facts.filter(
      (f) => f.quotes.length === 1 && quoteWithNamesAdded(f.statement, f.quotes[0]?.text ?? ""),
    );
    expect(quoted.length).toBeGreaterThan(3);
    for (const fact of quoted) {
      expect([fact.id, written(fact.id)]).toEqual([fact.id, false]);
      expect((notes.get(fact.id) ?? []).some((n) => n.startsWith("optional: statement is its quote"))).toBe(
        true,
      );
    }
  });

  test("people and outlets the drafts leave without an entity are named", () => {
    const unnamed = [...notes.values()].flat().filter((n) => n.startsWith("CHECK: names with no entity"));
    const all = unnamed.join(" ");
    expect(all).toContain("UN General Assembly");
    // Names the base knows are not listed: al-Shaibani (an entity) behind his title, Israel, Paris, the
    // people kb:add found by how the article introduces them (Safadi after his post), and the outlets of the
    // credit line that kb:add made entities (Channel 12).
    expect(all).not.toMatch(/Shaibani|Israel\b|Paris|Ayman Safadi|Channel 12/);
  });

  test("a side the draft set is pointed out", () => {
    const sided = kb.facts.filter((f) => f.articleId === august.id && f.side !== undefined);
    expect(sided.length).toBeGreaterThan(0);
    for (const fact of sided)
      expect(notes.get(fact.id)?.some((n) => n.startsWith(`CHECK: side ${fact.side}`))).toBe(true);
  });
});

test("the reviewed follow-up facts with --all: every fact shown, none with a note, nothing left to do", () => {
  // The curator trial saw "date resolved by kb:add" on dates the curator wrote, "side X: keep only …" on
  // the side facts it kept and "quotes joined …: split?" on the joins the README prescribes, on every run.
  const base = buildFollowupBase("reviewed");
  const kb = loadKnowledgeBase(base.dir);
  base.remove();
  for (const article of base.articleIds) {
    const sheet = reviewSheet(kb, { all: true, article });
    expect(notesById(sheet).size).toBe(kb.facts.filter((f) => f.articleId === article).length);
    expect(sheet).not.toContain("(draft)");
    expect([...notesById(sheet).values()].flat()).toEqual([]);
    expect(sheet.trimEnd().split("\n").at(-1)).toBe(
      `kb:review: 0 drafted facts of ${article} to review (0 checks, 0 optional notes)`,
    );
  }
});

test("drafts that share a day on the timeline are pointed out (the July meeting, the arrival and the expected venue, as a curator may date them)", () => {
  const dir = copyKnowledgeBase();
  const july = addArticle([
    "--kb",
    dir,
    path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt"),
  ]);
  // kb:add dates the arrival and the expected venue, which speak of the lede's meeting on its day, with
  // `happened`: one entry for the day. Given timeline entries again, each of the three is pointed out.
  const onThursday = (f: Fact) => f.articleId === july.id && f.timeline?.sort === "2025-07-24";
  expect(loadKnowledgeBase(dir).facts.filter(onThursday)).toHaveLength(1);
  const sameDay = [
    "some-reports-had-expected-thursdays-meeting-to",
    "dermer-one-of-netanyahus-closest-confidants-was",
  ];
  editJson(dir, `articles/${july.id}/facts.json`, (data) => {
    for (const id of sameDay) {
      const fact = factById(data, id);
      expect(fact.happened).toBe("2025-07-24");
      delete fact.happened;
      fact.timeline = { when: "Thursday (24 July 2025)", sort: "2025-07-24", implied: true };
    }
  });
  const kb = loadKnowledgeBase(dir);
  const notes = notesById(reviewSheet(kb, { all: false, article: july.id }));
  const thursday = kb.facts.filter(onThursday);
  expect(thursday).toHaveLength(3);
  for (const fact of thursday) {
    const others = thursday.filter((f) => f !== fact).map((f) => f.id);
    expect(notes.get(fact.id)).toContain(
      `CHECK: timeline entry on 2025-07-24 as ${others.join(", ")}: one entry per event — date the others with happened`,
    );
  }
  // A fact alone on its day has no such note.
  const alone = kb.facts.find((f) => f.articleId === july.id && f.timeline?.sort === "2025-07-13");
  expect(notes.get(alone?.id ?? "")?.some((n) => n.includes("timeline entry"))).toBe(false);
});

test.each<[string, string[]]>([
  // "Secretary" alone was a name with no entity; the title and the name are one run. (A surname alone that
  // is an English word, "Barrack", is passed over too: kb:add's own name finder reads people.)
  [
    "According to the State Department, Barrack and Secretary of State Marco Rubio had spent several days.",
    ["State Department", "Secretary of State Marco Rubio"],
  ],
  // A capitalised adjective or title that is ordinary English names nothing to add.
  ["They held talks in the French capital on Thursday evening.", []],
  ["He met the President.", []],
  ["Israel's Channel 12 reported that Dermer led the Israeli side.", ["Channel 12", "Dermer", "Israeli"]],
  ["The pan-Arab outlet Independent Arabia reported it.", ["Independent Arabia"]],
  ["A toll by the Syrian Observatory for Human Rights says so.", ["Syrian Observatory for Human Rights"]],
  ["Clashes between Druze gunmen and tribes of the south.", ["Druze"]],
])("capitalisedNames(%j)", (text, names) => {
  expect(capitalisedNames(text)).toEqual(names);
});

test("the command: an unknown article is named with the ones there are, exit 2", () => {
  const run = spawnSync(process.execPath, [REVIEW_JS, "no-such-article"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('no article "no-such-article"');
  expect(run.stderr).toContain("israel-syria-direct-talks");
  expect(run.stdout).toBe("");
});

test("the command on the shipped base: no drafts, so an empty sheet and its count", () => {
  const run = spawnSync(process.execPath, [REVIEW_JS], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, KNOWLEDGE_DIR: "" },
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toBe("kb:review: 0 drafted facts to review (0 checks, 0 optional notes)\n");
});

test.each<[string, boolean]>([
  // A duration is a number of years, days or hours: "how many years …?" is answered by it.
  ["It was the most senior contact in more than 25 years.", false],
  ["The delegations talked for several hours.", false],
  ["Hundreds of people were killed.", false],
  ["At least 1,300 people were killed.", false],
  ["The ministers met in Paris.", true],
])("the how-many note on %j: %s", (statement, noted) => {
  const notes = reviewNotes(fact("f", statement, { kinds: ["how-many"], reviewed: false }), new Map());
  expect(notes.some((n) => n.text === "kind how-many, but no number in it")).toBe(noted);
});

test.each<[string, boolean]>([
  // The curator trial: "Benjamin Netanyahu is Prime Minister." — whose?
  ["Benjamin Netanyahu is Prime Minister.", true],
  ["Marco Rubio is Secretary of State.", true],
  ["Benjamin Netanyahu is Israel's prime minister.", false],
  ["Benjamin Netanyahu is the prime minister of Israel.", false],
  ["Tom Barrack is the US ambassador to Turkey.", false],
  ["Benjamin Netanyahu has demanded the demilitarization of the south.", false],
  // Curator trial 2: "the ministry's" names no country; a name's possessive does.
  ["Tom Barrack is head of the ministry's American affairs department.", true],
  ["Tom Barrack is head of Turkey's ministry's American affairs department.", false],
  ["Tom Barrack is one of Netanyahu's closest confidants.", false],
])("a profile's post with no country or body, %j: %s", (statement, noted) => {
  const entity = (id: string, name: string, kind: "person" | "country", aliases: string[] = []) =>
    [id, { id, name, kind, aliases, description: name }] as const;
  const entities = new Map([
    entity("benjamin-netanyahu", "Benjamin Netanyahu", "person"),
    entity("marco-rubio", "Marco Rubio", "person"),
    entity("tom-barrack", "Tom Barrack", "person"),
    entity("israel", "Israel", "country", ["Israeli"]),
    entity("turkey", "Turkey", "country"),
  ]);
  const person = [...entities.values()].find((e) => statement.startsWith(e.name))?.id ?? "";
  const notes = reviewNotes(fact("p", statement, { entities: [person], reviewed: false }), entities);
  expect(notes.some((n) => n.text.startsWith("post with no country or body"))).toBe(noted);
});

// Curator trial 2: statements kb:add wrote that a member cannot place when the reply shows them alone.
test.each<[string, string, string | null]>([
  [
    "The envoys agreed to set up a working group. It was their second Amman meeting.",
    "They agreed to set up a working group.",
    "statement has “It” opening a sentence",
  ],
  [
    "They agreed to set up a working group.",
    "On Monday they agreed, at last, to set up a working group.",
    "statement has “They” opening",
  ],
  [
    "The ministry dismissed the reports. Its media office called them false.",
    "The ministry dismissed the reports.",
    null,
  ],
  [
    "The Observatory says fighting killed at least 1,300 people.",
    "fighting that the Observatory says killed at least 1,300 people",
    "statement names “fighting” with no “the” or name",
  ],
  [
    "Fighting killed at least 1,300 people.",
    "fighting that killed at least 1,300 people",
    "names “fighting”",
  ],
  ["The Observatory says the fighting killed 1,300 people.", "the fighting killed 1,300 people", null],
  ["Damascus reported that talks resumed.", "Damascus reported talks resumed", null],
  ["The monitor said 1,300 people died.", "said 1,300 people died", null],
])("a check on the statement kb:add wrote, %j", (statement, quoted, check) => {
  const draft = fact("f", statement, { quotes: [quote(quoted)], reviewed: false });
  const texts = reviewNotes(draft, new Map())
    .filter((n) => n.level === "check")
    .map((n) => n.text);
  const flagged = texts.find((t) => /opening a sentence|with no “the” or name/.test(t)) ?? null;
  if (check === null) expect(flagged).toBeNull();
  else expect(flagged).toContain(check);
});

// Curator trial 2: a joined draft that repeats a side's lead fact gives "who led …?" a second answer.
test.each<[string, number, boolean]>([
  ["its joined quote is the lead fact's", 1, true],
  ["its own quote is the lead fact's (the sentence's fact beside its lead)", 0, false],
])("a draft whose %s: repeated-lead check %s", (_case, at, flagged) => {
  const own = "The agency did not say who sat across the table.";
  const lead = "A channel reported that the minister led the other side.";
  const quotes = at === 1 ? [quote(own), quote(lead)] : [quote(lead)];
  const draft = fact("joined", `${own} ${lead}`, { quotes, reviewed: false });
  const notes = reviewNotes(draft, new Map(), { leadQuotes: new Map([[lead, ["other-lead"]]]) });
  const texts = notes.filter((n) => n.level === "check").map((n) => n.text);
  expect(texts.some((t) => t.startsWith("repeats the lead fact other-lead in its joined quote"))).toBe(
    flagged,
  );
  // Its own check says what to do with the joined quote: no second "quotes joined" line.
  if (flagged) expect(texts.filter((t) => t.includes("quote"))).toHaveLength(1);
});

describe("checks the curator trial found missing", () => {
  const channel = {
    id: "channel-12",
    name: "Channel 12",
    kind: "outlet" as const,
    aliases: ["Israel's Channel 12"],
    description: "An Israeli television channel.",
  };
  test.each<[string, boolean]>([
    // A number inside a name counts nothing: no how-many answer in it.
    ["Israel's Channel 12 reported that Ron Dermer led the Israeli side.", true],
    ["Channel 12 said 40 people attended.", false],
    ["At least 1,300 people were killed, Channel 12 said.", false],
  ])("how-many on %j, with Channel 12 an entity of it: noted %s", (statement, noted) => {
    const notes = reviewNotes(
      fact("f", statement, { kinds: ["how-many"], entities: ["channel-12"], reviewed: false }),
      new Map([[channel.id, channel]]),
    );
    expect(notes.some((n) => n.text === "kind how-many, but no number in it")).toBe(noted);
  });

  test.each<[string | undefined, string | null, boolean]>([
    // A bare year far from the article's date: the year of what the sentence mentions, not of the fact.
    ["1974", "2025-08-25", true],
    ["1973", "2025-08-25", true],
    ["2024", "2025-08-25", false],
    ["2025-08-19", "2025-08-25", false],
    ["1974", null, false],
    [undefined, "2025-08-25", false],
  ])("happened %s in an article of %s: noted %s", (happened, articleDay, noted) => {
    const draft = fact("f", "The talks covered the 1974 accord.", {
      reviewed: false,
      ...(happened ? { happened } : {}),
    });
    const notes = reviewNotes(draft, new Map(), { articleDay });
    expect(
      notes.some((n) => n.level === "check" && n.text.startsWith(`happened ${happened}, a year alone`)),
    ).toBe(noted);
  });

  test.each<[string, string, "check" | "settled"]>([
    // The year of what the statement opens with: what the accord set up, it set up then.
    [
      "The 1974 disengagement agreement, reached after the 1973 war, set up a buffer zone.",
      "1974",
      "settled",
    ],
    // Another year of the sentence's is the curator's to read.
    ["The 1974 disengagement agreement, reached after the 1973 war, set up a buffer zone.", "1973", "check"],
    ["The talks covered the 1974 accord.", "1974", "check"],
    // Rewritten by the curator: read on kb:add's statement, so no check the first sheet did not show (trial 7).
    ["The disengagement agreement of 1974 set up a UN buffer zone.", "1974", "settled"],
    ["The disengagement agreement of 1974 set up a UN buffer zone.", "1973", "check"],
  ])("%j, happened %s: a year alone %s", (statement, happened, level) => {
    const drafted = "The 1974 disengagement agreement, reached after the 1973 war, set up a buffer zone.";
    const rewritten =
      statement !== drafted && statement.startsWith("The disengagement")
        ? { questionsFrom: statement, draftedStatement: drafted }
        : {};
    const notes = reviewNotes(fact("f", statement, { reviewed: false, happened, ...rewritten }), new Map(), {
      articleDay: "2025-08-25",
    });
    expect(notes.find((n) => n.text.startsWith(`happened ${happened}`))?.level).toBe(level);
  });

  const dir = copyKnowledgeBase();
  const added = [
    addArticle([
      "--kb",
      dir,
      path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt"),
    ]),
    addArticle(["--kb", dir, AUGUST]),
  ];
  const kb = loadKnowledgeBase(dir);

  test("an entity kb:add adds is described in the article's words, else has a placeholder, noted once, on the first draft naming it", () => {
    const newIds = added.flatMap((a) => a.newEntities);
    expect(newIds.length).toBeGreaterThan(10);
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    // "Syria's intelligence chief, Hussein Salameh"; "Syria's official news agency SANA"; "Al-Ikhbariya (Syrian
    // state TV)" on the credit line.
    expect(byId.get("hussein-salameh")?.description).toBe("Syria's intelligence chief");
    expect(byId.get("sana")?.description).toBe("Syria's official news agency");
    expect(byId.get("al-ikhbariya")?.description).toBe("Syrian state TV");
    // The article says nothing of what the Observatory is: the curator writes it.
    expect(isDraftedDescription(byId.get("syrian-observatory-for-human-rights") as Entity)).toBe(true);
    const sheet = reviewSheet(kb, { all: false });
    const placeholders = [...sheet.matchAll(/CHECK: description of (\S+) is kb:add's placeholder/g)].map(
      (m) => m[1],
    );
    // Once each: an entity of both articles is noted on the first draft of each.
    expect(new Set(placeholders).size).toBeGreaterThan(1);
    for (const a of added) {
      const own = reviewSheet(kb, { all: false, article: a.id });
      const ids = [...own.matchAll(/CHECK: description of (\S+) is kb:add's placeholder/g)].map((m) => m[1]);
      expect(ids.length).toBe(new Set(ids).size);
    }
    // Its check is open: the draft is refused by --mark-reviewed until the description is written.
    const open = [...added.map((a) => openChecks(kb, a.id))].flatMap((m) => [...m.values()].flat());
    expect(open.some((c) => c.text.includes("is kb:add's placeholder"))).toBe(true);
    // The seed's hand-written descriptions are not placeholders.
    expect(kb.entities.filter((e) => !newIds.includes(e.id) && isDraftedDescription(e))).toEqual([]);
  });

  test("a draft about the article's event (its date written in) takes no year alone as when it happened", () => {
    // "the talks (19 August 2025) covered … the 1974 accord": 1974 is what the talks covered.
    const aboutEvent = kb.facts.filter(
      (f) => f.reviewed === false && /\(\d{1,2} \w+ 20\d\d[,)]/.test(f.statement),
    );
    expect(aboutEvent.length).toBeGreaterThan(5);
    expect(
      aboutEvent.filter((f) => f.happened !== undefined && /^\d{4}$/.test(f.happened)).map((f) => f.id),
    ).toEqual([]);
  });
});

describe("a statement's check follows who wrote it, and joined quotes are read with it", () => {
  const DRAFTED = "Israel struck troops near Suwayda on Wednesday of last week (16 July 2025).";
  const FIRST = "It struck troops near Suwayda on Wednesday of last week.";
  const SECOND = "Israel said it stepped in to shield the community.";
  const quotes = (texts: string[]) => texts.map((text) => quote(text));
  const checks = (overrides: Partial<Fact>) =>
    reviewNotes(fact("f", DRAFTED, { reviewed: false, quotes: quotes([FIRST]), ...overrides }), new Map(), {
      unnamedHere: [],
    })
      .filter((n) => n.level === "check")
      .map((n) => n.text.replace(/:.*/s, ""));
  test.each<[string, Partial<Fact>, string[]]>([
    ["kb:add's statement, one quote", { questionsFrom: DRAFTED }, ["statement written by kb"]],
    // The curator trial's "CHECK: statement written by kb:add" on a statement the curator had rewritten.
    ["rewritten, not yet redrawn", { statement: "Israel hit troops.", questionsFrom: DRAFTED }, []],
    [
      "rewritten and redrawn (draftedStatement kept)",
      { statement: "Israel hit troops.", questionsFrom: "Israel hit troops.", draftedStatement: DRAFTED },
      [],
    ],
    [
      "rewritten back to kb:add's: its check again",
      { questionsFrom: "Israel hit troops.", draftedStatement: DRAFTED },
      ["statement written by kb"],
    ],
    // The join has its own check from the first sheet: curator trial 7 met it only after the first apply.
    [
      "kb:add's statement from joined quotes",
      { questionsFrom: DRAFTED, quotes: quotes([FIRST, SECOND]) },
      ["statement written by kb", "quotes joined"],
    ],
    [
      "the curator's statement from joined quotes: the join is still theirs to judge",
      { statement: "Israel hit troops.", questionsFrom: DRAFTED, quotes: quotes([FIRST, SECOND]) },
      ["quotes joined"],
    ],
    [
      "a side's lead from joined quotes",
      { questionsFrom: DRAFTED, side: "israel", quotes: quotes([FIRST, SECOND]) },
      ["side israel, statement written by kb"],
    ],
    [
      "the statement is the joined quotes",
      { statement: `${FIRST} ${SECOND}`, quotes: quotes([FIRST, SECOND]) },
      ["quotes joined"],
    ],
  ])("%s", (_case, overrides, expected) => {
    expect(checks(overrides)).toEqual(expected);
  });

  test("the joined check is on the first sheet, and the same after the statement is rewritten", () => {
    const texts = (overrides: Partial<Fact>) =>
      reviewNotes(
        fact("f", DRAFTED, {
          reviewed: false,
          questionsFrom: DRAFTED,
          quotes: quotes([FIRST, SECOND]),
          ...overrides,
        }),
        new Map(),
        { unnamedHere: [] },
      )
        .filter((n) => n.level === "check")
        .map((n) => `${n.key}: ${n.text}`);
    const joined = "joined: quotes joined: check that the second quote belongs to this claim";
    expect(texts({})).toEqual([
      "statement: statement written by kb:add: check that it says what the quotes say, and nothing else",
      joined,
    ]);
    expect(
      texts({
        statement: "Israel hit troops.",
        draftedStatement: DRAFTED,
        questionsFrom: "Israel hit troops.",
      }),
    ).toEqual([joined]);
  });
});
