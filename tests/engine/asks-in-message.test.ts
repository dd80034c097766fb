// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import { splitAsks } from "../../src/engine/asks-in-message.js";

describe("splitAsks", () => {
  test.each([
    ["Who leads Syria's side?", ["Who leads Syria's side?"]],
    ["yo bot real quick — who runs the syrian team?", ["who runs the syrian team?"]],
    ["good morning! so what do the meetings cover", ["what do the meetings cover"]],
    // "bruh", however many h's, leads in as "bro" does: the yes/no ask after it is asked
    [
      "bruhhh did the mayor really sign it?? what was the exact line",
      ["did the mayor really sign it??", "what was the exact line"],
    ],
    [
      "my cousin says the border is quiet now and honestly i'm lost, so where do the two sides meet?",
      ["where do the two sides meet?"],
    ],
    ["who speaks for damascus, and where do they meet?", ["who speaks for damascus", "where do they meet?"]],
    ["who heads the talks and when did they start", ["who heads the talks", "when did they start"]],
    // "+" and "&" typed for "and"
    ["who heads the talks + when did they start", ["who heads the talks", "when did they start"]],
    ["who heads the talks & where do they meet?", ["who heads the talks", "where do they meet?"]],
    ["who met near the border, and why?", ["who met near the border", "why met near the border"]],
    ["which agency, the army or the police?", ["which agency the army or the police?"]],
    ["the golan", ["the golan"]],
    // "any X VERBed …?" is a yes/no ask typed without its auxiliary: the participle is the event it claims
    ["any bridge deal signed yet?", ["has any bridge deal been signed yet?"]],
    ["any prisoners released?", ["has any prisoners been released?"]],
    ["any official statement from the council?", ["any official statement from the council?"]],
    ["anyone got a good recipe?", ["anyone got a good recipe?"]],
    // a word after an article or a preposition is a noun's, no participle: the ask is left as typed
    ["any reaction from the United States?", ["any reaction from the United States?"]],
    ["any news from Mohammed?", ["any news from Mohammed?"]],
    ["any word on the need for a deal?", ["any word on the need for a deal?"]],
    ["any sign of the agreed deal?", ["any sign of the agreed deal?"]],
    // a tag that asks whether the claim before it is so asks about that claim
    [
      "i read the council sold the bridge, is that true?",
      ["i read the council sold the bridge, is that true?"],
    ],
    ["it was the mayor who resigned, wasn't it", ["it was the mayor who resigned, wasn't it"]],
    ["they signed it in may, can you confirm?", ["they signed it in may, can you confirm?"]],
    // a source put first fronts an ask as a time or place does
    [
      "everyone says a merger is the endgame, but according to the reporting could the talks widen at all?",
      ["according to the reporting could the talks widen at all?"],
    ],
    // "from what I remember": a question word whose subject is the asker is a hedge, no ask
    [
      "there were lots of strikes back then, at least from what I remember, so has the army changed course?",
      ["has the army changed course?"],
    ],
    // context before a real ask is still left out
    ["my friend says they met in paris, so where did they meet?", ["where did they meet?"]],
    // Chatter, however it is spelt, is not an ask.
    ["heyy who's repping the north?", ["who's repping the north?"]],
    ["hiii, what topics were on the agenda?", ["what topics were on the agenda?"]],
    ["sorry dumb q but where did they meet", ["where did they meet"]],
    ["can you tell me who leads the talks", ["who leads the talks"]],
    ["does anyone know when the talks began?", ["when the talks began?"]],
    // A time or place put before the question word or verb (a time is read after the ask: time-phrases.ts).
    [
      "back in may had either side commented, and has anyone said anything since?",
      ["had either side commented back in may", "has anyone said anything since?"],
    ],
    ["in which month did the regime fall", ["in which month did the regime fall"]],
    // An adverb in -ly between the question word and its verb, or before the question word, is part of the
    // ask: "where PHYSICALLY did …" is no subordinate "where", "PHYSICALLY where have …" no context.
    [
      "i get that they met, but where physically did they meet, was it in another country?",
      ["where physically did they meet", "was it in another country?"],
    ],
    [
      "ok so i get that they met, but physically where have they been meeting",
      ["physically where have they been meeting"],
    ],
    ["when the council met, where exactly did it vote?", ["where exactly did it vote?"]],
    // A reason set off by a comma after an ask is the asker's: it and the clauses after it are context …
    [
      "how long has the bridge been shut, because my dad says forever, my aunt says a year, and i want to know",
      ["how long has the bridge been shut"],
    ],
    // … but a reason with no comma before it, or "because of", is part of the ask
    [
      "did the council close it because the bridge cracked?",
      ["did the council close it because the bridge cracked?"],
    ],
    // … unless its subject is the asker: "because I saw …" says why they ask
    [
      "i'm wondering if the bridge is still shut as of today because i saw a post about it?",
      ["is the bridge still shut as of today?"],
    ],
    ["where did the council meet cuz my feed says two places?", ["where did the council meet?"]],
    // An adverb before a subordinate "when" keeps it subordinate: context, not an ask.
    [
      "usually when a bridge shuts the council says so right away, but i saw nothing, so has the council said anything?",
      ["has the council said anything?"],
    ],
    // A subject before the verb: a time put first opens a statement, not an ask.
    [
      "back in spring everyone was saying the mayor ran it, then over the summer it was all aides, so who runs it now?",
      ["who runs it now?"],
    ],
    // "after X was overthrown": a clause of time with its own verb group is context, not an ask.
    [
      "i want to get this right, so after the mayor was ousted, what did the council do about the bridge?",
      ["what did the council do about the bridge?"],
    ],
    ["after the vote did the council meet again?", ["did the council meet again after the vote?"]],
    ["why was it shut, because of the floods?", ["why was it shut because of the floods?"]],
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
    // A time phrase that opens an ask, or stands alone before it, stays with it (after it: time-phrases.ts).
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
    // a day of the month is the frame's time too, not only its month
    ["On 12 July, where did the mayors meet?", ["where did the mayors meet on 12 July?"]],
    ["on july 3rd, who chaired the session?", ["who chaired the session on 3 July?"]],
    // … only a day of the frame's own month
    ["in July after 3 June, who chaired the session?", ["who chaired the session in July?"]],
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
    // … also when the verb takes a person first ("tell me whether")
    [
      "I'm writing a summary for class and I need to be accurate, so could you tell me whether the council has said anything about the bridge?",
      ["has the council said anything about the bridge?"],
    ],
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
    // A question asked outright that opens with no question word holds its ask, a preposition and all;
    // the time of the frame around it ("now I'm wondering") is no time of the ask.
    [
      "my teacher brought up the bridge today, and now I'm wondering since when the council has owned it?",
      ["since when the council has owned it?"],
    ],
    // "also" before an auxiliary is an adverb of its clause, no new ask; before a question word it opens one.
    [
      "I read it was about a group the town also has at home — which group did they protect?",
      ["which group did they protect?"],
    ],
    ["who chairs the council also who runs the bridge?", ["who chairs the council", "who runs the bridge?"]],
    // "or what" at a clause's end is chatter.
    [
      "i can't tell whether it was delayed or moved forward or what, so what happened with the date?",
      ["was it delayed or moved forward", "what happened with the date?"],
    ],
  ])("%s", (question, asks) => {
    expect(splitAsks(question)).toEqual(asks);
  });
});
