import { describe, expect, test } from "vitest";
import { allMatches, compiledRegExp } from "../../src/engine/regexp.js";

const summary = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

describe("allMatches", () => {
  test.each([
    [
      "\\bthe\\s+(?:[\\p{L}\\d]+\\s+){0,2}?Oslo\\s+([\\p{L}-]+)",
      "giu",
      "the Oslo talks and the new OSLO round",
    ],
    ["\\b(?:in|at)\\s+(?:the\\s+)?(Lima|Oslo)\\b", "gi", "met in Lima, then at the Oslo hotel, then in Oslo"],
    ["x*", "g", "axxb"],
    ["(?:)", "gu", "a😀b"],
    ["nothing", "gi", "no match here"],
  ])("%s /%s on %j: what matchAll gives", (source, flags, text) => {
    expect(summary(allMatches(new RegExp(source, flags), text))).toEqual(
      summary(text.matchAll(new RegExp(source, flags))),
    );
  });

  test("a pattern searched before starts again from the beginning", () => {
    const pattern = compiledRegExp("o", "g");
    pattern.exec("foo");
    expect(allMatches(pattern, "oxo").map((m) => m.index)).toEqual([0, 2]);
    expect(pattern.lastIndex).toBe(0);
  });
});

describe("compiledRegExp", () => {
  test("the same source and flags give the same pattern; other flags another", () => {
    expect(compiledRegExp("a+b", "i")).toBe(compiledRegExp("a+b", "i"));
    expect(compiledRegExp("a+b", "gi")).not.toBe(compiledRegExp("a+b", "i"));
    expect(compiledRegExp("a+b", "gi").flags).toBe("gi");
  });
});
