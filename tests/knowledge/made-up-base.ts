// A made-up base for the curator's commands, independent of kb:add's draft wording: the other story's base
// (tests/fixtures/other-story/) with a later article whose drafts are written here by hand.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { addArticle, editJson, PROJECT_ROOT } from "./tmp-kb.js";

const OTHER_STORY = path.join(PROJECT_ROOT, "tests", "fixtures", "other-story");
export const MADE_UP_ARTICLE = "harbour-bridge-appeal";
const made: string[] = [];

export function removeMadeUpBases(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The other story's base with a later article: a new lead of the residents, a name no sentence gives, and a
 * draft resting on two quotes (one of them joined: another claim).
 */
export function madeUpBase(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kb-made-up-"));
  made.push(dir);
  cpSync(OTHER_STORY, dir, { recursive: true });
  const text = [
    "Residents appeal the harbour bridge vote",
    "HARBOURTOWN, April 10, 2026 — The residents' group filed its appeal at the district court on Thursday.",
    "Anna Berg, the group's new chair, said the appeal would take a year.",
    "Maria Keller met Anna Berg at the town hall on Thursday.",
    "",
  ].join("\n");
  const line = (n: number) => text.split("\n")[n] ?? "";
  const drafted = { topics: ["vote"], reviewed: false };
  addArticle(dir, {
    id: MADE_UP_ARTICLE,
    title: line(0),
    published: "2026-04-10",
    text,
    facts: [
      {
        ...drafted,
        id: "appeal-filed",
        statement: "The residents' group filed its appeal at the district court on 9 April 2026.",
        quotes: [line(1).slice(line(1).indexOf("The "))],
        entities: ["district-court"],
        questions: ["When did the residents appeal?"],
        kinds: ["when", "what"],
        timeline: { when: "Thursday, 9 April 2026", sort: "2026-04-09", implied: true },
      },
      {
        ...drafted,
        id: "berg-leads-residents",
        statement: "Anna Berg is the new chair of the residents' group.",
        quotes: [line(2)],
        entities: ["anna-berg"],
        questions: ["Who chairs the residents' group?"],
        kinds: ["who"],
        side: "residents",
        happened: "2026-04-09",
      },
      {
        ...drafted,
        id: "appeal-takes-a-year",
        statement: "Anna Berg said the appeal would take a year.",
        quotes: [line(2), line(1).slice(line(1).indexOf("The "))],
        entities: ["anna-berg", "district-court"],
        questions: ["How long will the appeal take?"],
        kinds: ["how"],
      },
      {
        ...drafted,
        id: "keller-met-berg",
        statement: "Maria Keller met Anna Berg at the town hall on 9 April 2026.",
        quotes: [line(3)],
        entities: ["maria-keller", "anna-berg", "olaf-dunn"],
        questions: ["Where did Keller meet Berg?"],
        kinds: ["where", "when"],
        happened: "2026-04-09",
      },
    ],
  });
  const entity = (id: string, name: string, kind: string, description: string) => ({
    id,
    name,
    kind,
    aliases: [],
    description,
  });
  editJson(dir, "entities.json", (data) => {
    (data.entities as object[]).push(
      entity("anna-berg", "Anna Berg", "person", "Chair of the residents' group."),
      entity("district-court", "District court", "organisation", "The court hearing the appeal."),
      // On a fact, named by no sentence: what no question about it can find.
      entity("olaf-dunn", "Olaf Dunn", "person", "A name the article does not give."),
    );
  });
  return dir;
}
