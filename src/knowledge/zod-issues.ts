// zod's issues as knowledge-base problems, each naming the field the way an editor would look it up.
import type { z } from "zod";
import type { Problem } from "./problems.js";

/** zod paths → `quotes[1]`, `timeline.sort`, the way an editor would look the field up. */
function fieldPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function joinField(prefix: string, rest: string): string {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return rest.startsWith("[") ? `${prefix}${rest}` : `${prefix}.${rest}`;
}

type Issue = z.core.$ZodIssue;

/** One zod issue → problems; unknown keys become one problem per key so the field names the key itself. */
export function issueProblems(issue: Issue, file: string, prefix: string, factId?: string): Problem[] {
  const base = joinField(prefix, fieldPath(issue.path));
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ file, factId, field: joinField(base, key), message: "unknown field" }));
  }
  // zod says "expected string, received undefined" for a missing field; say it plainly.
  const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
  const message = missing ? `is required (${issue.message.replace(/^Invalid input: /, "")})` : issue.message;
  return [{ file, factId, field: base || undefined, message }];
}
