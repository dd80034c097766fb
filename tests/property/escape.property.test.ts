// escapeText, the one function every piece of user and article text goes through before Discord renders
// it: for any text, no markup and no mention survives it.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeText } from "../../src/discord/render.js";
import { hostileText, liveMarkdown, rawMentions } from "./hostile.js";

describe("escapeText", () => {
  test("no live markdown and no mention survives, for any text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeText(text);
        expect(liveMarkdown(escaped)).toEqual([]);
        expect(rawMentions(escaped)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    "[official report](https://evil.example/phish)",
    "[x](<https://evil.example>)",
    "see [here](http://a.b) and [there](https://c.d)",
  ])("a masked link in user text stays plain text: %j", (text) => {
    expect(liveMarkdown(escapeText(text))).toEqual([]);
  });
});
