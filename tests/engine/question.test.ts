// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import {
  askedAttributes,
  asksForPerson,
  correctQuestionWords,
  headWords,
  isVerification,
  readAsks,
  splitAsks,
  withoutMarkup,
} from "../../src/engine/question.js";

describe("splitAsks", () => {
  test.each([
    ["Who leads Syria's side?", ["Who leads Syria's side?"]],
    ["yo bot real quick — who runs the syrian team?", ["who runs the syrian team?"]],
    ["good morning! so what do the meetings cover", ["what do the meetings cover"]],
    [
      "my cousin says the border is quiet now and honestly i'm lost, so where do the two sides meet?",
      ["where do the two sides meet?"],
    ],
    ["who speaks for damascus, and where do they meet?", ["who speaks for damascus", "where do they meet?"]],
    ["who heads the talks and when did they start", ["who heads the talks", "when did they start"]],
    ["who met near the border, and why?", ["who met near the border", "why met near the border"]],
    ["which agency, the army or the police?", ["which agency the army or the police?"]],
    ["the golan", ["the golan"]],
    // a tag that asks whether the claim before it is so asks about that claim
    [
      "i read the council sold the bridge, is that true?",
      ["i read the council sold the bridge, is that true?"],
    ],
    ["it was the mayor who resigned, wasn't it", ["it was the mayor who resigned, wasn't it"]],
    ["they signed it in may, can you confirm?", ["they signed it in may, can you confirm?"]],
    // context before a real ask is still left out
    ["my friend says they met in paris, so where did they meet?", ["where did they meet?"]],
    // Chatter, however it is spelt, is not an ask.
    ["heyy who's repping the north?", ["who's repping the north?"]],
    ["hiii, what topics were on the agenda?", ["what topics were on the agenda?"]],
    ["sorry dumb q but where did they meet", ["where did they meet"]],
    ["can you tell me who leads the talks", ["who leads the talks"]],
    ["does anyone know when the talks began?", ["when the talks began?"]],
    // A time or place put before the question word or verb (a time is read after the ask: time.ts).
    [
      "back in may had either side commented, and has anyone said anything since?",
      ["had either side commented back in may", "has anyone said anything since?"],
    ],
    ["in which month did the regime fall", ["in which month did the regime fall"]],
    // A relative clause after context is context; the real question comes later.
    [
      "i read the old regime fell last year, which honestly blew my mind, but who sits at the table now?",
      ["who sits at the table now?"],
    ],
    // A question inside a statement.
    [
      "there was a meeting in the capital, but i'm confused about what came out of it",
      ["what came out of it"],
    ],
    // "can you explain?" after context asks about the context; after an ask it adds nothing.
    ["the border got quiet last month — can you explain?", ["the border got quiet last month"]],
    ["who met in the capital? can you explain?", ["who met in the capital?"]],
    // A question tag asks about the claim before it.
    ["it was the president who went, wasn't it", ["it was the president who went, wasn't it"]],
    // A time phrase that opens an ask, or stands alone before it, stays with it (after it: time.ts).
    ["in March, who chaired the council?", ["who chaired the council in March?"]],
    [
      "back in march had either side commented, and has the mayor said anything since then?",
      ["had either side commented back in march", "has the mayor said anything since then?"],
    ],
    ["before the vote, when did they last meet?", ["when did they last meet before the vote?"]],
    ["now who chairs it", ["who chairs it now"]],
    ["In which ward is the bridge?", ["In which ward is the bridge?"]],
    ["since when has she chaired it?", ["since when has she chaired it?"]],
    // A clause of context just before the ask that frames it in time stays with it, as its time alone.
    ["quick q: in the newest report, how long did they talk?", ["how long did they talk now?"]],
    [
      "i thought the army left, but around the time the talks started in may, what was the army doing?",
      ["what was the army doing in May?"],
    ],
    // … not a frame with no time in it
    ["in my view, who won the vote?", ["who won the vote?"]],
    // Chatter after the ask is left out, its "?" kept.
    ["has the council eased off on the fines or nah", ["has the council eased off on the fines"]],
    ["who chairs it lol?", ["who chairs it?"]],
    ["did they sign or not", ["did they sign"]],
    ["the mayor resigned, right?", ["the mayor resigned, right?"]],
    // After lead-in words a relative word opens an ask of its own, not a relative clause of the context.
    [
      "i remember a clerk running it, but later it was all councillors, so who was chairing it at the very start, before any vote?",
      ["who was chairing it at the very start before any vote?"],
    ],
    // "when"/"where" with no auxiliary after it opens a subordinate clause, not an ask.
    [
      "when the council spoke about the bridge, and i'm quoting from memory, what did they say it would cost?",
      ["what did they say it would cost?"],
    ],
    ["when did the council vote, and where?", ["when did the council vote", "where did the council vote"]],
    // A question word after "that's" is a free relative; "what I want to know is:" frames the ask.
    [
      "the fines went up a lot, at least that's what it felt like, and i'm wondering whether the fines have changed since the vote?",
      ["have the fines changed since the vote?"],
    ],
    [
      "look, I know the mayor met someone, but what I want to know is: who was the engineer she hired?",
      ["who was the engineer she hired?"],
    ],
    // A yes/no question inside a statement is asked with its auxiliary first.
    [
      "i've read the headline but i'm tired, and i want to know whether the two councils have said anything official?",
      ["have the two councils said anything official?"],
    ],
    ["i wonder if that's still the plan", ["is that still the plan"]],
    // A request whose object is a question asks that question.
    ["could you spell out exactly which repairs the report lists?", ["which repairs the report lists?"]],
    ["can you confirm they voted in may?", ["can you confirm they voted in may?"]],
    // A question only mentioned before a question asked outright in a later sentence is context …
    [
      "I'm not sure what the mayor actually did — what role has the council played?",
      ["what role has the council played?"],
    ],
    // … and so is a "whether" clause that makes no question before one asked outright.
    [
      "she thinks it's tied to the vote, and i'm curious if the report backs that up, like did the council change anything?",
      ["did the council change anything?"],
    ],
    // … but not before "can you explain?", which asks nothing of its own.
    [
      "i'm confused about what came out of it and which towns are in the group — can you explain?",
      ["what came out of it", "which towns are in the group"],
    ],
    // … nor after a phrase that only says where to look, nor when an ask is joined to it by "and"
    [
      "in the mayor's post, who met at the bridge and what was the point of it?",
      ["who met at the bridge", "what was the point of it?"],
    ],
    // "re:" is "about", no break between sentences
    [
      "sup, what did the mayor warn them about re: the north bridge?",
      ["what did the mayor warn them about re: the north bridge?"],
    ],
    // "or what" at a clause's end is chatter.
    [
      "i can't tell whether it was delayed or moved forward or what, so what happened with the date?",
      ["was it delayed or moved forward", "what happened with the date?"],
    ],
  ])("%s", (question, asks) => {
    expect(splitAsks(question)).toEqual(asks);
  });
});

