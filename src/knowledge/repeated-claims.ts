// One fact per claim, as kb:add writes the drafts. A sentence that only ties a person to a side ("The
// session was mediated by Tom Barrack, the US ambassador to Turkey …") is drafted twice: as the sentence's
// own fact and as the side's lead fact, with the same quote and the same claim — an exact duplicate the
// curator had to find and delete. When every word of the sentence fact's statement is in the lead fact's,
// the lead fact says it all: it takes the sentence fact's place, its questions and keywords. A sentence
// that says more than the tie (the lede's "held talks in the French capital … after Israeli jets bombed
// …", "a government source … said al-Shaibani was accompanied by …") keeps both. Pure.
import { foldWords } from "../shared/fold.js";
import { type ClaimLists, type DraftFact, unitedLists } from "./draft/draft-fact.js";

/** What tells two drafts' claims apart. */
type Claim = Pick<DraftFact, "statement" | "side"> & { quotes: readonly string[] };

/** A draft as folding one claim into another reads it: its claim and its lists. */
type Drafted = Claim & ClaimLists;

/** Short words ("the", "was", "US") say nothing a longer statement could leave out. */
const MIN_WORD = 4;

const contentWords = (text: string) =>
  foldWords(text)
    .split(" ")
    .filter((w) => w.length >= MIN_WORD);

const sameQuotes = (a: Claim, b: Claim) =>
  a.quotes.length === b.quotes.length && a.quotes.every((q, i) => q === b.quotes[i]);

/** Whether `lead` (a side's fact) says everything `own` (the same sentence's fact) says. */
export function repeats(lead: Claim, own: Claim): boolean {
  if (lead.side === undefined || own.side !== undefined || !sameQuotes(lead, own)) return false;
  const said = new Set(contentWords(lead.statement));
  return contentWords(own.statement).every((w) => said.has(w));
}

/** The drafts with each sentence fact a side's lead repeats folded into that lead fact, in its place. */
export function withoutRepeatedClaims<T extends Drafted>(facts: readonly T[]): T[] {
  const folded = new Map<T, T>();
  const leads = new Set<T>();
  for (const own of facts) {
    const lead = facts.find((f) => !leads.has(f) && repeats(f, own));
    if (!lead) continue;
    folded.set(own, lead);
    leads.add(lead);
  }
  return facts.flatMap((fact) => {
    if (leads.has(fact)) return [];
    const lead = folded.get(fact);
    return lead ? [{ ...lead, ...unitedLists(lead, fact) }] : [fact];
  });
}
