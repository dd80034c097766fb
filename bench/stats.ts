// Percentiles of the benchmarks' samples, one definition for every bench: the nearest rank (the smallest
// sample at or above p % of them), so a median of an even count is the lower middle sample, as measured, never
// an average of two runs.

/** The nearest-rank `p`th percentile (0–100) of the samples (in any order); NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** The nearest-rank median: the lower middle sample of an even count. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
