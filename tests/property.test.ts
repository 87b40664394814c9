/**
 * Property tests: for any string, `extract` does not throw and its result satisfies every
 * invariant in ./helpers/invariants.ts (spans, ids, references, confidence, JSON, determinism).
 *
 * Seeded and bounded so `npm test` stays quick. `npm run fuzz` (scripts/fuzz.mjs) runs the
 * same properties with FUZZ_RUNS cases each, a random or given FUZZ_SEED and an optional
 * FUZZ_TIME_LIMIT_MS per property. Reproduce a failure with the seed and path it prints:
 *   FUZZ_RUNS=… FUZZ_SEED=… FUZZ_PATH=… npx vitest run tests/property.test.ts -t '<name>'
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, type ExtractOptions } from '../src/index.js';
import { checkExtraction, findViolations } from './helpers/invariants.js';

// ---------------------------------------------------------------------------------------------
// Run configuration
// ---------------------------------------------------------------------------------------------

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 0;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 0x5eed;
const PATH = process.env.FUZZ_PATH;
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 0) || 0;
const FUZZING = FUZZ_RUNS > 0;

/**
 * Cases per property in `npm test`. FUZZ_RUNS overrides them all, except the options property
 * (a model load per case), which then runs FUZZ_RUNS/100 cases.
 */
const DEFAULT_RUNS = {
  unicode: 300,
  unicodeWords: 150,
  newsLike: 200,
  fixtureMutations: 100,
  options: 8,
} as const;

/** vitest timeout per property: generous in `npm test`, none to speak of when fuzzing. */
const TEST_TIMEOUT = FUZZING ? 24 * 3600 * 1000 : 30_000;

function runProperty<T>(name: string, arb: fc.Arbitrary<T>, defaultRuns: number, predicate: (value: T) => void, fuzzShare = 1): void {
  const numRuns = FUZZING ? Math.max(10, Math.round(FUZZ_RUNS * fuzzShare)) : defaultRuns;
  const t0 = performance.now();
  const out = fc.check(fc.property(arb, predicate), {
    seed: SEED,
    numRuns,
    ...(PATH ? { path: PATH } : {}),
    ...(TIME_LIMIT_MS ? { plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)] } : {}),
  });
  const ms = performance.now() - t0;
  if (FUZZING || out.interrupted) {
    console.log(`[fuzz] ${name}: ${out.numRuns} runs${out.interrupted ? ' (interrupted by time limit)' : ''}, seed ${SEED}, ${(ms / 1000).toFixed(1)} s, ${out.failed ? 'FAILED' : 'ok'}`);
  }
  if (out.failed) {
    throw new Error(
      `Property "${name}" failed (seed ${out.seed}, path "${out.counterexamplePath ?? ''}"; replay with FUZZ_SEED=${out.seed} FUZZ_PATH=${out.counterexamplePath ?? ''} FUZZ_RUNS=${numRuns}).\n` +
        `${fc.defaultReportMessage(out)}\n\nError: ${out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance)}`,
    );
  }
  expect(out.numRuns).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------
// Arbitrary full-Unicode strings
// ---------------------------------------------------------------------------------------------

const SPECIAL_CHARS = [
  '\u0000', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2007', '\u200a',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029', '\u202e', '\u2060', '\u3000', '\ufeff',
  '\ufffd', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\u0301', '\u0308', '\u20dd',
  '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a', '`', '\u00b4',
  '.', '!', '?', '\u2026', ',', ';', ':', '(', ')', '[', ']', '{', '}', '<', '>', '-', '\u2013', '\u2014', '/', '\\', '&', '#', '@',
  '\u{1f600}', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', '\u{1f1ec}\u{1f1e7}', '\u{10ffff}', '\u{1d400}',
  'I', 'İ', 'ı', 'ß', 'ẞ', 'ﬁ', 'Σ', 'ς', 'Ǆ', 'ǅ', '\u0130', 'ŉ', 'ΐ',
];

