import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { isMainModule } from "../../src/shared/main-module.js";

describe("isMainModule", () => {
  const started = process.argv[1];
  afterEach(() => {
    process.argv[1] = started as string;
  });

  test.each([
    ["/srv/bot/dist/src/knowledge/add.js", "/srv/bot/dist/src/knowledge/add.js", true],
    // a folder holding '#' or '%' (a hand-built `file://` string cut the URL at the '#')
    ["/srv/bot #2/dist/add.js", "/srv/bot #2/dist/add.js", true],
    ["/srv/100%/dist/add.js", "/srv/100%/dist/add.js", true],
    ["/srv/bot/dist/src/knowledge/add.js", "/srv/bot/dist/src/knowledge/review.js", false],
  ])("started as %s, module %s → %s", (script, module, expected) => {
    process.argv[1] = script;
    expect(isMainModule(pathToFileURL(module).href)).toBe(expected);
  });

  test("a process started with no script file runs no command", () => {
    process.argv.splice(1);
    expect(isMainModule(pathToFileURL("/srv/bot/dist/add.js").href)).toBe(false);
  });
});
