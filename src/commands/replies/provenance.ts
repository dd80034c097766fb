// Where an article comes from, in one line: used by /about and /source.

import { formatSortable } from "../../knowledge/dates.js";
import type { Article } from "../../knowledge/types.js";

/**
 * Where an article comes from, as its article.json states it: title, outlet, date, link. What is unknown is
 * said plainly ("outlet not stated", "no link known"), never left out. Used by /about and /source.
 */
export function provenanceLine(
  a: Pick<Article, "title" | "outlet" | "published" | "reported" | "publishedNote" | "url">,
): string {
  const date = a.published
    ? formatSortable(a.published)
    : a.reported
      ? `reported as of ${formatSortable(a.reported)} (publication date not stated)`
      : (a.publishedNote ?? "date not stated");
  const parts = [`“${a.title}”`, a.outlet ?? "outlet not stated", date];
  return `${parts.join(", ")} — ${a.url ?? "no link known"}`;
}
