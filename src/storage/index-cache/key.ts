// The key an index cache file is saved under: a hash of the whole knowledge base and of the code that
// builds the index, so that any change to either means a rebuild, with no version for anyone to bump.
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FIELD_WEIGHTS } from "../../engine/search.js";
import type { KnowledgeBase, Quote } from "../../knowledge/types.js";
import { LAYOUT_VERSION } from "./layout.js";

/** Directories, relative to this one, whose modules decide what the index holds and how it is saved. */
const INDEXING_CODE = ["../../engine", "."];
let codeFingerprint: string | undefined;

/**
 * A hash of the indexing code itself (every module of the engine, which holds the analysis, the postings
 * and the question-kind table, and of this cache), so that a change to any of it invalidates saved indexes.
 * Read once per process, from the compiled modules in production (or the TypeScript sources under vitest);
 * unreadable modules only weaken the key to the layout version.
 */
function indexingCodeFingerprint(): string {
  if (codeFingerprint !== undefined) return codeFingerprint;
  const here = fileURLToPath(import.meta.url);
  const extension = path.extname(here);
  const hash = createHash("sha256");
  for (const relative of INDEXING_CODE) {
    const dir = path.resolve(path.dirname(here), relative);
    try {
      const modules = readdirSync(dir)
        .filter((name) => name.endsWith(extension) && !name.endsWith(`.d${extension}`))
        .sort();
      for (const name of modules)
        hash.update(`${relative}/${name}\n`).update(readFileSync(path.join(dir, name)));
    } catch {
      hash.update(`${relative}: unreadable`);
    }
  }
  codeFingerprint = hash.digest("hex");
  return codeFingerprint;
}

/**
 * Hash of everything in the base (not only what the index reads: a cheap rule that cannot miss a field) and
 * of what decides how it is built.
 */
export function knowledgeBaseKey(kb: KnowledgeBase): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ LAYOUT_VERSION, endianness: os.endianness(), FIELD_WEIGHTS }));
  hash.update(indexingCodeFingerprint());
  hash.update(JSON.stringify(kb.lexicon));
  hash.update(JSON.stringify(kb.entities));
  hash.update(JSON.stringify(kb.articles));
  hashFacts(hash, kb.facts);
  return hash.digest("hex");
}

/**
 * This runs on every start, so it avoids waste: facts are hashed in batches (one JSON string of a
 * large base would be a hundred megabytes and more), and a quote cited by many facts is serialised once and then referred
 * to by number — quotes are over half of a large base's JSON. The stream stays an unambiguous encoding of
 * the content: each distinct quote is defined before its first use.
 */
function hashFacts(hash: Hash, facts: KnowledgeBase["facts"]): void {
  const batch: string[] = [];
  const seenQuotes = new Map<string, Array<{ quote: Quote; id: number }>>();
  let quoteCount = 0;
  const quoteRef = (quote: Quote): number => {
    const sameText = seenQuotes.get(quote.text) ?? [];
    for (const seen of sameText) if (shallowEqual(seen.quote, quote)) return seen.id;
    const id = quoteCount++;
    sameText.push({ quote, id });
    seenQuotes.set(quote.text, sameText);
    batch.push(`q${id}=${JSON.stringify(quote)}`);
    return id;
  };
  for (const fact of facts) {
    const { quotes, ...rest } = fact;
    const refs = quotes.map(quoteRef).join(",");
    batch.push(`${JSON.stringify(rest)}#${refs}`);
    if (batch.length >= 1_000) hash.update(batch.splice(0).join("\n"));
  }
  hash.update(batch.join("\n"));
}

/** Same own properties with the same values (===): the same quote, however many facts copied it. */
function shallowEqual(a: Quote, b: Quote): boolean {
  if (a === b) return true;
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && left[key] === right[key]);
}
