// `npm run --silent kb:gaps [-- --json] [-- --guild ID] [-- --limit N]`: what members asked that the bot
// could not answer, and the answers they voted 👎, most frequent first, from the bot's database (DATA_DIR).
// Reads only: safe while the bot runs (WAL mode).
import { parseArgs } from "node:util";
import { type Config, ConfigError, loadConfig, loadDotEnv } from "../config.js";
import { DatabaseError, openDatabase } from "../storage/database.js";
import { gapsText, readGaps } from "../storage/gaps.js";

const DAY_MS = 24 * 60 * 60 * 1000;

function main(argv: string[]): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    process.stderr.write(
      `kb:gaps: ${(err as Error).message}\nUsage: npm run --silent kb:gaps -- [--json] [--guild ID] [--limit N]\n`,
    );
    return 2;
  }
  loadDotEnv();
  // Not startup.ts's orExit: it imports the knowledge base loader, which kb:gaps never needs (start time).
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 1;
  }
  const limit = args.values.limit === undefined ? undefined : Number(args.values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    process.stderr.write("kb:gaps: --limit must be a whole number above 0\n");
    return 2;
  }
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(config.dataDir, { readonly: true });
  } catch (err) {
    if (err instanceof DatabaseError) {
      process.stderr.write(`kb:gaps: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  try {
    const gaps = readGaps(db, {
      ...(args.values.guild ? { guildId: args.values.guild } : {}),
      ...(limit ? { limit } : {}),
      since: Date.now() - config.feedbackRetentionDays * DAY_MS,
    });
    process.stdout.write(args.values.json ? `${JSON.stringify(gaps)}\n` : `${gapsText(gaps).join("\n")}\n`);
    return 0;
  } finally {
    db.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { json: { type: "boolean" }, guild: { type: "string" }, limit: { type: "string" } },
    strict: true,
  });
}

process.exitCode = main(process.argv.slice(2));
