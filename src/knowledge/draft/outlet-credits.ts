// Whether the article uses a name as a news outlet's: a module of its own, without the name finder's
// libraries, so kb:review can tell an outlet among the names it asks a curator to add (entity-suggestions.ts)
// as kb:add does among those it adds (attributions.ts).
import { escapeRegExp } from "../../engine/regexp.js";
import type { Entity } from "../schema.js";

/** Verbs of a news report after its outlet: "X reported", "X has published", "X aired", "X, quoting officials". */
const REPORTED =
  "(?:\\s+(?:has|had|also|first|later|earlier)\\b)?\\s+(?:reported|reports|published|broadcast|aired)\\b|,\\s+quoting\\b";
/**
 * What comes before an outlet a report is credited to: "reported by X", "first published by X", and an
 * unnamed source's "told X" ("a security source told X", "officials told X": a party tells a party too).
 */
const CREDITED_TO =
  "(?:\\b(?:reported|published|quoted|broadcast|aired)\\s+by|\\b(?:sources?|officials?|spokes(?:man|woman|person)|diplomats?)\\s+(?:had\\s+)?told)\\s+(?:the\\s+)?";
/** The last word of a news outlet's name, in English ("Daily Nation", "Citizen TV", "Channel 4"). */
const MEDIA_NAME =
  /\b(?:News|TV|Television|Radio|Times|Post|Press|Journal|Gazette|Herald|Tribune|Broadcasting|Daily|Channel \d+)$/;
/** The last word of a body of government or of armed men: it speaks for a party, whatever verb it takes. */
const PARTY_BODY =
  /\b(?:Department|Ministry|Office|Council|Assembly|Committee|Army|Forces|Government|Administration|Authority|Presidency|Cabinet|Parliament|Police)$/i;

/**
 * Whether the article uses an organisation it names as a news outlet, not a party to the story: its name is an
 * outlet's ("… News", "… TV") or a sentence credits a report to it ("…, X reported", "a source told X", "first
 * published by X"). A body of government ("the State Department", "the health ministry reported") is a party
 * whatever it reports.
 */
export function reportsAsOutlet(entity: Entity, sentences: readonly string[]): boolean {
  if (entity.kind !== "organisation" || PARTY_BODY.test(entity.name)) return false;
  if (MEDIA_NAME.test(entity.name)) return true;
  const names = [entity.name, ...entity.aliases].map(escapeRegExp).join("|");
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names})(?:${REPORTED})|${CREDITED_TO}(?:${names})(?![\\p{L}\\p{N}])`,
    "u",
  );
  return sentences.some((sentence) => pattern.test(sentence));
}
