// The knowledge base's sortable dates (YYYY, YYYY-MM, YYYY-MM-DD) in words, for every place that shows one:
// answers ("reported 25 July 2025"), /who-leads, /about and kb:add's drafted statements.

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "27 May 2025" from 2025-05-27; coarser dates as far as they go ("May 2025", "2025"). */
export function formatSortable(sort: string): string {
  const [year, month, day] = sort.split("-");
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (day && name) return `${Number(day)} ${name} ${year}`;
  if (name) return `${name} ${year}`;
  return year ?? sort;
}

/** A sortable date to the day ("2025-07-24"), not only a month ("2025-07") or a year ("2025"). */
export function isDaySortable(sort: string | undefined): boolean {
  return sort?.split("-").length === 3;
}

/**
 * Orders sortable dates (1967 < 2024-12 < 2024-12-05 < 2025), an unknown one (null) first. Their characters
 * are digits and hyphens only, which sort by code point as the runtime's collation would sort them; a
 * collator (String.prototype.localeCompare) would page the runtime's ICU collation data into the process's
 * resident memory for nothing (docs/benchmarks.md, end to end).
 */
export function compareSortable(a: string | null, b: string | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