/** One UTF-16 "unit" that may be anything: any code point, a lone surrogate, a control char, a special. */
const anyChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp))) },
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((cu) => String.fromCharCode(cu)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x9f }).map((cu) => String.fromCharCode(cu)) },
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
  { weight: 4, arbitrary: fc.constantFrom('a', 'e', 'T', 'S', 'L', ' ', ' ', ' ', 'x', 'Q') },
);

const unicodeText = fc.string({ unit: anyChar, maxLength: 200 });

// ---------------------------------------------------------------------------------------------
// News-like text
// ---------------------------------------------------------------------------------------------

const FIRST = ['Clive', 'Jeremy', 'Gloria', 'Keir', 'Angela', 'Emmanuel', 'Jacinda', 'Olaf', 'María', 'Zoë', 'Nguyễn', 'Jean-Luc', 'Ruth'];
const LAST = ['Lewis', 'Corbyn', 'de Piero', 'Starmer', 'Merkel', 'Macron', 'Ardern', 'Scholz', 'O’Brien', "O'Neill", 'Smith-Jones', 'van der Berg', 'Lewis-Smith'];
const ORGS = [
  'Labour', 'Momentum', 'the Labour Party', 'the NEC', 'the party’s national executive committee', 'Alliance for Workers’ Liberty', 'AWL',
  'the Socialist Labour Network', 'Labour Against the Witchhunt', 'the European Commission', 'Unite', 'FIFA', 'the UN Security Council',
  'Acme Corp.', 'the U.S. Senate', 'the Electoral Commission', 'Another Europe is Possible', 'the Football Association',
];
const GROUPS = ['economists', 'rail unions', 'critics', 'sources on the party’s national executive committee', 'campaigners', 'a company spokesperson', 'residents', 'MPs'];
const PRONOUNS = ['he', 'she', 'it', 'they', 'He', 'She', 'It', 'They', 'his', 'her', 'its', 'their', 'him', 'them', 'we', 'I'];
const ROLES = ['the Labour MP', 'a spokesperson', 'chief executive', 'the former minister', 'the party leader', 'a senior official', 'the grassroots leftwing movement'];
const CUES = [
  'said', 'says', 'condemned', 'welcomed', 'criticised', 'criticized', 'praised', 'backed', 'opposed', 'supported', 'tweeted',
  'told reporters', 'argued', 'warned', 'denied', 'hailed', 'slammed', 'defended', 'said it was right to', 'said it was wrong to',
  'did not support', 'refused to back', 'according to', 'added', 'claimed', 'did not condemn', 'never opposed', 'was criticised by',
];
const DECISION_VERBS = [
  'ban', 'banned', 'bans', 'banning', 'expel', 'expelled', 'approve', 'approved', 'proscribe', 'proscribed', 'suspend', 'suspended',
  'veto', 'vetoed', 'reject', 'rejected', 'block', 'blocked', 'sanction', 'outlaw', 'auto-exclude', 'deregister',
];
const DECISION_NOUNS = ['the ban', 'the move', 'the decision', 'the latest decision', 'the expulsion', 'the proposal', 'the vote', 'the approval', 'it', 'this', 'the plan', 'the proscription', 'the veto'];
const FILLERS = [
  'the', 'a', 'of', 'to', 'in', 'on', 'and', 'but', 'not', 'never', 'yesterday', 'on Monday', 'in 2021', '£5m', '3.5%', 'Dr.', 'Mr.',
  'e.g.', 'U.K.', '...', '—', '–', '-', '(', ')', 'last year', 'members', 'groups', 'that', 'which', 'who', 'was', 'were', 'will',
  // names of Object.prototype members: a word of the text must never find one in a lexicon table
  'constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'the constructor',
];
const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['“', ''], ['', '”'], ['"', ''], ['“', '"'], ['``', "''"],
];
const SEPARATORS = [' ', ' ', ' ', ' ', '\n\n', '\n', '\r\n\r\n', '\r\n', '  ', '\t', '\u00a0', '\u2029', '\n \n', '\n\n\n', ''];
const ENDS = ['.', '.', '.', '!', '?', '', '…', ':', ';', '."', '.”', '?”'];

