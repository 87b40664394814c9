/**
 * A caller's mistake throws a clear TypeError/RangeError naming what was received and the
 * valid values; empty or whitespace-only text gives an empty Extraction.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, type Extraction, type ExtractOptions } from '../src/index.js';
import { assertInvariants } from './helpers/invariants.js';

/** Calls fn and returns what it threw (fails the test when it does not throw). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    return err as Error;
  }
  throw new Error('expected a throw, but the call returned normally');
}

const VALID_OPTION_NAMES = ['maxChars', 'minConfidence'];

function empty(text: string): Extraction {
  return { text, sentences: [], entities: [], quotes: [], decisions: [], stances: [], diagnostics: [] };
}

describe('text that is not a string', () => {
  // [label, value, pattern the message must contain to name what was received]
  const cases: [string, unknown, RegExp][] = [
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 42, /number.*42/],
    ['NaN', Number.NaN, /number.*NaN/],
    ['a boolean', true, /boolean.*true/],
    ['a bigint', 10n, /bigint/],
    ['a symbol', Symbol('x'), /symbol/],
    ['a function', () => 'text', /function/],
    ['a plain object', { text: 'Labour banned the group.' }, /object/],
    ['an object without prototype', Object.create(null) as object, /object/],
    ['an array', ['Labour banned the group.'], /array/],
    ['an empty array', [], /array/],
    ['a Buffer', Buffer.from('Labour banned the group.'), /Buffer/],
    ['a Uint8Array', new Uint8Array([76, 97]), /Uint8Array/],
    ['a String object', new String('Labour banned the group.'), /String/],
    ['a Date', new Date(0), /Date/],
  ];

  it.each(cases)('extract(%s) throws a TypeError naming it', (_label, value, names) => {
    const err = thrown(() => extract(value as string));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message).toMatch(/string/);
    expect(err.message).toMatch(names);
  });

  it.each(cases)('an extractor called with %s throws a TypeError naming it', (_label, value, names) => {
    const run = createExtractor();
    const err = thrown(() => run(value as string));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message).toMatch(names);
  });

  it('extract with options also checks the text first', () => {
    const err = thrown(() => extract(undefined as unknown as string, { minConfidence: 0.5 }));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message).toMatch(/undefined/);
  });

  it('the message stays short for a huge non-string value', () => {
    const big = { toString: () => 'x'.repeat(1_000_000) };
    const err = thrown(() => extract(big as unknown as string));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message.length).toBeLessThan(500);
  });
});

describe('options', () => {
  it('accepts no options, undefined, an empty object and every valid option', () => {
    const text = 'Labour banned the group. Lewis condemned the ban.';
    const base = extract(text);
    expect(extract(text, undefined)).toStrictEqual(base);
    expect(extract(text, {})).toStrictEqual(base);
    expect(extract(text, { maxChars: text.length, minConfidence: 0 })).toStrictEqual(base);
    expect(extract(text, { minConfidence: 1 }).text).toBe(text);
    expect(() => createExtractor({ maxChars: 1, minConfidence: 0.25 })).not.toThrow();
  });

  it('does not mutate the options object and accepts a frozen one', () => {
    const options: ExtractOptions = Object.freeze({ maxChars: 10_000, minConfidence: 0.3 });
    const copy = { ...options };
    extract('Labour banned the group.', options);
    expect(options).toStrictEqual(copy);
  });

  const notObjects: [string, unknown, RegExp][] = [
    ['null', null, /null/],
    ['a number', 5, /number/],
    ['a string', 'maxChars', /string/],
    ['an array', [{ maxChars: 5 }], /array/],
    ['a boolean', true, /boolean/],
    ['a function', () => ({}), /function/],
  ];
  it.each(notObjects)('options that are %s throw a TypeError listing the valid options', (_label, value, names) => {
    for (const call of [() => extract('text', value as ExtractOptions), () => createExtractor(value as ExtractOptions)]) {
      const err = thrown(call);
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toMatch(names);
      for (const name of VALID_OPTION_NAMES) expect(err.message).toContain(name);
    }
  });

  const unknown: Record<string, unknown>[] = [{ maxchars: 10 }, { minconfidence: 0.5 }, { language: 'en' }, { maxChars: 10, verbose: true }, { '': 1 }, { __proto__x: 1 },
    // names inherited from Object.prototype are not options either
    { toString: 1 }, { constructor: 'x' }, { valueOf: 0 }, { hasOwnProperty: true }];
  it.each(unknown)('unknown option %o throws a TypeError naming it and listing the valid ones', (options) => {
    const bad = Object.keys(options).find((k) => !VALID_OPTION_NAMES.includes(k))!;
    for (const call of [() => extract('text', options as ExtractOptions), () => createExtractor(options as ExtractOptions)]) {
      const err = thrown(call);
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toContain(`"${bad}"`);
      for (const name of VALID_OPTION_NAMES) expect(err.message).toContain(name);
    }
  });

  const illTyped: [string, unknown][] = [
    ['maxChars', '10'],
    ['maxChars', 0],
    ['maxChars', -1],
    ['maxChars', 1.5],
    ['maxChars', Number.NaN],
    ['maxChars', Number.POSITIVE_INFINITY],
    ['maxChars', 10n],
    ['maxChars', true],
    ['maxChars', null],
    ['maxChars', [10]],
    ['maxChars', { value: 10 }],
    ['minConfidence', '0.5'],
    ['minConfidence', -0.1],
    ['minConfidence', 1.01],
    ['minConfidence', Number.NaN],
    ['minConfidence', Number.NEGATIVE_INFINITY],
    ['minConfidence', null],
    ['minConfidence', false],
  ];
  it.each(illTyped)('option %s = %o throws a TypeError naming the option, the value and the valid ones', (name, value) => {
    const options = { [name]: value } as ExtractOptions;
    for (const call of [() => extract('text', options), () => createExtractor(options)]) {
      const err = thrown(call);
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toContain(name);
      for (const valid of VALID_OPTION_NAMES) expect(err.message).toContain(valid);
    }
  });

  it('an option set to undefined means the default', () => {
    const text = 'Labour banned the group.';
    expect(extract(text, { maxChars: undefined, minConfidence: undefined })).toStrictEqual(extract(text));
  });
});

describe('maxChars', () => {
  it('text longer than maxChars throws a RangeError saying the limit and how to raise it', () => {
    const text = 'Labour banned the group.';
    const limit = text.length - 1;
    for (const call of [() => extract(text, { maxChars: limit }), () => createExtractor({ maxChars: limit })(text)]) {
      const err = thrown(call);
      expect(err).toBeInstanceOf(RangeError);
      expect(err.message).toContain(String(limit));
      expect(err.message).toContain(String(text.length));
      expect(err.message).toContain('maxChars');
    }
  });

  it('text of exactly maxChars characters is accepted', () => {
    const text = 'Labour banned the group.';
    const result = extract(text, { maxChars: text.length });
    assertInvariants(text, result);
  });

  it('counts UTF-16 code units (an emoji counts 2)', () => {
    const text = '\u{1f600}';
    expect(() => extract(text, { maxChars: 1 })).toThrow(RangeError);
    expect(() => extract(text, { maxChars: 2 })).not.toThrow();
  });

  it('the default limit is 2,000,000 and fails fast above it', () => {
    const text = ' '.repeat(2_000_001);
    const t0 = performance.now();
    const err = thrown(() => extract(text));
    expect(err).toBeInstanceOf(RangeError);
    expect(err.message).toContain('2000000');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('whitespace-only text over the limit still throws (the limit is checked first)', () => {
    expect(() => extract('   ', { maxChars: 2 })).toThrow(RangeError);
  });
});

describe('empty and whitespace-only text', () => {
  const blanks = ['', ' ', '\n', '\n\n\n', '\r\n', '\t \t', '\u00a0', '\u2028\u2029', '\u3000', '\ufeff', ' \u00a0\n\t\r\v\f'];
  it.each(blanks.map((b) => [JSON.stringify(b), b]))('%s gives an empty Extraction', (_label, text) => {
    const result = extract(text);
    expect(result).toStrictEqual(empty(text));
    assertInvariants(text, result);
    expect(createExtractor({ minConfidence: 0.5 })(text)).toStrictEqual(empty(text));
  });

  it('text with no words (punctuation only) does not throw', () => {
    for (const text of ['.', '...', '"', '“”', '()', '—', '\u200b', '\u0000']) {
      assertInvariants(text, extract(text));
    }
  });
});

describe('minConfidence', () => {
  it('drops stances below the threshold and keeps the rest', () => {
    const text = 'Labour banned the group. Lewis condemned the ban. Momentum welcomed the decision to ban the group.';
    const all = extract(text, { minConfidence: 0 });
    for (const threshold of [0.25, 0.5, 0.75, 1]) {
      const some = extract(text, { minConfidence: threshold });
      assertInvariants(text, some);
      for (const s of some.stances) expect(s.confidence).toBeGreaterThanOrEqual(threshold);
      expect(some.stances.length).toBeLessThanOrEqual(all.stances.length);
      expect(some.stances.length).toBe(all.stances.filter((s) => s.confidence >= threshold).length);
    }
  });
});
