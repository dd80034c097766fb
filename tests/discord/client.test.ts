import { GatewayIntentBits } from "discord.js";
import { describe, expect, test } from "vitest";
import { fatalCloseMessage, intentsFor } from "../../src/discord/client.js";

describe("intentsFor", () => {
  test("Message Content only when Q&A channels are configured", () => {
    expect(intentsFor({ qaChannelIds: [] })).toEqual([
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
    ]);
    expect(intentsFor({ qaChannelIds: ["1"] })).toContain(GatewayIntentBits.MessageContent);
  });
});

describe("fatalCloseMessage", () => {
  test.each([
    [4004, /token/],
    [4014, /Message Content.*QA_CHANNEL_IDS/],
    [1000, undefined],
    [4000, undefined],
  ])("close %i", (code, expected) => {
    const message = fatalCloseMessage(code);
    if (expected) expect(message).toMatch(expected);
    else expect(message).toBeUndefined();
  });
});