const pick = (xs: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...xs);
const person = fc.oneof(fc.tuple(pick(FIRST), pick(LAST)).map(([f, l]) => `${f} ${l}`), pick(LAST), pick(FIRST));
const subject = fc.oneof(
  { weight: 3, arbitrary: person },
  { weight: 3, arbitrary: pick(ORGS) },
  { weight: 1, arbitrary: pick(GROUPS) },
  { weight: 2, arbitrary: pick(PRONOUNS) },
  { weight: 1, arbitrary: fc.tuple(pick(ROLES), person).map(([r, p]) => `${r} ${p}`) },
);
const object = fc.oneof(pick(ORGS), pick(GROUPS), person, pick(['three leftwing groups', 'the groups', 'members', 'the club', 'the bill']));
const anyWord = fc.oneof(pick(FIRST), pick(LAST), pick(ORGS), pick(PRONOUNS), pick(CUES), pick(DECISION_VERBS), pick(DECISION_NOUNS), pick(FILLERS), pick(GROUPS));
const soup = fc.array(anyWord, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));

const clause: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(subject, pick(CUES), pick(DECISION_NOUNS)).map(([s, c, d]) => `${s} ${c} ${d}`),
  fc.tuple(subject, pick(CUES), pick(DECISION_VERBS), object).map(([s, c, v, o]) => `${s} ${c} the decision to ${v} ${o}`),
  fc.tuple(subject, pick(DECISION_VERBS), object).map(([s, v, o]) => `${s} ${v} ${o}`),
  fc.tuple(subject, pick(ROLES), pick(CUES), object, pick(DECISION_VERBS)).map(([s, r, c, o, v]) => `${s}, ${r}, ${c} that ${o} would ${v} them`),
  fc.tuple(subject, object, pick(DECISION_VERBS), object).map(([s, o, v, t]) => `According to ${s}, ${o} will ${v} ${t}`),
  fc.tuple(subject, pick(['is to', 'will', 'voted to', 'has decided to', 'did not'])).chain(([s, m]) =>
    fc.tuple(pick(DECISION_VERBS), object).map(([v, o]) => `${s} ${m} ${v} ${o}`),
  ),
  soup,
);
const quoted = fc
  .tuple(fc.constantFrom(...QUOTE_PAIRS), fc.array(clause, { minLength: 1, maxLength: 3 }), subject, pick(CUES), fc.nat(3))
  .map(([[open, close], content, s, c, form]) => {
    const body = content.join('. ');
    switch (form) {
      case 0: return `${open}${body},${close} ${s} ${c}.`;
      case 1: return `${open}${body},${close} ${c} ${s}.`;
      case 2: return `${s} ${c}: ${open}${body}.${close}`;
      default: return `${s} ${c} ${open}${body}${close} and more.`;
    }
  });
const sentence = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(clause, pick(ENDS)).map(([c, e]) => `${c.charAt(0).toUpperCase()}${c.slice(1)}${e}`) },
  { weight: 2, arbitrary: quoted },
  { weight: 1, arbitrary: fc.tuple(soup, pick(ENDS)).map(([c, e]) => c + e) },
);
const newsText = fc
  .tuple(
    fc.option(fc.tuple(pick(ORGS), pick(DECISION_VERBS), object).map(([s, v, o]) => `${s} to ${v} ${o}\n\n`), { nil: '' }),
    fc.array(fc.tuple(sentence, pick(SEPARATORS)), { minLength: 1, maxLength: 12 }),
  )
  .map(([headline, parts]) => headline + parts.map(([s, sep]) => s + sep).join(''));

