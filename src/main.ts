// Entry point: configuration, knowledge base, engine — then the Discord bot when DISCORD_TOKEN is set,
// otherwise the terminal mode. Set-up problems end in a clear message and exit code 1, never a stack trace.
import path from "node:path";
import { Events } from "discord.js";
import type { CommandContext } from "./commands/types.js";
import { type Config, describeConfig, loadDotEnv } from "./config.js";
import { createBot, type FatalBotError } from "./discord/client.js";
import { fetchGatewayBot, startAnswerTimeoutMs, unreachableMessage } from "./discord/reach.js";
import { DeferredEngine } from "./engine/deferred.js";
import type { Engine } from "./engine/types.js";
import { DEFAULT_KNOWLEDGE_DIR } from "./knowledge/loader.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { createLogger, type Logger } from "./log.js";
import { createReloader } from "./reload.js";
import { exitWithMessage, loadConfigOrExit, loadKnowledgeBaseOrExit } from "./startup.js";
import { DatabaseError, openDatabase } from "./storage/database.js";
import { BotStore } from "./storage/store.js";
import { runTerminal } from "./terminal/terminal.js";

/** How long a set-up failure's disconnect may take before we exit anyway. */
const SHUTDOWN_GRACE_MS = 3000;
/**
 * SIGTERM/SIGINT: how long received work (interactions, channel questions) may take to be answered before
 * the gateway is closed anyway; then up to CLOSE_GRACE_MS to close. 8 + 1 s fits in Docker's and
 * Kubernetes' default 10 s stop timeout; an idle bot exits at once.
 */
const DRAIN_GRACE_MS = 8_000;
const CLOSE_GRACE_MS = 1_000;
/** Event-loop turns given to the start-up GET /gateway/bot to connect and send before the base is loaded. */
const REQUEST_SEND_TURNS = 2;

/**
 * Loads and validates the knowledge base (a broken base stops here, before the gateway connects) and returns
 * the context with an engine built on first use: the Discord bot builds it once the gateway is connected.
 */
function loadContext(config: Config, log: Logger): { ctx: CommandContext; deferred: DeferredEngine } {
  const kb = loadKnowledgeBaseOrExit();
  const deferred = new DeferredEngine(() => buildEngine(config, kb, log));
  return { ctx: { engine: deferred, articles: kb.articles, story: kb.story }, deferred };
}

/**
 * The engine's code (and the index cache's, which builds it): dozens of modules and three packages, loaded by the
 * Discord bot once it has identified to the gateway, not before (docs/benchmarks.md, start-up).
 */
let engineCode: typeof import("./storage/index-cache/cache.js") | undefined;

async function loadEngineCode(): Promise<void> {
  engineCode ??= await import("./storage/index-cache/cache.js");
}

function buildEngine(config: Config, kb: KnowledgeBase, log: Logger): Engine {
  if (!engineCode) throw new Error("the engine's code is not loaded yet (loadEngineCode)");
  // A large base's index is loaded from the index cache when the base has not changed (INDEX_CACHE_DIR).
  const { engine, source, cache, file, detail, saveError } = engineCode.createEngineCached(kb, {
    cacheDir: config.indexCacheDir,
  });
  log.debug(
    { facts: kb.facts.length, articles: kb.articles.length, index: source, cache, file },
    "knowledge base loaded",
  );
  // Never fatal: the engine was built instead; say why, since the next start will build again.
  if (detail) log.warn({ cache, file, detail }, "index cache ignored");
  if (saveError) log.warn({ file, error: saveError }, "index cache not written; check INDEX_CACHE_DIR");
  return engine;
}

/** The database, or its problem on stderr and exit 1. */
function openStoreOrExit(config: Config, log: Logger): BotStore {
  try {
    const store = new BotStore(openDatabase(config.dataDir), {
      retentionDays: config.feedbackRetentionDays,
      defaultQaChannelIds: config.qaChannelIds,
      onWriteError: (err) => log.error({ err }, "could not write to the database"),
    });
    store.startPurging();
    return store;
  } catch (err) {
    if (err instanceof DatabaseError) exitWithMessage([err.message]);
    throw err;
  }
}

