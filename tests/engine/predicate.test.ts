// The verb a yes/no or why ask claims: pure string work on the ask, table-driven.
import { describe, expect, test } from "vitest";
import { isVerb } from "../../src/engine/english.js";
import {
  openingParticiple,
  placeClaim,
  placedEventClaim,
  predicateWord,
  unseenEventWord,
} from "../../src/engine/predicate.js";

const STOPWORDS = new Set(["know", "get", "make", "we", "they"]);
const isStopword = (word: string) => STOPWORDS.has(word);

describe("predicateWord", () => {
  test.each([
    ["did the council sell the old bridge?", "sell"],
    ["why did the mayor expel the inspectors?", "expel"],
    ["did the town and the county sign a deal?", "sign"],
    ["will the council destroy the archive?", "destroy"],
    // a verb that leads to another: the claim is the second
    ["did the council agree to sell the bridge?", "sell"],
    // "to" before no verb is a preposition: with a purpose after it, the verb before it is the claim
    ["did the mayor fly to the capital to meet them?", "fly"],
    ["did the mayor travel to lisbon?", undefined],
    ["why did they end up moving the vote?", "vote"],
    // a noun that is a verb too may stand first; the fact about the same thing has it
    ["did the border crossing reopen?", "border"],
    // "near" before its object is a preposition, not the verb
    ["did the talks near the river stop the clashes?", "stop"],
    // the verb is a stopword: it claims nothing a fact must repeat
    ["do we know the names of the inspectors?", undefined],
    // "is", "has": a participle is as often a paraphrase; not read
    ["has the council stopped the works?", undefined],
    ["was the meeting postponed?", undefined],
    // a why-ask takes its event for granted: after be or have, the participle is that event
    ["why was the meeting postponed?", "postponed"],
    ["why was the august budget meeting postponed?", "postponed"],
    ["why was the mayor fired as treasurer?", "fired"],
    ["why were the talks held in lisbon?", "held"],
    ["why was the vote a surprise?", undefined],
    // … in the ask's own clause, not one after it
    ["why is the council selling more now that the works have started?", undefined],
    ["why has the council cut rates since the vote passed?", undefined],
    // the auxiliary comes after what is asked: nothing is claimed
    ["what did the council sign?", undefined],
    ["who will the county send?", undefined],
    ["the bridge", undefined],
    // "back" first after the subject is the verb; before a particle it is part of a phrasal verb, and after
    // another verb an adverb
    ["does the county back the new bridge?", "back"],
    ["did the mayor back down?", undefined],
    ["did they go back there?", undefined],
  ])("%s → %s", (ask, expected) => {
    expect(predicateWord(ask, isStopword)).toBe(expected);
  });

  // A name the dictionary inflects as a verb ("trump", "bush") is the subject, not the claim.
  const NAMES = new Set(["trump", "bush"]);
  test.each([
    ["did trump meet the mayor?", "meet"],
    ["did trump fly to bush to meet him?", "fly"],
    ["did bush sign the bill?", "sign"],
    ["did trump have a hand in it?", undefined],
  ])("%s → %s, names skipped", (ask, expected) => {
    expect(
      predicateWord(
        ask,
        (w) => w === "have" || isStopword(w),
        (w) => NAMES.has(w),
      ),
    ).toBe(expected);
  });

  // "has", "was": a participle the base has never seen is claimed (no fact can word its verb so); one it has,
  // a state after "is", or a participle over an -ing verb is not
  const SEEN = new Set(["stopped", "moved", "postponed", "centred"]);
  const isUnseen = (word: string) => !SEEN.has(word);
  test.each([
    ["has the council since demolished the bridge?", "demolished"],
    ["was the mayor arrested after the vote?", "arrested"],
    ["have the works actually been completed?", "completed"],
    ["hasnt the county apologised yet?", "apologised"],
    ["has the council stopped the works?", undefined],
    ["was the meeting postponed?", undefined],
    ["is the mayor based in the capital?", undefined],
    ["are the talks centred on water?", undefined],
    ["has the county eased off on building roads?", undefined],
    ["has the council moved the vote after the bridge was demolished?", undefined],
  ])("%s → %s, a participle the base lacks", (ask, expected) => {
    expect(predicateWord(ask, isStopword, () => false, isUnseen)).toBe(expected);
  });

  // The ask's own participle, not one that qualifies its subject ("the DETAINED inspectors", "the inspectors
  // the county DETAINED … been"); after a light verb the base has ("put", "taken"), the claim is the noun it
  // puts ("put on TRIAL"), when the base lacks that noun.
  const KNOWN = new Set(["detained", "stopped", "put", "taken", "custody", "moved", "given"]);
  const isUnknown = (word: string) => !KNOWN.has(word);
  test.each([
    ["have the detained inspectors been put on trial?", "trial"],
    ["were the detained inspectors put on trial or convicted?", "trial"],
    ["have the inspectors the county detained been convicted?", "convicted"],
    ["were the detained inspectors released?", "released"],
    ["have the detained inspectors been taken into custody?", undefined],
    ["were the detained inspectors moved?", undefined],
    ["was the mayor given the keys?", undefined],
    ["has the council stopped the works?", undefined],
    ["were the inspectors put to the county for a vote?", undefined],
  ])("%s → %s, the ask's own participle", (ask, expected) => {
    expect(predicateWord(ask, isStopword, () => false, isUnknown)).toBe(expected);
  });
});

