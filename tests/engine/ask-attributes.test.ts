// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import {
  agendaThingWords,
  askedAttributes,
  asksForPerson,
  attributeNounWords,
  existentialThingWords,
  headWords,
  isVerification,
  personQualifier,
} from "../../src/engine/ask-attributes.js";

describe("askedAttributes", () => {
  test.each([
    ["when did the talks begin", ["date"]],
    ["what date was the first meeting", ["exact-date"]],
    ["what time of day did they meet", ["time-of-day"]],
    ["what time did the session start", ["time-of-day"]],
    ["did they meet in the morning or the evening", ["time-of-day"]],
    ["when exactly did they meet", ["exact-date"]],
    ["since when exactly has she chaired it", ["date"]], // a start, not an exact date
    ["how long has the border been closed", ["duration"]], // a state up to now: "since 1990" answers
    ["how long did the meeting last", ["span"]], // one thing's length: a span counted out
    ["how long was the first session", ["span"]],
    ["how long is the bridge", ["span"]],
    ["how long did they talk for", ["span"]],
    // a span ahead: a start date does not tell how long something will go on
    ["how long will chile keep its troops in the atacama", ["future", "span"]],
    ["how long is chile going to stay there", ["future", "span"]],
    ["how long is it since they met", ["duration"]],
    ["how much time passed between the two votes", ["date"]],
    ["how much did the bridge cost", ["count"]],
    ["how many rounds were there", ["count"]],
    // an amount a verb of change takes: whether it changed, not a number
    ["has the council changed how much it spends on roads", ["change"]],
    ["has the mayor reduced how many buses run at night", []],
    // a toll or a figure asked for is a number, not the word "figure" ("a senior figure")
    ["what's the newest figure?", ["count"]],
    ["how bad was the flooding going by the most recent figures?", ["count"]],
    ["what death toll did the ministry give", ["count"]],
    ["who is the leading figure in the union", []],
    ["how many hours did they talk", ["duration"]],
    ["how many years did the mayor serve", ["duration"]],
    ["exactly how many rounds were there", ["exact-count"]],
    ["how many rounds were there exactly", ["exact-count"]],
    ["what is the spy's birthday", ["exact-date"]],
    ["what's the name of the official", ["name"]],
    ["which city official said the bridge would close", ["name"]],
    ["who governed the province before him", ["earlier"]],
    ["where is the next round", ["later"]],
    ["which town is next to the bridge", []], // "next to" is a preposition: a place, nothing to come
    ["has the council changed its plan", ["change"]],
    ["what changes has the mayor made", ["change"]],
    ["did the mayor change course", ["change"]],
    ["was the regime change peaceful", []], // a change a noun names is the thing asked about
    ["what lies right next to the river, and what comes next", ["later"]],
    ["could this turn into a treaty down the line", ["future"]],
    // a wh-ask put in the future asks what is to come; a yes/no one claims it (predicate.ts)
    ["what will the council do with the old bridge", ["future"]],
    ["what penalty are the inspectors going to get", ["future"]],
    ["how many votes are planned in total", ["count", "future"]],
    ["how many more sessions of the council are scheduled", ["count", "future"]],
    ["how many votes were planned", ["count"]], // what was planned: asked of the past
    ["will the council sell the bridge", []],
    ["what did the mayor say will happen", []],
    ["who leads the talks", []],
    ["will the province be used to threaten anyone", []],
    ["which of the spy's papers were sent back", ["list"]],
    ["which of the mayor's old cars did the city sell", ["list"]],
    ["what items did they hand over", ["list"]],
    ["what specific things were agreed", ["list"]],
    ["what stuff was in the spy's papers", ["list"]],
    ["like specifically what papers", ["list"]],
    ["what specifically was handed over", ["list"]],
    // what someone did is asked, not which things
    ["what specifically has the council been doing about the bridge", []],
    ["what specifically did the mayor do", []],
    // "what exactly are the …" asks what they are, item by item; not what they are about or for
    ["what exactly were the papers the city sent back", ["list"]],
    ["what exactly are the council's talks about", []],
    ["what exactly are the inspectors supposed to check", []],
    ["which of them leads the talks", []],
    ["who were the three sources", ["name"]],
    ["who is the official talking to the press", ["name"]],
    ["who were the paper's three sources", ["name"]],
    ["who were reuters' sources", ["name"]],
    // the ask claims the naming: a fact saying they were not named corrects it, no silence on a name
    ["who are the delegates that the paper named", []],
    ["who were the officials named by the report", []],
    ["who is leading the talks", []],
    ["what did the town get in return for the land", ["exchange"]],
    ["what was offered in exchange for the votes", ["exchange"]],
    ["did the mayor return the papers", []],
    ["what sparked the protest", ["cause"]],
    ["what made the council change its mind", ["cause"]],
    ["why did the council change its mind", ["change"]], // "why" is its own kind; the change is asked of it
    ["by what percentage did the budget grow", ["percentage"]],
    ["what share of the votes did she win", ["percentage"]],
    ["how did the residents react to the vote", ["reaction"]],
    ["how has the mayor responded so far", ["reaction"]],
    // whatever reactingPartyOf reads as a party's reaction is a reaction ask (one pattern for both)
    ["how would the residents react to the vote", ["reaction"]],
    ["how might the mayor respond", ["reaction"]],
    ["what was the union's response to the plan", ["reaction"]],
    ["what years did the mayor serve", ["date"]],
    ["who exactly were the paper's 3 sources", ["name"]],
    ["which particular papers were sent back", ["list"]],
    ["what specific role does the mayor play", []], // one thing, not the members of a set
    ["what did the mayor and the union agree on", ["outcome", "agreement"]],
    ["what did the 1990 summit actually achieve", ["outcome"]],
    ["what came out of the council's meeting", ["outcome"]],
    ["what was the outcome of the vote", ["outcome"]],
    ["what did they decide at the last session", ["outcome"]],
    // an agreement asked: an outcome of one kind
    ["what was agreed at the last session", ["agreement"]],
    ["what have the two mayors agreed about the bridge", ["outcome", "agreement"]],
    ["what did the summit end up agreeing", ["outcome", "agreement"]], // the -ing form after "end up"
    // a view shared or a condition asked, no agreement wanted
    ["what do the residents agree is the worst problem", ["outcome"]],
    ["what would it take for the two towns to agree", ["outcome"]],
    ["what were they achieving there", []], // no auxiliary "did": not asked what came of it
    ["what were the talks meant to achieve", []], // a purpose, asked before any outcome
    ["what is the council trying to achieve", []],
    ["did they agree to meet again", []], // a yes/no ask claims its verb (predicate.ts)
    // a size or distance in space: not the figurative "how far off", "how big a deal", "how close"
    ["how wide is the buffer zone", ["measure"]],
    ["how far is the town from the capital", ["measure"]],
    ["how big is the park in square km", ["measure"]],
    ["how far off is a peace deal", []],
    ["how big a deal are the talks", []],
    ["how close are they to a deal", []],
    ["what month in 1990 was the accord signed", ["date", "month"]],
    ["how old is the mayor", ["age"]],
    ["when does the truce expire", ["date", "expiry"]],
    ["where did the mayor grow up", ["origin"]],
    // when someone took up a post: an appointment or a start, not the post held at a later date
    ["when did the treasurer become mayor", ["start", "date"]],
    ["when was the treasurer appointed police chief", ["start", "date"]],
    ["when did the council appoint her its envoy", ["start", "date"]],
    ["when was the mayor sworn in", ["start", "date"]],
    ["when were the talks made public", ["date"]], // a publicising, no post taken up
    ["where is the mayor originally from", ["origin"]],
    // a political party, not a side ("which party broke the truce")
    ["what political party is the mayor in", ["party"]],
    ["which party does the treasurer belong to", ["party"]],
    ["which party broke the truce", []],
    ["where is the mayor running things from", []], // a place of work, not of birth
    ["what did the joint statement after the vote say", ["joint-statement", "statement"]],
    ["what was in the communiqué", ["statement"]],
  ])("%s → %j", (ask, attributes) => {
    expect([...askedAttributes(ask)].sort()).toEqual([...attributes].sort());
  });
});

