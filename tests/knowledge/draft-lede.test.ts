// Where the event an article's headline tells is held (src/knowledge/draft/lede.ts): a place named as the
// event's name ("the Geneva summit") places it as "in Geneva" does.
import { expect, test } from "vitest";
import { spellingIndex } from "../../src/knowledge/draft/entities.js";
import { namingEvent } from "../../src/knowledge/draft/lede.js";
import type { Entity } from "../../src/knowledge/schema.js";

const place = (name: string, aliases: string[] = []): Entity => ({
  id: name.toLowerCase(),
  name,
  kind: "place",
  aliases,
  description: name,
});
const INDEX = spellingIndex([
  place("Geneva"),
  place("Oslo"),
  place("Vienna"),
  { id: "norway", name: "Norway", kind: "country", aliases: ["Norwegian"], description: "Norway" },
]);

test.each<[string, string[]]>([
  ["Ministers confirm Geneva talks on water rights", ["geneva"]],
  ["Oslo summit ends without a deal", ["oslo"]],
  ["Negotiators return for a second Vienna round", ["vienna"]],
  // A place that is not the event's name places nothing here ("in Geneva" is placedIn's).
  ["Ministers from Oslo and Geneva disagree on water rights", []],
  // A country before the event's noun is a party, not a place ("Norwegian talks").
  ["Norway talks resume", []],
])("namingEvent(%j) → %j", (title, expected) => {
  expect(namingEvent(title, INDEX).map((e) => e.id)).toEqual(expected);
});
