// Each case copies the real knowledge base to a temp directory, breaks exactly one thing on disk, and checks
// that the loader reports it with the file, the fact (or entity) and the field an editor has to fix.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import {
  checkKnowledgeBase,
  formatProblem,
  KnowledgeBaseError,
  loadKnowledgeBase,
  type Problem,
} from "../../src/knowledge/loader.js";
import {
  ARTICLE_ID,
  ARTICLE_META_REL,
  asArray,
  asObject,
  copyKnowledgeBase,
  editJson,
  entityById,
  FACTS_REL,
  factById,
  type JsonObject,
  removeCopies,
} from "./tmp-kb.js";

afterAll(removeCopies);

const LEAD = "syria-lead-al-dalati";

interface Case {
  name: string;
  /** Breaks the copy in `dir`. */
  breakIt: (dir: string) => void;
  /** File the problem must name, relative to the knowledge dir. */
  file: string;
  factId?: string;
  /** A pattern where the index depends on the order of the data file, so edits elsewhere do not break it. */
  field?: string | RegExp;
  /** Text the message must contain. */
  message: RegExp;
}

function editFact(id: string, edit: (fact: JsonObject) => void): (dir: string) => void {
  return (dir) => editJson(dir, FACTS_REL, (data) => edit(factById(data, id)));
}