const unicodeAndWords = fc
  .array(fc.tuple(fc.oneof(anyWord, sentence, fc.string({ unit: anyChar, maxLength: 6 })), fc.oneof(pick(SEPARATORS), fc.constant(''))), { maxLength: 40 })
  .map((xs) => xs.map(([x, sep]) => x + sep).join(''));

// ---------------------------------------------------------------------------------------------
// Mutations of the fixture articles
// ---------------------------------------------------------------------------------------------

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURE_DIR, f), 'utf8'));

const QUOTE_CHARS = /["'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/gu;
const at = (n: number, len: number): number => (len === 0 ? 0 : n % (len + 1));

type Mutation =
  | { op: 'removeQuotes'; every: number }
  | { op: 'doubleQuotes' }
  | { op: 'straightenQuotes' }
  | { op: 'mergeParagraphs'; sep: string }
  | { op: 'shuffleSentences'; keys: number[] }
  | { op: 'case'; mode: 'upper' | 'lower' | 'swap' | 'title'; from: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'html'; escape: boolean; br: boolean }
  | { op: 'crlf' }
  | { op: 'nbsp' }
  | { op: 'insert'; at: number; junk: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate' }
  | { op: 'stripPunctuation' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('removeQuotes' as const), every: fc.integer({ min: 1, max: 4 }) }),
  fc.constant({ op: 'doubleQuotes' as const }),
  fc.constant({ op: 'straightenQuotes' as const }),
  fc.record({ op: fc.constant('mergeParagraphs' as const), sep: pick([' ', '', '\n', '  ']) }),
  fc.record({ op: fc.constant('shuffleSentences' as const), keys: fc.array(fc.nat(1000), { maxLength: 60 }) }),
  fc.record({ op: fc.constant('case' as const), mode: fc.constantFrom('upper' as const, 'lower' as const, 'swap' as const, 'title' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('html' as const), escape: fc.boolean(), br: fc.boolean() }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'nbsp' as const }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), junk: fc.oneof(fc.string({ unit: anyChar, maxLength: 20 }), sentence) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat(400) }),
  fc.constant({ op: 'duplicate' as const }),
  fc.constant({ op: 'stripPunctuation' as const }),
);

function swapCase(s: string): string {
  let out = '';
  for (const ch of s) {
    const up = ch.toUpperCase();
    out += ch === up ? ch.toLowerCase() : up;
  }
  return out;
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\u201c/gu, '&ldquo;')
    .replace(/\u201d/gu, '&rdquo;')
    .replace(/\u2019/gu, '&rsquo;');
}

