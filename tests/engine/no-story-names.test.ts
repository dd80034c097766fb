// One engine for any story: the engine, kb:add's drafting and the shared helpers name none of the shipped
// story's people, places, groups or events, in code or in comments (examples there use other stories), so a
// base about another story needs no code change and reads no example fitted to this one.
import { expect, test } from "vitest";
import { escapeRegExp } from "../../src/engine/regexp.js";
import { readSource, sourceFiles } from "../support/source-files.js";

const DIRS = ["src/engine", "src/knowledge/draft", "src/shared"];
/** World names and common phrases any story may use (the engine reads "US" and "Washington" as a party). */
const GENERAL = new Set(
  [
    "United States",
    "US",
    "U.S.",
    "USA",
    "America",
    "Washington",
    "Middle East",
    "Reuters",
    "Foreign Ministry",
    "interim government",
    "interim president",
  ].map((n) => n.toLowerCase()),
);

const entities = (
  JSON.parse(readSource("src/knowledge/entities.json")) as {
    entities: Array<{ name: string; aliases: string[] }>;
  }
).entities;
/** People of the story's world the base does not list, whom an example might still name. */
const STORY_WORLD_NAMES = ["Lapid"];
const storyNames = [
  ...new Set([...entities.flatMap((e) => [e.name, ...e.aliases]), ...STORY_WORLD_NAMES]),
].filter((n) => !GENERAL.has(n.toLowerCase()));
const files = DIRS.flatMap((dir) => sourceFiles(dir));

test.each(files)("%s names none of the shipped story's entities", (file) => {
  const text = readSource(file);
  const named = storyNames.filter((n) =>
    new RegExp(`(?<![\\w-])${escapeRegExp(n)}(?![\\w-])`, "i").test(text),
  );
  expect(named).toEqual([]);
});

test("the shipped story's names are looked for", () => {
  expect(storyNames).toEqual(expect.arrayContaining(["Golan Heights", "al-Sharaa", "Israeli", "Syria"]));
});
