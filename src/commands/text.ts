// Small text helpers shared by the reply builder and the renderers.

/** Collapses runs of whitespace (including newlines) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "[1]", "[1, 3]" or "" for citation markers. */
export function markers(numbers: readonly number[]): string {
  return numbers.length === 0 ? "" : `[${numbers.join(", ")}]`;
}
