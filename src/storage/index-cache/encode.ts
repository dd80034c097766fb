// Engine parts → the bytes of an index cache file (layout.ts).
import { createHash } from "node:crypto";
import type { EngineParts } from "../../engine/engine.js";
import { QUESTION_KINDS } from "../../engine/question-kinds.js";
import type { Postings } from "../../engine/search.js";
import {
  align8,
  type Header,
  LAYOUT_VERSION,
  MAGIC,
  PREFIX_BYTES,
  type Section,
  type SectionName,
} from "./layout.js";

/** The parts as typed arrays and string tables. Throws if they cannot be represented (never expected). */
export function encodeSnapshot(key: string, parts: EngineParts): Uint8Array {
  const { postings, vocabulary, questions } = parts.index;
  const terms = [...postings.keys()];
  const encoded = encodePostings(terms, postings);
  const sectionList: Array<[SectionName, Section]> = [
    ["postingStart", encoded.postingStart],
    ["docs", encoded.docs],
    ["weightCodes", encoded.weightCodes],
    ["counts", Uint32Array.from(vocabulary.values())],
    ...encodeQuestions(terms, questions),
    ["kinds", encodeKinds(parts.kinds)],
  ];
  const { body, sections } = concatenate(sectionList);
  const header: Header = {
    format: LAYOUT_VERSION,
    key,
    facts: parts.kinds.length,
    terms,
    words: [...vocabulary.keys()],
    weights: encoded.weightTable,
    kindNames: [...QUESTION_KINDS],
    sections,
    digest: createHash("sha1").update(body).digest("hex"),
  };
  return withHeader(header, body);
}

/** Posting lists laid end to end; each weight is stored as its position in a table of distinct weights. */
function encodePostings(terms: readonly string[], postings: ReadonlyMap<string, Postings>) {
  const weightTable: number[] = [];
  const weightIds = new Map<number, number>();
  let total = 0;
  for (const list of postings.values()) total += list.docs.length;
  const postingStart = new Uint32Array(terms.length + 1);
  const docs = new Int32Array(total);
  const weightCodes = new Uint8Array(total);
  let at = 0;
  terms.forEach((term, t) => {
    const list = postings.get(term) as Postings;
    postingStart[t] = at;
    docs.set(list.docs, at);
    for (const weight of list.weights) {
      let id = weightIds.get(weight);
      if (id === undefined) {
        id = weightTable.length;
        if (id > 255) throw new RangeError("more than 256 distinct field weights");
        weightTable.push(weight);
        weightIds.set(weight, id);
      }
      weightCodes[at++] = id;
    }
  });
  postingStart[terms.length] = at;
  return { postingStart, docs, weightCodes, weightTable };
}

/** Each fact's questions → their terms, as positions in `terms`, with start offsets per fact and per question. */
function encodeQuestions(
  terms: readonly string[],
  questions: ReadonlyArray<ReadonlyArray<readonly string[]>>,
): Array<[SectionName, Section]> {
  const termIds = new Map(terms.map((term, i) => [term, i]));
  const factQuestionStart = new Uint32Array(questions.length + 1);
  let questionCount = 0;
  let termCount = 0;
  for (const own of questions) {
    questionCount += own.length;
    for (const q of own) termCount += q.length;
  }
  const questionTermStart = new Uint32Array(questionCount + 1);
  const questionTerms = new Uint32Array(termCount);
  let q = 0;
  let qt = 0;
  questions.forEach((own, f) => {
    factQuestionStart[f] = q;
    for (const questionTermsOfOne of own) {
      questionTermStart[q++] = qt;
      for (const term of questionTermsOfOne) {
        const id = termIds.get(term);
        // Every question term is indexed (questions carry weight 1), so it has postings.
        if (id === undefined) throw new RangeError(`question term "${term}" is not indexed`);
        questionTerms[qt++] = id;
      }
    }
  });
  factQuestionStart[questions.length] = q;
  questionTermStart[questionCount] = qt;
  return [
    ["factQuestionStart", factQuestionStart],
    ["questionTermStart", questionTermStart],
    ["questionTerms", questionTerms],
  ];
}

/** Each fact's kinds of question as a bit mask, bits in QUESTION_KINDS order (named in the header). */
function encodeKinds(kindsOfFacts: EngineParts["kinds"]): Uint16Array {
  if (QUESTION_KINDS.length > 16) throw new RangeError("too many question kinds for 16-bit masks");
  const kinds = new Uint16Array(kindsOfFacts.length);
  kindsOfFacts.forEach((set, f) => {
    let mask = 0;
    QUESTION_KINDS.forEach((kind, bit) => {
      if (set.has(kind)) mask |= 1 << bit;
    });
    kinds[f] = mask;
  });
  return kinds;
}

/** The sections, each 8-byte aligned, in one body; with each one's offset and length. */
function concatenate(sectionList: ReadonlyArray<[SectionName, Section]>) {
  const sections = {} as Record<SectionName, [number, number]>;
  let bodyLength = 0;
  for (const [name, array] of sectionList) {
    sections[name] = [bodyLength, array.length];
    bodyLength = align8(bodyLength + array.byteLength);
  }
  const body = new Uint8Array(bodyLength);
  for (const [name, array] of sectionList) {
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), sections[name][0]);
  }
  return { body, sections };
}

function withHeader(header: Header, body: Uint8Array): Uint8Array {
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const bodyStart = align8(PREFIX_BYTES + headerBytes.length);
  const file = new Uint8Array(bodyStart + body.length);
  file.set(MAGIC, 0);
  new DataView(file.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  file.set(headerBytes, PREFIX_BYTES);
  file.set(body, bodyStart);
  return file;
}
