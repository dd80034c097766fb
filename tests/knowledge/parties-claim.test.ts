// Who took part in an act a sentence opens with ("Fighting broke out … between A and B after …") is a claim of
// its own: the clause up to the two parties, asked as "who was fighting / who fought in PLACE?" (an irregular
// past from compromise). No example is from the shipped story.
import { expect, test } from "vitest";
import { partiesClause, partiesQuestions } from "../../src/knowledge/draft/parties-claim.js";

test.each<[string, string | null]>([
  [
    "Fighting broke out there on 3 May between clan militias and cattle herders after a cycle of raids, and troops were sent in.",
    "Fighting broke out there on 3 May between clan militias and cattle herders",
  ],
  [
    "Shelling resumed between rebel units and the army, officials said.",
    "Shelling resumed between rebel units and the army",
  ],
  // "between the two armies" names no two parties.
  ["Shelling resumed between the two armies, officials said.", null],
  // The parties end the sentence: its own fact is the claim; a clause opened after a comma is no opening one.
  ["Fighting broke out between clan militias and cattle herders.", null],
  ["The agency acknowledged, for the first time, talks between Chile and Peru after years of silence.", null],
])("partiesClause(%j)", (sentence, clause) => {
  expect(partiesClause(sentence)).toBe(clause);
});

test.each<[string, string | null, string[]]>([
  [
    "Fighting broke out on 3 May between A and B",
    "Kivu",
    ["Who was fighting in Kivu?", "Who fought in Kivu?"],
  ],
  ["Fighting erupted between A and B", null, ["Who was fighting?", "Who fought?"]],
  // A subject that names no act a verb has: no ask.
  ["Talks took place between A and B", "Lima", []],
  // An -ing word that is no verb's gerund, or a preposition ("Following clashes …"): no ask.
  ["Following clashes between A and B", null, []],
  ["During talks between A and B", null, []],
  ["Morning raids between A and B", null, []],
  ["Beijing brokered talks between A and B", null, []],
])("partiesQuestions(%j, %j)", (clause, place, asked) => {
  expect(partiesQuestions(clause, place)).toEqual(asked);
});
