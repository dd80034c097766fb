// Small text helpers shared by the reply builder and the renderers.

/** Cuts `text` to at most `max` UTF-16 units, ending with "…", never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return "";
  if (text.length <= max) return text;
  if (max === 1) return "…";
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // high surrogate without its low half
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Collapses runs of whitespace (including newlines) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "[1]", "[1, 3]" or "" for citation markers. */
export function markers(numbers: readonly number[]): string {
  return numbers.length === 0 ? "" : `[${numbers.join(", ")}]`;
}
