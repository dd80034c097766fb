import type { Fact } from "../knowledge/types.js";
import { answerAskAsPut } from "./answer-ask.js";
import { type AskResult, quoted, refusal, unconfirmed } from "./ask-result.js";
import type { AskSteps } from "./ask-steps.js";
import { isCountryName, isOrdinaryEnglish, isVerb } from "./english.js";
import { correctLeadPost } from "./lead-post.js";
import { isPartyAbbreviation } from "./party-abbreviations.js";
import { placeClaim, placedEventClaim } from "./predicate.js";
import { claimOf, impliedClaim, presupposedWhy } from "./premise.js";
import { escapeRegExp } from "./regexp.js";
import { isName } from "./support.js";
import { titledNameClaim } from "./titled-name.js";

/** One ask of a question: the best fact that supports all it asks, or why there is none. */
export function answerAsk(steps: AskSteps, ask: string): AskResult {
  const claim = claimOf(ask);
  // "Novak is governor of Southshire, right?": the claim is read without its tag ("right" is no word of it).
  const asPut =
    claim?.form === "asserted"
      ? { ...answerAskAsPut(steps, claim.text, true), ask }
      : answerAskAsPut(steps, ask);
  const result = placeCorrection(steps, ask, asPut) ?? asPut;
  if (!claim) {
    // "How did ISIS overthrow Petrov in December?": refused as asked, the event it takes for granted may
    // be corrected by the one name the sources put otherwise.
    const implied = result.status === "answered" ? undefined : impliedClaim(ask);
    return (
      (implied &&
        (steps.premise.correctAnchoredName(ask, implied) ?? steps.premise.correctPossessed(ask, implied))) ??
      (result.status === "answered" ? undefined : titledPostCorrection(steps, ask)) ??
      (result.status === "answered" ? undefined : whyCorrection(steps, ask)) ??
      result
    );
  }
  // "The ministry confirmed the talks, right?" of "neither the ministry nor … has commented": the answer
  // says the opposite, and is said as the correction.
  const denied = steps.premise.deniedByNegation(result, claim);
  if (denied) return denied;
  // "Why is Novak coordinating the talks from Riga?" corrected by a fact that only lacks "Riga": a
  // correction that fills the wrong element's own slot (where he is: Fredburg) says more, and is checked
  // element by element.
  // "Al-Rashid is Norway's prime minister, isn't he?" answered as a swapped name ("the sources don't
  // mention al-Rashid") of a fact on another prime minister: the post the sources give the person says more.
  if (result.status === "answered" && result.preface) {
    const post =
      claim.form === "asserted" && !steps.premise.namesPostHolder(result.facts, claim)
        ? steps.premise.correctRole(ask, claim)
        : undefined;
    return post ?? steps.premise.correct(ask, claim) ?? result;
  }
  // "Why is Otto Brandt leading Freedonia's delegation?" answered by a fact that does not name Brandt:
  // the party the claim takes for granted may be the wrong one, and a fact that names the right one in
  // the same place corrects it.
  if (
    result.status === "answered" &&
    claim.form === "presupposed" &&
    !result.preface &&
    !steps.premise.namesHeld(result.facts, claim)
  ) {
    return steps.premise.correct(ask, claim, true) ?? result;
  }
  // "Why did Ruritania broker the Fredburg ceasefire?" answered by a fact on other talks Ruritania brokered,
  // whose statement does not say the ceasefire: a fact that says all the rest of the claim and puts
  // another party in its place (Washington brokered it) is the correction.
  if (
    result.status === "answered" &&
    claim.form === "presupposed" &&
    !result.preface &&
    !steps.premise.statesClaim(result.facts, claim)
  ) {
    const corrected = steps.premise.correct(ask, claim, true);
    if (corrected) return corrected;
  }
  if (result.status === "answered") {
    // "The May talks were in Lisbon, right?" answered with a fact on July's Lisbon talks confirms nothing:
    // an asserted claim's year, month and place must be the answer's own, or the claim is corrected.
    // "Lund met Petrov, right?" is not confirmed by a fact that names Petrov but not Lund in its statement or
    // entities (its quote, the article's whole sentence, may name Lund beside another event): `namesPeople`.
    if (
      claim.form !== "asserted" ||
      result.preface ||
      (steps.premise.confirms(result.facts, claim) && namesPeople(steps, result.facts, claim.text))
    ) {
      return result;
    }
  }
  const corrected =
    steps.premise.correct(ask, claim) ??
    (result.status !== "answered" && claim.form === "presupposed"
      ? steps.premise.correctPossessed(ask, claim)
      : undefined) ??
    (claim.form === "asserted" ? steps.premise.correctRole(ask, claim) : undefined) ??
    (result.status !== "answered" ? correctLeadPost(steps, ask, claim) : undefined);
  if (corrected) return corrected;
  if (result.status !== "answered") return steps.premise.correctKnownParty(ask, claim) ?? result;
  // "Lund met Petrov, right?" answered by a fact that does not name Lund: the sources' own meeting of Lund's
  // with someone of Petrov's side corrects it, as when no fact answers.
  const party = steps.premise.correctKnownParty(ask, claim);
  if (party) return party;
  // Neither confirmed nor corrected: what the sources do say is offered, never given as the answer.
  const nearest = result.supported?.[0];
  return refusal(ask, nearest ? [nearest] : [], unconfirmed(claim.text, nearest?.fact));
}

/**
 * "Did they meet in Fredburg?", "why did they hold the July talks in Vienna?": a claim of a place the
 * facts do not give for that event. When no fact that answers the ask states that place, the ask is put
 * as "where …?" without it; an answer there that names another place is the correction.
 */
