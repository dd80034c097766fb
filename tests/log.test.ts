import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { createLogger, scrubLine } from "../src/log.js";

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

describe("redaction of interaction tokens, webhook URLs and request bodies", () => {
  const interactionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODk";
  const webhookToken = "Zx8-webhook_TOKEN.value";
  const question = "who leads? my private question";

  function capture(level: "trace" | "info" = "trace") {
    const stream = new PassThrough();
    let out = "";
    stream.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    return { log: createLogger({ level, destination: stream, pretty: false }), out: () => out };
  }

  test.each([
    [
      "an interaction callback URL",
      `https://discord.com/api/v10/interactions/123/${interactionToken}/callback`,
    ],
    ["a follow-up URL", `https://discord.com/api/v10/webhooks/456/${interactionToken}/messages/@original`],
    ["a webhook URL", `https://discord.com/api/webhooks/456/${webhookToken}`],
    ["a relative path", `/interactions/123/${interactionToken}/callback?with_response=true`],
  ])("%s is scrubbed from messages, fields and errors at every level", (_name, url) => {
    const { log, out } = capture();
    const err = Object.assign(new Error(`request to ${url} failed`), {
      url,
      requestBody: { files: undefined, json: { content: question } },
    });
    log.trace(`tracing ${url}`);
    log.debug({ url }, "debug");
    log.info({ nested: { deeper: { url } } }, "info");
    log.warn({ err }, "could not send the apology");
    log.error({ error: err, reason: err }, "command failed");
    log.fatal({ interaction: { id: "123", token: interactionToken } }, "fatal");
    const text = out();
    expect(text.split("\n").filter(Boolean)).toHaveLength(6);
    expect(text).not.toContain(interactionToken);
    expect(text).not.toContain(webhookToken);
    expect(text).not.toContain(question);
    expect(text).toContain("[redacted]");
  });

  test("ids and the rest of the URL stay readable", () => {
    expect(scrubLine(`"url":"https://x/api/v10/interactions/123/${interactionToken}/callback"`)).toBe(
      '"url":"https://x/api/v10/interactions/123/[redacted]/callback"',
    );
    expect(scrubLine('"path":"/channels/1/messages"')).toBe('"path":"/channels/1/messages"');
  });
});
