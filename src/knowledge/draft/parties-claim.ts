// "Fighting broke out there on 13 July between clan militias and farmers after a cycle of raids, and …": who
// fought is a claim of its own, which the sentence's fact, about the raids and what followed too, answers
// only among its other words ("who fought in Kivu?" met other facts; given the who kind, the whole sentence
// answered "who raided whom?", which it does not say). The opening clause up to the two parties becomes a fact
// of its own with the who kind and a reader's "who was fighting / who fought in PLACE?". Pure.
import { nlp } from "./nlp-libraries.js";

/**
 * The clause a sentence opens with that ends on two parties ("Fighting broke out there on 13 July between
 * clan militias and farmers"), when the sentence goes on after them; null otherwise.
 */
export function partiesClause(sentence: string): string | null {
  const found =
    /^([^,;]{10,160}?\bbetween\s+[^,;]+?\s+and\s+[^,;]+?)(?=\s+(?:after|following|amid|over|as|when|while)\b|[,;])/u.exec(
      sentence,
    );
  return found?.[1] ?? null;
}

const ING_PREPOSITIONS = new Set([
  "according",
  "barring",
  "concerning",
  "considering",
  "excluding",
  "following",
  "including",
  "pending",
  "regarding",
]);

/**
 * "Fighting" → ["Who was fighting in Kivu?", "Who fought in Kivu?"]: the asks of who took part in the act a
 * clause's -ing subject names, its past form compromise's (an irregular one too: "fought"); none when the
 * subject is no such word.
 */
export function partiesQuestions(clause: string, place: string | null): string[] {
  const subject = /^(\p{Lu}\p{Ll}+ing)\b/u.exec(clause)?.[1]?.toLowerCase();
  // A verb's gerund only: "During", "Morning", "Nothing", "Beijing" are none; "Following clashes …" opens on a
  // preposition.
  if (!subject || ING_PREPOSITIONS.has(subject) || !nlp(subject).has("#Gerund")) return [];
  const infinitive = nlp(`they were ${subject}`)
    .verbs()
    .toInfinitive()
    .text()
    .replace(/^they\s+/, "");
  if (!infinitive || infinitive === subject) return [];
  const past = nlp(`they ${infinitive}`)
    .verbs()
    .toPastTense()
    .text()
    .replace(/^they\s+/, "");
  const where = place ? ` in ${place}` : "";
  return [`Who was ${subject}${where}?`, ...(past && past !== infinitive ? [`Who ${past}${where}?`] : [])];
}