async function runDiscord(
  config: Config,
  ctx: CommandContext,
  deferred: DeferredEngine,
  log: Logger,
  reached: Promise<unknown> | undefined,
): Promise<void> {
  if (reached) {
    try {
      await reached;
    } catch (err) {
      exitWithMessage([err instanceof Error ? err.message : String(err)]);
    }
  }
  const store = openStoreOrExit(config, log);
  ctx.store = store;
  // Whatever happens from here, what is queued is committed before the process ends (better-sqlite3 is
  // synchronous, so this works even in an exit handler).
  process.once("exit", () => store.close());
  ctx.reload = createReloader(
    ctx,
    (kb) => buildEngine(config, kb, log),
    config.knowledgeDir ? path.resolve(config.knowledgeDir) : DEFAULT_KNOWLEDGE_DIR,
  );
  // A server's own Q&A channels need Message Content as much as QA_CHANNEL_IDS does.
  ctx.messageContent = config.qaChannelIds.length > 0 || store.anyQaChannels();
  const bot = createBot({
    config,
    ctx,
    log,
    messageContent: ctx.messageContent,
    onFatal: (error: FatalBotError) => {
      // One plain line, not a JSON log record: this is for the person setting the bot up.
      process.stderr.write(`${error.message}\n`);
      void bot.stop().finally(() => process.exit(1));
      setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    },
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: answering what was received, then disconnecting");
    setTimeout(() => process.exit(0), DRAIN_GRACE_MS + CLOSE_GRACE_MS).unref();
    bot.drain(DRAIN_GRACE_MS).then(
      () => {
        // What the drained answers queued (records, votes) is committed before exit.
        store.close();
        process.exit(0);
      },
      (err: unknown) => {
        log.warn({ err }, "error while disconnecting");
        process.exit(0);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  // SIGHUP: reload the knowledge base in place (as /kb reload); a broken one is refused and logged.
  process.on("SIGHUP", () => {
    const result = ctx.reload?.();
    if (!result) return;
    if (result.ok) log.info({ articles: result.articles, facts: result.facts }, "knowledge base reloaded");
    else {
      log.error(
        { problems: result.problems },
        "knowledge base reload refused; the previous one keeps answering",
      );
    }
  });
  // A shard of `npm run start:sharded` has an IPC channel to the manager, which closes when the manager
  // dies however it dies (even SIGKILL): stop then too, rather than run on as an orphan.
  if (process.send) process.once("disconnect", () => shutdown("sharding manager gone"));

  // The engine's code loads while the gateway connection is opened (its waits on the network), and the
  // index is built when READY arrives, before any event is handled (they wait for ctx.engineReady).
  let engineCodeLoaded: Promise<void> | undefined;
  ctx.engineReady = new Promise<void>((resolve) => bot.client.once(Events.ClientReady, () => resolve()))
    .then(() => engineCodeLoaded ?? loadEngineCode())
    .then(() => {
      deferred.ensureBuilt();
    });
  ctx.engineReady.catch((err: unknown) => {
    log.fatal({ err }, "could not build the engine");
    process.exit(1);
  });
  try {
    const started = bot.start();
    engineCodeLoaded = loadEngineCode();
    // Failing before READY is reported once READY chains onto it (ctx.engineReady), not as an unhandled rejection.
    engineCodeLoaded.catch(() => undefined);
    await started;
  } catch (err) {
    const message = unreachableMessage(config.apiUrl, err, startAnswerTimeoutMs(config.restTimeoutMs));
    if (message) process.stderr.write(`${message}\n`);
    else log.fatal({ err }, "could not connect to Discord");
    await bot.stop().catch(() => undefined);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const root = createLogger({ level: config.logLevel, secrets: config.token ? [config.token] : [] });
  // Shards of `npm run start:sharded` share one stderr: say which shard wrote a line.
  const log = config.shard ? root.child({ shard: config.shard.id }) : root;
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled promise rejection"));
  log.debug(describeConfig(config), "configuration");

  // Ask DISCORD_API_URL once ourselves first: a wrong address, a silent server or a rejected token gets one
  // line naming what to check, within seconds (discord.js would retry a silent server for a minute). A shard
  // of the sharding manager skips it: the manager asked already. The request is sent before the knowledge
  // base is loaded so its round trip overlaps that work (docs/benchmarks.md, start-up); its answer is
  // awaited after, so a broken base is still reported first, and a bad answer before the database opens.
  const reached = config.token && !config.shard ? fetchGatewayBot(config, config.token) : undefined;
  if (reached) {
    // Handled where it is awaited (runDiscord); this only keeps Node from calling it unhandled meanwhile.
    reached.catch(() => undefined);
    // The connection opens and the request is written on later turns of the event loop, which the
    // synchronous load below would block: let it go out first.
    for (let turn = 0; turn < REQUEST_SEND_TURNS; turn++) await new Promise((r) => setImmediate(r));
  }
  const { ctx, deferred } = loadContext(config, log);
  if (config.token) {
    await runDiscord(config, ctx, deferred, log, reached);
  } else {
    await loadEngineCode();
    deferred.ensureBuilt();
    await runTerminal({ ctx, input: process.stdin, output: process.stdout, log });
  }
}

await main();
