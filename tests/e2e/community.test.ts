// Issue 10 end to end: the shipped bot (`node dist/src/main.js`) against the Discord stand-in, with a real
// SQLite file in its own DATA_DIR: /settings with and without Manage Server, a Q&A channel added at run
// time, 👍/👎 presses counted once and shown by kb:gaps (a child process), logging off, settings and votes
// across a restart, SIGHUP and /kb reload with a good and a broken base, and the deployed command payload.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type DiscordStandIn,
  MEMBER_PERMISSIONS,
  type PersonSpec,
  type RecordedRequest,
  snowflake,
  startDiscordStandIn,
} from "../support/discord-stand-in.js";
import {
  asRecord,
  type BotProcess,
  DEPLOY,
  makeToken,
  messageOf,
  messageProblems,
  person,
  ROOT,
  sleep,
  startBot,
  until,
  visibleText,
  within,
} from "./harness.js";

const EPHEMERAL = 64;
const GAPS = path.join(ROOT, "dist/src/cli/gaps.js");
const FACTS = "articles/israel-syria-direct-talks/facts.json";

let s: DiscordStandIn;
let bot: BotProcess;
let guildId: string;
let qaChannelId: string;
let runtimeChannelId: string;
let applicationId: string;
let token: string;
const dataDir = mkdtempSync(path.join(tmpdir(), "community-data-"));
const knowledgeDir = mkdtempSync(path.join(tmpdir(), "community-kb-"));
const admin = person("admin");
const manager = person("manager");

function env(): Record<string, string> {
  return {
    DISCORD_TOKEN: token,
    DISCORD_API_URL: s.apiUrl,
    DISCORD_CLIENT_ID: applicationId,
    QA_CHANNEL_IDS: qaChannelId,
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: knowledgeDir,
  };
}

async function startAndWait(): Promise<void> {
  const identifies = s.gatewayEvents.filter((e) => e.type === "identify").length;
  bot = startBot(env());
  await within(
    Promise.race([
      s.waitForIdentify(identifies + 1, 20_000).then(() => s.waitForReady(20_000)),
      bot.exited.then((code) => {
        throw new Error(`the bot exited with ${code} before READY:\n${bot.stderr()}`);
      }),
    ]),
    21_000,
    "the bot to connect",
  );
}

beforeAll(async () => {
  cpSync(path.join(ROOT, "src/knowledge"), knowledgeDir, { recursive: true });
  guildId = snowflake();
  qaChannelId = snowflake();
  runtimeChannelId = snowflake();
  applicationId = snowflake();
  ({ token } = makeToken(applicationId));
  s = await startDiscordStandIn({
    token,
    applicationId,
    guilds: [
      {
        id: guildId,
        name: "Community",
        channels: [
          { id: qaChannelId, name: "qa" },
          { id: runtimeChannelId, name: "questions" },
        ],
      },
    ],
  });
  // The command set as deployed (options typed as registered), like a real server.
  await deploy({ GUILD_ID: guildId });
  await startAndWait();
}, 60_000);

afterAll(async () => {
  const code = await bot?.stop();
  await s?.close();
  expect(code).toBe(0);
});

