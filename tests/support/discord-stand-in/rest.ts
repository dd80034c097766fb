// The stand-in's HTTP side: every request recorded, planned faults applied, then routed by resource.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GatewayStandIn } from "./gateway.js";
import { user } from "./payloads.js";
import { channelRoute } from "./rest-channels.js";
import { commandRoute } from "./rest-commands.js";
import { callback, webhook } from "./rest-interactions.js";
import {
  answeredKey,
  asRecord,
  type Fault,
  notFound,
  type Reply,
  type StandInState,
  UNAUTHORIZED,
} from "./state.js";
import type { RecordedRequest } from "./types.js";

/** Routes one API request to its resource; the gateway, the bot user and the application answered here. */
function route(s: StandInState, gateway: GatewayStandIn, r: RecordedRequest): Reply {
  const seg = r.path.split("/").slice(1);
  const [first] = seg;
  if (first === "interactions" && seg.length === 4 && seg[3] === "callback" && r.method === "POST") {
    return callback(s, r, seg[1] ?? "", seg[2] ?? "");
  }
  // Interaction webhooks are authenticated by their token in the path; discord.js sends no Authorization.
  if (first === "webhooks" && seg.length >= 3) return webhook(s, r, seg);
  if (r.path === "/gateway" && r.method === "GET") return { status: 200, body: { url: gateway.url } };
  if (r.headers.authorization !== `Bot ${s.token}`) return UNAUTHORIZED;
  if (r.path === "/gateway/bot" && r.method === "GET") {
    return {
      status: 200,
      body: {
        url: gateway.url,
        shards: s.shardCount,
        session_start_limit: {
          total: 1000,
          remaining: Math.max(0, 1000 - s.identifies),
          reset_after: 14_400_000,
          max_concurrency: s.maxConcurrency,
        },
      },
    };
  }
  if (r.path === "/users/@me" && r.method === "GET") return { status: 200, body: s.bot };
  if (r.path === "/applications/@me" && r.method === "GET") {
    return {
      status: 200,
      body: {
        id: s.applicationId,
        name: s.bot.username,
        icon: null,
        description: "",
        summary: "",
        type: null,
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: "0".repeat(64),
        flags: 1 << 19,
        owner: user({ id: s.ownerId, username: "owner" }),
        team: null,
        bot: s.bot,
        approximate_guild_count: s.guilds.length,
        interactions_endpoint_url: null,
        redirect_uris: [],
        tags: [],
        integration_types_config: { "0": {} },
      },
    };
  }
  if (first === "applications" && seg[1] === s.applicationId && seg[2] === "commands") {
    return commandRoute(s, r, "global", seg.slice(3));
  }
  if (
    first === "applications" &&
    seg[1] === s.applicationId &&
    seg[2] === "guilds" &&
    seg[4] === "commands"
  ) {
    return commandRoute(s, r, seg[3] ?? "", seg.slice(5));
  }
  if (first === "applications" && seg[1] !== s.applicationId && seg[1] !== "@me") {
    return { status: 403, body: { message: "Missing Access", code: 50001 } };
  }
  if (first === "channels" && seg.length >= 2) return channelRoute(s, r, seg);
  return notFound("404: Not Found", 0);
}

/** The reply a planned fault gives instead of Discord's (or "hang": no reply at all). */
function faultReply(fault: Fault): Reply | "hang" {
  const spec = fault.spec;
  if (spec.hang) return "hang";
  const status = spec.status ?? 500;
  if (status === 429) {
    const retryAfter = spec.retryAfter ?? 0.1;
    const scope = spec.scope ?? "user";
    return {
      status,
      headers: {
        // Discord's header is whole seconds; a fractional value keeps tests fast and @discordjs/rest
        // reads it with Number(), so it behaves the same, only sooner.
        "retry-after": String(retryAfter),
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": String(retryAfter),
        "x-ratelimit-bucket": "stand-in-bucket",
        "x-ratelimit-scope": scope,
        ...(scope === "global" ? { "x-ratelimit-global": "true" } : {}),
      },
      body: spec.body ?? {
        message: "You are being rate limited.",
        retry_after: retryAfter,
        global: scope === "global",
      },
    };
  }
  const text: Record<number, string> = {
    500: "500: Internal Server Error",
    502: "502: Bad Gateway",
    503: "503: Service Unavailable",
    504: "504: Gateway Timeout",
  };
  return { status, body: spec.body ?? { message: text[status] ?? `${status}: Error`, code: 0 } };
}

/** Records one HTTP request, applies a planned fault or routes it, answers, and wakes the waiters. */
export async function handle(
  s: StandInState,
  gateway: GatewayStandIn,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  const method = (req.method ?? "GET").toUpperCase();
  const prefix = "/api/v10";
  const inApi = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
  const relative = inApi ? url.pathname.slice(prefix.length) || "/" : url.pathname;
  let path: string;
  try {
    path = relative.split("/").map(decodeURIComponent).join("/");
  } catch {
    path = relative;
  }
  const record: RecordedRequest = {
    method,
    path,
    rawPath: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: undefined,
    files: [],
    at: Date.now(),
    status: null,
    response: undefined,
    fault: false,
  };
  s.requests.push(record);

  let reply: Reply | "hang";
  try {
    await parseBody(record, raw, headers["content-type"] ?? "");
    const fault = s.faults.find(
      (f) =>
        f.remaining > 0 &&
        f.spec.path.test(path) &&
        (!f.spec.method || f.spec.method.toUpperCase() === method) &&
        (!f.spec.match || f.spec.match(record)),
    );
    if (fault?.spec.delayMs !== undefined) {
      // Carried out now, answered late: not a fault in the record (the request succeeded).
      fault.remaining -= 1;
      fault.hits += 1;
      reply = route(s, gateway, record);
      const answered = reply;
      await new Promise((resolve) => setTimeout(resolve, fault.spec.delayMs));
      reply = answered;
    } else if (fault) {
      fault.remaining -= 1;
      fault.hits += 1;
      record.fault = true;
      reply = faultReply(fault);
    } else if (!inApi) {
      reply = notFound("404: Not Found", 0);
    } else {
      reply = route(s, gateway, record);
    }
  } catch (error) {
    reply = {
      status: 400,
      body: { message: `Stand-in could not parse the request: ${(error as Error).message}`, code: 50109 },
    };
  }
  if (reply === "hang") {
    s.hung.add(res);
    res.on("close", () => s.hung.delete(res));
    s.waiters.notify();
    return;
  }
  record.status = reply.status;
  record.response = reply.body;
  if (!record.fault) {
    const referenced = asRecord(asRecord(record.body).message_reference).message_id;
    const keys = [answeredKey(method, path)];
    if (typeof referenced === "string") keys.push(answeredKey(method, path, referenced));
    for (const key of keys) if (!s.firstAnswered.has(key)) s.firstAnswered.set(key, record);
  }
  const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(reply.body === undefined ? {} : { "content-type": "application/json" }),
    ...reply.headers,
  });
  res.end(body);
  s.waiters.notify();
}

/** JSON bodies, or multipart/form-data with `payload_json` + `files[n]` as discord.js sends attachments. */
async function parseBody(record: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
  if (raw.length === 0) return;
  if (contentType.startsWith("application/json")) {
    record.body = JSON.parse(raw.toString("utf8"));
    return;
  }
  if (contentType.startsWith("multipart/form-data")) {
    // undici's Response parses multipart for us (Node ≥ 18), no extra dependency needed.
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") record.body = JSON.parse(value);
      } else {
        record.files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return;
  }
  record.body = raw.toString("utf8");
}
