// Reaching Discord's REST API at start-up (bot, sharding manager, deploy-commands) with failures a person can
// act on: every message names the address tried and the variable that chose it, and a silent server is
// given up on within START_ANSWER_TIMEOUT_MAX_MS, not after discord.js's 3 retries of the REST timeout each
// (a default of 4 × 15 s = 60 s). A refused connection fails at once.
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { get as httpsGet } from "node:https";
import type { Config } from "../config.js";
import { messageOf } from "../shared/message-of.js";
import { TOKEN_REJECTED_BY_REST } from "./client.js";

/** The longest start-up waits for DISCORD_API_URL to answer, whatever DISCORD_REST_TIMEOUT_MS says. */
export const START_ANSWER_TIMEOUT_MAX_MS = 25_000;

/** How long start-up waits for one answer: the REST timeout, capped so a silent server fails in < 30 s. */
export function startAnswerTimeoutMs(restTimeoutMs: number): number {
  return Math.min(restTimeoutMs, START_ANSWER_TIMEOUT_MAX_MS);
}

/** A network failure a person must fix (address, DNS, firewall): its message says what and where. */
class UnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreachableError";
  }
}

/** Node's reasons for a failed connection, in words. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused (nothing listens there)",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed (DNS)",
  ECONNRESET: "connection closed by the server",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed by the server",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
  CERT_HAS_EXPIRED: "expired TLS certificate",
};

function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown }).name;
  return name === "TimeoutError" || name === "AbortError";
}

/**
 * The one line for a failed request to `url` (under DISCORD_API_URL), or undefined when `error` is not a
 * network failure (an HTTP error, a bug) and should be reported as it is.
 */
export function unreachableMessage(url: string, error: unknown, timeoutMs: number): string | undefined {
  const code = codeOf(error);
  let why: string;
  if (isTimeout(error)) {
    why = `no answer within ${Math.round(timeoutMs / 1000)} s`;
  } else if (code && (REASONS[code] || /^(E[A-Z]+|UND_ERR_\w+|ERR_TLS\w*|\w*CERT\w*)$/.test(code))) {
    why = `${REASONS[code] ?? "network error"} (${code})`;
  } else if (error instanceof TypeError && error.message === "fetch failed") {
    // fetch's own refusals (a port browsers block, a malformed address) carry their reason as the cause.
    why = String((error.cause as { message?: unknown } | undefined)?.message ?? "fetch failed");
  } else {
    return undefined;
  }
  const wait = isTimeout(error) ? " (DISCORD_REST_TIMEOUT_MS sets how long to wait)" : "";
  return `Could not reach Discord at ${url}: ${why}${wait}. Check DISCORD_API_URL and the network.`;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
}

/**
 * GET with node:http(s), not fetch: a process's first fetch loads Node's own copy of undici (CPU time before
 * the bot identifies to the gateway; docs/evaluation.md, tenth stop, speed), while http and https are loaded
 * already (discord.js's WebSocket uses them). Redirects are not followed, as discord.js's REST does not.
 */
function get(url: string, headers: IncomingHttpHeaders, signal: AbortSignal): Promise<Answer> {
  const send = new URL(url).protocol === "https:" ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const request = send(url, { headers, signal }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? "", text }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export interface GatewayBotInfo {
  shards: number;
  maxConcurrency: number;
}

/**
 * GET /gateway/bot against DISCORD_API_URL: proves the address answers and takes the token before anything
 * else starts, and gives the recommended shard count. Throws UnreachableError (or TOKEN_REJECTED_BY_REST)
 * with a message for the person setting up.
 */
export async function fetchGatewayBot(
  config: Pick<Config, "apiUrl" | "restTimeoutMs">,
  token: string,
): Promise<GatewayBotInfo> {
  const url = `${config.apiUrl}/v10/gateway/bot`;
  const timeoutMs = startAnswerTimeoutMs(config.restTimeoutMs);
  let body: { shards?: unknown; session_start_limit?: { max_concurrency?: unknown } };
  try {
    const response = await get(url, { authorization: `Bot ${token}` }, AbortSignal.timeout(timeoutMs));
    if (response.status === 401) throw new UnreachableError(TOKEN_REJECTED_BY_REST);
    if (response.status < 200 || response.status > 299) {
      throw new UnreachableError(
        `GET ${url} answered ${response.status} ${response.statusText}. Check DISCORD_API_URL: Discord's REST base without a version, e.g. https://discord.com/api.`,
      );
    }
    body = JSON.parse(response.text) as typeof body;
  } catch (error) {
    if (error instanceof UnreachableError) throw error;
    const message = unreachableMessage(url, error, timeoutMs);
    if (message) throw new UnreachableError(message);
    throw new UnreachableError(
      `GET ${url} did not answer like Discord (${messageOf(error)}). Check DISCORD_API_URL.`,
    );
  }
  const shards = Number(body?.shards);
  if (!Number.isInteger(shards) || shards < 1) {
    throw new UnreachableError(
      `GET ${url} gave no usable shard count (${JSON.stringify(body?.shards)}). Check DISCORD_API_URL.`,
    );
  }
  const concurrency = Number(body.session_start_limit?.max_concurrency);
  return { shards, maxConcurrency: Number.isInteger(concurrency) && concurrency >= 1 ? concurrency : 1 };
}