describe("withoutMarkup", () => {
  test.each([
    // a picture ends what came before it; a flag may stand for a word
    ["good morning all ☕ so what are the talks about", "good morning all\nso what are the talks about"],
    ["settle a debate 😅😅 how many sources", "settle a debate\nhow many sources"],
    ["is the 🇺🇸 involved", "is the involved"],
    ["heyy who is repping the north? 🇮🇱", "heyy who is repping the north?"],
    ["<@123456> who leads <:pepe:998877> :flag_il:", "who leads"],
    ["**who** leads ||the talks||? see https://example.com/a", "who leads the talks? see"],
    ["> quoted line\nwho met there? 👍🏽", "quoted line\nwho met there?"],
    ["what happened on 12 july #2", "what happened on 12 july #2"], // digits and # are words, not emoji
  ])("%s", (text, plain) => {
    expect(withoutMarkup(text)).toBe(plain);
  });
});

describe("readAsks", () => {
  const isSide = (word: string) => ["syria", "israel"].includes(word);
  test.each([
    // "him" is the person the ask before named; a side is no referent.
    [
      "who joined shaibani at the baku meeting, and who came with him to the second one?",
      ["who joined shaibani at the baku meeting", "who came with shaibani to the second one?"],
    ],
    ["Who is Tom Barrack, and what did he say?", ["Who is Tom Barrack", "what did Tom Barrack say?"]],
    ["who leads syria's side, and when did he start?", ["who leads syria's side", "when did he start?"]],
    // "that" or "there" is the place named before, in an ask that names nothing itself.
    [
      "who met at shepherdstown, and what state is that in?",
      ["who met at shepherdstown", "what state is shepherdstown in?"],
    ],
    [
      "there was a meeting in Amman with the Jordanian minister, and i'm confused about what came out of it",
      ["what came out of Amman"],
    ],
    // a place after "the" is still the place
    ["now that the army left the golan after the coup, who controls it?", ["who controls golan?"]],
    // "it", "they" after an ask that named no one stand for what it asked about, less its time
    [
      "who led the council at the start, and who's leading it now?",
      ["who led the council at the start", "who's leading led the council now?"],
    ],
    [
      "where were the talks held back in may, and where are they held now?",
      ["where were the talks held back in may", "where are the talks held held now?"],
    ],
    // an ask that says only when asks the one before it again, at its own time, less the earlier time
    [
      "what toll was first reported for the riots and what's the newest figure?",
      [
        "what toll was first reported for the riots",
        "what's the newest figure toll was reported for the riots?",
      ],
    ],
    [
      "Where was the earliest vote held, and where did the latest one take place?",
      ["Where was the earliest vote held", "where did the latest one take place was the vote held?"],
    ],
    [
      "who chaired the council in March, and what about now?",
      ["who chaired the council in March", "what about now chaired the council?"],
    ],
    // an ask with words of its own is its own ask
    [
      "who chaired the council in March, and what is the latest budget?",
      ["who chaired the council in March", "what is the latest budget?"],
    ],
    // the "it" of "is it true", and the subject of "it was", stand for nothing
    ["who met in Paris, and is it true they signed?", ["who met in Paris", "is it true they signed?"]],
    [
      "the talks moved to Paris — who ran syria's side back when it was just border talks?",
      ["who ran syria's side back when it was just border talks?"],
    ],
    // A pronoun in the first ask refers to the context before it.
    ["dalati - what's his actual job?", ["what's dalati's actual job?"]],
    ["who met the envoy in march?", ["who met the envoy in march?"]],
    // Chatter behind a picture is still chatter, and so is what a picture ends.
    ["good morning ☕ so who leads the talks", ["who leads the talks"]],
    [
      "ok bot settle a debate for us 😅 how many sources did the paper have?",
      ["how many sources did the paper have?"],
    ],
    // a name typed capitalised is the person, not a word the dictionary lacks; "I'm" names no one
    [
      "Look, I'm sceptical of anything Smith touches, and I know he met some engineer, but who was the engineer he hired?",
      ["who was the engineer Smith hired?"],
    ],
    // an apostrophe inside a name keeps it a name; only a pronoun's contraction ("I'm") names no one
    ["I'm reading about Maria O'Neill. What did she say?", ["What did Maria O'Neill say?"]],
    // words joined by a hyphen that are all common name nothing
    [
      "the list had the non-interference bit, and what did that accord set up?",
      ["what did that accord set up?"],
    ],
  ])("%s", (question, asks) => {
    expect(readAsks(question, isSide)).toEqual(asks);
  });
});