function deploy(extra: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [DEPLOY, "--force"],
      {
        cwd: mkdtempSync(path.join(tmpdir(), "deploy-")),
        env: { PATH: process.env.PATH ?? "", ...env(), GUILD_ID: "", ...extra },
        timeout: 20_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

function gaps(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [GAPS, ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir }, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface GapsJson {
  unanswered: { question: string; count: number; lastAsked: string; nearestFact: string | null }[];
  disliked: { question: string; factIds: string[]; count: number }[];
}

/** kb:gaps --json, polled until `holds` (writes are committed ~50 ms after the reply), bounded. */
async function gapsJson(holds: (g: GapsJson) => boolean = () => true): Promise<GapsJson> {
  let last: GapsJson | undefined;
  for (let i = 0; i < 40; i++) {
    const out = await gaps("--json");
    expect(out.code, out.stderr).toBe(0);
    last = JSON.parse(out.stdout) as GapsJson;
    if (holds(last)) return last;
    await sleep(100);
  }
  return last as GapsJson;
}

async function command(
  name: string,
  options:
    | Record<string, string | number | boolean>
    | Parameters<DiscordStandIn["sendInteraction"]>[0]["options"],
  extra: { user?: PersonSpec; permissions?: string; channelId?: string } = {},
): Promise<{ message: Record<string, unknown>; id: string; request: RecordedRequest }> {
  const sent = s.sendInteraction({ kind: "command", name, options, user: extra.user ?? person(), ...extra });
  const request = await sent.reply;
  expect(request.status, JSON.stringify(request.response)).toBeLessThan(300);
  const message = messageOf(request);
  expect(messageProblems(message, "interaction")).toEqual([]);
  return { message, id: sent.id, request };
}

const sub = (
  group: string | null,
  name: string,
  options: { name: string; type: number; value: string }[] = [],
) =>
  group ? [{ name: group, type: 2, options: [{ name, type: 1, options }] }] : [{ name, type: 1, options }];
const channelOpt = (id: string) => [{ name: "channel", type: 7, value: id }];

function settings(
  group: string | null,
  name: string,
  opts: { name: string; type: number; value: string }[],
  permissions: string,
) {
  return command("settings", sub(group, name, opts), { user: manager, permissions });
}

const flags = (m: Record<string, unknown>) => (typeof m.flags === "number" ? m.flags : 0);

function feedbackIds(message: Record<string, unknown>): { up: string; down: string } {
  const rows = Array.isArray(message.components) ? message.components.map(asRecord) : [];
  const buttons = rows.flatMap((r) => (Array.isArray(r.components) ? r.components.map(asRecord) : []));
  const up = buttons.find((b) => asRecord(b.emoji).name === "👍");
  const down = buttons.find((b) => asRecord(b.emoji).name === "👎");
  expect(up?.custom_id, JSON.stringify(rows)).toBeTypeOf("string");
  expect(down?.custom_id).toBeTypeOf("string");
  return { up: String(up?.custom_id), down: String(down?.custom_id) };
}

async function press(
  customId: string,
  where: { messageId?: string; interactionId?: string },
  user: PersonSpec,
) {
  const sent = s.pressButton({ customId, ...where, user });
  const request = await sent.reply;
  expect(request.status, JSON.stringify(request.response)).toBeLessThan(300);
  const message = messageOf(request);
  expect(flags(message) & EPHEMERAL).toBe(EPHEMERAL);
  return visibleText(message);
}

describe("/settings", () => {
  test("refused without Manage Server (the handler checks, whatever the server's command settings)", async () => {
    const { message } = await settings(
      "qa-channels",
      "add",
      channelOpt(runtimeChannelId),
      MEMBER_PERMISSIONS.member,
    );
    expect(visibleText(message)).toMatch(/Manage Server/);
    expect(flags(message) & EPHEMERAL).toBe(EPHEMERAL);
    const list = await settings("qa-channels", "list", [], MEMBER_PERMISSIONS.member);
    expect(visibleText(list.message)).toMatch(/Manage Server/);
  });

  test("list shows QA_CHANNEL_IDS as the default; add answers a new channel at once; remove stops it", async () => {
    const before = await settings("qa-channels", "list", [], MEMBER_PERMISSIONS.manageServer);
    expect(visibleText(before.message)).toMatch(/qa/);
    expect(visibleText(before.message)).toMatch(/default, QA\\?_CHANNEL\\?_IDS/);
    expect(flags(before.message) & EPHEMERAL).toBe(EPHEMERAL);

    // Not a Q&A channel yet: a plain question there is ignored.
    const ignored = s.sendMessage({
      channelId: runtimeChannelId,
      content: "Who leads Syria's side?",
      author: person(),
    });
    await expect(within(ignored.reply, 1_500, "no reply")).rejects.toThrow(/Timed out/);

    const added = await settings(
      "qa-channels",
      "add",
      channelOpt(runtimeChannelId),
      MEMBER_PERMISSIONS.manageServer,
    );
    expect(visibleText(added.message)).toMatch(/Added .*questions/);
    expect(flags(added.message) & EPHEMERAL).toBe(EPHEMERAL);

    const answered = await s.sendMessage({
      channelId: runtimeChannelId,
      content: "Who leads Syria's side?",
      author: person(),
    }).reply;
    expect(visibleText(messageOf(answered))).toMatch(/Dalati/);

    const list = await settings("qa-channels", "list", [], MEMBER_PERMISSIONS.manageServer);
    const text = visibleText(list.message);
    expect(text).toMatch(/questions/);
    expect(text).toMatch(/qa/); // the default was kept when the server made its first change
    expect(text).toMatch(/set with \/settings/);
  });
});

describe("feedback and gaps", () => {
  let answerId = "";
  let downId = "";

  test("every answer carries 👍/👎; a press is acknowledged ephemerally and counted once per member", async () => {
    const { message, id } = await command("ask", { question: "Who leads Syria's side?" });
    const ids = feedbackIds(message);
    answerId = id;
    downId = ids.down;
    const voter = person("voter");
    expect(await press(ids.down, { interactionId: id }, voter)).toMatch(/counted/);
    expect(await press(ids.down, { interactionId: id }, voter)).toMatch(/already/);
    expect(await press(ids.up, { interactionId: id }, voter)).toMatch(/already/);
    expect(await press(ids.down, { interactionId: id }, person("voter"))).toMatch(/counted/);
    expect(await press(ids.up, { interactionId: id }, person("voter"))).toMatch(/counted/);

    const found = await gapsJson((g) => g.disliked.some((d) => d.question === "Who leads Syria's side?"));
    const row = found.disliked.find((d) => d.question === "Who leads Syria's side?");
    expect(row?.count).toBe(2);
    expect(row?.factIds.length).toBeGreaterThan(0);
    // Never the member's id.
    expect(readFileSync(path.join(dataDir, "bot.sqlite")).includes(voter.id)).toBe(false);
  });

  test("channel replies carry the buttons too; an off-topic question in a Q&A channel (❔) is in kb:gaps", async () => {
    const reply = await s.sendMessage({
      channelId: qaChannelId,
      content: "Who leads Syria's side?",
      author: person(),
    }).reply;
    const ids = feedbackIds(messageOf(reply));
    expect(await press(ids.up, { messageId: String(asRecord(reply.response).id) }, person())).toMatch(
      /counted/,
    );

    const question = "Who won the Premier League in 1999?";
    const sent = s.sendMessage({ channelId: qaChannelId, content: question, author: person() });
    await s.waitForRequest((r) => r.method === "PUT" && r.path.includes(`/messages/${sent.id}/reactions/`));
    const found = await gapsJson((g) => g.unanswered.some((u) => u.question === question));
    const row = found.unanswered.find((u) => u.question === question);
    expect(row).toMatchObject({ question, count: 1 });
    expect(Number.isNaN(Date.parse(String(row?.lastAsked)))).toBe(false);
    expect(Object.keys(found)).toEqual(["unanswered", "disliked"]);

    const text = await gaps();
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(question);
    expect(text.stdout).not.toMatch(/^\{/);
  });

  test("/kb gaps: this server's top questions for Manage Server members only", async () => {
    const refused = await command("kb", sub(null, "gaps"), {
      user: person(),
      permissions: MEMBER_PERMISSIONS.member,
    });
    expect(visibleText(refused.message)).toMatch(/Manage Server/);
    const shown = await command("kb", sub(null, "gaps"), {
      user: manager,
      permissions: MEMBER_PERMISSIONS.manageServer,
    });
    expect(visibleText(shown.message)).toMatch(/Premier League/);
    expect(visibleText(shown.message)).toMatch(/Who leads Syria/);
    expect(flags(shown.message) & EPHEMERAL).toBe(EPHEMERAL);
  });

  test("settings and votes survive a restart; a press on an answer from before it still counts once", async () => {
    expect(await bot.stop()).toBe(0);
    await startAndWait();
    const list = await settings("qa-channels", "list", [], MEMBER_PERMISSIONS.manageServer);
    expect(visibleText(list.message)).toMatch(/questions/);
    expect(await press(downId, { interactionId: answerId }, person("late"))).toMatch(/counted/);
    const found = await gapsJson(
      (g) => (g.disliked.find((d) => d.question === "Who leads Syria's side?")?.count ?? 0) >= 3,
    );
    expect(found.disliked.find((d) => d.question === "Who leads Syria's side?")?.count).toBe(3);
    // The new channel is still answered without any change.
    const answered = await s.sendMessage({
      channelId: runtimeChannelId,
      content: "Who leads Syria's side?",
      author: person(),
    }).reply;
    expect(visibleText(messageOf(answered))).toMatch(/Dalati/);
  });

  test("logging off: nothing more is recorded and what was kept is gone", async () => {
    const off = await settings(
      null,
      "logging",
      [{ name: "state", type: 3, value: "off" }],
      MEMBER_PERMISSIONS.manageServer,
    );
    expect(visibleText(off.message)).toMatch(/Logging is off/);
    const question = "What is the capital of Peru?";
    const sent = s.sendMessage({ channelId: qaChannelId, content: question, author: person() });
    await s.waitForRequest((r) => r.method === "PUT" && r.path.includes(`/messages/${sent.id}/reactions/`));
    const found = await gapsJson((g) => g.unanswered.length === 0 && g.disliked.length === 0);
    expect(found).toEqual({ unanswered: [], disliked: [] });
    await settings(
      null,
      "logging",
      [{ name: "state", type: 3, value: "on" }],
      MEMBER_PERMISSIONS.manageServer,
    );
  });

  test("remove: the channel is no longer answered", async () => {
    const removed = await settings(
      "qa-channels",
      "remove",
      channelOpt(runtimeChannelId),
      MEMBER_PERMISSIONS.manageServer,
    );
    expect(visibleText(removed.message)).toMatch(/Removed/);
    const ignored = s.sendMessage({
      channelId: runtimeChannelId,
      content: "Who leads Syria's side?",
      author: person(),
    });
    await expect(within(ignored.reply, 1_500, "no reply")).rejects.toThrow(/Timed out/);
  });
});

describe("reloading the knowledge base", () => {
  const factsFile = () => path.join(knowledgeDir, FACTS);
  const original = () => readFileSync(path.join(ROOT, "src/knowledge", FACTS), "utf8");
  const withStatement = (statement: string) => {
    const data = JSON.parse(original());
    const fact = data.facts.find((f: { id: string }) => f.id === "syria-lead-al-dalati");
    fact.statement = statement;
    return JSON.stringify(data, null, 2);
  };
  const broken = () => {
    const data = JSON.parse(original());
    data.facts[0].quotes[0] = "A sentence the article never had.";
    return JSON.stringify(data, null, 2);
  };
  const sourceText = async () =>
    visibleText((await command("source", { fact: "syria-lead-al-dalati" })).message);

  test("/kb reload: only administrators; a good base is swapped in without reconnecting", async () => {
    const identifies = s.gatewayEvents.filter((e) => e.type === "identify").length;
    writeFileSync(factsFile(), withStatement("Ahmad al-Dalati leads Syria's side (reloaded by command)."));
    const refused = await command("kb", sub(null, "reload"), {
      user: manager,
      permissions: MEMBER_PERMISSIONS.manageServer,
    });
    expect(visibleText(refused.message)).toMatch(/Administrator/);
    expect(await sourceText()).not.toMatch(/reloaded by command/);

    const done = await command("kb", sub(null, "reload"), {
      user: admin,
      permissions: MEMBER_PERMISSIONS.administrator,
    });
    expect(visibleText(done.message)).toMatch(/reloaded/);
    expect(flags(done.message) & EPHEMERAL).toBe(EPHEMERAL);
    expect(await sourceText()).toMatch(/reloaded by command/);
    expect(s.gatewayEvents.filter((e) => e.type === "identify")).toHaveLength(identifies);
  });

  test("/kb reload with a broken base: refused with kb:check's message; the old base keeps answering", async () => {
    writeFileSync(factsFile(), broken());
    const check = await new Promise<string>((resolve) =>
      execFile(
        process.execPath,
        [path.join(ROOT, "dist/src/knowledge/check.js"), knowledgeDir],
        (_e, _o, err) => resolve(err),
      ),
    );
    expect(check).toMatch(/problem/);
    const refused = await command("kb", sub(null, "reload"), {
      user: admin,
      permissions: MEMBER_PERMISSIONS.administrator,
    });
    const shown = visibleText(refused.message).replaceAll("\\", "");
    for (const line of check.trim().split("\n")) expect(shown).toContain(line);
    expect(await sourceText()).toMatch(/reloaded by command/);
    const { message } = await command("ask", { question: "Who leads Syria's side?" });
    expect(visibleText(message)).toMatch(/Dalati/);
  });

  test("SIGHUP: a broken base is refused in the log; a good one is swapped in", async () => {
    bot.child.kill("SIGHUP");
    await until(
      () => bot.stderr().includes("knowledge base reload refused"),
      10_000,
      "the refusal in the log",
    );
    expect(bot.stderr()).toMatch(/kb:check: 1 problem/);
    expect(await sourceText()).toMatch(/reloaded by command/);

    writeFileSync(factsFile(), withStatement("Ahmad al-Dalati leads Syria's side (reloaded by SIGHUP)."));
    bot.child.kill("SIGHUP");
    await until(() => bot.stderr().includes('"knowledge base reloaded"'), 10_000, "the reload in the log");
    expect(await sourceText()).toMatch(/reloaded by SIGHUP/);
  });
});

describe("provenance", () => {
  test("/about and /source state outlet, date and link; the unknown outlet is said plainly", async () => {
    for (const [name, options] of [
      ["about", {}],
      ["source", { fact: "syria-lead-al-dalati" }],
    ] as const) {
      const text = visibleText((await command(name, options)).message);
      expect(text).toMatch(/outlet not stated/);
      expect(text).toMatch(/no link known/);
      expect(text).toMatch(/27 May 2025/);
    }
  });
});

describe("deployed command payload", () => {
  test("global: read-only commands installable anywhere; /settings and /kb server-only with permissions", async () => {
    const result = await deploy({ GUILD_ID: "" });
    expect(result.code, result.output).toBe(0);
    const byName = new Map((s.commands.get("global") ?? []).map((c) => [String(c.name), c]));
    for (const name of ["ask", "who-leads", "timeline", "source", "about"]) {
      expect(byName.get(name)).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
    }
    expect(byName.get("settings")).toMatchObject({
      default_member_permissions: "32",
      integration_types: [0],
      contexts: [0],
    });
    expect(byName.get("kb")).toMatchObject({
      default_member_permissions: "0",
      integration_types: [0],
      contexts: [0],
    });
    const guild = new Map((s.commands.get(guildId) ?? []).map((c) => [String(c.name), c]));
    expect(guild.get("settings")?.default_member_permissions).toBe("32");
    expect(guild.get("ask")?.contexts).toBeUndefined();
  });
});
