import { describe, expect, test } from "vitest";
import { serialiseWordTable, WordTable } from "../../src/engine/word-table.js";

describe("WordTable", () => {
  const table = new WordTable(
    serialiseWordTable({
      common: ["border", "bill", "expel", "zebra", "café"],
      proper: ["bill", "qatar"],
      verbs: ["expel"],
      spoken: new Map([
        ["border", 812],
        ["bill", -2042],
        ["troops", 390],
      ]),
    }),
  );

  test.each([
    ["border", true, false, false, 812],
    ["bill", true, true, false, -2042], // a word and a name
    ["qatar", false, true, false, undefined],
    ["expel", true, false, true, undefined],
    ["troops", false, false, false, 390], // only spoken: an inflection
    ["café", true, false, false, undefined],
    ["zebra", true, false, false, undefined], // the last word
    ["bord", false, false, false, undefined], // a prefix of a word is no word
    ["borders", false, false, false, undefined],
    ["", false, false, false, undefined],
  ])("%s: common %s, name %s, verb %s, spoken %s", (word, common, proper, verb, spoken) => {
    expect(table.common.has(word)).toBe(common);
    expect(table.proper.has(word)).toBe(proper);
    expect(table.verbs.has(word)).toBe(verb);
    expect(table.spoken(word)).toBe(spoken);
  });

  test("refuses a text that is not a word table", () => {
    expect(() => new WordTable("border\t1\t0\n")).toThrow(/word-table/);
  });
});