describe("readAsks: an ask of function words only asks about its context", () => {
  const isSide = () => false;
  const functionWords = new Set([
    "what",
    "did",
    "they",
    "say",
    "i",
    "the",
    "i've",
    "and",
    "want",
    "if",
    "he",
    "was",
    "who",
    "else",
    "with",
    "him",
  ]);
  const generic = new Set(["exact", "wording", "possible", "purpose"]);
  const count = (text: string) => {
    const terms = (text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).filter((w) => !functionWords.has(w));
    return { any: terms.length, weighing: terms.filter((t) => !generic.has(t)).length };
  };
  test.each([
    // the clause of context that says most is the topic
    [
      "I've heard the council made some promise about the bridge, and I want the exact wording if possible — what did they say?",
      ["what did they say, I've heard the council made some promise about the bridge?"],
    ],
    // a generic word of its own ("purpose") is the ask's own: no topic is added
    ["the mayor met the engineers near the river — what was their purpose?", ["what was their purpose?"]],
    // no context: nothing to add
    ["what did they say?", ["what did they say?"]],
  ])("%s", (question, asks) => {
    expect(readAsks(question, isSide, count)).toEqual(asks);
  });
});

describe("askedAttributes", () => {
  test.each([
    ["when did the talks begin", ["date"]],
    ["what date was the first meeting", ["exact-date"]],
    ["what time of day did they meet", ["time-of-day"]],
    ["what time did the session start", ["time-of-day"]],
    ["did they meet in the morning or the evening", ["time-of-day"]],
    ["when exactly did they meet", ["exact-date"]],
    ["since when exactly has she chaired it", ["date"]], // a start, not an exact date
    ["how long has the border been closed", ["duration"]],
    ["how much time passed between the two votes", ["date"]],
    ["how much did the bridge cost", ["count"]],
    ["how many rounds were there", ["count"]],
    ["how many hours did they talk", ["duration"]],
    ["exactly how many rounds were there", ["exact-count"]],
    ["how many rounds were there exactly", ["exact-count"]],
    ["what is the spy's birthday", ["exact-date"]],
    ["what's the name of the official", ["name"]],
    ["who governed the province before him", ["earlier"]],
    ["where is the next round", ["later"]],
    ["could this turn into a treaty down the line", ["future"]],
    ["who leads the talks", []],
    ["will the province be used to threaten anyone", []],
    ["which of the spy's papers were sent back", ["list"]],
    ["which of the mayor's old cars did the city sell", ["list"]],
    ["what items did they hand over", ["list"]],
    ["what specific things were agreed", ["list"]],
    ["what stuff was in the spy's papers", ["list"]],
    ["which of them leads the talks", []],
    ["who were the three sources", ["name"]],
    ["who is the official talking to the press", ["name"]],
    ["who were the paper's three sources", ["name"]],
    ["who were reuters' sources", ["name"]],
    ["who is leading the talks", []],
    ["what did the town get in return for the land", ["exchange"]],
    ["what was offered in exchange for the votes", ["exchange"]],
    ["did the mayor return the papers", []],
    ["what sparked the protest", ["cause"]],
    ["what made the council change its mind", ["cause"]],
    ["why did the council change its mind", []], // "why" is its own kind, answered by its facts
    ["by what percentage did the budget grow", ["percentage"]],
    ["what share of the votes did she win", ["percentage"]],
    ["how did the residents react to the vote", ["reaction"]],
    ["how has the mayor responded so far", ["reaction"]],
    ["what was the union's response to the plan", ["reaction"]],
    ["what years did the mayor serve", ["date"]],
    ["who exactly were the paper's 3 sources", ["name"]],
    ["which particular papers were sent back", ["list"]],
    ["what specific role does the mayor play", []], // one thing, not the members of a set
  ])("%s → %j", (ask, attributes) => {
    expect([...askedAttributes(ask)].sort()).toEqual([...attributes].sort());
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
  ])("%s → %j", (ask, heads) => {
    expect(headWords(ask)).toEqual(heads);
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

describe("correctQuestionWords", () => {
  test.each([
    ["wher did they meet", "where did they meet"], // cut short: "where", not "when"
    ["so wher were they", "so where were they"],
    ["waht is the golan", "what is the golan"],
    ["whta did trump do", "what did trump do"],
    ["wen did assad fall", "when did assad fall"], // an English word, but first
    ["wich group won", "which group won"],
    ["were they named", "were they named"], // a question already
    ["how did wen meet him", "how did wen meet him"], // an English word inside
    ["hwo leads", "hwo leads"], // as near "who" as "how": left alone
    ["now who leads", "now who leads"], // a word before the question word leads into it
    ["now, why did they meet", "now, why did they meet"],
    ["there were reports", "there were reports"], // a function word opens a statement
    ["then they met", "then they met"],
  ])("%s → %s", (question, expected) => {
    expect(correctQuestionWords(question, (word) => ["there", "then", "the"].includes(word))).toBe(expected);
  });
});

describe("asksForPerson", () => {
  test.each([
    ["what's the name of the official who met them?", true],
    ["what were the names of the militants detained?", true],
    ["the names of those three israeli negotiators?", true],
    ["what is the name of the group that won?", false],
    ["what is the name of the province?", false],
    ["who leads the talks?", false],
    ["who were the five sources the agency used?", true],
    ["who's the israeli official talking to him?", true],
    ["who is the governor of the province?", true],
    ["who is the group behind it?", false],
  ])("%s → %s", (ask, expected) => {
    expect(asksForPerson(ask)).toBe(expected);
  });
});
