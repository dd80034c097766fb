import { expect, test } from "vitest";
import { messageOf } from "../../src/shared/message-of.js";

test.each<[string, unknown, string]>([
  ["an Error", new Error("disk full"), "disk full"],
  ["an Error's subclass", new TypeError("not a function"), "not a function"],
  ["a thrown string", "plain text", "plain text"],
  ["a thrown number", 42, "42"],
  ["undefined", undefined, "undefined"],
])("messageOf(%s)", (_case, thrown, expected) => {
  expect(messageOf(thrown)).toBe(expected);
});
