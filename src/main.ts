// Entry point: configuration, knowledge base, engine — then the Discord bot when DISCORD_TOKEN is set,
// otherwise the terminal mode. Set-up problems end in a clear message and exit code 1, never a stack trace.
import { Events } from "discord.js";
import { contextAwaitingBase } from "./awaiting-base.js";
import type { CommandContext } from "./commands/types.js";
import { type Config, describeConfig, loadDotEnv } from "./config.js";
import { type Bot, createBot, type FatalBotError } from "./discord/client.js";
import { fetchGatewayBot, startAnswerTimeoutMs, unreachableMessage } from "./discord/reach.js";
import { DeferredEngine } from "./engine/deferred.js";
import type { Engine } from "./engine/types.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { createLogger, type Logger } from "./log.js";
import { messageOf } from "./shared/message-of.js";
import { exitWithMessage, loadConfigOrExit, orExit, setUpErrorLines } from "./startup.js";
import { DatabaseError, openDatabase } from "./storage/database.js";
import { BotStore } from "./storage/store.js";

/** How long a set-up failure's disconnect may take before we exit anyway. */
const SHUTDOWN_GRACE_MS = 3000;
/**
 * SIGTERM/SIGINT: how long received work (interactions, channel questions) may take to be answered before
 * the gateway is closed anyway; then up to CLOSE_GRACE_MS to close. 8 + 1 s fits in Docker's and
 * Kubernetes' default 10 s stop timeout; an idle bot exits at once.
 */
const DRAIN_GRACE_MS = 8_000;
const CLOSE_GRACE_MS = 1_000;
/**
 * The knowledge base's loader (zod's schemas, the word lists' providers) and its reloader: ~20 modules the
 * Discord bot loads, and a base it reads and validates, once it has identified to the gateway, not before
 * (docs/benchmarks.md, start-up). The terminal loads them first.
 */
async function loadKnowledgeCode() {
  const [loader, reload] = await Promise.all([import("./knowledge/loader.js"), import("./reload.js")]);
  return { loadKnowledgeBase: loader.loadKnowledgeBase, createReloader: reload.createReloader };
}

/**
 * SIGHUP reloads the knowledge base in place (as /kb reload), in the bot and in the terminal alike: a curator's
 * last step. A broken base is refused and logged, and the previous one keeps answering. (The terminal had no
 * handler: SIGHUP's default ended it without a word.)
 */
function reloadOnSighup(ctx: CommandContext, log: Logger): void {
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
}

