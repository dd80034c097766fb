// "A CABINET MEMBER": a group's member named by the group is read as the member WordNet gives that group
// (its member holonym), a lemma the base has, else the head it is a kind of ("cabinet minister" →
// "minister"); left as typed when the base has none or writes the words itself (wordnet-members.ts).
import { describe, expect, test } from "vitest";
import { parseMembers, readMembers, wordnetMembers } from "../../src/engine/wordnet-members.js";
import { stubReading } from "./compound-reading-stub.js";
import "../../src/knowledge/compounds-data.js";
import { followupEngine } from "./followup-engine.js";
import { textOf } from "./parts.js";

const groups = parseMembers(
  [
    "cabinet\tcabinet_minister\tminister",
    "council\tcouncil_member;councillor\tmember",
    "jury\tjuror;juryman;jurywoman\t",
    "security_force\twatchman;watcher;security_guard\tguard",
  ].join("\n"),
);
/** A base that says "minister" (often), "juror" and "juryman" (once each) and writes "jury member" itself. */
const baseWords = new Map([
  ["minister", 6],
  ["juror", 1],
  ["juryman", 1],
  ["member", 4],
]);
const written = [" jury member "];
const reading = stubReading(baseWords, written);

describe("readMembers", () => {
  test.each([
    // the member's lemma the base lacks, so the head it is a kind of
    ["which israeli cabinet member met them", "which israeli minister met them"],
    ["the cabinet members", "the minister"],
    // a security force's member: the base has neither a lemma nor the head
    ["a security force member", "a security force member"],
    // the head is the typed "member" again, and no lemma is had: as typed
    ["a council member", "a council member"],
    // the sources write the words themselves
    ["a jury member", "a jury member"],
    // a group WordNet gives no one kind of member, or no "member" after it
    ["a crew member", "a crew member"],
    ["the cabinet met", "the cabinet met"],
    ["member of the cabinet", "member of the cabinet"],
  ])("%j → %j", (text, expected) => {
    expect(readMembers(text.split(" "), groups, reading).join(" ")).toBe(expected);
  });

  test("the commoner in the base of two lemmas it has", () => {
    const unwritten = { ...reading, writesItself: () => false };
    expect(readMembers(["jury", "member"], groups, unwritten)).toEqual(["juror"]);
  });

  test("no extract reads nothing", () => {
    expect(readMembers(["cabinet", "member"], new Map(), reading)).toEqual(["cabinet", "member"]);
  });
});

describe("the shipped extract (wordnet/members.tsv)", () => {
  test.each([
    ["cabinet", [["cabinet_minister"], ["minister"]]],
    ["jury", [["juror", "juryman", "jurywoman"], []]],
    // several kinds of member (copilot, crewman, submariner …), or a name
    ["crew", undefined],
    ["British_Cabinet", undefined],
  ])("%s → %j", (group, expected) => {
    expect(wordnetMembers().get(group)).toEqual(expected);
  });
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test("“which Israeli cabinet member” is asked as a minister, and Dermer answers", () => {
    const question = "which israeli cabinet member represented israel in paris in july?";
    const asked = engine.analyse(question).terms.map((t) => t.word);
    expect(asked).toContain("minister");
    expect(asked).not.toContain("cabinet");
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(textOf(answer)).toContain("Dermer");
  });
});
