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
];

export interface LoggerOptions {
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

export function scrub(text: string, secrets: readonly string[]): string {
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
      serializers: {
        err: (err: unknown) => {
          const serialized = pino.stdSerializers.err(err as Error);
          if (secrets.length === 0 || serialized === undefined) return serialized;
          return JSON.parse(scrub(JSON.stringify(serialized), secrets)) as unknown;
        },
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((arg) => (typeof arg === "string" ? scrub(arg, secrets) : arg));
          method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
}
