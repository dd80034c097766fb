// The floor for the end-to-end benchmark: a bare discord.js bot with the same client options as ours
// (intents, allowed mentions, REST base and timeout — see createBot in src/discord/client.ts) that answers
// every slash command and every message addressed to it with a fixed string. No engine, no logger, no
// config validation: whatever our bot costs on top of this is ours to justify.
//
//   DISCORD_TOKEN=… DISCORD_API_URL=http://127.0.0.1:PORT/api node dist/bench/bare-bot.js
//
// It reads the environment directly rather than through src/config.ts so that zod and the rest of our
// module graph stay out of the floor's start time and memory.
import { Client, Events, GatewayIntentBits } from "discord.js";

const FIXED = "Fixed reply from the bare bot.";

const token = process.env.DISCORD_TOKEN;
if (!token) {
  process.stderr.write("DISCORD_TOKEN is not set.\n");
  process.exit(1);
}
const qaChannelIds = new Set(
  (process.env.QA_CHANNEL_IDS ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== ""),
);

// Same intents as intentsFor() in src/discord/client.ts: Message Content only with Q&A channels.
const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
if (qaChannelIds.size > 0) intents.push(GatewayIntentBits.MessageContent);

const client = new Client({
  intents,
  allowedMentions: { parse: [], repliedUser: false },
  rest: {
    api: (process.env.DISCORD_API_URL || "https://discord.com/api").replace(/\/+$/, ""),
    timeout: Number(process.env.DISCORD_REST_TIMEOUT_MS) || 15_000,
  },
});

client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  interaction.reply({ content: FIXED }).catch(() => undefined);
});

client.on(Events.MessageCreate, (message) => {
  const botId = client.user?.id;
  if (!botId || message.author.bot || !message.inGuild()) return;
  const addressed =
    qaChannelIds.has(message.channelId) ||
    message.content.includes(`<@${botId}>`) ||
    message.mentions.repliedUser?.id === botId;
  if (!addressed) return;
  message.reply({ content: FIXED }).catch(() => undefined);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 3000).unref();
  client.destroy().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

client.login(token).catch((err: unknown) => {
  process.stderr.write(`login failed: ${String(err)}\n`);
  process.exit(1);
});
