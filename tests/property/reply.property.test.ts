// The commands under hostile options: /ask and /source with any text, every command with any option values,
// autocomplete with anything typed. No crash, nothing over Discord's limits, mentions never parsed, user
// text never rendered as markup or mentions.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ask } from "../../src/commands/ask.js";
import { commandsByName } from "../../src/commands/index.js";
import { source } from "../../src/commands/source.js";
import type { CommandOptions } from "../../src/commands/types.js";
import { hostileText } from "./hostile.js";
import { ctx, expectSafe, NUM_RUNS } from "./safe-reply.js";

describe("commands with hostile options", () => {
  test("/ask question:<anything>", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (question, hide) => {
        const message = expectSafe(ask.execute({ question, hide }, ctx), question);
        expect(message.ephemeral).toBe(hide);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("/source fact:<anything>", () => {
    fc.assert(
      fc.property(hostileText, (fact) => {
        expectSafe(source.execute({ fact }, ctx), fact);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("any command with any option values (values Discord's own choices would not allow too)", () => {
    const names = [...commandsByName.keys()];
    const value = fc.oneof(hostileText, fc.boolean(), fc.double(), fc.integer());
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.dictionary(fc.constantFrom("question", "fact", "side", "topic", "hide", "other"), value),
        (name, options) => {
          const command = commandsByName.get(name);
          if (!command) throw new Error(name);
          const typed = Object.values(options).filter((v) => typeof v === "string");
          expectSafe(command.execute(options as CommandOptions, ctx), typed.join(" "));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  test("autocomplete for /ask and /source: at most 25 choices, names 1–100, values ≤ 100, no duplicates", () => {
    fc.assert(
      fc.property(fc.constantFrom(ask, source), hostileText, (command, value) => {
        const name = command === ask ? "question" : "fact";
        const choices = command.autocomplete?.({ name, value }, ctx) ?? [];
        expect(choices.length).toBeLessThanOrEqual(25);
        expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeGreaterThan(0);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
