// What a fact tells only as still to be set up ("they agreed that the two states WOULD SET UP A JOINT
// COMMITTEE to …"): the body is planned, not yet at work. An ask that takes it as working — met, held a
// session, is run by someone, fell apart — asks of something the fact does not say exists. Pure string work.
import type { Analyzer } from "./normalise.js";
import { allMatches } from "./regexp.js";

/**
 * A body named as what would be (or was to be) set up: "would set up a joint committee", "agreed to form a
 * panel", "will establish a fund". Group 1: the noun phrase, ending before what it is for ("… to help", "…
 * for", a comma).
 */
const PLANNED_BODY =
  /\b(?:would|will|shall|to)\s+(?:jointly\s+)?(?:set up|create|form|establish|launch|convene)\s+((?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:to|that|which|for|in|on|with|by|and|of|under)\b|\s*[,.;:]|\s*$)/giu;

/**
 * Words of an ask that take a body as at work: it met or held a session, someone runs or chairs it, it
 * reported, fell apart or was disbanded.
 */
const AT_WORK_WORDS = [
  "meet",
  "met",
  "meeting",
  "session",
  "hold",
  "held",
  "convened",
  "lead",
  "chair",
  "chaired",
  "run",
  "ran",
  "charge",
  "collapse",
  "collapsed",
  "apart",
  "disband",
  "disbanded",
  "dissolve",
  "dissolved",
] as const;

/**
 * Words of an ask about the body's making or its purpose ("what did they agree to CREATE", "what was the group
 * SUPPOSED to do"): the planned body is what such an ask is about, and the fact answers it.
 */
const MAKING_WORDS = [
  "set",
  "create",
  "form",
  "establish",
  "launch",
  "agree",
  "plan",
  "propose",
  "supposed",
  "meant",
  "purpose",
  "point",
  "aim",
  "goal",
] as const;

/** The noun phrases a text names as bodies still to be set up, as typed ("a joint working group"). */
export function plannedBodiesIn(text: string): string[] {
  return allMatches(PLANNED_BODY, text).flatMap((m) => (m[1] ? [m[1]] : []));
}

/** Reads asks against the planned bodies of facts, with one analyser's terms. */
export class PlannedBodies {
  private readonly atWork: ReadonlySet<string>;
  private readonly making: ReadonlySet<string>;

  constructor(private readonly analyzer: Analyzer) {
    this.atWork = this.termsOf(AT_WORK_WORDS);
    this.making = this.termsOf(MAKING_WORDS);
  }

  private termsOf(words: readonly string[]): ReadonlySet<string> {
    return new Set(words.flatMap((w) => this.analyzer.termOf(w)?.term ?? []));
  }

  /** Each planned body of the texts as its terms, the head noun's last. */
  bodies(texts: readonly string[]): string[][] {
    return texts
      .flatMap(plannedBodiesIn)
      .map((phrase) => this.analyzer.words(phrase).flatMap((w) => this.analyzer.termOf(w)?.term ?? []))
      .filter((terms) => terms.length > 0);
  }

  /**
   * Whether the ask takes one of the bodies as at work: it names that body (its head and, for a phrase of
   * more words, another of them), has a word of it at work, and does not ask of its making or purpose.
   */
  takesAtWork(bodies: readonly (readonly string[])[], terms: readonly { term: string }[]): boolean {
    if (bodies.length === 0) return false;
    const asked = new Set(terms.map((t) => t.term));
    if ([...this.making].some((t) => asked.has(t))) return false;
    const names = bodies.some((body) => {
      const head = body.at(-1) as string;
      return asked.has(head) && (body.length === 1 || body.slice(0, -1).some((t) => asked.has(t)));
    });
    return names && [...this.atWork].some((t) => asked.has(t));
  }
}
