/**
 * Isolation: extractors share no state with each other, with their own history, or with
 * compromise's process-wide world. compromise is snapshotted *before* standpoint is imported.
 *
 * The tests run in file order; the one that creates many extractors is last on purpose (a
 * failure there can leave the wink model unusable for the rest of this file's process).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, ExtractOptions, Extractor } from '../src/index.js';
import { assertInvariants } from './helpers/invariants.js';

// ---------------------------------------------------------------------------------------------
// compromise snapshot, taken before standpoint is loaded
// ---------------------------------------------------------------------------------------------

interface World {
  model: Record<string, Record<string, unknown>>;
  methods: Record<string, unknown>;
  compute: Record<string, unknown>;
  hooks: unknown[];
}

const PEOPLE_SENTENCE = 'Clive Lewis and Jeremy Corbyn met Gloria de Piero in London, and Keir Starmer said Momentum was wrong.';
const WATCHED = ['labour', 'momentum', 'clive', 'lewis', 'corbyn', 'said', 'ban', 'banned', 'nec', 'awl', 'london', 'the', 'condemned', 'welcomed', 'mp'];

function fingerprint(): Record<string, unknown> {
  const world = nlp.world() as unknown as World;
  const lexicon = world.model.one!.lexicon as Record<string, unknown>;
  const sizes: Record<string, number> = {};
  for (const [part, model] of Object.entries(world.model)) {
    for (const [k, v] of Object.entries(model)) sizes[`${part}.${k}`] = v && typeof v === 'object' ? Object.keys(v).length : -1;
  }
  const lexHash = createHash('sha256')
    .update(JSON.stringify(Object.keys(lexicon).sort().map((k) => [k, lexicon[k]])))
    .digest('hex');
  return {
    world,
    lexiconKeys: Object.keys(lexicon).length,
    lexHash,
    watched: Object.fromEntries(WATCHED.map((w) => [w, JSON.stringify(lexicon[w] ?? null)])),
    sizes,
    methods: Object.keys(world.methods).sort(),
    compute: Object.keys(world.compute).sort(),
    hooks: JSON.stringify(world.hooks),
    people: nlp(PEOPLE_SENTENCE).people().out('array') as string[],
    tags: JSON.stringify((nlp(PEOPLE_SENTENCE).json() as { terms: { text: string; tags: string[] }[] }[]).map((s) => s.terms.map((t) => [t.text, t.tags]))),
  };
}

const BEFORE = fingerprint();

// ---------------------------------------------------------------------------------------------

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
const SHORT = [
  'Labour banned the group. Lewis condemned the ban.',
  'Momentum welcomed the decision to expel the club. “It is right,” it said.',
  'The council approved the plan on Monday, but residents criticised it.',
];
const TEXTS = [...FIXTURES, ...SHORT];
const JUNK = ['\ud800 \u0000 “ « ((((', 'ban ban ban said said', 'A. B. C. D.', '\r\n\u00a0\u2028', 'Ünïcödé Nämes Säid 😀'];

let api: typeof import('../src/index.js');

beforeAll(async () => {
  api = await import('../src/index.js');
}, 60_000);

type Outcome = { ok: Extraction } | { error: string };
function outcome(run: Extractor, text: string): Outcome {
  try {
    return { ok: run(text) };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}

describe('compromise’s process-wide world', () => {
  it('is not changed by importing standpoint and extracting', () => {
    for (const text of TEXTS) assertInvariants(text, api.extract(text));
    const run = api.createExtractor({ minConfidence: 0.2 });
    for (const text of [...SHORT, ...JUNK]) run(text);
    const after = fingerprint();
    expect(after.world).toBe(BEFORE.world);
    expect(after.lexiconKeys).toBe(BEFORE.lexiconKeys);
    expect(after.watched).toStrictEqual(BEFORE.watched);
    expect(after.lexHash).toBe(BEFORE.lexHash);
    expect(after.sizes).toStrictEqual(BEFORE.sizes);
    expect(after.methods).toStrictEqual(BEFORE.methods);
    expect(after.compute).toStrictEqual(BEFORE.compute);
    expect(after.hooks).toBe(BEFORE.hooks);
    expect(after.people).toStrictEqual(BEFORE.people);
    expect(after.tags).toBe(BEFORE.tags);
  });
});

describe('extractors', () => {
  it('two extractors with different options, called interleaved, give what fresh extractors give', () => {
    const optsA: ExtractOptions = { minConfidence: 0.9 };
    const optsB: ExtractOptions = { maxChars: 4000 };
    const freshA = api.createExtractor(optsA);
    const expectedA = new Map(TEXTS.map((t) => [t, outcome(freshA, t)]));
    const freshB = api.createExtractor(optsB);
    const expectedB = new Map(TEXTS.map((t) => [t, outcome(freshB, t)]));
    const expectedDefault = new Map(TEXTS.map((t) => [t, outcome(api.extract, t)]));

    // sanity: the options really make the extractors differ somewhere
    expect([...expectedB.values()].some((o) => 'error' in o) || TEXTS.every((t) => t.length <= 4000)).toBe(true);

    const a = api.createExtractor(optsA);
    const b = api.createExtractor(optsB);
    const n = TEXTS.length;
    for (let i = 0; i < n; i++) {
      const forward = TEXTS[i]!;
      const backward = TEXTS[n - 1 - i]!;
      expect(outcome(a, forward), `A on text ${i}`).toStrictEqual(expectedA.get(forward));
      expect(outcome(b, backward), `B on text ${n - 1 - i}`).toStrictEqual(expectedB.get(backward));
      expect(outcome(api.extract, forward), `default on text ${i}`).toStrictEqual(expectedDefault.get(forward));
      expect(outcome(b, forward), `B on text ${i}`).toStrictEqual(expectedB.get(forward));
      expect(outcome(a, JUNK[i % JUNK.length]!)).not.toHaveProperty('error');
    }
  });

  it('extract(text, options) does not change the default extract(text)', () => {
    const text = SHORT[1]!;
    const before = api.extract(text);
    api.extract(text, { minConfidence: 1 });
    api.extract(text, { maxChars: text.length });
    expect(api.extract(text)).toStrictEqual(before);
  });

  it('a result does not depend on what the extractor read before', () => {
    const target = FIXTURES[0] ?? SHORT[0]!;
    const fresh = api.createExtractor()(target);
    const used = api.createExtractor();
    for (const t of [...JUNK, ...TEXTS.slice(1), ...JUNK]) used(t);
    expect(used(target)).toStrictEqual(fresh);
  });

  it('the same text twice through one extractor gives the same result (tokens wink learned on the first call)', () => {
    // wink-nlp learns "'According" (from ".'According") and "Alzheimer’s" (from "Alzheimer’s»ᩂ”")
    // as single tokens and then tokenises them differently on the next call (found by `npm run fuzz`).
    for (const text of ["'According Zoë.'According ", 'Alzheimer’s\rAlzheimer’s»ᩂ” ']) {
      const run = api.createExtractor();
      const first = run(text);
      expect(run(text), JSON.stringify(text)).toStrictEqual(first);
    }
  });

  it('a result does not depend on an earlier text that glued a quote mark to a word', () => {
    const target = "'According Zoë.";
    const fresh = api.createExtractor()(target);
    const used = api.createExtractor();
    used("Zoë.'According");
    expect(used(target)).toStrictEqual(fresh);
  });

  it('results are not shared between calls (mutating one result does not change the next)', () => {
    const run = api.createExtractor();
    const text = FIXTURES[0] ?? SHORT[0]!;
    const first = run(text) as unknown as { sentences: { text: string }[]; entities: { aliases: string[] }[] };
    const snapshot = JSON.stringify(first);
    first.sentences.length = 0;
    for (const e of first.entities) e.aliases.push('MUTATED');
    expect(JSON.stringify(run(text))).toBe(snapshot);
  });

  it('an extractor gives the same results after reading more than 2,000 documents', () => {
    const run = api.createExtractor();
    const text = SHORT[1]!;
    const first = run(text);
    for (let i = 0; i < 2100; i++) run(`Doc${i} said no${i}.`);
    expect(run(text)).toStrictEqual(first);
  }, 60_000);

  it('30 extractors can be created and used in one process, each as fast as the first', () => {
    const text = SHORT[0]!;
    const expected = api.extract(text);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      let got: Extraction;
      const t0 = performance.now();
      try {
        got = api.createExtractor({ minConfidence: 0 })(text);
      } catch (err) {
        throw new Error(`extractor #${i + 1} threw: ${(err as Error).name}: ${(err as Error).message} (ms per extractor so far: ${times.map((t) => t.toFixed(0)).join(', ')})`);
      }
      times.push(performance.now() - t0);
      expect(got, `extractor #${i + 1}`).toStrictEqual(expected);
      // Fail early (instead of after minutes) when creating an extractor keeps getting slower.
      const base = Math.max(50, Math.min(...times.slice(0, 3)));
      if (times[i]! > 10 * base) {
        throw new Error(`extractor #${i + 1} took ${times[i]!.toFixed(0)} ms, over 10x the first ones: creation time grows (ms per extractor: ${times.map((t) => t.toFixed(0)).join(', ')})`);
      }
    }
  }, 120_000);
});