/** Applies one mutation to a text. */
function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'removeQuotes': {
      let i = 0;
      return text.replace(QUOTE_CHARS, (q) => (i++ % m.every === 0 ? '' : q));
    }
    case 'doubleQuotes':
      return text.replace(QUOTE_CHARS, (q) => q + q);
    case 'straightenQuotes':
      return text.replace(/[\u201c\u201d\u201e]/gu, '"').replace(/[\u2018\u2019]/gu, "'");
    case 'mergeParagraphs':
      return text.replace(/\n\s*\n/gu, m.sep);
    case 'shuffleSentences': {
      const parts = text.split(/(?<=[.!?\u2026]["\u201d\u2019]?)\s+/u);
      const keyed = parts.map((p, i) => ({ p, k: m.keys.length ? (m.keys[i % m.keys.length]! * 7919 + i) % 1009 : i }));
      keyed.sort((a, b) => a.k - b.k);
      return keyed.map((x) => x.p).join(' ');
    }
    case 'case': {
      const a = at(m.from, text.length);
      const b = at(m.to, text.length);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const mid = text.slice(lo, hi);
      const changed =
        m.mode === 'upper' ? mid.toUpperCase()
        : m.mode === 'lower' ? mid.toLowerCase()
        : m.mode === 'swap' ? swapCase(mid)
        : mid.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      return text.slice(0, lo) + changed + text.slice(hi);
    }
    case 'truncate':
      return text.slice(0, at(m.at, text.length));
    case 'html': {
      const paras = text.split(/\n\s*\n/u).map((p) => (m.escape ? escapeHtml(p) : p));
      const body = m.br ? paras.join('<br/><br/>\n') : paras.map((p) => `<p class="article">${p}</p>`).join('\n');
      return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>News</title><script>var s = "<p>\\"quote\\"</p>";</script><style>p{margin:0}</style></head>\n<body><article><h1>Headline&nbsp;here</h1>\n${body}\n<a href="https://example.org/?a=1&b=2">Read more</a></article></body></html>`;
    }
    case 'crlf':
      return text.replace(/\r?\n/gu, '\r\n');
    case 'nbsp':
      return text.replace(/ /gu, '\u00a0');
    case 'insert': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + m.junk + text.slice(i);
    }
    case 'delete': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + text.slice(i + m.len);
    }
    case 'duplicate':
      return `${text}\n\n${text}`;
    case 'stripPunctuation':
      return text.replace(/[.!?,;:\u2026]/gu, '');
  }
}

const mutatedFixture = fc
  .tuple(fc.nat(Math.max(0, FIXTURES.length - 1)), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => ms.reduce((t, m) => (t.length > 40_000 ? t : mutate(t, m)), FIXTURES[i] ?? ''));

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('extract: invariants on any input', () => {
  it('has fixture articles to mutate', () => {
    expect(FIXTURES.length).toBeGreaterThan(0);
  });

  it(
    'unicode: arbitrary full-Unicode strings (control characters, lone surrogates, specials)',
    () => {
      runProperty('unicode', unicodeText, DEFAULT_RUNS.unicode, (text) => {
        checkExtraction(text);
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'unicodeWords: Unicode junk mixed with news words and sentences',
    () => {
      runProperty('unicodeWords', unicodeAndWords, DEFAULT_RUNS.unicodeWords, (text) => {
        checkExtraction(text);
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'newsLike: generated news-like text (names, cue verbs, decision words, quotes, paragraphs)',
    () => {
      runProperty('newsLike', newsText, DEFAULT_RUNS.newsLike, (text) => {
        checkExtraction(text);
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'fixtureMutations: mutated fixture articles (quotes removed/doubled, merged, shuffled, case, truncated, HTML, …)',
    () => {
      runProperty('fixtureMutations', mutatedFixture, DEFAULT_RUNS.fixtureMutations, (text) => {
        checkExtraction(text);
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'options: createExtractor with any valid options: invariants, maxChars and minConfidence respected',
    () => {
      const options: fc.Arbitrary<ExtractOptions> = fc.record(
        {
          maxChars: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 2_000_000 })),
          minConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
        },
        { requiredKeys: [] },
      );
      const texts = fc.array(fc.oneof(newsText, unicodeText, mutatedFixture), { minLength: 1, maxLength: 4 });
      runProperty('options', fc.tuple(options, texts), DEFAULT_RUNS.options, ([opts, list]) => {
        const run = createExtractor(opts);
        const max = opts.maxChars ?? 2_000_000;
        list.forEach((text, i) => {
          if (text.length > max) {
            expect(() => run(text)).toThrow(RangeError);
            if (i === 0) expect(() => extract(text, opts)).toThrow(RangeError);
            return;
          }
          const result = checkExtraction(text, run);
          for (const s of result.stances) expect(s.confidence).toBeGreaterThanOrEqual(opts.minConfidence ?? 0);
          // extract(text, options) builds its own extractor: same result
          if (i === 0) expect(extract(text, opts)).toStrictEqual(result);
        });
      }, 1 / 100);
    },
    TEST_TIMEOUT,
  );
});

describe('the invariant checker itself', () => {
  const text = 'Labour banned the group. Lewis condemned the ban.';
  const good = (): Record<string, unknown> => ({
    text,
    sentences: [{ start: 0, end: 24, text: 'Labour banned the group.' }, { start: 25, end: 49, text: 'Lewis condemned the ban.' }],
    entities: [
      { id: 'e1', type: 'ORG', name: 'Labour', aliases: [], mentions: [{ start: 0, end: 6, text: 'Labour', kind: 'name' }], roles: [], affiliations: [] },
      { id: 'e2', type: 'PERSON', name: 'Lewis', aliases: [], mentions: [{ start: 25, end: 30, text: 'Lewis', kind: 'name' }], roles: [], affiliations: ['e1'] },
    ],
    quotes: [],
    decisions: [{ id: 'd1', action: 'ban', trigger: { start: 7, end: 13, text: 'banned' }, decider: 'e1', targets: [], mentions: [{ start: 45, end: 48, text: 'ban' }] }],
    stances: [
      {
        id: 's1', holder: 'e2', holderSpan: { start: 25, end: 30, text: 'Lewis' }, polarity: 'oppose', decision: 'd1',
        cue: { start: 31, end: 40, text: 'condemned' }, evidence: { start: 25, end: 49, text: 'Lewis condemned the ban.' }, quotes: [], confidence: 0.8, rule: 'stance.verb',
      },
    ],
    diagnostics: [],
  });

  it('accepts a valid result', () => {
    expect(findViolations(text, good())).toStrictEqual([]);
  });

  const breakages: [string, (r: any) => void, RegExp][] = [
    ['a span whose text does not match', (r) => { r.sentences[0].text = 'Labour banned the group'; }, /sentences\[0\]: text\.slice/],
    ['a span past the end', (r) => { r.decisions[0].mentions[0] = { start: 45, end: 99, text: 'ban.' }; }, /out of range/],
    ['a negative start', (r) => { r.stances[0].cue = { start: -1, end: 2, text: 'La' }; }, /out of range/],
    ['a fractional offset', (r) => { r.entities[0].mentions[0].end = 5.5; }, /integers/],
    ['a dangling holder', (r) => { r.stances[0].holder = 'e9'; }, /stances\[0\]\.holder/],
    ['a dangling decision', (r) => { r.stances[0].decision = 'd9'; }, /stances\[0\]\.decision/],
    ['a dangling affiliation', (r) => { r.entities[1].affiliations = ['e7']; }, /affiliations\[0\]/],
    ['a dangling quote id', (r) => { r.stances[0].quotes = ['q1']; }, /quotes\[0\]/],
    ['a duplicate id', (r) => { r.entities[1].id = 'e1'; r.stances[0].holder = 'e1'; }, /not unique/],
    ['confidence above 1', (r) => { r.stances[0].confidence = 1.2; }, /confidence/],
    ['confidence NaN', (r) => { r.stances[0].confidence = Number.NaN; }, /confidence/],
    ['an undefined field', (r) => { r.decisions[0].decider = undefined; }, /decider|undefined/],
    ['a class instance', (r) => { r.entities[0].roles = new (class Roles extends Array {})(); }, /plain|JSON/],
    ['overlapping sentences', (r) => { r.sentences[1] = { start: 20, end: 49, text: text.slice(20, 49) }; }, /before the previous sentence ends/],
    ['an unknown enum value', (r) => { r.stances[0].polarity = 'neutral'; }, /polarity/],
    ['a different text', (r) => { r.text = 'other'; }, /result\.text differs/],
  ];
  it.each(breakages)('reports %s', (_label, breakIt, pattern) => {
    const r = good();
    breakIt(r);
    const v = findViolations(text, r);
    expect(v.length, 'no violation reported').toBeGreaterThan(0);
    expect(v.join('\n')).toMatch(pattern);
  });
});
