// The WordNet extracts the engine reads (compounds, kinds, members, person nouns) are files, and the engine
// does no I/O: an edge says where each one's text comes from (src/knowledge/compounds-data.ts), and the engine
// parses it once, on first use (the engine's build). Until an edge has, each reads as empty.

/** An extract whose text an edge provides and the engine parses once. */
export interface ProvidedExtract<T> {
  /** Where the text comes from; a later call replaces it, and the next read parses again. */
  provide(load: () => string): void;
  /** The parsed extract, or the empty one while nothing is provided. */
  read(): T;
}

export function providedExtract<T>(parse: (text: string) => T, empty: T): ProvidedExtract<T> {
  let loader: (() => string) | undefined;
  let parsed: T | undefined;
  return {
    provide(load) {
      loader = load;
      parsed = undefined;
    },
    read() {
      if (!loader) return empty;
      parsed ??= parse(loader());
      return parsed;
    },
  };
}
