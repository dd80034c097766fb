// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import { readAsks } from "../../src/engine/read-asks.js";
// The WordNet extracts (person nouns: "the mayor" is no "it").
import "../../src/knowledge/compounds-data.js";

test("a person the base names is the referent of 'he', though typed first and an English word", () => {
  const isSide = (word: string) => ["syria", "israel"].includes(word);
  const isPerson = (word: string) => word === "trump";
  const question =
    "Trump has met so many leaders lately that I lose track, so who from the Syrian side did he meet?";
  expect(readAsks(question, isSide, undefined, isPerson)).toEqual([
    "who from the Syrian side did Trump meet?",
  ]);
  // Without it "trump", first in the message and in the dictionary, is no name: "he" stays.
  expect(readAsks(question, isSide)).toEqual(["who from the Syrian side did he meet?"]);
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
    // "they" speaking is the side's body the context named; not another body's, nor a "they" that does not speak
    [
      "when syria's interim government spoke about israel, what did they say they would never allow?",
      ["what did syria's interim government say they would never allow?"],
    ],
    [
      "people say Syria's new rulers are a threat, but they spoke about it — what exactly did they say?",
      ["what exactly did Syria's new rulers say?"],
    ],
    ["the union's leaders met the mayor, so what did they say?", ["what did they say?"]],
    ["when syria's government met israel, where did they meet?", ["where did they meet?"]],
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
    // English written as one word is no name a pronoun stands for ("flashpoint" is flash + point)
    [
      "my teacher said the Golan has been a flashpoint for ages, so when did they take that area?",
      ["when did they take Golan area?"],
    ],
    // "that" before a noun the context used with no name beside it is that thing, not a name said elsewhere …
    [
      "with the list Reuters put out, they talked about reviving some old pact, and I'm confused about what that pact set up, can you explain?",
      ["what the pact set up"],
    ],
    // … but a noun the context named is that name's
    [
      "there was a meeting in Amman with the minister, so what did that meeting agree?",
      ["what did Amman meeting agree?"],
    ],
    // the relative "that" of a noun before it stands for that noun, not for a name of the context
    [
      "there was a vote in Oslo, which surprised me: what happened in March that led to it?",
      ["what happened in March that led to it?"],
    ],
    ["they met in Oslo, so what came of that?", ["what came of Oslo?"]],
    // a place after "the" is still the place
    ["now that the army left the golan after the coup, who controls it?", ["who controls golan?"]],
    // "it", "they" after an ask that named no one stand for what it asked about, less its time
    [
      "who led the council at the start, and who's leading it now?",
      ["who led the council at the start", "who's leading led the council now?"],
    ],
    [
      "where were the talks held back in may, and where are they held now?",
      ["where were the talks held back in may", "where are the talks held now?"],
    ],
    // … but what "it" did as the subject of an auxiliary is the thing the verb before acted on: the meeting
    // ran, not "mediated the meeting"
    [
      "who chaired the March session, and how long did it run?",
      ["who chaired the March session", "how long did the March session run?"],
    ],
    // a name after "the" qualifies the noun after it, which is what "it" stands for; an adverb in -ly before
    // the question word after "and" opens the second ask with it
    [
      "who chaired the march oslo summit and roughly how long did it run?",
      ["who chaired the march oslo summit", "roughly how long did the march oslo summit run?"],
    ],
    // what "it" did there is what happened at the place the ask before named, at that ask's time
    [
      "who mediated in oslo in march and how long did it go on?",
      ["who mediated in oslo in march", "how long did it go on in oslo in march?"],
    ],
    // … at its own time when it gives one
    [
      "who mediated in oslo in march and how long did it go on in april?",
      ["who mediated in oslo in march", "how long did it go on in april in oslo?"],
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
    // "earlier" is no name "it" stands for: the meeting the context named is
    [
      "the august oslo meeting was meant to happen earlier, so when had it first been planned for?",
      ["when had the august oslo meeting first been planned for?"],
    ],
    [
      "the talks moved to Paris — who ran syria's side back when it was just border talks?",
      ["who led syria's side back when it was just border talks?"],
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
    // "there" that says something exists is no place: "is there any sign", not "is Oslo any sign"
    [
      "the council met the mayor in Oslo, but is there any sign the deal might widen later?",
      ["is there any sign the deal might widen later?"],
    ],
    ["they met in Oslo, and who else was there?", ["who else was Oslo?"]],
    // an existential sentence introduces what "they" (or "these" alone) then stands for
    [
      "there were several hearings and I get that they were public, but where did they take place?",
      ["where did the hearings take place?"],
    ],
    [
      "the mayor left, and there have supposedly been a few votes since, so were these held in secret?",
      ["were the votes held in secret?"],
    ],
    // … and so does a plural noun the context makes the subject of "are", "were", "have", "had"
    [
      "ok so the hearings are apparently public which is wild, but where did they actually take place?",
      ["where did the hearings actually take place?"],
    ],
    // … not "these" before its own noun, nor with nothing introduced
    ["there were several hearings, so were these talks public?", ["were these talks public?"]],
    ["the council says a lot, so what did they decide?", ["what did they decide?"]],
    ["there is talk that it seems settled, so where were they?", ["where were they?"]],
    // a cleft's "it" and "that" stand for nothing; "that" before its own year is "the"
    [
      "Given that the army moved into the Oslo zone, what is it that the council now wants to do with that 1974 accord?",
      ["what the council now wants to do with the 1974 accord?"],
    ],
    // "X is the one doing Y" is put plainly: X is doing Y; "X was the one who did Y": X did Y
    [
      "so the mayor's the one pushing the council to sign, right?",
      ["so the mayor is pushing the council to sign, right?"],
    ],
    ["why is the treasurer the one leading the audit?", ["why is the treasurer leading the audit?"]],
    ["the mayor was the one who signed the deal, right?", ["the mayor signed the deal, right?"]],
    ["which one is leading?", ["which one is leading?"]],
    // a yes/no cleft takes the rest for granted and puts who does it to the bot, as "is it true" does
    [
      "is the treasurer the one pushing the council to sign?",
      ["is it true the treasurer is pushing the council to sign?"],
    ],
    ["was the mayor the one who signed the deal?", ["is it true the mayor signed the deal?"]],
    [
      "so is the mayor still the one leading the talks?",
      ["is it true the mayor is still leading the talks?"],
    ],
    // … not a predicate noun ("the one thing", "the one in charge"), nor an adverb for its subject
    ["is this the one thing they want?", ["is this the one thing they want?"]],
    ["is the mayor really the one in charge?", ["is the mayor really the one in charge?"]],
    // "the one" before a noun in -ing is no cleft: "thing" is no participle
    ["what is the one thing the council wants?", ["what is the one thing the council wants?"]],
    ["what's the one thing the council wants?", ["what's the one thing the council wants?"]],
    // A pronoun subject after an ask whose auxiliary came first is that ask's subject …
    [
      "what did the council promise about the bridge, and which roads did it close?",
      ["what did the council promise about the bridge", "which roads did the council close?"],
    ],
    [
      "where were the city talks being held in may, and where are they happening now?",
      ["where were the city talks being held in may", "where are the city talks happening now?"],
    ],
    [
      "what time of day did the city talks take place, and how long did they run?",
      ["what time of day did the city talks take place", "how long did the city talks run?"],
    ],
    // … and the subject of a passive put as a question is what the ask before asked about.
    [
      "who wrote the post about the bridge, and when was it posted?",
      ["who wrote the post about the bridge", "when was the post about the bridge posted?"],
    ],
    // A pronoun that is no subject stands for the subject of the ask before when they agree: "it" a thing,
    // "them" a plural; not for all the words of that ask ("the 1990 treaty set up").
    [
      "what did the 1990 treaty set up, and what did the council declare about it?",
      ["what did the 1990 treaty set up", "what did the council declare about the 1990 treaty?"],
    ],
    [
      "what did the harbour talks achieve, and who reported on them?",
      ["what did the harbour talks achieve", "who reported on the harbour talks?"],
    ],
    // A person's noun is no "it": the words of the ask before are kept as they were.
    [
      "what did the mayor sign, and what did the council say about it?",
      ["what did the mayor sign", "what did the council say about the mayor sign?"],
    ],
    // A definite noun of an ask that names nothing is the thing the context placed.
    [
      "I saw a post about mayors meeting near Lisbon, and I'm wondering what the meeting was meant to do?",
      ["what the meeting near Lisbon was meant to do?"],
    ],
    // Not when the context placed it twice, nor when the ask gives its own place.
    [
      "there were meetings in Lisbon and meetings in Porto, so what did the meeting decide?",
      ["what did the meeting decide?"],
    ],
    [
      "I saw a post about mayors meeting near Lisbon, so what did the meeting in Porto decide?",
      ["what did the meeting in Porto decide?"],
    ],
  ])("%s", (question, asks) => {
    expect(readAsks(question, isSide)).toEqual(asks);
  });
});

