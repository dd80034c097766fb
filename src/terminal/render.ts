// Renders a Reply as readable plain text for the terminal: the answer, sections, "did you mean" questions,
// then the numbered citations with their source and URL. Suggestions are numbered (typing the number picks
// one, see terminal.ts) and show their fact id; the model's sentences about Discord's buttons and
// autocomplete list are replaced by the terminal's own.
import { PICK_SUGGESTION_FOOTER, UNKNOWN_FACT_BODY } from "../commands/replies/answer.js";
import type { Reply } from "../commands/reply.js";
import type { Command } from "../commands/types.js";

/** The model's Discord-only sentences, as a terminal says them. */
const TERMINAL_WORDING: ReadonlyMap<string, string> = new Map([
  [PICK_SUGGESTION_FOOTER, "Type a number to pick one, or try /timeline, /who-leads or /about."],
  [
    UNKNOWN_FACT_BODY,
    "I couldn't find a fact matching that. Type a number below to see that fact, or /source fact:<id> with one of the ids shown.",
  ],
]);

const forTerminal = (text: string) => TERMINAL_WORDING.get(text) ?? text;

export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.kind !== "notice" && reply.kind !== "error" && reply.kind !== "answer")
    out.push(`== ${reply.title} ==`);
  out.push(forTerminal(reply.body));
  for (const section of reply.sections)
    out.push("", `${section.heading}:`, ...section.lines.map((l) => `  ${l}`));
  if (reply.suggestions.length > 0) {
    out.push(
      "",
      "Did you mean:",
      ...reply.suggestions.map((s, i) => `  ${i + 1}. ${s.question}  [${s.factId}]`),
    );
  }
  if (reply.citations.length > 0) {
    out.push("", "Sources:");
    reply.citations.forEach((c, i) => {
      out.push(`  [${i + 1}] “${c.quote.replace(/\s+/g, " ").trim()}”`);
      out.push(`      — ${c.source}${c.url ? ` <${c.url}>` : ""}`);
    });
  }
  if (reply.footer) out.push("", forTerminal(reply.footer));
  return `${out.join("\n")}\n`;
}

export function helpText(commands: readonly Command[]): string {
  const lines = ["Ask a question in plain words, or use a command:"];
  for (const command of commands) {
    const options = (command.data.options ?? [])
      .filter((o) => o.name !== "hide")
      .map((o) => ("required" in o && o.required ? `${o.name}:…` : `[${o.name}:…]`));
    lines.push(`  /${[command.data.name, ...options].join(" ")}  — ${command.data.description}`);
  }
  lines.push("  /help  — this list", "  quit  — leave");
  lines.push("Examples: /who-leads · /timeline · /ask followed by any question");
  return `${lines.join("\n")}\n`;
}
