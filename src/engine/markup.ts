// Discord markup taken out of a question before it is read. Pure string work; no story wording.

/**
 * Discord markup and pictures that carry no words: custom emoji (`<:name:id>`), mentions of members, roles
 * and channels, timestamps, `:shortcodes:`, links, emoji (☕, 🇮🇱, 👍🏽), spoiler bars, bold and code marks, and
 * quote marks at a line's start. Left in, they split no clause ("good morning ☕ so what …") and their
 * words ("flag", an id) weigh like words the story lacks.
 */
export function withoutMarkup(text: string): string {
  return (
    text
      .replace(/<a?:\w+:\d+>|<(?:@[!&]?|#)\d+>|<t:\d+(?::\w)?>/g, " ")
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/(^|\s):[\w+-]+:(?=\s|$|[?!.,])/g, "$1 ")
      // A face or a picture ends what came before it ("settle a debate for us 😅 how many …"); a flag may
      // stand for a word ("the 🇺🇸 role"), so it only leaves a space.
      .replace(/(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|\u{20E3})+/gu, "\n")
      .replace(/\p{Regional_Indicator}/gu, " ")
      .replace(/\|\||\*\*?|__|~~|`+/g, "")
      .replace(/^\s*>+\s?/gm, "")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n[\s]*/g, "\n")
      .trim()
  );
}