describe("agendaThingWords", () => {
  test.each([
    ["are water rights on the agenda?", ["water", "rights"]],
    ["are fishing quotas from the lake part of the talks?", ["fishing", "quotas"]],
    ["is the buffer zone even on the table?", ["buffer", "zone"]],
    ["is a full-blown peace deal being discussed?", ["full-blown", "peace", "deal"]],
    ["is it part of what they're discussing?", []],
    // no yes/no ask whether the talks take something up
    ["what is on the agenda?", []],
    ["is the governor part of the delegation", ["governor"]],
    ["who is on the table", []],
  ])("%s → %j", (ask, words) => {
    expect(agendaThingWords(ask)).toEqual(words);
  });
});

describe("existentialThingWords", () => {
  test.each([
    ["is there a written agenda for the talks?", ["written", "agenda"]],
    ["are there any signed minutes?", ["signed", "minutes"]],
    ["was there a formal ceasefire between them", ["formal", "ceasefire"]],
    // no ask whether something exists
    ["what is there to say?", []],
    ["is the agenda written down?", []],
    // a hedge on the clause after it, no thing that exists
    ["is there any chance the talks go further later?", []],
    ["is there a possibility that the mayors meet again?", []],
    ["is there any indication the scope might widen?", []],
    ["are there any signs the council will back down?", []],
  ])("%s → %j", (ask, words) => {
    expect(existentialThingWords(ask)).toEqual(words);
  });
});

