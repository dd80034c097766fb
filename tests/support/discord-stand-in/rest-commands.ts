// REST for application commands: what deploy-commands registers, checked as Discord checks it.
import { snowflake } from "./payloads.js";
import { asRecord, errorReply, notFound, type Reply, type StandInState } from "./state.js";
import type { RecordedRequest } from "./types.js";
import { validateCommands } from "./validate.js";

/** /applications/:app[/guilds/:g]/commands[/:id]: the command set, global (key "global") or per guild. */
export function commandRoute(s: StandInState, r: RecordedRequest, key: string, tail: string[]): Reply {
  const stored = s.commands.get(key) ?? [];
  if (key !== "global" && !s.guilds.some((g) => g.id === key)) return notFound("Unknown Guild", 10004);
  const complete = (raw: unknown, existing?: Record<string, unknown>) => {
    const c = asRecord(raw);
    return {
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      ...(key === "global" ? { integration_types: [0], contexts: null } : {}),
      ...c,
      id: existing?.id ?? snowflake(),
      application_id: s.applicationId,
      ...(key !== "global" ? { guild_id: key } : {}),
      version: snowflake(),
    };
  };
  if (tail.length === 0 && r.method === "GET") return { status: 200, body: stored };
  if (tail.length === 0 && r.method === "PUT") {
    const invalid = validateCommands(r.body);
    if (invalid) return errorReply(invalid);
    const list = (r.body as unknown[]).map((raw) =>
      complete(
        raw,
        stored.find((s) => s.name === asRecord(raw).name && (s.type ?? 1) === (asRecord(raw).type ?? 1)),
      ),
    );
    s.commands.set(key, list);
    return { status: 200, body: list };
  }
  if (tail.length === 0 && r.method === "POST") {
    const invalid = validateCommands([r.body]);
    if (invalid) return errorReply(invalid);
    const existing = stored.find((s) => s.name === asRecord(r.body).name);
    const created = complete(r.body, existing);
    s.commands.set(key, [...stored.filter((s) => s !== existing), created]);
    return { status: existing ? 200 : 201, body: created };
  }
  const found = stored.find((s) => s.id === tail[0]);
  if (tail.length === 1 && found) {
    if (r.method === "GET") return { status: 200, body: found };
    if (r.method === "DELETE") {
      s.commands.set(
        key,
        stored.filter((s) => s !== found),
      );
      return { status: 204 };
    }
    if (r.method === "PATCH") {
      Object.assign(found, asRecord(r.body), { version: snowflake() });
      return { status: 200, body: found };
    }
  }
  return notFound("Unknown application command", 10063);
}
