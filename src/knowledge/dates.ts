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
