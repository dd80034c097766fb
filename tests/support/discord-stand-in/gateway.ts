/**
 * The gateway half of the Discord stand-in: a WebSocket server speaking gateway v10 JSON closely enough
 * for @discordjs/ws 1.2.3 (what discord.js 14.28 drives). Behaviour taken from that client's source:
 * - it connects to `${url}?v=10&encoding=json` (the url from GET /gateway/bot, later `resume_gateway_url`);
 *   `compress=zlib-stream` is only added when the optional `zlib-sync` package is installed (it is not here),
 *   and IDENTIFY carries `compress: false` unless compression was asked for. Both modes are still served.
 * - first heartbeat after `heartbeat_interval * random()`, then every interval; a missing ACK by the next beat
 *   makes it close with 4200 and RESUME on a new socket ("zombie connection").
 * - a non-resumable op 9 or a lost session makes it re-IDENTIFY, but its identify throttle waits ~5-6.5 s
 *   when the previous IDENTIFY of that shard was less than 5 s ago: tests of that path are slow by nature.
 * - close codes 4004, 4010, 4011, 4012, 4013, 4014 are fatal for it (login rejects); 1000 makes it re-identify;
 *   anything else (4000, 1006, ...) makes it RESUME.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { createDeflate, type Deflate, deflateSync, constants as zlibConstants } from "node:zlib";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { shardForGuild } from "./payloads.js";
import type { Waiters } from "./waiters.js";

/** Every intent bit defined by gateway v10 (anything else → close 4013 "Invalid intent(s)"). */
const KNOWN_INTENTS = 0x1ffff | (0b11 << 20) | (0b11 << 24);
const GUILDS_INTENT = 1 << 0;

export type GatewayEvent =
  | { type: "open"; at: number; connectionId: number; query: Record<string, string> }
  | {
      type: "identify";
      at: number;
      connectionId: number;
      token: string;
      intents: number;
      shard: [number, number] | undefined;
      compress: boolean;
      payload: Record<string, unknown>;
    }
  | {
      type: "resume";
      at: number;
      connectionId: number;
      sessionId: string;
      seq: number;
      accepted: boolean;
      replayed: number;
    }
  | { type: "heartbeat"; at: number; connectionId: number; seq: number | null; acked: boolean }
  | { type: "ready"; at: number; connectionId: number; sessionId: string; shard: [number, number] }
  | {
      type: "dispatch";
      at: number;
      t: string;
      s: number;
      sessionId: string;
      shardId: number;
      delivered: boolean;
    }
  | { type: "filtered"; at: number; t: string; sessionId: string; reason: string }
  | { type: "pending"; at: number; t: string; shardId: number }
  | { type: "server-op"; at: number; connectionId: number; op: number; d: unknown }
  | { type: "client-op"; at: number; connectionId: number; op: number; d: unknown }
  | {
      type: "close";
      at: number;
      connectionId: number;
      code: number;
      reason: string;
      by: "server" | "client" | "terminated";
    };

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  token: string;
  seq: number;
  /** Every dispatch of the session, kept so RESUME can replay what the client missed. */
  history: Array<{ op: 0; t: string; s: number; d: unknown }>;
  connection: Connection | null;
  /** True once READY/RESUMED went out on `connection`: dispatches are then sent, else only stored. */
  live: boolean;
}

interface Connection {
  id: number;
  ws: WebSocket;
  query: URLSearchParams;
  session: Session | null;
  compression: "none" | "identify" | "zlib-stream";
  deflate: Deflate | null;
  /** zlib-stream output must stay in order, and the deflate stream is asynchronous: sends are chained. */
  sendChain: Promise<void>;
  closedByServer: boolean;
}

