import { describe, expect, test } from "vitest";
import {
  START_ANSWER_TIMEOUT_MAX_MS,
  startAnswerTimeoutMs,
  unreachableMessage,
} from "../../src/discord/reach.js";

const URL = "http://127.0.0.1:4000/api/v10/gateway/bot";
const withCode = (code: string) => Object.assign(new Error("x"), { code });
const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });
const named = (name: string) => Object.assign(new Error("The operation was aborted"), { name });

describe("unreachableMessage", () => {
  test.each([
    ["refused (undici request)", withCode("ECONNREFUSED"), /connection refused .*\(ECONNREFUSED\)/],
    ["refused (fetch)", fetchFailed(withCode("ECONNREFUSED")), /connection refused/],
    ["unknown host", fetchFailed(withCode("ENOTFOUND")), /host not found/],
    ["an address fetch will not use", fetchFailed(new Error("bad port")), /: bad port\./],
    ["silent (fetch timeout)", named("TimeoutError"), /no answer within 15 s .*DISCORD_REST_TIMEOUT_MS/],
    ["silent (discord.js abort)", named("AbortError"), /no answer within 15 s/],
    ["another network code", withCode("EPIPE"), /network error \(EPIPE\)/],
  ])("%s: names the address and DISCORD_API_URL", (_, error, reason) => {
    const message = unreachableMessage(URL, error, 15_000);
    expect(message).toMatch(reason);
    expect(message).toContain(`Could not reach Discord at ${URL}:`);
    expect(message).toMatch(/Check DISCORD_API_URL and the network\.$/);
  });

  test.each([
    ["an HTTP error", Object.assign(new Error("Unknown Application"), { status: 404, code: 10002 })],
    ["a bug", new RangeError("oops")],
  ])("%s is not a network failure", (_, error) => {
    expect(unreachableMessage(URL, error, 15_000)).toBeUndefined();
  });
});

test.each([
  [15_000, 15_000],
  [2_000, 2_000],
  [60_000, START_ANSWER_TIMEOUT_MAX_MS],
])(
  "a silent server is given up on after min(DISCORD_REST_TIMEOUT_MS=%i, cap) = %i ms, under 30 s",
  (rest, expected) => {
    expect(startAnswerTimeoutMs(rest)).toBe(expected);
    expect(expected).toBeLessThan(30_000);
  },
);
