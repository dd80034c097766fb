// One list of posts (draft/posts.ts) for the three readers of a role: the side a post ties a person to, the
// person an appositive after a post names, and the place a post's "to …" does not put anyone in.
import nlp from "compromise";
import { expect, test } from "vitest";
import { findNames } from "../../src/knowledge/draft/entities.js";
import { placedIn } from "../../src/knowledge/draft/sentences.js";
import { sideTies } from "../../src/knowledge/draft/sides.js";
import type { Entity } from "../../src/knowledge/schema.js";

const person: Entity = {
  id: "qutayba-idilbi",
  name: "Qutayba Idilbi",
  kind: "person",
  aliases: ["Idilbi"],
  description: "",
};
const turkey: Entity = { id: "turkey", name: "Turkey", kind: "country", aliases: [], description: "" };
const SYRIA = [{ id: "syria", names: "Syria|Syrian" }];

test.each([
  "minister",
  "envoy",
  "negotiator",
  "president",
  "director",
  "secretary",
  "commander",
  "spokeswoman",
])("every reader knows the post %j", (post) => {
  // The side it ties its holder to.
  const ties = sideTies(`Syria's ${post}, Qutayba Idilbi, met the envoy.`, [person], SYRIA);
  expect(ties.map((t) => [t.person.id, t.side])).toEqual([["qutayba-idilbi", "syria"]]);
  // The person an appositive after it names.
  const text = `In Paris, the ${post}, Qutayba Idilbi, said the talks went well.`;
  expect(findNames(nlp(text), text).some((n) => n.name === "Qutayba Idilbi" && n.kind === "person")).toBe(
    true,
  );
  // "the <post> to Turkey" puts no one in Turkey.
  expect(placedIn(`Idilbi, the Syrian ${post} to Turkey, spoke.`, turkey)).toBe(false);
});