/** What to send for a dispatch; a function may tailor it to the session's intents, or return null to drop it. */
export type DispatchData = unknown | ((intents: number) => DispatchOutcome);
export type DispatchOutcome = { d: unknown } | { drop: string };

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  shardCount: number;
  disallowedIntents: number;
  /** READY's data, minus session_id / resume_gateway_url / shard which the gateway fills in. */
  readyData: (shardId: number, shardCount: number) => Record<string, unknown>;
  /** GUILD_CREATE data for the guilds of a shard. */
  guildCreates: (shardId: number, shardCount: number) => Array<Record<string, unknown>>;
}

export class GatewayStandIn {
  readonly events: GatewayEvent[] = [];
  readonly #wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  readonly #options: GatewayOptions;
  readonly #waiters: Waiters;
  readonly #connections = new Set<Connection>();
  readonly #sessions = new Map<string, Session>();
  /** The current session of each shard: where new dispatches for that shard go. */
  readonly #shardSessions = new Map<number, Session>();
  /** Dispatches made while a shard had no session at all; sent after its next READY. */
  readonly #pending = new Map<number, Array<{ t: string; data: DispatchData }>>();
  #nextConnectionId = 1;
  #acks = true;
  /** Shard count the client identified with last (discord.js uses 1 unless told `shards: "auto"`). */
  #shardCount: number;
  url = "";

  constructor(options: GatewayOptions, waiters: Waiters) {
    this.#options = options;
    this.#shardCount = options.shardCount;
    this.#waiters = waiters;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(request, socket, head, (ws) => this.#onConnection(ws, request));
  }

