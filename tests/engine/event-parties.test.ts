// A meeting named by its parties ("the July meeting between Marek and Holm") is about every fact of that day:
// event-parties.ts reads the day's parties from the side facts, and an ask naming two or more of them needs no
// fact of that day to repeat their names. Made-up names; our own questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { EventParties } from "../../src/engine/event-parties.js";
import type { QueryTerm } from "../../src/engine/search.js";
import type { Entity } from "../../src/knowledge/schema.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact } from "../commands/fixtures.js";
import { followupEngine } from "./followup-engine.js";

const person = (id: string, name: string): Entity =>
  ({ id, name, kind: "person", aliases: [], description: "" }) as unknown as Entity;
const ENTITIES = [
  person("jan-marek", "Jan Marek"),
  person("eva-holm", "Eva Holm"),
  person("ola-berg", "Ola Berg"),
];
const onDay = (id: string, statement: string, day: string, more: Partial<Fact> = {}) =>
  fact(id, statement, { happened: day, ...more });
const FACTS = [
  onDay("marek-leads", "Jan Marek led Freedonia's side on 24 July.", "2026-07-24", {
    side: "freedonia",
    entities: ["jan-marek"],
  }),
  onDay("holm-leads", "Eva Holm led Ruritania's side on 24 July.", "2026-07-24", {
    side: "ruritania",
    entities: ["eva-holm"],
  }),
  // A side fact that carries a person it does not name makes no party of them.
  onDay("berg-unnamed", "Ruritania's delegation was not named on 2 August.", "2026-08-02", {
    side: "ruritania",
    entities: ["ola-berg"],
  }),
  onDay("hours", "The delegations talked for four hours.", "2026-07-24"),
  onDay("month-only", "The talks went on in July.", "2026-07"),
  onDay("other-day", "The delegations met again.", "2026-08-02"),
];
const termsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
const parties = new EventParties(
  { facts: FACTS, entities: ENTITIES },
  (id) => termsOf(ENTITIES.find((e) => e.id === id)?.name ?? ""),
  (f) => termsOf(f.statement),
);
const asked = (...terms: string[]): QueryTerm[] => terms.map((term) => ({ term, weight: 1, known: true }));

describe("EventParties.partiesNamed", () => {
  test.each([
    ["two parties of the day's meeting", "hours", ["marek", "holm", "long"], ["marek", "holm"]],
    [
      "first and last names of both",
      "hours",
      ["jan", "marek", "eva", "holm"],
      ["jan", "marek", "eva", "holm"],
    ],
    ["one party only is no meeting named", "hours", ["marek", "long"], []],
    ["two names of one person are one party", "hours", ["jan", "marek"], []],
    ["a fact dated to its month only", "month-only", ["marek", "holm"], []],
    ["a fact of another day", "other-day", ["marek", "holm"], []],
    ["a person the side fact does not name", "other-day", ["berg", "marek"], []],
  ])("%s", (_what, id, terms, expected) => {
    const f = FACTS.find((x) => x.id === id) as Fact;
    expect([...parties.partiesNamed(f, asked(...terms))].sort()).toEqual([...expected].sort());
  });
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test("a meeting named by its two ministers is answered by the fact of its day that names neither", () => {
    const answer = engine.ask(
      "who was the mediator of the paris talks between dermer and al-shaibani in july?",
    );
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toMatch(/barrack/);
  });

  test("an ask that names no meeting needs a fact that says its names", () => {
    expect(engine.ask("what did dermer and al-shaibani acknowledge publicly?").status).toBe("no_answer");
    // One man's warning of that day is not both men's.
    expect(engine.ask("what did dermer and al-shaibani warn about?").factIds).not.toContain(
      "al-shaibani-warned-incursions",
    );
  });

  test("a claim still needs a fact that says both of its names", () => {
    const answer = engine.ask(
      "did dermer and al-shaibani both warn that incursions could unsettle the south?",
    );
    expect(answer.status).toBe("no_answer");
  });
});