/** The context for a base, with an engine built on first use (the Discord bot builds it at READY). */
function contextFor(
  config: Config,
  kb: KnowledgeBase,
  log: Logger,
): { ctx: CommandContext; deferred: DeferredEngine } {
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

async function runDiscord(config: Config, log: Logger, reached: Promise<unknown> | undefined): Promise<void> {
  if (reached) await reachedOrExit(config, reached);
  // The base is loaded at READY (below): until then the engine's build has no base to read.
  let kb: KnowledgeBase | undefined;
  const deferred = new DeferredEngine(() => {
    if (!kb) throw new Error("the knowledge base is not loaded yet");
    return buildEngine(config, kb, log);
  });
  const ctx = contextAwaitingBase(deferred);
  const store = openStoreOrExit(config, log);
  ctx.store = store;
  // Whatever happens from here, what is queued is committed before the process ends (better-sqlite3 is
  // synchronous, so this works even in an exit handler).
  process.once("exit", () => store.close());
  // A server's own Q&A channels need Message Content as much as QA_CHANNEL_IDS does.
  ctx.messageContent = config.qaChannelIds.length > 0 || store.anyQaChannels();
  const stopForSetUp = stopperForSetUp(() => bot.stop());
  const bot = createBot({
    config,
    ctx,
    log,
    messageContent: ctx.messageContent,
    onFatal: (error: FatalBotError) => stopForSetUp([error.message]),
  });
  drainOnSignals(bot, store, log);
  reloadOnSighup(ctx, log);

  // The engine's code loads while the gateway connection is opened (its waits on the network). When READY
  // arrives, the knowledge base is loaded and validated — a broken one stops the bot with kb:check's problems,
  // as at a start before — and the index built, before any event is handled (they wait for ctx.engineReady).
  let engineCodeLoaded: Promise<void> | undefined;
  ctx.engineReady = new Promise<void>((resolve) => bot.client.once(Events.ClientReady, () => resolve()))
    .then(() => Promise.all([loadKnowledgeCode(), engineCodeLoaded ?? loadEngineCode()]))
    .then(([{ loadKnowledgeBase, createReloader }]) => {
      const dir = config.knowledgeDir;
      kb = loadKnowledgeBase(dir);
      ctx.articles = kb.articles;
      ctx.story = kb.story;
      ctx.reload = createReloader(ctx, (reloaded) => buildEngine(config, reloaded, log), dir);
      deferred.ensureBuilt();
    });
  ctx.engineReady.catch((err: unknown) => {
    const lines = setUpErrorLines(err);
    if (lines) return stopForSetUp(lines);
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

/** GET /gateway/bot's answer awaited: a failure exits with its line, after a broken base's problems. */
async function reachedOrExit(config: Config, reached: Promise<unknown>): Promise<void> {
  try {
    await reached;
  } catch (err) {
    // A broken base is still reported first, as when it was loaded before this answer was awaited.
    const { loadKnowledgeBase } = await loadKnowledgeCode();
    orExit(() => loadKnowledgeBase(config.knowledgeDir));
    exitWithMessage([messageOf(err)]);
  }
}

/**
 * Stopping for a set-up problem (bad token, intents, a broken base): plain lines, not a JSON log record, for
 * the person setting the bot up; then exit 1, once, however the disconnect goes.
 */
function stopperForSetUp(stop: () => Promise<void>): (lines: readonly string[]) => void {
  let stopping = false;
  return (lines) => {
    if (stopping) return;
    stopping = true;
    for (const line of lines) process.stderr.write(`${line}\n`);
    void stop().finally(() => process.exit(1));
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  };
}

/**
 * SIGINT, SIGTERM, and a sharding manager gone: answer what was received, commit what that queued, exit 0.
 * A shard of `npm run start:sharded` has an IPC channel to the manager, which closes when the manager dies
 * however it dies (even SIGKILL): it stops then too, rather than run on as an orphan.
 */
function drainOnSignals(bot: Bot, store: BotStore, log: Logger): void {
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
  if (process.send) process.once("disconnect", () => shutdown("sharding manager gone"));
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const root = createLogger({ level: config.logLevel, secrets: config.token ? [config.token] : [] });
  // Shards of `npm run start:sharded` share one stderr: say which shard wrote a line.
  const log = config.shard ? root.child({ shard: config.shard.id }) : root;
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled promise rejection"));
  log.debug(describeConfig(config), "configuration");

  if (config.token) {
    // Ask DISCORD_API_URL once ourselves first: a wrong address, a silent server or a rejected token gets one
    // line naming what to check, within seconds (discord.js would retry a silent server for a minute). A
    // shard of the sharding manager skips it: the manager asked already. A bad answer is reported before the
    // database opens, after a broken base's problems (runDiscord).
    const reached = config.shard ? undefined : fetchGatewayBot(config, config.token);
    await runDiscord(config, log, reached);
  } else {
    const { loadKnowledgeBase, createReloader } = await loadKnowledgeCode();
    const dir = config.knowledgeDir;
    const { ctx, deferred } = contextFor(
      config,
      orExit(() => loadKnowledgeBase(dir)),
      log,
    );
    ctx.reload = createReloader(ctx, (reloaded) => buildEngine(config, reloaded, log), dir);
    reloadOnSighup(ctx, log);
    const [{ runTerminal }] = await Promise.all([import("./terminal/terminal.js"), loadEngineCode()]);
    deferred.ensureBuilt();
    // An interactive prompt gives its pid on its first lines; with questions piped in, stdout is answers only,
    // so the log says it (the third curator trial fed the terminal mode from a fifo and found no pid anywhere).
    if (!process.stdin.isTTY)
      log.info(
        { pid: process.pid },
        `terminal mode started; kill -HUP ${process.pid} reloads the knowledge base`,
      );
    await runTerminal({ ctx, input: process.stdin, output: process.stdout, log });
  }
}

await main();
