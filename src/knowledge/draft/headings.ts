// Which of an article's section headings is a keyword of every claim under it. Pure.
import { nlp } from "./nlp-libraries.js";

/**
 * A heading that tells where, when or what happened ("The Lima track", "No signing on 3 May", "Quiet
 * channels came first") sums up every claim under it, as the section's facts are all of that track or event.
 * One that names a thing alone ("The agenda", "Security understandings") is what the first claim under it
 * is: the claims after it are not the agenda, and with the heading as their keyword the one after the agenda
 * ("It was the second time … they had met") answered "what was on the agenda?".
 */
export function headingHoldsForSection(
  heading: string,
  namesSomething: (text: string) => boolean,
  dates: (text: string) => boolean,
): boolean {
  return namesSomething(heading) || dates(heading) || nlp(heading).has("#Verb");
}
