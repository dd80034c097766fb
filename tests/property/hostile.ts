/**
 * Hostile text for property tests and the end-to-end sample: random unicode, zero-width and bidi controls,
 * Arabic and Hebrew, markdown and code blocks, every kind of mention, URLs (masked links too), and
 * messages up to Discord's 4000 characters. Plus the checks every reply must pass.
 */
import fc from "fast-check";

export const PIECES = [
  "@everyone",
  "@here",
  "@EVERYONE",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&987654321098765432>",
  "<#555555555555555555>",
  "</ask:1234567890>",
  "<:custom:1234567890>",
  "<t:1715000000:R>",
  "**bold**",
  "__underline__",
  "~~strike~~",
  "||spoiler||",
  "`inline`",
  "```js\nconsole.log(1)\n```",
  "```",
  "# heading",
  "-# subtext",
  "> quote",
  "- item",
  "1. item",
  "[official report](https://evil.example/phish)",
  "[x](<https://evil.example>)",
  "https://example.com/a_b*c~~d||e",
  "http://x.y/@everyone",
  "<https://example.org>",
  "\\",
  "\\*",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\ufeff",
  "من يقود الجانب السوري في المحادثات؟",
  "الدالاتي",
  "מי מוביל את הצד הישראלי?",
  "רמת הגולן",
  "🇸🇾🇮🇱",
  "👨‍👩‍👧‍👦",
  "Ragıp Soylu",
  "Who leads Syria's side?",
  "When did the talks take place?",
  "al-Dalati",
  "Quneitra",
  "?",
  " ",
  "\n",
  "\t",
] as const;

/** Pieces glued together: the mixes attackers and confused users actually send. */
const mixed = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((p) => p.join(""));

/** Up to Discord's 4000 characters (Nitro), built from a repeated mix. */
const long = fc
  .tuple(mixed, fc.integer({ min: 1000, max: 4000 }))
  .map(([base, size]) => base.repeat(Math.ceil(size / Math.max(1, base.length))).slice(0, size));

/** Any text at all, including lone surrogates a broken client might send. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: mixed },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: long },
  {
    weight: 1,
    arbitrary: fc.tuple(mixed, fc.string({ unit: "grapheme", maxLength: 50 }), mixed).map((p) => p.join(" ")),
  },
);

const LINK = /<https?:\/\/[^\s<>]+>/g;

/**
 * Text that would ping or render as a mention: @everyone/@here, <@id>, <@!id>, <@&role>, <#channel>,
 * </command:id>, <:emoji:id>. URLs wrapped in <…> are links, where Discord renders no mention: left out.
 */
export function rawMentions(text: string): string[] {
  return [...text.replace(LINK, " ").matchAll(/@(?:everyone|here)|<(?:@[!&]?|#|\/|:)[^\s>]*>?/gi)].map(
    (m) => m[0],
  );
}

/**
 * Markdown in user text that would still render: outside <url> links and after dropping backslash escapes,
 * any `*`, `_`, backtick, `~~`, `||` left is live markup (single `~` and `|` are inert), and so is a `[`
 * with a "](" after it (a masked link; Discord's link pattern ignores a backslash before the `]`).
 */
export function liveMarkdown(text: string): string[] {
  // An autolink <https://…> is taken whole, before any markup inside it or escape before its ">".
  const unescaped = text.replace(LINK, " ").replace(/\\[\s\S]/g, "");
  // A masked link starts at an unescaped `[` outside any autolink and needs a "](" anywhere after it, in
  // an autolink too: "[x (<https://)](https://evil)>" renders as a link (the `[` is parsed first).
  const spans = [...text.matchAll(LINK)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const links: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "[" && !spans.some(([a, b]) => i >= a && i < b) && text.includes("](", i))
      links.push("masked link");
  }
  return [...[...unescaped.matchAll(/[*_`]|~~|\|\|/g)].map((m) => m[0]), ...links];
}
