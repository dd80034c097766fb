// Who took part in a day's meeting, as the base's side facts tell it: "how long did Marek and Holm talk in
// August?" and "who mediated the July meeting between Marek and Holm?" name the meeting by its parties, and a
// fact of that day ("the delegations talked for several hours", "the session was mediated by Brandt") is about
// it though it names neither. A side fact (a side's lead, dated to its day) names the day's parties.
import type { Fact, KnowledgeBase } from "../knowledge/types.js";
import { eventDayOf } from "./chronology.js";
import type { QueryTerm } from "./search.js";

/** No terms: shared rather than allocated per check (support-check.ts reads it too). */
export const NO_TERMS: ReadonlySet<string> = new Set();
/** An ask names a meeting by its parties when it names at least this many of the day's people. */
const PARTIES_OF_A_MEETING = 2;

export class EventParties {
  /** Day → term of a party's name → the party's entity id. */
  private readonly byDay = new Map<string, Map<string, string>>();

  /**
   * `nameTermsOf`: an entity's name and alias terms; `statementTerms`: a fact's statement as terms (a side fact
   * counts a person as a party only when its statement names them).
   */
  constructor(
    kb: Pick<KnowledgeBase, "facts" | "entities">,
    nameTermsOf: (id: string) => ReadonlySet<string> | undefined,
    statementTerms: (fact: Fact) => ReadonlySet<string>,
  ) {
    const people = new Set(kb.entities.filter((e) => e.kind === "person").map((e) => e.id));
    for (const fact of kb.facts) {
      const day = eventDayOf(fact);
      if (fact.side === undefined || day === undefined) continue;
      const stated = statementTerms(fact);
      for (const id of fact.entities) {
        const terms = people.has(id) ? nameTermsOf(id) : undefined;
        if (!terms || ![...terms].some((t) => stated.has(t))) continue;
        const parties = this.byDay.get(day) ?? new Map<string, string>();
        for (const term of terms) parties.set(term, id);
        this.byDay.set(day, parties);
      }
    }
  }

  /**
   * The terms of the ask that name the parties of the meeting `fact` is dated to, when the ask names two of
   * them or more (a meeting "between Marek and Holm"); else none. One party named is no meeting named: "what
   * did Marek say?" still needs a fact that says Marek.
   */
  partiesNamed(fact: Fact, terms: readonly QueryTerm[]): ReadonlySet<string> {
    const day = eventDayOf(fact);
    const parties = day === undefined ? undefined : this.byDay.get(day);
    if (!parties) return NO_TERMS;
    const named = terms.filter((t) => parties.has(t.term));
    const people = new Set(named.map((t) => parties.get(t.term)));
    return people.size >= PARTIES_OF_A_MEETING ? new Set(named.map((t) => t.term)) : NO_TERMS;
  }
}
