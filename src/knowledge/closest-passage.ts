// When a quote is not verbatim in its article: the passage the editor most likely meant, and why it missed.

/** Sentences and lines of the article, the candidates for "closest passage". */
function passages(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    // Bullets and 📌 markers are not part of what an editor quotes.
    const trimmed = line.replace(/^\s*(?:[-•]\s+|\p{Extended_Pictographic}\s*)/u, "").trim();
    if (!trimmed) continue;
    out.push(trimmed);
    for (const sentence of trimmed.split(/(?<=[.!?…”])\s+/)) if (sentence !== trimmed) out.push(sentence);
  }
  return out;
}

function bigrams(value: string): Map<string, number> {
  const s = value.toLowerCase().replace(/\s+/g, " ");
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity over character bigrams: cheap and good enough to point an editor at the right sentence. */
function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

export function closestPassage(text: string, quote: string): string {
  let best = "";
  let bestScore = -1;
  for (const candidate of passages(text)) {
    const score = similarity(quote, candidate);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best.length > 160 ? `${best.slice(0, 157)}…` : best;
}

/** Why a near-miss failed, when it is one of the usual typing slips. */
export function hint(text: string, quote: string): string {
  const straight = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  if (text.includes(straight(quote)) || straight(text).includes(straight(quote))) {
    return "; check straight versus curly quotes/apostrophes (the text uses ’ “ ”)";
  }
  if (/^\s|\s$/.test(quote)) return "; the quote has leading or trailing spaces";
  if (quote.startsWith("- ") && text.includes(quote.slice(2)))
    return '; quote bullet lines without the leading "- "';
  return "";
}