function placeCorrection(steps: AskSteps, ask: string, asPut: AskResult): AskResult | undefined {
  const claim = placeClaim(ask) ?? placedEventOf(steps, ask, asPut);
  if (!claim) return undefined;
  const placeTerm = steps.analyzer.termOf(claim.place.toLowerCase())?.term;
  const known = placeTerm !== undefined && steps.index.isKnownTerm(placeTerm);
  if (!placeTerm || !(known ? steps.nameTerms.has(placeTerm) : isName(claim.place.toLowerCase()))) {
    return undefined;
  }
  const states = (fact: Fact) => steps.support.toldTerms(fact).has(placeTerm);
  if (asPut.status === "answered" && asPut.facts.some(states)) return undefined;
  const where = answerAskAsPut(steps, claim.where);
  if (where.status !== "answered" || where.preface || where.facts.some(states)) return undefined;
  // "Why did Ruritania broker the 19 July ceasefire in Fredburg?" is not corrected by talks Ruritania
  // brokered elsewhere: the fact that gives another place must say the rest of the claim.
  const asked = steps.analyser.analyse(claim.where);
  if (!where.facts.some((fact) => steps.support.unstated(fact, asked).length === 0)) return undefined;
  return { ...where, ask, preface: `The sources don't say it was in ${quoted([claim.place])}; they say:` };
}

/**
 * Whether some fact names, in its statement or entities, every person a claim names: "Lund met Petrov,
 * right?" is not confirmed by a fact on Petrov's fall whose quote alone names Lund. People only: a place or
 * a body the claim names may be the fact's setting, told in its article's headline or another fact.
 */
function namesPeople(steps: AskSteps, facts: readonly Fact[], claimText: string): boolean {
  const asked = steps.analyser.analyse(claimText);
  const people = asked.terms.filter((t) => t.known && steps.personTerms.has(t.term)).map((t) => t.term);
  if (people.length === 0) return true;
  return facts.some((fact) => {
    const unstated = new Set(steps.support.unstated(fact, asked));
    return people.every((t) => !unstated.has(t));
  });
}

/**
 * "Which Redband members did Norway detain?", "what is Biden doing to push Norway …?": refused as asked, the
 * event the ask takes for granted is put as a "why" ask (`presupposedWhy`), whose correction is the answer:
 * a "why" ask takes its event for granted as these do. Only when the asked thing ("which REDBAND members")
 * or the one who acts ("what is BIDEN doing") holds a name the base has never seen, and no country, people or
 * party abbreviation (another party, as for a swapped name: support-check.ts `isSwappedName`): "what role
 * did Qatar play?", "which gifts did Novak give?" put no wrong name in what they ask, and stay refused. Its
 * answer is used only when it corrects: a reason is no answer to "which".
 */
function whyCorrection(steps: AskSteps, ask: string): AskResult | undefined {
  const put = presupposedWhy(ask, isVerb);
  if (!put) return undefined;
  const unseenName = (typed: string) => {
    const word = typed.toLowerCase().replace(/['’]s$/, "");
    const term = steps.analyzer.termOf(word)?.term;
    return (
      term !== undefined &&
      !steps.index.isKnownTerm(term) &&
      isName(word) &&
      !isCountryName(word) &&
      !isPartyAbbreviation(word) &&
      !isOrdinaryEnglish(word)
    );
  };
  if (!put.named.some(unseenName)) return undefined;
  const corrected = answerAsk(steps, put.why);
  return corrected.status === "answered" && corrected.preface ? { ...corrected, ask } : undefined;
}

/**
 * "What came out of the talks in Geneva?", "how did the talks in Cairo go?": a what or how ask of an event
 * it puts in a place (`placedEventClaim`), refused as asked. Only a place the base has never seen: a place
 * it knows may hold another event of that name ("the meeting in Riga" of a base with Riga's meeting and
 * Lisbon's talks), and the where-ask would pick one of them. And only when the ask without the place is
 * answered as it stands: "who mediated the meeting in Riga?" of sources that name no mediator is refused,
 * not answered with where the meetings were.
 */
function placedEventOf(
  steps: AskSteps,
  ask: string,
  asPut: AskResult,
): { place: string; where: string } | undefined {
  if (asPut.status === "answered") return undefined;
  const claim = placedEventClaim(ask);
  if (!claim) return undefined;
  const placeTerm = steps.analyzer.termOf(claim.place.toLowerCase())?.term;
  if (placeTerm === undefined || steps.index.isKnownTerm(placeTerm)) return undefined;
  const unplaced = ask.replace(
    new RegExp(String.raw`\s+(?:in|at)\s+${escapeRegExp(claim.place)}\b`, "i"),
    "",
  );
  const rest = answerAskAsPut(steps, unplaced);
  return rest.status === "answered" && !rest.preface ? claim : undefined;
}

/**
 * "What did Chilean foreign minister Jan Novak say?" refused (Novak says nothing there): the post the ask
 * gives him is corrected by the one the sources give, as when it is put to the bot.
 */
function titledPostCorrection(steps: AskSteps, ask: string): AskResult | undefined {
  const termOf = (word: string) => steps.analyzer.termOf(word)?.term ?? "";
  const ofPerson = (word: string) => steps.personTerms.has(termOf(word));
  const onlyName = (word: string) => ofPerson(word) && isName(word) && !steps.sideTerms.has(termOf(word));
  const claim = titledNameClaim(ask, { ofPerson, onlyName });
  return claim && steps.premise.correctRole(ask, claim);
}
