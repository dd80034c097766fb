// Where each fact of a facts.json starts, by line: kb:review prints `…/facts.json:LINE` on each draft's block,
// so a curator's editor or terminal opens the file there (the second curator trial searched a 748-line
// facts.json by id for every draft it edited). Pure: the file's text in, lines out.

/** A fact's `"id"` line as kb:add and Biome write it: the first key of an object in the `facts` list. */
const ID_LINE = /^\s*"id":\s*"((?:[^"\\]|\\.)*)"/;

/** Each fact id's 1-based line (of its `"id"` key) in the text of a facts.json; the first when repeated. */
export function factLines(factsText: string): Map<string, number> {
  const lines = new Map<string, number>();
  factsText.split("\n").forEach((line, index) => {
    const id = ID_LINE.exec(line)?.[1];
    if (id !== undefined && !lines.has(id)) lines.set(id, index + 1);
  });
  return lines;
}
