// Who a statement has speak: the words before its verb of saying, in that verb's own clause ("Norway made NO
// COMMENT", "Chile's official news agency publicly ACKNOWLEDGED …", "…, a local channel REPORTED"). An ask for
// what a party said ("did Norway say anything about the vote?", "what did Norway say about it?") is answered only
// by a fact in which that party speaks or keeps silent, not by one another party reported about it. Pure string
// work; no story wording.

/** A verb or phrase of saying, or of keeping silent. */
const SAYING =
  /\b(?:said|says|say|stated|states|told|tells|described|describes|called|calls|comment(?:s|ed)?|acknowledg(?:e|ed|es)|confirm(?:s|ed)?|announc(?:e|ed|es)|declar(?:e|ed|es)|denied|denies|dismiss(?:ed|es)|reject(?:ed|s)|report(?:s|ed)?|wrote|posted|tweeted|silent|silence|declined)\b/i;
/**
 * "Called" and "calls" that say nothing: calling off, in or up, "so-called", phone calls, and naming ("a
 * group called Northwind"). Blanked out before a verb of saying is looked for.
 */
const NOT_SAYING =
  /\b(?:call(?:ed|s)\s+(?:off|in|up)\b|so-called\b|(?:tele)?phone\s+calls\b|(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}called\s+(?=\p{Lu}))/gu;
/** Where one clause ends and another begins: a comma, a semicolon, a colon, "that", a dash. */
const CLAUSE_BREAK = /[,;:]|\s[–—]\s|\bthat\b/i;

/** A clause set off as an aside: one that opens with a preposition ("for the first time", "on Tuesday"). */
const ASIDE = /^\s*(?:for|on|in|at|by|after|before|during|since|under|with|without|according)\b/i;
/** Words that stand before a verb without being who does it: adverbs, connectives, auxiliaries. */
const NO_SUBJECT = /\b\p{L}+ly\b|\b(?:and|but|or|then|also|has|have|had|is|are|was|were|which|who)\b/giu;

/** Whether the words before a verb name who does it, not only how or when. */
function hasSubject(words: string): boolean {
  return /\p{L}/u.test(words.replace(NO_SUBJECT, " "));
}

/**
 * The words that stand before each verb of saying in its clause: the speakers a statement names, as text
 * ("Norway made no", "Chile's official news agency publicly", " a local channel"). Empty when the statement
 * tells no one saying anything.
 */
export function speakersOf(statement: string): string[] {
  const speakers: string[] = [];
  const clauses = statement.split(CLAUSE_BREAK);
  clauses.forEach((clause, at) => {
    const verb = SAYING.exec(clause.replace(NOT_SAYING, (words) => " ".repeat(words.length)));
    if (!verb) return;
    // "X has, for the first time, publicly acknowledged …": the subject stands before an aside.
    let speaker = clause.slice(0, verb.index);
    for (let back = at - 1; back >= 0 && !hasSubject(speaker); back--) {
      const before = clauses[back] ?? "";
      if (!ASIDE.test(before)) speaker = `${before},${speaker}`;
    }
    speakers.push(speaker);
  });
  return speakers;
}
