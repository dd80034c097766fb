import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Corrector, editDistance, isLikelySlip, namePhraseCorrections } from "../../src/engine/fuzzy.js";

describe("editDistance", () => {
  test.each([
    ["dalati", "dalati", 0],
    ["dalatti", "dalati", 1],
    ["sharra", "sharaa", 1],
    ["quneitera", "quneitra", 1],
    ["currency", "current", 2],
    ["golan", "glaon", 2],
    ["golan", "goaln", 1], // adjacent swap counts once
    ["", "abc", 3],
  ])("%s ~ %s = %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  test("stops early past the bound", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBeGreaterThan(2);
  });

  /** The textbook table, a fresh row each time: what the reused rows must give, whatever came before. */
  function referenceDistance(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = d[i] as number[];
        const above = d[i - 1] as number[];
        row[j] = Math.min(
          (above[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      }
    }
    return (d[a.length] as number[])[b.length] as number;
  }

  test("agrees with the textbook table, long words after short ones, bounded or not", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 40 });
    fc.assert(
      fc.property(word, word, fc.option(fc.nat(3), { nil: undefined }), (a, b, max) => {
        const expected = referenceDistance(a, b);
        const got = editDistance(a, b, max);
        if (max === undefined || expected <= max) expect(got).toBe(expected);
        else expect(got).toBeGreaterThan(max);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Corrector", () => {
  const corrector = new Corrector(
    new Map([
      ["dalati", 5],
      ["quneitra", 4],
      ["sharaa", 3],
      ["heights", 3],
      ["leader", 2],
      ["where", 9],
      ["taken", 1],
    ]),
  );

  test.each([
    ["dalatti", "dalati"],
    ["daalti", "dalati"],
    ["quneitera", "quneitra"],
    ["qunietra", "quneitra"],
    ["sharra", "sharaa"],
    ["hights", "heights"],
    ["datali", "dalati"], // inner letters two apart swapped, first and last kept: two edits at six letters
    ["qenuitra", "quneitra"],
  ])("corrects %s → %s", (typo, expected) => {
    expect(corrector.correct(typo)?.word).toBe(expected);
  });

  test.each([
    ["league"], // two edits from "leader": too far for six letters
    ["brazil"],
    ["bake"], // too short to correct at all
    ["wher"], // four letters: left alone
    ["lerade"], // the same letters, but the last one moved: no slip of "leader"
  ])("leaves %s alone", (word) => {
    expect(corrector.correct(word)).toBeNull();
  });

  test("among equally close words, one keeping the first letter wins over a commoner one", () => {
    const sources = new Corrector(
      new Map([
        ["forces", 9],
        ["sources", 1],
      ]),
    );
    expect(sources.correct("sorces")?.word).toBe("sources");
    expect(sources.correct("forcez")?.word).toBe("forces");
  });

  test("a known word is not corrected", () => {
    expect(corrector.correct("dalati")).toBeNull();
  });
});

describe("namePhraseCorrections", () => {
  const names = [
    ["eli", "cohen"],
    ["elie", "cohen"],
    ["asaad", "shaibani"],
    ["ahmad", "sharaa"],
    ["ahmed", "sharaa"],
    ["bashar", "assad"],
    ["foreign", "ministry"],
    ["tom", "barrack"],
    ["ehud", "barak"],
  ];
  const common = new Set(["minister", "foreign", "who", "is"]);
  test.each([
    // a short typo, anchored by the exact word beside it
    ["who is eli coen", { coen: "cohen" }],
    // every word misspelt, each of four letters or more; "asad" is another known name (Assad)
    ["whats asad shaybani job", { asad: "asaad", shaybani: "shaibani" }],
    // the nearer spelling of a name wins
    ["who is ahmed sharra", { sharra: "sharaa" }],
    // written exactly: nothing to correct, not even towards another spelling ("elie")
    ["who is eli cohen", {}],
    // a name the base lacks stays unknown
    ["what did hafez assad do", {}],
    ["who is ehud barak", {}],
    // an ordinary word is never made a name's
    ["why is the foreign minister leading", {}],
    // a word alone is no name phrase
    ["who is coen", {}],
    // another first letter is another name
    ["who is ali cohen", {}],
    // spelt as it sounds, two edits off, beside a word of the name written exactly
    ["what did tom barak post", { barak: "barrack" }],
    // two edits off but another sound ("barlak" is no "barrack")
    ["what did tom barlak post", {}],
    // spelt as it sounds with no word of the name exact: another name it may be
    ["what did tomm barak post", {}],
  ])("%s → %j", (question, expected) => {
    const corrections = namePhraseCorrections(question.split(" "), names, (word) => common.has(word));
    expect(Object.fromEntries(corrections)).toEqual(expected);
  });
});

describe("Corrector.soundsLike", () => {
  const corrector = new Corrector(
    new Map(
      ["overthrew", "tahrir", "reuters", "broke", "last", "dalati", "sharaa", "delegation", "relations"].map(
        (word) => [word, 1],
      ),
    ),
  );
  test.each([
    ["overthru", "overthrew"], // spelt as it sounds, two edits
    ["tahreer", "tahrir"],
    ["reooters", "reuters"],
    ["barak", null], // sounds like "broke", but three edits from it
    ["dalaty", "dalati"],
    ["sharra", null], // a sound code of two ("XR") means too many words
    ["overthrew", "overthrew"],
    ["zzzzz", null],
    // "-tion" typed as it is said: three letters, one sound, counted as spelt
    ["delegashun", "delegation"],
    ["relashuns", "relations"],
    ["delegashan", "delegation"],
  ])("%s → %s", (word, expected) => {
    expect(corrector.soundsLike(word)).toBe(expected);
  });
});

describe("Corrector: slips people make, and real words left alone", () => {
  const corrector = new Corrector(
    new Map([
      ["governor", 3],
      ["syria", 5],
      ["reuters", 2],
      ["rulers", 9],
      ["policy", 4],
      ["back", 6],
      ["border", 5],
      ["grow", 2],
      ["region", 3],
      ["place", 4],
    ]),
  );

  test.each([
    ["govrnr", "governor"], // two letters left out: the only known word two edits off, first letter kept
    ["syra", "syria"], // four letters, one left out: the only known word one edit off
    ["ruters", "reuters"], // a letter left out beats t for l (keys apart), though "rulers" is commoner
    ["boarder", "border"], // a real word, but said 29 times to border's 876
    ["grown", "grow"], // a participle in -n is its verb
    // typed as said: its consonants in order, one left out, vowels guessed; too far for one edit
    ["govner", "governor"],
    ["govener", "governor"],
  ])("corrects %s → %s", (typo, expected) => {
    expect(corrector.correct(typo)?.word).toBe(expected);
  });

  test.each([
    ["police"], // a real word said more than the base word it is near ("policy")
    ["black"], // not "back"
    ["palace"], // not "place"
    ["resign"], // English (re- + sign), not two edits from "region"
    ["bord"], // four letters and a real word
    ["gorvenr"], // consonants moved about: g-r-v-n-r is not in governor's g-v-r-n-r in order
    ["sorian"], // s…n: no known word with its first and last letters holds s-r-n
  ])("leaves %s alone", (word) => {
    expect(corrector.correct(word)).toBeNull();
  });
});

describe("isLikelySlip", () => {
  test.each([
    ["ruters", "reuters", true], // a letter left out
    ["rulers", "ruters", false], // l for t: keys apart
    ["ruyers", "ruters", true], // y for t: neighbouring keys
    ["secirity", "security", true], // a vowel for another
    ["syira", "syria", true], // two letters swapped
  ])("%s for %s → %s", (typo, word, expected) => {
    expect(isLikelySlip(typo, word)).toBe(expected);
  });
});
