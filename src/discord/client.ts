// The Discord client: intents from the config, events wired to the handlers, and the gateway closes that
// mean "fix your setup" (4004 bad token, 4014 disallowed intents) turned into one clear fatal error.
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { CommandContext } from "../commands/types.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { cacheSizes, makeCache, SWEEPERS } from "./cache.js";
import { ChannelSender, isChannelMessagePost } from "./channel-sender.js";
import { RecentIds } from "./dedupe.js";
import { handleInteraction } from "./interactions.js";
import { createMessageHandler, SlidingWindowLimiter } from "./messages.js";
import { qaChannelProblems } from "./qa-channels.js";
import { NO_MENTIONS } from "./render.js";
import { drain, WorkTracker } from "./work.js";

const CLOSE_AUTHENTICATION_FAILED = 4004;
const CLOSE_DISALLOWED_INTENTS = 4014;

export class FatalBotError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
    this.name = "FatalBotError";
  }
}

export const TOKEN_REJECTED_BY_REST =
  "Discord rejected the bot token (401 from GET /gateway/bot). Reset the token in the Developer Portal → Bot, and put the new one in DISCORD_TOKEN.";

/** The one line a person needs when Discord refuses the connection for good. */
export function fatalCloseMessage(code: number): string | undefined {
  if (code === CLOSE_AUTHENTICATION_FAILED) {
    return "Discord rejected the bot token (gateway close 4004). Reset the token in the Developer Portal → Bot, and put the new one in DISCORD_TOKEN.";
  }
  if (code === CLOSE_DISALLOWED_INTENTS) {
    return "Discord refused the Message Content intent (gateway close 4014). Enable “Message Content Intent” in the Developer Portal → Bot → Privileged Gateway Intents, or unset QA_CHANNEL_IDS (Q&A channels added with /settings, kept in DATA_DIR, need the intent too).";
  }
  return undefined;
}

/**
 * Message Content is privileged: ask for it only when a Q&A channel needs to read every message
 * (QA_CHANNEL_IDS, or `storedQaChannels`: a server chose its own with /settings).
 */
export function intentsFor(
  config: Pick<Config, "qaChannelIds">,
  storedQaChannels = false,
): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.qaChannelIds.length > 0 || storedQaChannels) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

interface BotOptions {
  config: Config;
  ctx: CommandContext;
  log: Logger;
  /** Ask for Message Content even without QA_CHANNEL_IDS (a server set Q&A channels with /settings). */
  messageContent?: boolean;
  /** Called once when the bot cannot go on (bad token, disallowed intents). */
  onFatal: (error: FatalBotError) => void;
}

export interface Bot {
  client: Client;
  start(): Promise<void>;
  /** Closes the gateway at once (set-up failures). */
  stop(): Promise<void>;
  /**
   * Shutdown: answers what was received (interactions, channel questions) for up to `graceMs`, then closes
   * the gateway normally (1000). Resolves with the number of pieces of work abandoned.
   */
  drain(graceMs: number): Promise<number>;
}

export function createBot({ config, ctx, log, onFatal, messageContent }: BotOptions): Bot {
  const client = newClient(config, messageContent);
  let fatalSent = false;
  const fatal = (error: FatalBotError) => {
    if (fatalSent) return;
    fatalSent = true;
    onFatal(error);
  };
  const work = new WorkTracker();
  const sender = new ChannelSender({ client, log, work });
  answerEvents(client, { config, ctx, log, work, sender });
  reportConnection(client, config, log, fatal);
  return {
    client,
    async start() {
      if (!config.token) throw new FatalBotError("DISCORD_TOKEN is not set.");
      try {
        await client.login(config.token);
      } catch (err) {
        // GET /gateway/bot answering 401 surfaces here as TokenInvalid, before any gateway close.
        const code = (err as { code?: unknown }).code;
        if (code === "TokenInvalid")
          fatal(new FatalBotError(TOKEN_REJECTED_BY_REST, CLOSE_AUTHENTICATION_FAILED));
        else throw err;
      }
    },
    async stop() {
      await client.destroy();
    },
    async drain(graceMs) {
      const started = Date.now();
      const inflight = work.inflight;
      const abandoned = await drain(work, graceMs);
      log.info(
        {
          inflightAtSignal: inflight,
          abandoned,
          drainMs: Date.now() - started,
          cache: cacheSizes(client),
          channelReplies: sender.stats,
        },
        abandoned === 0 ? "drained: everything received was answered" : "drained: grace over, work abandoned",
      );
      await client.destroy();
      return abandoned;
    },
  };
}