describe("readAsks: a meeting or talks asked of by a determiner alone is the one the context placed", () => {
  const isSide = (word: string) => ["syria", "israel"].includes(word);
  const isEvent = (word: string) => ["meeting", "meetings", "talks", "session", "sit-down"].includes(word);
  test.each([
    // told by its place after the noun: the ask's noun takes the place
    [
      "i saw there was a meeting in Lisbon right after the floods, so what was the point of those talks according to officials?",
      ["what was the point of those Lisbon talks according to officials?"],
    ],
    // told by its month and place before the noun
    [
      "my cousin insists the july Lisbon meeting was a photo op, so what did officials say the talks were for?",
      ["what did officials say the july Lisbon talks were for?"],
    ],
    // two placed events: no telling which
    [
      "there was a meeting in Lisbon and a session in Porto, so what was the point of the talks?",
      ["what was the point of the talks?"],
    ],
    // the ask places its own event
    [
      "there was a meeting in Lisbon, so what was the point of the talks in Porto?",
      ["what was the point of the talks in Porto?"],
    ],
    // no meeting or talks asked of: a placed event says nothing of other nouns
    [
      "i saw there was a meeting in Lisbon right after, so what did the ministers want?",
      ["what did the ministers want?"],
    ],
  ])("%s", (question, asks) => {
    expect(readAsks(question, isSide, undefined, undefined, isEvent)).toEqual(asks);
  });
});

