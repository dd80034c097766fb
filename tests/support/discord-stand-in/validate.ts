/**
 * The subset of Discord's body validation a bot most often trips over, answered with Discord's own error
 * shapes (HTTP 400, `{ code: 50035, message: "Invalid Form Body", errors: { field: { _errors: [...] } } }`),
 * so that the bot's error handling is exercised against realistic failures rather than accepted silently.
 */

export interface DiscordError {
  status: number;
  body: { message: string; code: number; errors?: Record<string, unknown> };
}

type ErrorTree = { [key: string]: ErrorTree | Array<{ code: string; message: string }> };

function put(tree: ErrorTree, path: Array<string | number>, code: string, message: string): void {
  let node: ErrorTree = tree;
  for (const key of path) {
    const k = String(key);
    const next = node[k];
    if (next === undefined || Array.isArray(next)) node[k] = {};
    node = node[k] as ErrorTree;
  }
  const list = (node._errors as Array<{ code: string; message: string }> | undefined) ?? [];
  list.push({ code, message });
  node._errors = list;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function maxLength(tree: ErrorTree, path: Array<string | number>, value: unknown, max: number): number {
  const s = str(value);
  if (s === undefined) return 0;
  if ([...s].length > max) put(tree, path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
  return [...s].length;
}

/** Discord's 400 "Invalid Form Body" for one field, e.g. ("type", "INTERACTION_RESPONSE_TYPE_INVALID", …). */
export function fieldError(field: string, code: string, message: string): DiscordError {
  const tree: ErrorTree = {};
  put(tree, [field], code, message);
  return invalidForm(tree) as DiscordError;
}

function invalidForm(tree: ErrorTree): DiscordError | null {
  if (Object.keys(tree).length === 0) return null;
  return { status: 400, body: { code: 50035, message: "Invalid Form Body", errors: tree } };
}

/** Content/embeds limits for message create/edit bodies (channel messages, interaction responses, webhooks). */
export function validateMessageBody(
  body: unknown,
  opts: { requireSomething: boolean; fileCount: number },
): DiscordError | null {
  const b = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const tree: ErrorTree = {};
  maxLength(tree, ["content"], b.content, 2000);
  const embeds = Array.isArray(b.embeds) ? b.embeds : [];
  if (embeds.length > 10) put(tree, ["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
  let total = 0;
  embeds.forEach((raw, i) => {
    const e = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
    total += maxLength(tree, ["embeds", i, "title"], e.title, 256);
    total += maxLength(tree, ["embeds", i, "description"], e.description, 4096);
    const footer = (e.footer ?? {}) as Record<string, unknown>;
    total += maxLength(tree, ["embeds", i, "footer", "text"], footer.text, 2048);
    const author = (e.author ?? {}) as Record<string, unknown>;
    total += maxLength(tree, ["embeds", i, "author", "name"], author.name, 256);
    const fields = Array.isArray(e.fields) ? e.fields : [];
    if (fields.length > 25)
      put(tree, ["embeds", i, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    fields.forEach((rawField, j) => {
      const f =
        typeof rawField === "object" && rawField !== null ? (rawField as Record<string, unknown>) : {};
      total += maxLength(tree, ["embeds", i, "fields", j, "name"], f.name, 256);
      total += maxLength(tree, ["embeds", i, "fields", j, "value"], f.value, 1024);
    });
  });
  if (total > 6000)
    put(tree, ["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
  const invalid = invalidForm(tree);
  if (invalid) return invalid;

  if (opts.requireSomething) {
    const hasContent = typeof b.content === "string" && b.content.length > 0;
    const hasOther =
      embeds.length > 0 ||
      (Array.isArray(b.components) && b.components.length > 0) ||
      (Array.isArray(b.sticker_ids) && b.sticker_ids.length > 0) ||
      b.poll !== undefined ||
      opts.fileCount > 0;
    if (!hasContent && !hasOther)
      return { status: 400, body: { code: 50006, message: "Cannot send an empty message" } };
  }
  return null;
}

/** Autocomplete result (callback type 8): at most 25 choices, names 1-100 chars, string values ≤ 100. */
export function validateAutocompleteChoices(data: unknown): DiscordError | null {
  const d = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const tree: ErrorTree = {};
  const choices = d.choices;
  if (!Array.isArray(choices)) {
    put(tree, ["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required");
    return invalidForm(tree);
  }
  if (choices.length > 25)
    put(tree, ["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  choices.forEach((raw, i) => {
    const c = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
    const name = str(c.name);
    if (!name || name.length < 1)
      put(tree, ["data", "choices", i, "name"], "BASE_TYPE_REQUIRED", "This field is required");
    else maxLength(tree, ["data", "choices", i, "name"], name, 100);
    if (typeof c.value === "string") maxLength(tree, ["data", "choices", i, "value"], c.value, 100);
    else if (typeof c.value !== "number")
      put(tree, ["data", "choices", i, "value"], "BASE_TYPE_REQUIRED", "This field is required");
  });
  return invalidForm(tree);
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Application command bodies for bulk overwrite: names, descriptions, options; at most 100 chat-input commands. */
export function validateCommands(body: unknown): DiscordError | null {
  const tree: ErrorTree = {};
  if (!Array.isArray(body)) {
    put(tree, [], "BASE_TYPE_ARRAY", "Must be an array.");
    return invalidForm(tree);
  }
  if (body.length > 100) put(tree, [], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
  body.forEach((raw, i) => {
    checkCommand(tree, [i], raw);
  });
  return invalidForm(tree);
}

function checkCommand(tree: ErrorTree, at: Array<string | number>, raw: unknown): void {
  const c = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const type = typeof c.type === "number" ? c.type : 1;
  const name = str(c.name);
  if (!name) put(tree, [...at, "name"], "BASE_TYPE_REQUIRED", "This field is required");
  else if (type === 1 && (!COMMAND_NAME.test(name) || name !== name.toLowerCase()))
    put(tree, [...at, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
  if (type === 1) {
    const description = str(c.description);
    if (description === undefined || description.length < 1 || description.length > 100)
      put(tree, [...at, "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  }
  checkOptions(tree, [...at, "options"], c.options);
}

function checkOptions(tree: ErrorTree, at: Array<string | number>, options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    put(tree, at, "BASE_TYPE_ARRAY", "Must be an array.");
    return;
  }
  if (options.length > 25) put(tree, at, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  let seenOptional = false;
  options.forEach((raw, i) => {
    const o = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
    const name = str(o.name);
    if (!name || !COMMAND_NAME.test(name) || name !== name.toLowerCase())
      put(tree, [...at, i, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    const description = str(o.description);
    if (description === undefined || description.length < 1 || description.length > 100)
      put(tree, [...at, i, "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    if (o.required === true && seenOptional)
      put(
        tree,
        [...at],
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    if (o.required !== true && o.type !== 1 && o.type !== 2) seenOptional = true;
    if (o.autocomplete === true && Array.isArray(o.choices) && o.choices.length > 0)
      put(
        tree,
        [...at, i, "autocomplete"],
        "AUTOCOMPLETE_CHOICES_INVALID",
        "Autocomplete cannot be set with choices",
      );
    if (o.type === 1 || o.type === 2) checkOptions(tree, [...at, i, "options"], o.options);
  });
}