function newClient(config: Config, messageContent: boolean | undefined): Client {
  return new Client({
    intents: intentsFor(config, messageContent),
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
    rest: { api: config.apiUrl, timeout: config.restTimeoutMs, rejectOnRateLimit: isChannelMessagePost },
    // Explicit, from the validated config: left out, discord.js would read SHARDS/SHARD_COUNT itself.
    shards: config.shard ? [config.shard.id] : [0],
    shardCount: config.shard?.count ?? 1,
    makeCache: makeCache(),
    // MESSAGE_UPDATE for a message not in the cache (none are cached) still arrives, whole, as an edit.
    partials: [Partials.Message],
    sweepers: SWEEPERS,
  });
}

interface Answering {
  config: Config;
  ctx: CommandContext;
  log: Logger;
  work: WorkTracker;
  sender: ChannelSender;
}

/** Interactions, messages and edits handed to their handlers, each tracked as work until it is answered. */
function answerEvents(client: Client, { config, ctx, log, work, sender }: Answering): void {
  // Events that READY lets in may arrive before the engine's code is loaded (ctx.engineReady): each waits.
  const answer = (handle: () => Promise<unknown>, failure: string) => {
    const answered = ctx.engineReady ? ctx.engineReady.then(handle) : handle();
    work.track(answered).catch((err: unknown) => log.error({ err }, failure));
  };
  // A RESUME may replay events already handled (see dedupe.ts): answer each interaction and message once.
  const seenInteractions = new RecentIds();
  const seenMessages = new RecentIds();
  client.on(Events.InteractionCreate, (interaction) => {
    if (!seenInteractions.firstSight(interaction.id)) {
      log.debug({ interactionId: interaction.id }, "replayed interaction ignored");
      return;
    }
    answer(() => handleInteraction(interaction, ctx, log), "interaction handler failed");
  });
  const onMessage = createMessageHandler({
    ctx,
    log,
    qaChannelIds: config.qaChannelIds,
    limiter: new SlidingWindowLimiter(config.cooldown.maxQuestions, config.cooldown.windowMs),
    poster: sender,
  });
  client.on(Events.MessageCreate, (message) => {
    if (!seenMessages.firstSight(message.id)) {
      log.debug({ messageId: message.id }, "replayed message ignored");
      return;
    }
    answer(() => onMessage(message), "message handler failed");
  });
  // Chatter edited into a question is answered once (the handler remembers what it responded to).
  client.on(Events.MessageUpdate, (_old, updated) => {
    if (updated.partial) return;
    answer(() => onMessage(updated, "edit"), "message handler failed");
  });
}

/** The connection's log lines, and the gateway closes that end the bot turned into one fatal error. */
function reportConnection(
  client: Client,
  config: Config,
  log: Logger,
  fatal: (error: FatalBotError) => void,
): void {
  client.once(Events.ClientReady, (ready) => {
    log.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, qaChannels: config.qaChannelIds.length },
      "connected to Discord",
    );
    for (const problem of qaChannelProblems(client, config.qaChannelIds)) log.warn(problem, problem.msg);
  });
  // discord.js emits shardDisconnect only for closes it will not recover from.
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const message = fatalCloseMessage(event.code);
    if (message) fatal(new FatalBotError(message, event.code));
    else log.error({ code: event.code, shardId }, "gateway connection closed for good");
  });
  client.on(Events.ShardError, (err, shardId) => {
    // @discordjs/ws reports 4004/4014 as an error just before the close; the close handler explains it.
    if (/^(Authentication failed|Used disallowed intents)$/.test(err.message))
      log.debug({ err, shardId }, "gateway error");
    else log.warn({ err, shardId }, "gateway error");
  });
  client.on(Events.Error, (err) => log.error({ err }, "client error"));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.Debug, (message) => log.trace(message));
}