describe("attributeNounWords", () => {
  test.each([
    ["what's the mayor's salary as governor?", ["salary"]],
    ["who is the minister's deputy in the province?", ["deputy"]],
    ["what was the delegation's opening proposal?", ["opening", "proposal"]],
    ["what is the capital city of the province?", ["capital", "city"]],
    ["what is the population of the province", ["population"]],
    ["what are the rebels' demands now?", ["demands"]],
    // a person noun asks for whoever holds the post: a fact on the side's lead names them
    ["who's the side's point man at the table?", []],
    ["who is the ministry's top official?", []],
    // no attribute asked of something named
    ["who leads the talks?", []],
    ["what did the minister say about the talks?", []],
    ["which province borders the heights?", []],
  ])("%s → %j", (ask, words) => {
    expect(attributeNounWords(ask)).toEqual(words);
  });
});

describe("headWords", () => {
  test.each([
    ["what is the population of the province", ["population"]],
    ["what's the name of the official", []],
    ["how many soldiers", ["soldiers"]],
    ["how many soldiers are there", ["soldiers are"]],
    ["how many israeli soldiers are there", ["israeli soldiers"]],
    ["who leads the talks", []],
    ["who is the leader of the front", ["leader"]], // the post asked of a named body
    ["who is the current leader of the front", ["leader"]],
    ["who's the name of the official", []],
    // the participle says what is counted: the wounded are not the killed
    ["how many people were wounded in the fire", ["people were", "wounded"]],
    ["how many have been arrested so far", ["have been", "arrested"]],
    ["how many meetings were held", ["meetings were"]], // no regular participle
    // what they are counted in: a count of the meetings is no count of a delegation
    ["how many people were in each delegation at the meeting?", ["people were", "delegation"]],
    ["how many people were in the visiting delegation?", ["people were", "delegation"]],
    // a part of a whole: a toll of all the dead does not say how many of them were civilians
    ["how many of the flood's dead were children?", ["of the", "children"]],
    ["how many of them were women", ["of them", "women"]],
  ])("%s → %j", (ask, heads) => {
    expect(headWords(ask)).toEqual(heads);
  });
});

describe("personQualifier", () => {
  test.each([
    ["who were the israeli officials at the meeting?", "israeli"],
    ["what are the names of the syrian negotiators?", "syrian"],
    ["what's the name of the official who met them?", "the"], // no qualifier: the article
    ["who leads the talks?", undefined],
  ])("%s → %s", (ask, expected) => {
    expect(personQualifier(ask)).toBe(expected);
  });
});

describe("isVerification", () => {
  test.each([
    ["is it true they arrested the whole cabinet?", true],
    ["the governor was a general, right?", true],
    ["it was the president who went, wasn't it", true],
    ["who went to the meeting?", false],
    ["what is right of way", false],
  ])("%s → %s", (ask, expected) => {
    expect(isVerification(ask)).toBe(expected);
  });
});

describe("asksForPerson", () => {
  test.each([
    ["what's the name of the official who met them?", true],
    ["what were the names of the militants detained?", true],
    ["the names of those three israeli negotiators?", true],
    ["what are the names of the 5 sources they used?", true], // a numeral counts the people named
    ["what is the name of the group that won?", false],
    ["what is the name of the province?", false],
    ["who leads the talks?", false],
    ["who were the five sources the agency used?", true],
    ["who's the israeli official talking to him?", true],
    ["who is the governor of the province?", true],
    ["who is the group behind it?", false],
    // "which" asks for the person a person noun names
    ["which city official actually said it?", true],
    ["which foreign minister did she meet?", true],
    ["which spokesperson announced the vote?", true],
    ["which spy agency ran him?", false], // the person noun qualifies a body
    ["which militant northern faction did they arrest?", false], // an adjective
    ["which did the officials sign?", false],
    ["which general region are the meetings held in?", false], // "general" an adjective
    ["what did the officials say?", false],
  ])("%s → %s", (ask, expected) => {
    expect(asksForPerson(ask)).toBe(expected);
  });
});
