import { expect, test } from "vitest";
import { providedExtract } from "../../src/engine/provided-extract.js";

const lines = (text: string) => text.split("\n");

test("reads as the empty extract until an edge provides the text", () => {
  const extract = providedExtract(lines, ["(none)"]);
  expect(extract.read()).toEqual(["(none)"]);
});

test("parses the provided text once, on first read, and not before", () => {
  let loads = 0;
  const extract = providedExtract(lines, []);
  extract.provide(() => {
    loads++;
    return "a\nb";
  });
  expect(loads).toBe(0);
  expect(extract.read()).toEqual(["a", "b"]);
  expect(extract.read()).toBe(extract.read());
  expect(loads).toBe(1);
});

test("a later provide replaces the text, and the next read parses it", () => {
  const extract = providedExtract(lines, []);
  extract.provide(() => "old");
  expect(extract.read()).toEqual(["old"]);
  extract.provide(() => "new\ntext");
  expect(extract.read()).toEqual(["new", "text"]);
});