describe("unseenEventWord", () => {
  // a bare question word, then was or were: the participle is the event asked of, read when the base lacks it
  const SEEN = new Set(["appointed", "held", "hold"]);
  const isUnseen = (word: string) => !SEEN.has(word);
  test.each([
    ["when was the guild founded?", "founded"],
    ["what were the inspectors charged with?", "charged"],
    ["what was the mayor convicted of and when?", "convicted"],
    ["what was the mayor appointed as?", undefined],
    ["where were the talks held?", undefined],
    // not after a noun ("how many sources … based on" asks of the sources), nor after has, did or is
    ["how many sources was the report based on?", undefined],
    ["what has the council promised?", undefined],
    ["what did the ministry deny?", undefined],
    ["what is the guild known for?", undefined],
    ["why was the meeting postponed?", undefined],
    // the verb of an ask for an event's time or place, when the base lacks it
    ["in what year did the county annex the valley?", "annex"],
    ["when did the mayor resign?", "resign"],
    ["where does the council sit?", "sit"],
    ["when did the council hold the vote?", undefined], // a verb the base has
    ["when did the ministry shoot down the reports?", undefined], // a phrasal verb: an idiom for one it has
    ["what did the council annex?", undefined], // what was done: facts word it in their own verbs
  ])("%s → %s", (ask, expected) => {
    expect(unseenEventWord(ask, isStopword, () => false, isUnseen)).toBe(expected);
  });
});

describe("isVerb", () => {
  test.each([
    ["expel", true], // listed only through its doubled forms ("expelled")
    ["detain", true],
    ["sign", true],
    ["security", false],
    ["treaty", false],
  ])("%s → %s", (word, expected) => {
    expect(isVerb(word)).toBe(expected);
  });
});

describe("placeClaim", () => {
  test.each([
    ["did the council meet in Springfield?", { place: "Springfield", where: "where did the council meet?" }],
    [
      "why did they hold the vote at Shelbyville?",
      { place: "Shelbyville", where: "where did they hold the vote?" },
    ],
    ["were the talks held in paris, right?", { place: "paris", where: "where were the talks held, right?" }],
    // the place named before a venue's noun
    ["why did they meet in a Fredburg hotel?", { place: "Fredburg", where: "where did they meet?" }],
    ["was the vote held at the Riga palace?", { place: "Riga", where: "where was the vote held?" }],
    // no claim: it asks where, or puts no place
    ["where did the council meet?", undefined],
    ["what happened in springfield?", undefined],
    ["did the council meet?", undefined],
  ])("%s", (ask, expected) => {
    expect(placeClaim(ask)).toEqual(expected);
  });
});

describe("placedEventClaim", () => {
  test.each([
    [
      "what came out of the council talks in Springfield?",
      { place: "Springfield", where: "where were the talks?" },
    ],
    ["how did the vote in Shelbyville go?", { place: "Shelbyville", where: "where was the vote?" }],
    // the words that date or order the event stay, and a time after the place
    [
      "what came out of the latest council meeting in Ogdenville this august?",
      { place: "Ogdenville", where: "where was the latest meeting this august?" },
    ],
    ["what did the july summit in Riga achieve?", { place: "Riga", where: "where was the july summit?" }],
    // no event named by a noun phrase, or not a what/how ask
    ["what happened in springfield?", undefined],
    ["who mediated the meeting in Riga?", undefined],
    ["did the council meet in Springfield?", undefined],
    ["what did they agree in Riga?", undefined],
  ])("%s", (ask, expected) => {
    expect(placedEventClaim(ask)).toEqual(expected);
  });
});

describe("openingParticiple", () => {
  test.each([
    ["have they signed a border accord yet?", "signed"],
    ["has the council returned the archive?", "returned"],
    ["was the meeting postponed?", "postponed"],
    // not a yes/no ask opened by have or be
    ["did the council sign the accord?", undefined],
    ["why was the meeting postponed?", undefined],
    ["has the council any plans?", undefined],
  ])("%s → %s", (ask, expected) => {
    expect(openingParticiple(ask, isStopword, () => false)).toBe(expected);
  });
});
