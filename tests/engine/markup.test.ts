// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import { withoutMarkup } from "../../src/engine/markup.js";

describe("withoutMarkup", () => {
  test.each([
    // a picture ends what came before it; a flag may stand for a word
    ["good morning all ☕ so what are the talks about", "good morning all\nso what are the talks about"],
    ["settle a debate 😅😅 how many sources", "settle a debate\nhow many sources"],
    ["is the 🇺🇸 involved", "is the involved"],
    ["heyy who is repping the north? 🇮🇱", "heyy who is repping the north?"],
    ["<@123456> who leads <:pepe:998877> :flag_il:", "who leads"],
    ["**who** leads ||the talks||? see https://example.com/a", "who leads the talks? see"],
    ["> quoted line\nwho met there? 👍🏽", "quoted line\nwho met there?"],
    ["what happened on 12 july #2", "what happened on 12 july #2"], // digits and # are words, not emoji
  ])("%s", (text, plain) => {
    expect(withoutMarkup(text)).toBe(plain);
  });
});
