// The follow-up evaluation bases: the shipped base plus the two fixture articles (tests/fixtures/followups/)
// added with `kb:add` into a temporary copy, never into src/knowledge.
//   drafted:  kb:add's drafts as they come out, no hand edits;
//   reviewed: the same, then each article's facts.json and entities.json replaced by the curator's reviewed
//             versions kept in tests/fixtures/followups/reviewed/.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { addArticle } from "../src/knowledge/add.js";
import { PROJECT_ROOT } from "../src/shared/project-root.js";

export const FOLLOWUPS_DIR = path.join(PROJECT_ROOT, "tests", "fixtures", "followups");
export const REVIEWED_DIR = path.join(FOLLOWUPS_DIR, "reviewed");
const SHIPPED_KB = path.join(PROJECT_ROOT, "src", "knowledge");

export type FollowupVariant = "drafted" | "reviewed";

export interface FollowupBase {
  dir: string;
  articleIds: string[];
  remove(): void;
}

export function followupArticles(): string[] {
  return readdirSync(FOLLOWUPS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => path.join(FOLLOWUPS_DIR, name));
}

export function buildFollowupBase(variant: FollowupVariant): FollowupBase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kb-followups-${variant}-`));
  // Data only: the loader and schema stay in src/.
  cpSync(SHIPPED_KB, dir, { recursive: true, filter: (src) => !/\.(ts|js)$/.test(src) });
  const articleIds = followupArticles().map((file) => addArticle(["--kb", dir, file]).id);
  if (variant === "reviewed") {
    for (const id of articleIds) {
      const reviewed = path.join(REVIEWED_DIR, id, "facts.json");
      if (!existsSync(reviewed)) throw new Error(`no reviewed facts for ${id} (${reviewed})`);
      cpSync(reviewed, path.join(dir, "articles", id, "facts.json"));
    }
    cpSync(path.join(REVIEWED_DIR, "entities.json"), path.join(dir, "entities.json"));
  }
  return { dir, articleIds, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
