/**
 * The English model as wink-nlp reads it, built from wink-eng-lite-web-model's own files but loaded
 * for the one pipe the library runs (`['sbd', 'pos']`). Cold start is most of a short job, and the
 * package's own loader spends it on work this pipe never uses:
 * - its `core()` deep-copies the 3 MB model through JSON.stringify + JSON.parse and decodes the
 *   lexicon byte by byte; here only what wink mutates (feature lists and their hashes) is copied,
 *   and the lexicon is decoded natively where `Buffer` exists;
 * - wink parses the NER, sentiment and negation automata on every new instance (about 0.6 MB of
 *   JSON) although only the `ner`, `sentiment` and `negation` pipes run them; here they are empty.
 * `tests/adapters/wink-model.test.ts` checks that `core()` equals the package's, value for value,
 * and that wink reads the fixtures identically with both models, so a model upgrade that changes
 * the format fails there.
 */
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type model from 'wink-eng-lite-web-model';

export type WinkModel = typeof model;

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
/** [word, mask, shift, isListed (0 = a list with a hash), isExtractable, …] per packed feature. */
type Layout = Record<string, number[]>;
interface CoreModel {
  [part: string]: unknown;
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Layout; efList?: string[] };
  pos: { hash: Record<string, number> };
  features: Record<string, Feature>;
}

const CORE = coreJson as unknown as CoreModel;

/** Base64 to 32-bit words, as the package's loader decodes them (platform byte order). */
function decodeWords(base64: string): Uint32Array {
  const bytes: Uint8Array =
    typeof Buffer === 'undefined' ? Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) : Buffer.from(base64, 'base64');
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length * 4));
  return words;
}

function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/** A fresh core model: wink's cache appends unseen words to the feature lists, so each instance owns its copies. */
function loadCore(): CoreModel {
  // the small parts are cloned whole; the big ones are decoded or rebuilt below
  const { lexicon, xpansions, features: sourceFeatures, ...small } = CORE;
  const model = structuredClone(small) as CoreModel;
  model.lexicon = decodeWords(lexicon as string);
  model.xpansions = decodeWords(xpansions as string);
  const layout = model.packing.layout;
  const efList: string[] = (model.packing.efList = []);
  const features: Record<string, Feature> = {};
  for (const [name, feature] of Object.entries(sourceFeatures)) features[name] = { list: feature.list.slice() };
  model.features = features;
  for (const [name, [, mask, shift, isListed, isExtractable]] of Object.entries(layout)) {
    if (isListed === 0) {
      const feature = features[name]!;
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = mask! >>> shift!;
    }
    if (isExtractable === 1) efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = indexOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  return model;
}

/** An automaton that recognises nothing, in wink's JSON form. */
const EMPTY_AUTOMATON = '[100,0,{"0":{}},{},{},{}]';
const noSetter = (): void => undefined;

/**
 * wink-eng-lite-web-model 1.8.1's `metaCER()` re-stringifies its own cached JSON on every call, so
 * each new wink instance would pay for (and store) a string twice as long as the last: the 20th
 * instance in a process throws "Invalid string length". The first result serves every instance.
 */
let cerMeta: unknown = null;

/** The model object handed to `winkNLP(model, ['sbd', 'pos'])`. */
export const sbdPosModel = Object.assign(Object.create(null) as Record<string, unknown>, {
  core: loadCore,
  sbd: loadSbdModel,
  pos: loadPosModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: () => ({ machines: [EMPTY_AUTOMATON], setter: noSetter }),
  sa: () => ({ machines: [EMPTY_AUTOMATON], setter: noSetter }),
  metaCER: () => (cerMeta ??= loadCerMetaModel()),
  featureFn,
  addons: Object.assign(Object.create(null) as Record<string, unknown>, {
    stem,
    lemmatize,
    readabilityStats,
    wordVectors: undefined,
  }),
}) as unknown as WinkModel;

/** For the adapter's tests: the core model as this module builds it. */
export const loadCoreForTest = loadCore;
