// Reloading the knowledge base without a restart (SIGHUP, /kb reload): re-read KNOWLEDGE_DIR, validate it
// exactly as `npm run kb:check` does, build the new engine, and only then swap it into the running
// context. A broken base is refused with kb:check's own lines; the old engine keeps answering.
import type { CommandContext, ReloadResult } from "./commands/types.js";
import type { Engine } from "./engine/types.js";
import { checkKnowledgeBase, formatProblem } from "./knowledge/loader.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { messageOf } from "./shared/message-of.js";

/** kb:check's report for a broken base, line for line. */
function kbCheckLines(dir: string, problems: readonly Parameters<typeof formatProblem>[0][]): string[] {
  const n = problems.length;
  return [`kb:check: ${n} problem${n === 1 ? "" : "s"} in ${dir}`, ...problems.map(formatProblem)];
}

export function createReloader(
  ctx: CommandContext,
  build: (kb: KnowledgeBase) => Engine,
  dir: string,
): () => ReloadResult {
  return () => {
    let engine: Engine;
    let kb: KnowledgeBase;
    try {
      const checked = checkKnowledgeBase(dir);
      if (!checked.kb || checked.problems.length > 0) {
        return { ok: false, problems: kbCheckLines(dir, checked.problems) };
      }
      kb = checked.kb;
      engine = build(kb);
    } catch (err) {
      // An unreadable disk or a bug in building: the old engine is untouched.
      return { ok: false, problems: [`kb:check: ${messageOf(err)}`] };
    }
    // All at once, between two events: no question sees the new facts with the old articles or story.
    ctx.engine = engine;
    ctx.articles = kb.articles;
    ctx.story = kb.story;
    return { ok: true, articles: kb.articles.length, facts: kb.facts.length };
  };
}
