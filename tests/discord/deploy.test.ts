import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { registry, serverCommands } from "../../src/commands/index.js";
import { ConfigError } from "../../src/config.js";
import { deployCommands, hashFileName } from "../../src/discord/deploy.js";

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  body: unknown;
}

let server: Server;
let apiUrl: string;
const seen: Seen[] = [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (chunk: Buffer) => {
      data += chunk.toString();
    });
    req.on("end", () => resolve(data));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({
      method: req.method ?? "",
      url: req.url ?? "",
      auth: req.headers.authorization,
      body: JSON.parse(body || "null"),
    });
    res.setHeader("content-type", "application/json");
    res.end(body || "[]");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (guildId?: string) => ({
  token: "test.token.value",
  clientId: "111",
  guildId,
  apiUrl,
  restTimeoutMs: 5000,
});

describe("deployCommands", () => {
  test("PUTs to the guild route, then sends nothing while the set is unchanged", async () => {
    seen.length = 0;
    const hashDir = mkdtempSync(path.join(tmpdir(), "deploy-"));
    const first = await deployCommands({ config: config("222"), hashDir });
    expect(first.sent).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: "PUT",
      url: "/api/v10/applications/111/guilds/222/commands",
      auth: "Bot test.token.value",
    });
    // Every registered command, server-only ones included, in the registry's order.
    expect(((seen[0]?.body ?? []) as { name: string }[]).map((c) => c.name)).toEqual(
      registry.map((c) => c.data.name),
    );
    expect(serverCommands.length).toBeGreaterThan(0);
    const stored = JSON.parse(readFileSync(path.join(hashDir, hashFileName("111", "222")), "utf8"));
    expect(stored.hash).toBe(first.hash);

    const second = await deployCommands({ config: config("222"), hashDir });
    expect(second.sent).toBe(false);
    expect(seen).toHaveLength(1);

    const forced = await deployCommands({ config: config("222"), hashDir, force: true });
    expect(forced.sent).toBe(true);
    expect(seen).toHaveLength(2);
  });

  test("a changed command set is sent again; global and guild are tracked apart", async () => {
    seen.length = 0;
    const hashDir = mkdtempSync(path.join(tmpdir(), "deploy-"));
    await deployCommands({ config: config(), hashDir, body: [{ name: "a", description: "a" }] });
    await deployCommands({ config: config(), hashDir, body: [{ name: "a", description: "a" }] });
    await deployCommands({ config: config(), hashDir, body: [{ name: "a", description: "changed" }] });
    await deployCommands({ config: config("333"), hashDir, body: [{ name: "a", description: "changed" }] });
    expect(seen.map((s) => s.url)).toEqual([
      "/api/v10/applications/111/commands",
      "/api/v10/applications/111/commands",
      "/api/v10/applications/111/guilds/333/commands",
    ]);
  });

  test.each([
    [{ token: undefined }, "DISCORD_TOKEN"],
    [{ clientId: undefined }, "DISCORD_CLIENT_ID"],
  ])("missing %j names %s", async (override, variable) => {
    const error = await deployCommands({ config: { ...config(), ...override } }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable)).toContain(variable);
  });
});
