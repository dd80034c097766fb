import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { createLogger } from "../../src/log.js";

describe("logger", () => {
  test("the token never reaches a log line, in fields, messages or errors", () => {
    const token = "MTIzNDU2Nzg5.secret-token-value";
    const stream = new PassThrough();
    let out = "";
    stream.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const log = createLogger({ level: "info", secrets: [token], destination: stream, pretty: false });
    log.info({ token, config: { token }, headers: { authorization: `Bot ${token}` } }, "fields");
    log.info(`message with ${token}`);
    log.error({ err: new Error(`request failed for ${token}`) }, "error");
    expect(out).toContain("fields");
    expect(out).not.toContain(token);
  });
});
