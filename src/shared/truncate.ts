// Truncation, in one place, for every front end and the engine. Measured in UTF-16 units and cut between
// graphemes: a text within `max` UTF-16 units is also within `max` code points, so it fits Discord's limits
// however Discord counts, and the property tests' `.length` checks hold for any input (emoji included).

/** Made on first cut: building it loads ICU's break rules (docs/engine.md, figures), which start-up need not wait for. */
let graphemes: Intl.Segmenter | undefined;
/** How far before a cut grapheme boundaries are looked for; a longer cluster (zalgo text) is cut inside. */
const CUT_WINDOW = 64;

/**
 * The longest prefix of `text` within `max` UTF-16 units that ends between two graphemes: never half of a
 * surrogate pair, an emoji sequence, a flag or a letter with its accents. Within `max` UTF-16 units is
 * also within `max` code points, however Discord counts.
 */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  const from = Math.max(0, max - CUT_WINDOW);
  let end = from;
  // Segments past the cut too: a boundary is only known with what follows it.
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { index } of graphemes.segment(text.slice(from, max + CUT_WINDOW))) {
    if (from + index > max) break;
    end = from + index;
  }
  return text.slice(0, end);
}

/** Cuts `text` to at most `max` UTF-16 units, ending with "…", never splitting a grapheme. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return "";
  if (text.length <= max) return text;
  if (max === 1) return "…";
  return `${cutAt(text, max - 1).trimEnd()}…`;
}
