// `--kb DIR`: the one way to point any command that reads a knowledge base (ask, kb:add, kb:review, kb:check)
// at one. Each command spreads KB_OPTION into its parseArgs options and resolves the folder with config.ts's
// knowledgeDirOf (the bot's resolver too), so the option is spelt and documented in one place.

export const KB_OPTION = { kb: { type: "string" } } as const;

/** The option as usage lines show it. */
export const KB_USAGE = "[--kb DIR]";
