// One pino logger for the whole program. Logs always go to stderr so that stdout carries nothing but
// answers (the terminal mode relies on that); pretty in a terminal, JSON lines otherwise.
import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import type PinoPretty from "pino-pretty";

export type { Logger };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Paths pino blanks out wherever they appear; the token must never reach a log line. */
const REDACT_PATHS = [
  "token",
  "*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "*.headers.Authorization",
  // A failed request's body (discord.js DiscordAPIError/HTTPError.requestBody) holds the member's question.
  "requestBody",
  "*.requestBody",
];

/**
 * Credentials that travel in URL paths: an interaction's token (a 15-minute credential to post as the bot)
 * in `/interactions/:id/:token/callback` and `/webhooks/:app/:token/…`, and any webhook URL's token. They
 * reach log lines inside error URLs and messages, so every finished line is scrubbed of them.
 */
const PATH_SECRETS = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"?#\\]+/g;
/** An interaction (or any object) serialised whole carries its token as a "token" field at any depth. */
const TOKEN_FIELDS = /("(?:token|interaction_token|interactionToken)":)"[^"]*"/g;

/** Removes interaction tokens, webhook tokens and token fields from one finished log line. */
export function scrubLine(line: string): string {
  return line.replace(PATH_SECRETS, "$1[redacted]").replace(TOKEN_FIELDS, '$1"[redacted]"');
}

/** An error as a log field, minus what it must not carry: the request body discord.js attaches to it. */
function serializeError(err: unknown, secrets: readonly string[]): unknown {
  if (typeof err !== "object" || err === null) return err;
  const serialized = pino.stdSerializers.err(err as Error) as Record<string, unknown> | undefined;
  if (serialized === undefined) return serialized;
  if ("requestBody" in serialized) serialized.requestBody = "[redacted]";
  if (secrets.length === 0) return serialized;
  return JSON.parse(scrub(JSON.stringify(serialized), secrets)) as unknown;
}

interface LoggerOptions {
  level?: LogLevel;
  /** Strings scrubbed from every message and error text (the bot token), in case a library echoes them. */
  secrets?: readonly string[];
  /** Force pretty output on or off; default: pretty when stderr is a TTY. */
  pretty?: boolean;
  /** Where to write; default stderr. Tests pass a stream. */
  destination?: NodeJS.WritableStream;
}

/**
 * pino-pretty (with a dozen dependencies) only serves a terminal; loaded on demand, it stays off the start-up
 * path of a bot whose stderr is a pipe or a journal.
 */
function loadPretty(): typeof PinoPretty {
  return createRequire(import.meta.url)("pino-pretty") as typeof PinoPretty;
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Short strings would blank out ordinary words; a real token is ~70 characters.
    if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  }
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const usePretty = options.pretty ?? Boolean(process.stderr.isTTY);
  const stream =
    options.destination ??
    (usePretty
      ? loadPretty()({ destination: 2, sync: true, colorize: true, ignore: "pid,hostname" })
      : pino.destination({ fd: 2, sync: true }));
  return pino(
    {
      level: options.level ?? "info",
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      // Errors are logged under these keys (the unhandled-rejection reason among them).
      serializers: {
        err: (err: unknown) => serializeError(err, secrets),
        error: (err: unknown) => serializeError(err, secrets),
        reason: (err: unknown) => serializeError(err, secrets),
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((arg) => (typeof arg === "string" ? scrub(arg, secrets) : arg));
          method.apply(this, cleaned as Parameters<typeof method>);
        },
        // The last stop of every line, at every level and from every child logger, pretty or not.
        streamWrite: (line: string) => scrub(scrubLine(line), secrets),
      },
    },
    stream,
  );
}