test("a person the base names is 'he' or 'she', never 'it'", () => {
  const isSide = (word: string) => ["syria", "israel"].includes(word);
  const isPerson = (word: string) => word === "novak";
  const question =
    "Given that the city built roads all the time when Novak was around, has the city changed how much it spends since the vote?";
  expect(readAsks(question, isSide, undefined, isPerson)).toEqual([
    "has the city changed how much it spends since the vote?",
  ]);
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

  // A noun phrase put as a question just before the ask names what it is about, even when the ask has words.
  test.each([
    [
      "lol the museum thing?? what did the council agree to",
      ["what did the council agree to, the museum thing?"],
    ],
    ["that river deal? why does it matter", ["why does it matter, that river deal?"]],
    ["finally some good news?? what are they discussing", ["what are they discussing"]], // no determiner
    ["the mayor left early? who took over", ["who took over"]], // a verb in the past: something happened
  ])("%s", (question, asks) => {
    expect(readAsks(question, isSide, count)).toEqual(asks);
  });
});

describe("readAsks: a time phrase put before the ask whose landmark the base lacks is the asker's own", () => {
  const isSide = () => false;
  const count = (text: string) => ({ any: text.length, weighing: text.length });
  const known = new Set(["talks", "bridge", "council"]);
  const isKnown = (word: string) => known.has(word.toLowerCase());
  test.each([
    ["real quick before class: what's the bridge thing about?", ["what's the bridge thing about?"]],
    ["ok before lunch - who leads the council?", ["who leads the council?"]],
    // a landmark the base has is the ask's time
    ["real quick before the talks: who leads the council?", ["who leads the council before the talks?"]],
    // a name the base lacks is a time the sources may not cover, said so
    ["before lisbon, who leads the council?", ["who leads the council before lisbon?"]],
    // typed after the ask, it is the ask's own
    ["what did the council do before class?", ["what did the council do before class?"]],
  ])("%s", (question, asks) => {
    expect(
      readAsks(
        question,
        isSide,
        count,
        () => false,
        () => false,
        isKnown,
      ),
    ).toEqual(asks);
  });
});
