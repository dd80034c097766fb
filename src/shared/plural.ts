// A count with its noun, for what the curators' commands print ("3 facts", "1 check", "2 entities").

/** "1 fact", "2 facts"; `many` where the plural is not the noun and "s" ("entity", "entities"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
