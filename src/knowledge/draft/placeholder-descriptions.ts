// The placeholder description kb:add writes for an entity it adds, and how kb:review knows one: written and
// recognised in one module, so the wording cannot change in a writer and leave kb:review's check behind.
// The curator replaces each with one line on who or what the entity is.

/** A name the article gives: "Geneva, as named in “…” (2024-03-12)." (draft/facts.ts). */
export function namedInDescription(name: string, title: string, published: string | null): string {
  return `${name}, as named in “${title}”${published ? ` (${published})` : ""}.`;
}

/** An outlet the article's credit line names: "Le Monde, an outlet “…” credits." (draft/attributions.ts). */
export function creditedOutletDescription(name: string, title: string): string {
  return `${name}, an outlet “${title}” credits.`;
}

/** Either placeholder, whatever the name, title and date. */
const PLACEHOLDER = /, (?:as named in “[^”]*”(?: \([^)]*\))?|an outlet “[^”]*” credits)\.$/;

/** Whether a description is still kb:add's placeholder. */
export function isPlaceholderDescription(description: string): boolean {
  return PLACEHOLDER.test(description);
}
