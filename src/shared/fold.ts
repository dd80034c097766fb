// Text folding, in one place: how two spellings of the same words are made equal. foldText is the base
// (the engine's index and questions meet on it); the others fold further for what they compare.

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i",
  İ: "I",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
  œ: "oe",
  Œ: "OE",
};

/** Case, diacritics (ı → i, é → e), curly quotes and dashes folded; the text is otherwise kept. */
export function foldText(text: string): string {
  return text
    .replace(/[ıİßæÆøØđĐłŁœŒ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .toLowerCase();
}

/**
 * Normal form for comparing names and aliases: foldText, then apostrophes dropped and hyphens, underscores
 * and spaces made one space, so "al-Ma'ari", "Al Ma'ari" and "al‑Ma’ari" are one alias.
 */
export function normaliseAlias(value: string): string {
  return foldText(value)
    .replace(/['ʼ]/g, "")
    .replace(/[-_\s]+/g, " ")
    .trim();
}

/** Words for matching typed text against facts (autocomplete): foldText, anything but a-z and 0-9 a space. */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
