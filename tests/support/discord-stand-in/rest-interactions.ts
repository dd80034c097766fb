// REST for interactions: the callback (the first response) and the interaction webhook (follow-ups, edits).
import {
  asRecord,
  EPHEMERAL,
  errorReply,
  INTERACTION_TYPE,
  LOADING,
  notFound,
  type Reply,
  type StandInState,
} from "./state.js";
import type { RecordedRequest } from "./types.js";
import { fieldError, validateAutocompleteChoices, validateMessageBody } from "./validate.js";

/** POST /interactions/:id/:token/callback: the first response, within the window, of an allowed type. */
export function callback(s: StandInState, r: RecordedRequest, id: string, interactionToken: string): Reply {
  const state = s.interactions.get(id);
  if (!state || state.token !== interactionToken) return notFound("Unknown interaction", 10062);
  if (state.callbackType !== null) {
    return { status: 400, body: { message: "Interaction has already been acknowledged.", code: 40060 } };
  }
  if (s.deadlineMs > 0 && Date.now() - state.createdAt > s.deadlineMs)
    return notFound("Unknown interaction", 10062);
  const body = asRecord(r.body);
  const type = body.type;
  const data = asRecord(body.data);
  const allowed = {
    command: [4, 5, 9, 10, 12],
    autocomplete: [8],
    component: [4, 5, 6, 7, 9, 10, 12],
    modal: [4, 5, 6, 7, 10, 12],
  }[state.kind];
  if (typeof type !== "number" || !allowed.includes(type)) {
    return errorReply(fieldError("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Value is invalid."));
  }
  if (type === 4) {
    const invalid = validateMessageBody(data, { requireSomething: true, fileCount: r.files.length });
    if (invalid) return errorReply(invalid);
  }
  if (type === 8) {
    const invalid = validateAutocompleteChoices(data);
    if (invalid) return errorReply(invalid);
  }
  state.callbackType = type;
  const where = { channelId: state.channelId, guildId: state.guildId };
  const flags = typeof data.flags === "number" ? data.flags : 0;
  if (type === 4)
    state.original = s.botMessage(data, where, { webhook: true, type: 20, interaction: state, flags });
  if (type === 5) {
    state.original = s.botMessage({}, where, {
      webhook: true,
      type: 20,
      interaction: state,
      flags: (flags & EPHEMERAL) | LOADING,
    });
  }
  if (r.query.with_response !== "true") return { status: 204 };
  const original = state.original;
  return {
    status: 200,
    body: {
      interaction: {
        id: state.id,
        type: INTERACTION_TYPE[state.kind],
        activity_instance_id: null,
        response_message_id: original ? original.id : null,
        response_message_loading: original ? type === 5 : null,
        response_message_ephemeral: original ? (Number(original.flags) & EPHEMERAL) !== 0 : null,
      },
      resource: { type, ...(original ? { message: original } : {}) },
    },
  };
}

/** /webhooks/:app/:token[/messages/:id]: follow-ups and the original response, once acknowledged. */
export function webhook(s: StandInState, r: RecordedRequest, seg: string[]): Reply {
  const [, appId, webhookToken, sub, messageId] = seg;
  const state = webhookToken ? s.interactionsByToken.get(webhookToken) : undefined;
  if (appId !== s.applicationId || !state) return notFound("Unknown Webhook", 10015);
  // The interaction webhook only exists once the interaction was acknowledged.
  if (state.callbackType === null || state.callbackType === 8) return notFound("Unknown Webhook", 10015);
  const where = { channelId: state.channelId, guildId: state.guildId };
  if (sub === undefined && r.method === "POST") {
    const body = asRecord(r.body);
    const invalid = validateMessageBody(body, { requireSomething: true, fileCount: r.files.length });
    if (invalid) return errorReply(invalid);
    const created = s.botMessage(body, where, { webhook: true, interaction: state });
    state.followups.set(String(created.id), created);
    return r.query.wait === "false" ? { status: 204 } : { status: 200, body: created };
  }
  if (sub !== "messages" || messageId === undefined || seg.length !== 5) return notFound("404: Not Found", 0);
  const target = messageId === "@original" ? state.original : (state.followups.get(messageId) ?? null);
  if (!target) return notFound("Unknown Message", 10008);
  if (r.method === "GET") return { status: 200, body: target };
  if (r.method === "PATCH") {
    const invalid = validateMessageBody(r.body, { requireSomething: false, fileCount: r.files.length });
    if (invalid) return errorReply(invalid);
    return { status: 200, body: s.editMessage(target, asRecord(r.body)) };
  }
  if (r.method === "DELETE") {
    if (messageId === "@original") state.original = null;
    else state.followups.delete(messageId);
    s.messages.delete(String(target.id));
    return { status: 204 };
  }
  return { status: 405, body: { message: "405: Method Not Allowed", code: 0 } };
}
