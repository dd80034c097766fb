// One escape for literal text put into a RegExp (names, aliases, spellings), shared by the engine and kb:add.

/** `text` with every character RegExp reads as syntax escaped, so it matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
