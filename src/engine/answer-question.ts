import { answerAskAsPut } from "./answer-ask.js";
import { answerAsk } from "./answer-claim.js";
import { type AskResult, joinAsks, noAnswer } from "./ask-result.js";
import type { AskSteps } from "./ask-steps.js";
import { apposedPost, type Claim, claimOf, grantedClaim, taggedClaims } from "./premise.js";
import { MAX_QUESTION_LENGTH } from "./question-length.js";
import { correctLatestWords, correctMonthNames, correctQuestionWords } from "./question-words.js";
import { readAsks } from "./read-asks.js";
import type { Answer } from "./types.js";

export function answerQuestion(steps: AskSteps, question: string): Answer {
  const trimmed = question.trim();
  if (trimmed === "") {
    return noAnswer(question, `Ask me a question about the ${steps.story.name}.`, 0, []);
  }
  // "There were reports …": a stopword or generic word opening a message is no misspelt "where".
  const isFunctionWord = (word: string) => {
    const term = steps.analyzer.termOf(word);
    return term === null || steps.analyzer.generic.has(term.term);
  };
  const read = correctLatestWords(
    correctMonthNames(correctQuestionWords(trimmed.slice(0, MAX_QUESTION_LENGTH), isFunctionWord)),
  );
  const isSide = (word: string) => steps.sideTerms.has(steps.analyzer.termOf(word)?.term ?? "");
  // "Since Ruritania has stepped up its strikes, how is Fredburg responding?": a claim the question takes for
  // granted, which the sources correct, is answered with the correction; the ask built on it is moot.
  const granted = grantedClaim(read);
  const correction = granted ? correctionOfGranted(steps, read, granted) : undefined;
  if (correction) return joinAsks(question, trimmed, [correction], steps.story.noAnswer, steps.chronology);
  // "Why is Novak, the governor of Westshire, in charge?": the post given in passing, when the sources give
  // him another, is corrected first, as a claim taken for granted; the ask built on it is moot.
  const apposed = postCorrection(steps, read);
  if (apposed) return joinAsks(question, trimmed, [apposed], steps.story.noAnswer, steps.chronology);
  // "…, what did they say?": an ask of function words only asks about its context.
  const count = (text: string) => {
    const terms = steps.analyzer.terms(text);
    return { any: terms.length, weighing: terms.filter((t) => !steps.analyzer.generic.has(t)).length };
  };
  // "Bush has met …, so who did he meet?": a person the base names is a referent wherever it is typed.
  const isPerson = (word: string) => steps.personTerms.has(steps.analyzer.termOf(word)?.term ?? "");
  // "Those talks", "the session": a word the lexicon reads as a meeting's or talks' is an event the context may place.
  const events = new Set(steps.analyzer.terms("meeting talks"));
  const isEvent = (word: string) => steps.analyzer.terms(word).some((term) => events.has(term));
  // "real quick before CLASS: …": a landmark no fact's word names is the asker's own time.
  const isKnown = (word: string) => steps.analyzer.terms(word).some((term) => steps.index.isKnownTerm(term));
  const asks = readAsks(read, isSide, count, isPerson, isEvent, isKnown);
  // A claim put with a tag in a sentence of its own is asked, though a question follows it.
  // One the asks already hold is not asked twice ("so it was X, yeah?" is read as "it was X, yeah?").
  const claimed = new Set(asks.map((ask) => claimOf(ask)?.text.toLowerCase()));
  const tagged = taggedClaims(read).filter(
    (t) =>
      !asks.some((ask) => ask.includes(t.replace(/[?!.]+$/, ""))) &&
      !claimed.has(claimOf(t)?.text.toLowerCase()),
  );
  // "X was in March right? so the talks came after that?" is read as one ask for its "that", which the
  // claim's wrong element leaves unanswered; a correction of the tagged claim alone answers it. Only a
  // correction: the claim agreeing with a fact does not answer what is asked after it.
  const held = taggedClaims(read)
    .filter((t) => asks.some((ask) => ask.includes(t) && !ask.trimEnd().endsWith(t)))
    .map((t) => answerAsk(steps, t))
    .filter((part) => part.status === "answered" && part.preface !== undefined);
  const parts = [...held, ...[...tagged, ...asks].map((ask) => answerAsk(steps, ask))];
  return joinAsks(question, trimmed, parts, steps.story.noAnswer, steps.chronology);
}

/**
 * The correction of a claim a question takes for granted in a clause of its own, or undefined when the
 * sources confirm it or say nothing to correct it with. Only a correction checked element by element (the
 * opposite verb, a year, place or name replaced): a clause is no claim put to the bot, and a loosely
 * matching fact must not displace the answer to what is asked.
 */
function correctionOfGranted(steps: AskSteps, question: string, claim: Claim): AskResult | undefined {
  const asPut = answerAskAsPut(steps, claim.text, false);
  if (asPut.status === "answered") {
    if (asPut.preface) return { ...asPut, ask: question };
    const denied = steps.premise.deniedByNegation(asPut, claim);
    if (denied) return { ...denied, ask: question };
    if (steps.premise.confirms(asPut.facts, claim)) return undefined;
  }
  // "Since X is Norway's foreign minister, what has he said?": a post the clause gives a person of the base is
  // corrected by what the sources say they are, as when it is put to the bot.
  const corrected = steps.premise.correct(question, claim) ?? steps.premise.correctRole(question, claim);
  return corrected && { ...corrected, ask: question };
}

/**
 * The correction of a post a question gives a person of the base in passing ("why is Novak, the governor of
 * Westshire, …"), or undefined. Only by the post the sources give the person (`correctRole`), and not when a
 * fact confirms the post: a loose match must not displace the answer to what is asked.
 */
function postCorrection(steps: AskSteps, question: string): AskResult | undefined {
  const claim = apposedPost(question);
  if (!claim) return undefined;
  const asPut = answerAskAsPut(steps, claim.text, true);
  if (asPut.status === "answered" && !asPut.preface && steps.premise.confirms(asPut.facts, claim))
    return undefined;
  const corrected = steps.premise.correctRole(question, claim);
  return corrected && { ...corrected, ask: question };
}