  get openConnections(): number {
    let n = 0;
    for (const c of this.#connections) if (c.ws.readyState === WebSocket.OPEN) n++;
    return n;
  }

  /** Session id of the shard's current session, if any (handy to assert a RESUME kept it). */
  sessionId(shardId = 0): string | undefined {
    return this.#shardSessions.get(shardId)?.id;
  }

  isReady(): boolean {
    for (let shard = 0; shard < this.#shardCount; shard++) {
      const session = this.#shardSessions.get(shard);
      if (!session?.live) return false;
    }
    return true;
  }

  identifyCount(): number {
    return this.events.filter((e) => e.type === "identify").length;
  }

  /** Dispatch to the shard owning `guildId` (shard 0 for DMs / no guild), with the shard count in use. */
  dispatch(t: string, data: DispatchData, guildId: string | null): void {
    const shardId = guildId ? shardForGuild(guildId, this.#shardCount) : 0;
    const session = this.#shardSessions.get(shardId);
    if (!session) {
      const queue = this.#pending.get(shardId) ?? [];
      queue.push({ t, data });
      this.#pending.set(shardId, queue);
      this.#log({ type: "pending", at: Date.now(), t, shardId });
      return;
    }
    this.#dispatchTo(session, t, data);
  }

  // ── faults ──────────────────────────────────────────────────────────────────────────────────────────────

  closeGateway(code: number, reason = ""): void {
    for (const c of this.#liveConnections()) this.#close(c, code, reason);
  }

  dropGateway(): void {
    for (const c of this.#liveConnections()) {
      c.closedByServer = true;
      this.#detach(c);
      this.#log({
        type: "close",
        at: Date.now(),
        connectionId: c.id,
        code: 1006,
        reason: "",
        by: "terminated",
      });
      c.ws.terminate();
    }
  }

  requestReconnect(): void {
    for (const c of this.#liveConnections()) this.#send(c, { op: 7, d: null, s: null, t: null });
  }

  invalidateSession(resumable: boolean): void {
    for (const c of this.#liveConnections()) {
      const session = c.session;
      if (!resumable && session) {
        this.#endSession(session);
      } else if (session) {
        // The client answers a resumable op 9 with RESUME on this same socket; stop delivering until then.
        session.live = false;
      }
      this.#send(c, { op: 9, d: resumable, s: null, t: null });
    }
  }

  stopHeartbeatAcks(): void {
    this.#acks = false;
  }

  resumeHeartbeatAcks(): void {
    this.#acks = true;
  }

  close(): void {
    for (const c of this.#connections) {
      c.closedByServer = true;
      c.deflate?.close();
      c.ws.terminate();
    }
    this.#connections.clear();
    this.#wss.close();
  }

  #endSession(session: Session): void {
    this.#sessions.delete(session.id);
    if (this.#shardSessions.get(session.shard[0]) === session) this.#shardSessions.delete(session.shard[0]);
    if (session.connection) session.connection.session = null;
    session.connection = null;
    session.live = false;
  }

  // ── connection handling ─────────────────────────────────────────────────────────────────────────────────

  #liveConnections(): Connection[] {
    return [...this.#connections].filter((c) => c.ws.readyState === WebSocket.OPEN);
  }

  #log(event: GatewayEvent): void {
    this.events.push(event);
    this.#waiters.notify();
  }

  #onConnection(ws: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? "/", "http://127.0.0.1").searchParams;
    const connection: Connection = {
      id: this.#nextConnectionId++,
      ws,
      query,
      session: null,
      compression: query.get("compress") === "zlib-stream" ? "zlib-stream" : "none",
      deflate: null,
      sendChain: Promise.resolve(),
      closedByServer: false,
    };
    if (connection.compression === "zlib-stream") connection.deflate = createDeflate();
    this.#connections.add(connection);
    this.#log({
      type: "open",
      at: Date.now(),
      connectionId: connection.id,
      query: Object.fromEntries(query),
    });

    ws.on("message", (raw, isBinary) => this.#onMessage(connection, raw, isBinary));
    ws.on("close", (code, reason) => {
      this.#connections.delete(connection);
      connection.deflate?.close();
      const session = connection.session;
      this.#detach(connection);
      // Closing with 1000/1001 ends the session on Discord's side: it can no longer be resumed, and later
      // dispatches wait (as "pending") for the next IDENTIFY of that shard, e.g. a restarted bot.
      if (!connection.closedByServer && (code === 1000 || code === 1001) && session)
        this.#endSession(session);
      if (!connection.closedByServer) {
        this.#log({
          type: "close",
          at: Date.now(),
          connectionId: connection.id,
          code,
          reason: reason.toString(),
          by: "client",
        });
      }
    });
    ws.on("error", () => undefined); // Socket errors surface as "close"; nothing else to do.

    const version = query.get("v");
    const encoding = query.get("encoding") ?? "json";
    if (version !== null && version !== "10") {
      this.#close(connection, 4012, "Invalid API version");
      return;
    }
    if (encoding !== "json") {
      // The stand-in speaks JSON only (real Discord also offers ETF); refuse rather than send garbage.
      this.#close(connection, 4002, "Error while decoding payload.");
      return;
    }
    const unknownCompression = query.get("compress");
    if (unknownCompression !== null && unknownCompression !== "zlib-stream") {
      this.#close(connection, 4002, "Error while decoding payload.");
      return;
    }
    this.#send(connection, {
      op: 10,
      d: { heartbeat_interval: this.#options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  #detach(connection: Connection): void {
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = null;
      session.live = false;
    }
  }

  #close(connection: Connection, code: number, reason: string): void {
    if (connection.closedByServer) return;
    connection.closedByServer = true;
    this.#detach(connection);
    this.#log({ type: "close", at: Date.now(), connectionId: connection.id, code, reason, by: "server" });
    // Let queued (possibly compressed) sends drain first so the client sees everything before the close frame.
    void connection.sendChain.then(() => {
      connection.ws.close(code, reason);
      // Don't wait 30 s (ws's default) for a client that never answers the close handshake.
      setTimeout(() => connection.ws.terminate(), 1_000).unref();
    });
  }

  #send(connection: Connection, payload: Record<string, unknown>): void {
    // Dispatches and heartbeat ACKs are logged elsewhere ("dispatch", "heartbeat.acked").
    if (payload.op !== 0 && payload.op !== 11) {
      this.#log({
        type: "server-op",
        at: Date.now(),
        connectionId: connection.id,
        op: Number(payload.op),
        d: payload.d,
      });
    }
    const json = JSON.stringify(payload);
    const ws = connection.ws;
    if (connection.compression === "none") {
      if (ws.readyState === WebSocket.OPEN) ws.send(json);
      return;
    }
    if (connection.compression === "identify") {
      // Each payload is a complete zlib stream, which @discordjs/ws inflates one by one.
      if (ws.readyState === WebSocket.OPEN) ws.send(deflateSync(json), { binary: true });
      return;
    }
    const deflate = connection.deflate;
    if (!deflate) return;
    connection.sendChain = connection.sendChain.then(
      () =>
        new Promise<void>((resolve) => {
          const chunks: Buffer[] = [];
          const onData = (chunk: Buffer) => chunks.push(chunk);
          deflate.on("data", onData);
          deflate.write(json);
          // Z_SYNC_FLUSH ends each message with 00 00 ff ff, the marker clients look for.
          deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
            deflate.off("data", onData);
            if (ws.readyState === WebSocket.OPEN) ws.send(Buffer.concat(chunks), { binary: true });
            resolve();
          });
        }),
    );
  }

  #onMessage(connection: Connection, raw: RawData, isBinary: boolean): void {
    if (connection.closedByServer) return;
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error("binary frames are not accepted from clients");
      payload = JSON.parse(
        Buffer.isBuffer(raw) ? raw.toString("utf8") : Buffer.concat(toBuffers(raw)).toString("utf8"),
      );
    } catch {
      this.#close(connection, 4002, "Error while decoding payload.");
      return;
    }
    const op = payload.op;
    switch (op) {
      case 1:
        this.#onHeartbeat(connection, payload.d);
        return;
      case 2:
        this.#onIdentify(connection, asRecord(payload.d));
        return;
      case 6:
        this.#onResume(connection, asRecord(payload.d));
        return;
      case 3:
      case 4:
      case 8:
      case 31:
      case 43: {
        // Presence update, voice state, request members, request soundboard sounds, request channel info:
        // accepted and logged; the stand-in has nothing to answer with.
        if (!connection.session) {
          this.#close(connection, 4003, "Not authenticated.");
          return;
        }
        this.#log({ type: "client-op", at: Date.now(), connectionId: connection.id, op, d: payload.d });
        return;
      }
      default:
        this.#close(connection, 4001, "Unknown opcode.");
    }
  }

  #onHeartbeat(connection: Connection, d: unknown): void {
    const seq = typeof d === "number" ? d : null;
    this.#log({ type: "heartbeat", at: Date.now(), connectionId: connection.id, seq, acked: this.#acks });
    if (this.#acks) this.#send(connection, { op: 11, d: null, s: null, t: null });
  }

  #onIdentify(connection: Connection, d: Record<string, unknown>): void {
    const token = typeof d.token === "string" ? d.token : "";
    const intents = typeof d.intents === "number" ? d.intents : Number.NaN;
    const shardRaw = d.shard;
    const shard =
      Array.isArray(shardRaw) && shardRaw.length === 2 && shardRaw.every((n) => Number.isInteger(n))
        ? ([shardRaw[0], shardRaw[1]] as [number, number])
        : undefined;
    const compress = d.compress === true;
    this.#log({
      type: "identify",
      at: Date.now(),
      connectionId: connection.id,
      token,
      intents,
      shard,
      compress,
      payload: d,
    });

    if (connection.session) {
      this.#close(connection, 4005, "Already authenticated.");
      return;
    }
    if (token.replace(/^Bot\s+/i, "") !== this.#options.token) {
      this.#close(connection, 4004, "Authentication failed.");
      return;
    }
    const [shardId, shardCount] = shard ?? [0, 1];
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      this.#close(connection, 4010, "Invalid shard.");
      return;
    }
    if (!Number.isInteger(intents) || intents < 0 || (intents & ~KNOWN_INTENTS) !== 0) {
      this.#close(connection, 4013, "Invalid intent(s).");
      return;
    }
    if ((intents & this.#options.disallowedIntents) !== 0) {
      this.#close(connection, 4014, "Disallowed intent(s).");
      return;
    }
    this.#shardCount = shardCount;
    if (compress && connection.compression === "none") connection.compression = "identify";

    const session: Session = {
      id: randomHex(32),
      shard: [shardId, shardCount],
      intents,
      token,
      seq: 0,
      history: [],
      connection,
      live: true,
    };
    connection.session = session;
    const previous = this.#shardSessions.get(shardId);
    if (previous) this.#sessions.delete(previous.id);
    this.#sessions.set(session.id, session);
    this.#shardSessions.set(shardId, session);

    this.#dispatchTo(session, "READY", {
      ...this.#options.readyData(shardId, shardCount),
      session_id: session.id,
      resume_gateway_url: this.url,
      ...(shard ? { shard } : {}),
    });
    // Without the GUILDS intent Discord sends no GUILD_CREATE (discord.js then marks the guilds unavailable).
    if ((intents & GUILDS_INTENT) !== 0) {
      for (const guild of this.#options.guildCreates(shardId, shardCount)) {
        this.#dispatchTo(session, "GUILD_CREATE", guild);
      }
    }
    this.#log({
      type: "ready",
      at: Date.now(),
      connectionId: connection.id,
      sessionId: session.id,
      shard: [shardId, shardCount],
    });
    const pending = this.#pending.get(shardId) ?? [];
    this.#pending.delete(shardId);
    for (const item of pending) this.#dispatchTo(session, item.t, item.data);
  }

  #onResume(connection: Connection, d: Record<string, unknown>): void {
    const sessionId = typeof d.session_id === "string" ? d.session_id : "";
    const seq = typeof d.seq === "number" ? d.seq : 0;
    const token = typeof d.token === "string" ? d.token.replace(/^Bot\s+/i, "") : "";
    const session = this.#sessions.get(sessionId);
    const logResume = (accepted: boolean, replayed: number) =>
      this.#log({
        type: "resume",
        at: Date.now(),
        connectionId: connection.id,
        sessionId,
        seq,
        accepted,
        replayed,
      });
    const rejected = () => logResume(false, 0);
    if (token !== this.#options.token) {
      rejected();
      this.#close(connection, 4004, "Authentication failed.");
      return;
    }
    if (!session || (connection.session && connection.session !== session) || seq > session.seq) {
      rejected();
      // Discord answers an unknown session with a non-resumable op 9 on the same socket.
      this.#send(connection, { op: 9, d: false, s: null, t: null });
      return;
    }
    const old = session.connection;
    if (old && old !== connection) old.session = null;
    session.connection = connection;
    connection.session = session;
    const missed = session.history.filter((event) => event.s > seq);
    for (const event of missed) this.#send(connection, event);
    session.live = true;
    logResume(true, missed.length);
    this.#dispatchTo(session, "RESUMED", { _trace: ["stand-in"] });
  }

  #dispatchTo(session: Session, t: string, data: DispatchData): void {
    let d: unknown = data;
    if (typeof data === "function") {
      const outcome = (data as (intents: number) => DispatchOutcome)(session.intents);
      if ("drop" in outcome) {
        this.#log({ type: "filtered", at: Date.now(), t, sessionId: session.id, reason: outcome.drop });
        return;
      }
      d = outcome.d;
    }
    session.seq += 1;
    const event = { op: 0 as const, t, s: session.seq, d };
    session.history.push(event);
    const delivered =
      session.live && session.connection !== null && session.connection.ws.readyState === WebSocket.OPEN;
    if (delivered && session.connection) this.#send(session.connection, event);
    this.#log({
      type: "dispatch",
      at: Date.now(),
      t,
      s: event.s,
      sessionId: session.id,
      shardId: session.shard[0],
      delivered,
    });
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function toBuffers(raw: RawData): Buffer[] {
  if (Array.isArray(raw)) return raw;
  return [Buffer.from(raw as ArrayBuffer)];
}

function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString("hex")
    .slice(0, length);
}