const cases: Case[] = [
  {
    name: "a fact with no quotes",
    breakIt: editFact(LEAD, (f) => {
      f.quotes = [];
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "quotes",
    message: /at least one quote/,
  },
  {
    name: "a fact whose quotes field is missing",
    breakIt: editFact(LEAD, (f) => {
      delete f.quotes;
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "quotes",
    message: /is required/,
  },
  {
    name: "a quote that is not in the article",
    breakIt: editFact(LEAD, (f) => {
      asArray(f.quotes)[1] = "Syrian side led by a senior security official, Ahmad al-Dalati.";
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "quotes[1]",
    message: /not found verbatim in article\.txt \(closest: "Syrian side led by senior security official/,
  },
  {
    name: "a quote whose curly apostrophe was straightened",
    breakIt: editFact(LEAD, (f) => {
      const quotes = asArray(f.quotes);
      quotes[0] = String(quotes[0]).replace("Syria’s", "Syria's");
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "quotes[0]",
    message: /not found verbatim.*curly/,
  },
  {
    name: "a duplicate fact id",
    breakIt: (dir) =>
      editJson(dir, FACTS_REL, (data) => {
        const facts = asArray(data.facts).map(asObject);
        const second = facts[1];
        if (second) second.id = LEAD;
      }),
    file: FACTS_REL,
    factId: LEAD,
    field: "id",
    message: /duplicate fact id/,
  },
  {
    name: "an alias used by two entities (after normalising case and hyphens)",
    breakIt: (dir) =>
      editJson(dir, "entities.json", (data) => {
        asArray(entityById(data, "ahmed-al-sharaa").aliases).push("AL DALATI");
      }),
    file: "entities.json",
    field: /^entities\[\d+\]\.aliases\[\d+\]$/,
    message: /entity "ahmed-al-sharaa": alias "AL DALATI" is already used by entity "ahmad-al-dalati"/,
  },
  {
    name: "an alias differing only by diacritics and apostrophes",
    breakIt: (dir) =>
      editJson(dir, "entities.json", (data) => {
        asArray(entityById(data, "middle-east").aliases).push("Hayʼat Tahrir al-Shám");
      }),
    file: "entities.json",
    message: /already used by entity "hayat-tahrir-al-sham"/,
  },
  {
    name: "a duplicate entity id",
    breakIt: (dir) =>
      editJson(dir, "entities.json", (data) => {
        entityById(data, "damascus").id = "quneitra";
      }),
    file: "entities.json",
    field: /^entities\[\d+\]\.id$/,
    message: /duplicate entity id "quneitra"/,
  },
  {
    name: "an unknown entity id in a fact",
    breakIt: editFact(LEAD, (f) => {
      asArray(f.entities)[2] = "quneitra-province";
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "entities[2]",
    message: /unknown entity id "quneitra-province"/,
  },
  {
    name: "a timeline date that is not a calendar date",
    breakIt: editFact("assad-overthrown-hts-december", (f) => {
      asObject(f.timeline).sort = "2024-13";
    }),
    file: FACTS_REL,
    factId: "assad-overthrown-hts-december",
    field: "timeline.sort",
    message: /not a real calendar date/,
  },
  {
    name: "a timeline date in words",
    breakIt: editFact("golan-occupied-since-1967", (f) => {
      asObject(f.timeline).sort = "June 1967";
    }),
    file: FACTS_REL,
    factId: "golan-occupied-since-1967",
    field: "timeline.sort",
    message: /YYYY, YYYY-MM or YYYY-MM-DD/,
  },
  {
    name: "invalid JSON",
    breakIt: (dir) =>
      writeFileSync(
        path.join(dir, FACTS_REL),
        '{\n  "article": "israel-syria-direct-talks",\n  "facts": [,]\n}\n',
      ),
    file: FACTS_REL,
    message: /^invalid JSON at line 3 column 13 \(position 56\): Unexpected token/,
  },
  {
    name: "a missing required field",
    breakIt: editFact(LEAD, (f) => {
      delete f.statement;
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "statement",
    message: /is required/,
  },
  {
    name: "a misspelt field name",
    breakIt: editFact(LEAD, (f) => {
      f.keyword = f.keywords ?? [];
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "keyword",
    message: /unknown field/,
  },
  {
    name: "a topic the story does not list",
    breakIt: editFact(LEAD, (f) => {
      asArray(f.topics).push("gossip");
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "topics[2]",
    message: /unknown topic "gossip" \(story\.json lists leaders/,
  },
  {
    name: "a side the story does not list",
    breakIt: editFact(LEAD, (f) => {
      f.side = "mars";
    }),
    file: FACTS_REL,
    factId: LEAD,
    field: "side",
    message: /unknown side "mars"/,
  },
  {
    name: "a fact without an id (found by position)",
    breakIt: (dir) =>
      editJson(dir, FACTS_REL, (data) => {
        const first = asArray(data.facts).map(asObject)[0];
        if (first) delete first.id;
      }),
    file: FACTS_REL,
    field: "facts[0].id",
    message: /is required/,
  },
  {
    name: "article.json id different from its folder",
    breakIt: (dir) =>
      editJson(dir, ARTICLE_META_REL, (data) => {
        data.id = "israel-syria-talks";
      }),
    file: ARTICLE_META_REL,
    field: "id",
    message: /does not match its folder "israel-syria-direct-talks"/,
  },
  {
    name: "facts.json article different from its folder",
    breakIt: (dir) =>
      editJson(dir, FACTS_REL, (data) => {
        data.article = "another-article";
      }),
    file: FACTS_REL,
    field: "article",
    message: /does not match its folder/,
  },
  {
    name: "a section heading that is not a line of the text",
    breakIt: (dir) =>
      editJson(dir, ARTICLE_META_REL, (data) => {
        asArray(data.sections)[2] = "U.S. Involvement";
      }),
    file: ARTICLE_META_REL,
    field: "sections[2]",
    message: /heading "U.S. Involvement" is not a line of article\.txt/,
  },
  {
    name: "an attribution whose end is not in the text",
    breakIt: (dir) =>
      editJson(dir, ARTICLE_META_REL, (data) => {
        asObject(asArray(data.attributions)[1]).end = "— Ragip Soylu (@ragipsoylu) May 27, 2025";
      }),
    file: ARTICLE_META_REL,
    field: "attributions[1].end",
    message: /not found in article\.txt/,
  },
  {
    name: "an attribution whose start is not in the text",
    breakIt: (dir) =>
      editJson(dir, ARTICLE_META_REL, (data) => {
        asObject(asArray(data.attributions)[0]).start = "According to AP:";
      }),
    file: ARTICLE_META_REL,
    field: "attributions[0].start",
    message: /"According to AP:" not found/,
  },
];

function problemsOf(dir: string): Problem[] {
  const { kb, problems } = checkKnowledgeBase(dir);
  if (problems.length > 0) expect(kb).toBeNull();
  return problems;
}

describe("problems in a broken knowledge base", () => {
  test.each(cases)("$name", ({ breakIt, file, factId, field, message }) => {
    const dir = copyKnowledgeBase();
    breakIt(dir);
    const problems = problemsOf(dir);
    const expectedFile = path.join(dir, file).split(path.sep).join("/");
    const match = problems.find((p) => p.file === expectedFile && message.test(p.message));
    expect(match, problems.map(formatProblem).join("\n")).toBeDefined();
    if (!match) return;
    expect(match.factId).toBe(factId);
    if (typeof field === "string") expect(match.field).toBe(field);
    else if (field) expect(match.field).toMatch(field);
    // The formatted line carries all of it, which is what kb:check prints.
    const line = formatProblem(match);
    expect(line.startsWith(`${expectedFile}: `)).toBe(true);
    if (factId) expect(line).toContain(`fact "${factId}"`);
    if (match.field) expect(line).toContain(`field ${match.field}`);
    expect(() => loadKnowledgeBase(dir)).toThrow(KnowledgeBaseError);
  });

  test("all problems are collected, not just the first", () => {
    const dir = copyKnowledgeBase();
    editFact(LEAD, (f) => {
      asArray(f.quotes)[0] = "not in the article";
      asArray(f.entities)[0] = "nobody";
    })(dir);
    editFact("golan-occupied-since-1967", (f) => {
      asObject(f.timeline).sort = "1967-02-30";
    })(dir);
    editJson(dir, "entities.json", (data) => {
      asArray(entityById(data, "syria").aliases).push("Israel");
    });
    const problems = problemsOf(dir);
    const fields = problems.map((p) => `${p.factId ?? ""} ${p.field ?? ""}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        `${LEAD} quotes[0]`,
        `${LEAD} entities[0]`,
        "golan-occupied-since-1967 timeline.sort",
      ]),
    );
    expect(fields).toContainEqual(expect.stringMatching(/^ entities\[\d+\]\.aliases\[\d+\]$/));
    try {
      loadKnowledgeBase(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeBaseError);
      if (error instanceof KnowledgeBaseError) {
        expect(error.problems).toEqual(problems);
        expect(error.message).toContain("4 problems");
      }
    }
  });

  test("a missing knowledge directory is one clear problem", () => {
    const problems = problemsOf(path.join(copyKnowledgeBase(), "nope"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe("knowledge directory not found");
  });

  test("paths inside the project are shown relative to the project root", () => {
    const p: Problem = { file: `src/knowledge/${FACTS_REL}`, factId: LEAD, field: "quotes[1]", message: "x" };
    expect(formatProblem(p)).toBe(`src/knowledge/${FACTS_REL}: fact "${LEAD}", field quotes[1]: x`);
    expect(formatProblem({ file: "src/knowledge/entities.json", message: "y" })).toBe(
      "src/knowledge/entities.json: y",
    );
  });

  test("the folder name is the article id the facts are filed under", () => {
    const dir = copyKnowledgeBase();
    const kb = loadKnowledgeBase(dir);
    expect(new Set(kb.facts.map((f) => f.articleId))).toEqual(new Set([ARTICLE_ID]));
  });
});
