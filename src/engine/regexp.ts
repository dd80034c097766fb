// One escape for literal text put into a RegExp (names, aliases, spellings), shared by the engine and kb:add,
// and the patterns built from such text kept once compiled.
import { BoundedMemo } from "../shared/bounded-memo.js";

/** `text` with every character RegExp reads as syntax escaped, so it matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Patterns built from a question's own words that are kept compiled: a few hundred questions' worth. */
const COMPILED_LIMIT = 2_048;
const compiled = new BoundedMemo<string, RegExp>(COMPILED_LIMIT);

/**
 * `new RegExp(source, flags)`, compiled once per process for each source and flags (bounded). A pattern with a
 * Unicode class under the `iu` flags ("[\p{L}-]+" beside a name) takes a millisecond or more to compile, more
 * than a whole question's reading, and V8's own cache of compiled patterns does not outlast its garbage
 * collections. Use it with `exec` through `allMatches`, or with `test`, `match` and `replace`, which never
 * depend on where a previous search left `lastIndex` (with the `g` flag, `match` and `replace` start from 0);
 * not `matchAll`, which searches with a copy of the pattern, compiled again when V8's cache lacks it.
 */
export function compiledRegExp(source: string, flags: string): RegExp {
  return compiled.get(`${flags}/${source}`, () => new RegExp(source, flags));
}

/** What `[...text.matchAll(pattern)]` gives for a pattern with the `g` flag, searched with the pattern itself. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character (a code point under the `u` flag), as matchAll does.
    if (match[0] === "") {
      const at = pattern.lastIndex;
      const wide = pattern.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return found;
}
