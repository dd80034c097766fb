// A restart under load loses no vote and no record: 👎 presses, /ask questions it cannot answer and
// off-topic questions in a Q&A channel, SIGTERM right behind them; after the exit, the SQLite file holds
// exactly one record per question answered and one vote per press acknowledged as counted, and after a
// restart the same members' presses are recognised as already counted.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "vitest";
import type { PersonSpec, SentInteraction, SentMessage } from "../support/discord-stand-in.js";
import {
  asRecord,
  callbacksById,
  channelRepliesByReference,
  messageOf,
  person,
  reactionsByMessage,
  startBot,
  startE2E,
  visibleText,
  within,
} from "./harness.js";

test("SIGTERM under load: every acknowledged vote and every unanswered question is in the database", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "records-restart-"));
  const e = await startE2E({ env: { DATA_DIR: dataDir }, standIn: { interactionDeadlineMs: 0 } });
  let restarted: ReturnType<typeof startBot> | undefined;
  try {
    const first = e.s.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: "Who leads Syria's side?" },
      user: person(),
    });
    const rows = (messageOf(await first.reply).components as unknown[]).map(asRecord);
    const down = rows
      .flatMap((r) => (Array.isArray(r.components) ? r.components.map(asRecord) : []))
      .find((b) => asRecord(b.emoji).name === "👎");
    const downId = String(down?.custom_id);

    const voters: PersonSpec[] = Array.from({ length: 100 }, () => person("voter"));
    const votes: SentInteraction[] = [];
    const asks: SentInteraction[] = [];
    const channel: SentMessage[] = [];
    for (let i = 0; i < 100; i++) {
      votes.push(
        e.s.pressButton({
          customId: downId,
          interactionId: first.id,
          user: voters[i] as PersonSpec,
          replyTimeoutMs: 15_000,
        }),
      );
      if (i % 2 === 0) {
        asks.push(
          e.s.sendInteraction({
            kind: "command",
            name: "ask",
            options: { question: `Who won football match number ${i} in Lisbon?` },
            user: person(),
            replyTimeoutMs: 15_000,
          }),
        );
      } else {
        channel.push(
          e.s.sendMessage({
            channelId: e.qaChannelId,
            content: `Who won football match number ${i} in Lisbon?`,
            author: person(),
            replyTimeoutMs: 15_000,
          }),
        );
      }
    }
    e.bot.child.kill("SIGTERM");
    expect(await within(e.bot.exited, 15_000, "the bot to exit")).toBe(0);

    // The process has exited: every callback and reply it made is in the stand-in's log, whether or not a
    // waiter above saw it in time on a busy machine.
    await Promise.allSettled([...votes, ...asks, ...channel].map((x) => x.reply));
    const callbacks = callbacksById(e.s.requests);
    const acceptedText = (id: string) =>
      (callbacks.get(id) ?? [])
        .filter((r) => !r.fault && r.status !== null && r.status < 300)
        .map((r) => visibleText(messageOf(r)))
        .join("\n");
    const counted = votes.filter(
      (v) => /counted/.test(acceptedText(v.id)) && !/already/.test(acceptedText(v.id)),
    ).length;
    const abstained = asks.filter((a) => /can't answer/i.test(acceptedText(a.id))).length;
    const reactions = reactionsByMessage(e.s.requests);
    const replies = channelRepliesByReference(e.s.requests);
    // Off the story: a ❔ reaction, or an abstention with suggestions; either way recorded as unanswered.
    const reacted = channel.filter(
      (c) =>
        (reactions.get(c.id)?.length ?? 0) > 0 ||
        (replies.get(c.id) ?? []).some(
          (r) => r.status === 200 && /can't answer/i.test(visibleText(messageOf(r))),
        ),
    ).length;
    console.info(
      `records across SIGTERM: ${counted}/100 votes counted, ${abstained}/50 /ask and ${reacted}/50 channel questions answered`,
    );
    // The drain answers what was received; whatever was answered must be on disk.
    expect(counted + abstained + reacted).toBeGreaterThan(0);

    const db = new Database(path.join(dataDir, "bot.sqlite"), { readonly: true });
    try {
      const votesStored = (
        db.prepare("SELECT COUNT(*) AS n FROM votes WHERE answer_id = ?").get(first.id) as { n: number }
      ).n;
      const unanswered = (
        db
          .prepare("SELECT COUNT(*) AS n FROM unanswered WHERE question LIKE 'Who won football match%'")
          .get() as { n: number }
      ).n;
      expect(votesStored).toBe(counted);
      expect(unanswered).toBe(abstained + reacted);
    } finally {
      db.close();
    }

    // After a restart, every member who was counted is recognised; the rest count now.
    const identifies = e.s.gatewayEvents.filter((g) => g.type === "identify").length;
    restarted = startBot({
      DISCORD_TOKEN: e.token,
      DISCORD_API_URL: e.s.apiUrl,
      DISCORD_CLIENT_ID: e.s.applicationId,
      QA_CHANNEL_IDS: e.qaChannelId,
      DATA_DIR: dataDir,
    });
    await e.s.waitForIdentify(identifies + 1, 20_000);
    await e.s.waitForReady(20_000);
    let already = 0;
    for (const voter of voters) {
      const text = visibleText(
        messageOf(await e.s.pressButton({ customId: downId, interactionId: first.id, user: voter }).reply),
      );
      if (/already/.test(text)) already++;
    }
    expect(already).toBe(counted);
  } finally {
    await restarted?.stop();
    await e.close();
  }
}, 90_000);
