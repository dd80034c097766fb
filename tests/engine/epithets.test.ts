import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";

// A news reader's epithet for a place, person or country the article names ("that plateau" for the Golan,
// "the old strongman" for Assad, "the Jewish state", "Uncle Sam") is a lexicon synonym or phrase of the
// name, so the fact's own words meet it (an entity alias is indexed only as a field of the facts listing the
// entity, and the support check reads the statement: "pull back from the plateau or dig in" then went to the
// wrong fact). "Former" and the "old" of "the old regime" describe no attribute a fact must give.
describe("epithets for what the article names, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["how long has that plateau been under Israeli control?", "golan-occupied-since-1967"],
    ["Which armed faction toppled the former Syrian strongman?", "hts-islamist-forces"],
    ["has the Jewish state eased off on bombing runs over its neighbour?", "israel-scaled-back-airstrikes"],
    [
      "is uncle sam nudging the syrians to patch things up with israel?",
      "us-encouraging-syria-israel-relations",
    ],
  ])("“%s” is answered with %s", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
  });

  test.each([
    "did uncle sam pay for the talks?",
    "who was the dictator of iraq?",
    "how old is ahmad al-dalati?",
  ])("“%s” is still refused", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });
});

describe("epithets on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test("“did Israel pull back from the plateau or dig in further?” is answered with the expansion", () => {
    const answered = engine.ask(
      "Once the old regime fell, did Israel pull back from the plateau or dig in further?",
    );
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toEqual(["israel-expanded-presence-after-assad"]);
  });
});

// A newsroom's and a negotiator's idioms, as lexicon phrases and synonyms: "insiders", "people in the know"
// are sources, to "lean on" is to rely on, a "wire service" is a news agency, "the negotiating table" the
// negotiation, "at the heart of" central to, "contested" disputed, a "crew" a team, "turf" territory.
describe("newsroom and negotiating idioms, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test.each([
    ["how many insiders did the wire agency lean on for the scoop?", "source-reuters-five-sources"],
    ["who's calling the shots on the syrian end of the negotiating table?", "syria-lead-al-dalati"],
    ["what's the bit of contested high ground at the heart of all this?", "golan-central-issue"],
  ])("“%s” is answered with %s", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
  });

  test.each(["what did the AP lean on for its report?", "how many insiders did the BBC talk to?"])(
    "“%s” is still refused: an outlet the sources do not name",
    (question) => {
      expect(engine.ask(question).status).toBe("no_answer");
    },
  );
});

// Diplomacy's epithets, on the drafted follow-up base (kb:add's facts, no hand-written questions): "the City
// of Light" is Paris, a country's "top diplomat" its foreign minister, to "ink" a deal to sign it, a "cleric" a
// spiritual leader.
describe("diplomatic epithets, on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test.each([
    [
      "who was the israeli cabinet guy squaring off against damascus's top diplomat in the city of light back in july?",
      "israel-lead-dermer-2025-07",
    ],
    [
      "what's damascus saying about the chatter that a deal gets inked on sept 25?",
      "on-saturday-syrias-foreign-ministry-dismissed",
    ],
    // a cleric is a spiritual leader (WordNet: cleric → clergyman → spiritual leader), as the August article
    // calls Sheikh Mowafaq Tarif
    ["which cleric did the american envoy see in paris?", "while-in-paris-barrack-separately-saw-sheikh"],
    ["what did the druze cleric press for?", "while-in-paris-barrack-separately-saw-sheikh"],
  ])("“%s” is answered with %s", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
  });
});

// Everyday idioms for what the facts say: a "hot potato" is disputed, "in Israeli hands" held by Israel, to
// "pass along" a "rundown" to relay a report, "endangering" a threat, "around the corner" soon, "chats" talks; a
// "Mossad agent" an Israeli spy, to "abut" to border, a "launchpad against" a source of threat, "dealmaking"
// negotiation.
describe("everyday idioms, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["which hot-potato piece of land is at the heart of the discussions?", "golan-central-issue"],
    ["ever since which war has the golan been in israeli hands?", "golan-occupied-since-1967"],
    ["which twitter account passed along the reuters rundown?", "source-reuters-five-sources"],
    [
      "what did the Syrians OK regarding the late Mossad agent's personal effects?",
      "syria-eli-cohen-belongings",
    ],
    ["who's the top official of the syrian region that abuts the golan?", "al-dalati-role-position"],
    [
      "what assurance did syria's interim govt give that the country won't be used as a launchpad against israel?",
      "syria-no-threat-statement",
    ],
    [
      "any chance this snowballs into real political dealmaking down the road?",
      "talks-could-expand-political",
    ],
  ])("“%s” is answered with %s", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
  });

  test("“has Hamas endangered israel?” is still refused: a party the sources lack", () => {
    expect(engine.ask("has Hamas endangered israel?").status).toBe("no_answer");
  });
});

// "Bargaining" and "haggling" are negotiation (WordNet: bargaining, "the negotiation of the terms of a
// transaction"; haggling, "an instance of intense argument (as in bargaining)"), members of the lexicon's
// negotiation group: no fact holds either word, so each weighed as the rarest word of the ask and was refused.
describe("bargaining and haggling as negotiation, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["who does the bargaining for syria?", "syria-lead-al-dalati"],
    ["who is haggling for the syrian side?", "syria-lead-al-dalati"],
  ])("“%s” is answered with %s", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
  });

  test("“who does the bargaining for jordan?” is still refused: a party the sources do not name", () => {
    expect(engine.ask("who does the bargaining for jordan?").status).toBe("no_answer");
  });
});
