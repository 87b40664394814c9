/**
 * Tests of the fixture scorer itself (eval/lib/fixtures.mjs), on small hand-built
 * Extraction objects, so that a broken scorer cannot pass the fixture suite silently.
 * Also checks that the fixture files themselves are sound.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision, Entity, EntityType, Extraction, Quote, Stance } from '../src/index.js';
// The scorer is plain ESM JavaScript typed with JSDoc; this tsconfig has no allowJs,
// so it is typed here by hand (see ScorerApi).
// @ts-ignore TS7016: no declaration file for a .mjs module
import * as scorerModule from '../eval/lib/fixtures.mjs';

interface Check {
  ok: boolean;
  what: string;
  detail: string;
}
interface StanceScore {
  tp: number;
  fp: number;
  fn: number;
  duplicates: number;
  falsePositives: string[];
  falseNegatives: string[];
}
interface FixtureScore {
  checks: Check[];
  stances: StanceScore;
}
interface Fixture {
  name: string;
  text: string;
  expected: Record<string, unknown> & { description: string };
}
interface ScorerApi {
  loadFixtures(dir?: string | URL): Fixture[];
  scoreFixture(extraction: Extraction, expected: unknown): FixtureScore;
  scoreFixtures(
    extract: (text: string) => Extraction,
    dir?: string | URL,
  ): {
    fixtures: (FixtureScore & { name: string; error: string | null })[];
    totals: {
      stances: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
      checks: { passed: number; failed: number };
    };
  };
  lintFixture(fixture: Fixture): string[];
  validateExpected(expected: unknown, name?: string): void;
  normName(s: string): string;
  prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number };
}

const scorer = scorerModule as unknown as ScorerApi;

// ---------------------------------------------------------------------------
// Builders: a tiny article and a valid extraction of it.

const TEXT = 'Labour banned the Workers’ Alliance. Clive Lewis condemned the ban: “It’s naive,” Lewis said. Momentum welcomed it.';

function span(text: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`test bug: "${text}" not in TEXT`);
  return { start, end: start + text.length, text };
}

function entity(id: string, name: string, type: EntityType, extra: Partial<Entity> = {}): Entity {
  return { id, type, name, aliases: [], mentions: [], roles: [], affiliations: [], ...extra };
}

function quote(id: string, text: string, speaker: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const s = span(text);
  return { id, kind, text: s.text, start: s.start, end: s.end, speaker, speakerSpan: null, cue: null };
}

function decision(id: string, action: string, decider: string | null, targets: string[], trigger = 'banned', mentions: string[] = []): Decision {
  return { id, action, trigger: span(trigger), decider, targets, mentions: mentions.map((m) => span(m)) };
}

function stance(id: string, holder: string, polarity: Stance['polarity'], decisionId: string): Stance {
  const cue = span('condemned');
  return {
    id,
    holder,
    holderSpan: span('Clive Lewis'),
    polarity,
    decision: decisionId,
    cue,
    evidence: cue,
    quotes: [],
    confidence: 0.9,
    rule: 'test',
  };
}

function baseExtraction(): Extraction {
  return {
    text: TEXT,
    sentences: [],
    entities: [
      entity('e1', 'Labour', 'ORG', { mentions: [{ ...span('Labour'), kind: 'name' }] }),
      entity('e2', 'Workers’ Alliance', 'ORG', { aliases: ['WA'] }),
      entity('e3', 'Clive Lewis', 'PERSON', {
        aliases: ['Lewis'],
        roles: ['Labour MP'],
        mentions: [
          { ...span('Clive Lewis'), kind: 'name' },
          { ...span('Lewis', 1), kind: 'alias' },
        ],
      }),
      entity('e4', 'Momentum', 'ORG'),
    ],
    quotes: [quote('q1', 'It’s naive', 'e3')],
    decisions: [decision('d1', 'ban', 'e1', ['e2'], 'banned', ['the ban', 'it'])],
    stances: [stance('s1', 'e3', 'oppose', 'd1'), stance('s2', 'e4', 'support', 'd1')],
    diagnostics: [],
  };
}

function with_(patch: Partial<Extraction>): Extraction {
  return { ...baseExtraction(), ...patch };
}

function checksOf(x: Extraction, expected: Record<string, unknown>): Check[] {
  return scorer.scoreFixture(x, { description: 'test', stances: [], ...expected }).checks;
}

/** The single check produced by an expected file with one item of interest. */
function onlyCheck(x: Extraction, expected: Record<string, unknown>, prefix: string): Check {
  const found = checksOf(x, expected).filter((c) => c.what.startsWith(prefix));
  expect(found, `checks starting with "${prefix}"`).toHaveLength(1);
  return found[0]!;
}

// ---------------------------------------------------------------------------

describe('normName', () => {
  it.each([
    ['The Labour Party', 'labour party'],
    ['Alliance for Workers’ Liberty', "alliance for workers' liberty"],
    ['  the   NEC ', 'nec'],
    ['“Momentum”', 'momentum'],
    ['a spokesperson for the club', 'spokesperson for the club'],
    ['Theresa May', 'theresa may'],
  ])('%s → %s', (input, out) => {
    expect(scorer.normName(input)).toBe(out);
  });
});

describe('entities', () => {
  it.each<[string, Record<string, unknown>, Extraction, boolean]>([
    ['exact name and type', { name: 'Clive Lewis', type: 'PERSON' }, baseExtraction(), true],
    ['case-insensitive, via alias', { name: 'lewis', type: 'PERSON' }, baseExtraction(), true],
    ['curly vs straight apostrophe, leading "the"', { name: "the Workers' Alliance", type: 'ORG' }, baseExtraction(), true],
    ['alternatives array', { name: ['Nobody', 'Momentum'], type: 'ORG' }, baseExtraction(), true],
    ['type alternatives', { name: 'Momentum', type: ['PLACE', 'ORG'] }, baseExtraction(), true],
    ['wrong type', { name: 'Clive Lewis', type: 'ORG' }, baseExtraction(), false],
    ['missing entity', { name: 'Jeremy Corbyn', type: 'PERSON' }, baseExtraction(), false],
    ['partial name is not a match', { name: 'Clive', type: 'PERSON' }, baseExtraction(), false],
    ['aliases subset', { name: 'Clive Lewis', type: 'PERSON', aliases: ['Lewis'] }, baseExtraction(), true],
    ['alias may be the canonical name', { name: 'WA', type: 'ORG', aliases: ['Workers’ Alliance'] }, baseExtraction(), true],
    ['alias missing', { name: 'Clive Lewis', type: 'PERSON', aliases: ['Lewis', 'CL'] }, baseExtraction(), false],
    ['role as substring', { name: 'Clive Lewis', type: 'PERSON', roles: ['mp'] }, baseExtraction(), true],
    ['role missing', { name: 'Clive Lewis', type: 'PERSON', roles: ['chief executive'] }, baseExtraction(), false],
    ['mention present', { name: 'Clive Lewis', type: 'PERSON', mentions: ['lewis'] }, baseExtraction(), true],
    ['mention missing', { name: 'Clive Lewis', type: 'PERSON', mentions: ['he'] }, baseExtraction(), false],
    [
      'one of two same-named entities suffices',
      { name: 'Lewis', type: 'PERSON', roles: ['Labour MP'] },
      with_({ entities: [entity('e9', 'Lewis', 'PERSON'), ...baseExtraction().entities] }),
      true,
    ],
  ])('%s', (_label, exp, x, ok) => {
    const c = onlyCheck(x, { entities: [exp] }, 'entity ');
    expect(c.ok, c.detail).toBe(ok);
    if (!ok) expect(c.detail.length).toBeGreaterThan(0);
  });
});

describe('quotes', () => {
  it.each<[string, Record<string, unknown>, Extraction, boolean]>([
    ['speaker by alias, curly apostrophe folded', { speaker: 'Lewis', contains: "it's NAIVE" }, baseExtraction(), true],
    ['kind matches', { speaker: 'Clive Lewis', contains: 'naive', kind: 'direct' }, baseExtraction(), true],
    ['kind differs', { speaker: 'Clive Lewis', contains: 'naive', kind: 'indirect' }, baseExtraction(), false],
    ['wrong speaker', { speaker: 'Momentum', contains: 'naive' }, baseExtraction(), false],
    ['speaker alternatives', { speaker: ['Momentum', 'Clive Lewis'], contains: 'naive' }, baseExtraction(), true],
    ['no quote with that text', { speaker: 'Clive Lewis', contains: 'authoritarianism' }, baseExtraction(), false],
    ['null speaker', { speaker: 'Clive Lewis', contains: 'naive' }, with_({ quotes: [quote('q1', 'It’s naive', null)] }), false],
    [
      'any of several quotes with the text may carry the speaker',
      { speaker: 'Clive Lewis', contains: 'naive' },
      with_({ quotes: [quote('q0', 'It’s naive', 'e4'), quote('q1', 'It’s naive', 'e3')] }),
      true,
    ],
  ])('%s', (_label, exp, x, ok) => {
    const c = onlyCheck(x, { quotes: [exp] }, 'quote ');
    expect(c.ok, c.detail).toBe(ok);
  });

  it.each<[string, Extraction, boolean]>([
    ['attributed quote containing the scare quote fails', baseExtraction(), false],
    ['unattributed quote is fine', with_({ quotes: [quote('q1', 'It’s naive', null)] }), true],
    ['no quote at all is fine', with_({ quotes: [] }), true],
  ])('noQuoteSpeaker: %s', (_label, x, ok) => {
    const c = onlyCheck(x, { noQuoteSpeaker: ['naive'] }, '"naive"');
    expect(c.ok, c.detail).toBe(ok);
  });
});

describe('decisions', () => {
  const d = (i: number) => `decision #${i} `;
  it.each<[string, Record<string, unknown>, Extraction, boolean]>([
    ['action, decider, target', { action: 'ban', decider: 'Labour', targets: ['Workers’ Alliance'] }, baseExtraction(), true],
    ['action alternatives', { action: ['proscribe', 'ban'] }, baseExtraction(), true],
    ['wrong action', { action: 'expel' }, baseExtraction(), false],
    ['wrong decider', { action: 'ban', decider: 'Momentum' }, baseExtraction(), false],
    ['missing decider', { action: 'ban', decider: 'Labour' }, with_({ decisions: [decision('d1', 'ban', null, ['e2'])] }), false],
    ['missing target', { action: 'ban', targets: ['Workers’ Alliance', 'Momentum'] }, baseExtraction(), false],
    ['target alternatives', { action: 'ban', targets: [['Nobody', 'WA']] }, baseExtraction(), true],
    ['multi-word action normalised', { action: 'strike down' }, with_({ decisions: [decision('d1', 'strike_down', 'e1', [])] }), true],
  ])('%s', (_label, exp, x, ok) => {
    const c = onlyCheck(x, { decisions: [exp] }, d(0));
    expect(c.ok, c.detail).toBe(ok);
  });

  it('each expected decision needs a distinct produced decision', () => {
    const checks = checksOf(baseExtraction(), { decisions: [{ action: 'ban' }, { action: 'ban' }] });
    expect(checks.filter((c) => c.what.startsWith('decision #')).map((c) => c.ok)).toEqual([true, false]);
  });

  it('matching is maximal, not greedy', () => {
    // expected #0 fits d1 and d2; expected #1 fits only d1. Greedy would give d1 to #0 and fail #1.
    const x = with_({
      decisions: [decision('d1', 'ban', 'e1', ['e2']), decision('d2', 'ban', 'e1', [], 'condemned')],
    });
    const checks = checksOf(x, { decisions: [{ action: 'ban' }, { action: 'ban', targets: ['WA'] }] });
    expect(checks.filter((c) => c.what.startsWith('decision #')).map((c) => c.ok)).toEqual([true, true]);
  });

  it.each<[string, string, boolean]>([
    ['the ban', 'exact mention', true],
    ['ban', 'expected text inside a mention', true],
    ['the latest ban', 'mention inside expected text', true],
    ['it', 'pronoun mention', true],
    ['banned', 'the trigger counts', true],
    ['the move', 'absent mention', false],
  ])('mention "%s" (%s)', (mention, _label, ok) => {
    const c = onlyCheck(baseExtraction(), { decisions: [{ action: 'ban', mentions: [mention] }] }, `decision #0 is referred to`);
    expect(c.ok, c.detail).toBe(ok);
  });

  it.each<[string, string | string[], boolean]>([
    ['trigger inside the fragment', 'Labour banned the', true],
    ['a mention inside the fragment', 'condemned the ban', true],
    ['case and quote style are ignored', 'LABOUR BANNED', true],
    ['any of several fragments', ['nowhere at all', 'condemned the ban'], true],
    ['neither trigger nor mention inside', 'Clive Lewis condemned', false],
  ])('stated: %s', (_label, stated, ok) => {
    const c = onlyCheck(baseExtraction(), { decisions: [{ action: 'ban', stated }] }, d(0));
    expect(c.ok, c.detail).toBe(ok);
  });

  it.each<[string, Decision[]]>([
    ['listed first', [decision('d2', 'ban', 'e1', [], 'banned', ['the ban']), decision('d1', 'ban', 'e1', [])]],
    ['listed second', [decision('d1', 'ban', 'e1', []), decision('d2', 'ban', 'e1', [], 'banned', ['the ban'])]],
  ])('two identical expected decisions are told apart by their mentions (produced one %s)', (_label, decisions) => {
    const x = with_({ decisions, stances: [stance('s1', 'e3', 'oppose', 'd2')] });
    const out = scorer.scoreFixture(x, {
      description: 't',
      decisions: [{ action: 'ban' }, { action: 'ban', mentions: ['the ban'] }],
      stances: [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 1 }],
    });
    expect(out.checks.filter((c) => c.what.startsWith('decision #')).every((c) => c.ok)).toBe(true);
    expect(out.stances).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('stance linking through a loosely matched decision', () => {
  const stances = [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }];
  it.each<[string, Record<string, unknown>, boolean, boolean]>([
    ['wrong decider, right target: decision check fails, stance still counts', { action: 'ban', decider: 'Momentum', targets: ['WA'] }, false, true],
    ['right decider, wrong target: decision check fails, stance still counts', { action: 'ban', decider: 'Labour', targets: ['Momentum'] }, false, true],
    ['decider and targets both wrong: no link', { action: 'ban', decider: 'Momentum', targets: ['Clive Lewis'] }, false, false],
    ['wrong action: no link', { action: 'expel', decider: 'Labour' }, false, false],
    ['wrong place (stated): no link', { action: 'ban', decider: 'Momentum', targets: ['WA'], stated: 'Clive Lewis condemned' }, false, false],
    ['full fit', { action: 'ban', decider: 'Labour', targets: ['WA'] }, true, true],
  ])('%s', (_label, exp, decisionOk, stanceOk) => {
    const out = scorer.scoreFixture(with_({ stances: [stance('s1', 'e3', 'oppose', 'd1')] }), { description: 't', decisions: [exp], stances });
    const c = out.checks.find((k) => k.what.startsWith('decision #0 '))!;
    expect(c.ok, c.detail).toBe(decisionOk);
    expect(out.stances).toMatchObject(stanceOk ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 });
  });

  it('a fully fitting decision is preferred over a loose one', () => {
    const x = with_({
      decisions: [decision('d1', 'ban', 'e4', ['e2']), decision('d2', 'ban', 'e1', ['e2'], 'condemned')],
      stances: [stance('s1', 'e3', 'oppose', 'd2')],
    });
    const out = scorer.scoreFixture(x, { description: 't', decisions: [{ action: 'ban', decider: 'Labour', targets: ['WA'] }], stances });
    expect(out.checks.find((k) => k.what.startsWith('decision #0 '))?.ok).toBe(true);
    expect(out.stances).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('decision mentions', () => {
  it('mentions of an unmatched decision fail', () => {
    const c = onlyCheck(baseExtraction(), { decisions: [{ action: 'expel', mentions: ['the ban'] }] }, 'decision #0 is referred to');
    expect(c.ok).toBe(false);
    expect(c.detail).toMatch(/not found/);
  });
});

describe('stances', () => {
  const decisions = [{ action: 'ban', decider: 'Labour' }];
  const score = (x: Extraction, stances: unknown[], extra: Record<string, unknown> = {}) =>
    scorer.scoreFixture(x, { description: 't', decisions, stances, ...extra });

  it.each<[string, Extraction, unknown[], Pick<StanceScore, 'tp' | 'fp' | 'fn'>]>([
    [
      'all correct',
      baseExtraction(),
      [
        { holder: 'Clive Lewis', polarity: 'oppose', decision: 0 },
        { holder: 'Momentum', polarity: 'support', decision: 0 },
      ],
      { tp: 2, fp: 0, fn: 0 },
    ],
    ['one missing from the expected list is a false positive', baseExtraction(), [{ holder: 'Lewis', polarity: 'oppose', decision: 0 }], { tp: 1, fp: 1, fn: 0 }],
    [
      'wrong polarity is fp + fn',
      with_({ stances: [stance('s1', 'e3', 'support', 'd1')] }),
      [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'wrong decision is fp + fn',
      with_({
        decisions: [decision('d1', 'ban', 'e1', ['e2']), decision('d2', 'ban', 'e4', [], 'condemned')],
        stances: [stance('s1', 'e3', 'oppose', 'd2')],
      }),
      [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'wrong holder is fp + fn',
      with_({ stances: [stance('s1', 'e4', 'oppose', 'd1')] }),
      [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'holder alternatives',
      with_({ stances: [stance('s1', 'e4', 'oppose', 'd1')] }),
      [{ holder: ['NEC', 'Momentum'], polarity: 'oppose', decision: 0 }],
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      'decision not found: every stance on it is missed',
      with_({ decisions: [decision('d1', 'expel', 'e1', ['e2'])], stances: [stance('s1', 'e3', 'oppose', 'd1')] }),
      [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }],
      { tp: 0, fp: 1, fn: 1 },
    ],
    ['nothing produced', with_({ stances: [] }), [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }], { tp: 0, fp: 0, fn: 1 }],
    ['nothing expected, nothing produced', with_({ stances: [] }), [], { tp: 0, fp: 0, fn: 0 }],
  ])('%s', (_label, x, stances, want) => {
    const s = score(x, stances).stances;
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual(want);
    expect(s.falsePositives).toHaveLength(want.fp);
    expect(s.falseNegatives).toHaveLength(want.fn);
  });

  it('a repeated stance counts once: neither tp twice nor fp', () => {
    const x = with_({ stances: [stance('s1', 'e3', 'oppose', 'd1'), stance('s2', 'e3', 'oppose', 'd1')] });
    const s = score(x, [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }]).stances;
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, duplicates: 1 });
  });

  it('two holders fitting one expected stance with alternatives: one tp, one duplicate', () => {
    const x = with_({ stances: [stance('s1', 'e3', 'oppose', 'd1'), stance('s2', 'e4', 'oppose', 'd1')] });
    const s = score(x, [{ holder: ['Clive Lewis', 'Momentum'], polarity: 'oppose', decision: 0 }]).stances;
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, duplicates: 1 });
  });

  it('stance matching is maximal when holder alternatives overlap', () => {
    // expected #0 accepts Lewis or Momentum, #1 only Lewis: a greedy pass would give Lewis to #0 and miss #1.
    const x = with_({ stances: [stance('s1', 'e3', 'oppose', 'd1'), stance('s2', 'e4', 'oppose', 'd1')] });
    const s = score(x, [
      { holder: ['Clive Lewis', 'Momentum'], polarity: 'oppose', decision: 0 },
      { holder: 'Clive Lewis', polarity: 'oppose', decision: 0 },
    ]).stances;
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 0, duplicates: 0 });
  });

  it('stances link through the decision matching, whatever the produced ids', () => {
    const x = with_({
      decisions: [decision('dX', 'fine', 'e1', ['e4'], 'condemned'), decision('dY', 'ban', 'e1', ['e2'])],
      stances: [stance('s1', 'e3', 'oppose', 'dY'), stance('s2', 'e4', 'support', 'dX')],
    });
    const s = scorer.scoreFixture(x, {
      description: 't',
      decisions: [{ action: 'ban' }, { action: 'fine' }],
      stances: [
        { holder: 'Clive Lewis', polarity: 'oppose', decision: 0 },
        { holder: 'Momentum', polarity: 'support', decision: 1 },
      ],
    }).stances;
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('each expected stance is a check, plus one check for false positives', () => {
    const checks = score(baseExtraction(), [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }]).checks;
    const stanceChecks = checks.filter((c) => c.what.startsWith('stance: '));
    expect(stanceChecks.map((c) => c.ok)).toEqual([true]);
    const fp = checks.find((c) => c.what === 'no stances beyond the expected list');
    expect(fp?.ok).toBe(false);
    expect(fp?.detail).toMatch(/Momentum support/);
  });

  it.each<[string, boolean]>([
    ['Momentum', false],
    ['momentum', false],
    ['Jeremy Corbyn', true],
    ['Labour', true],
  ])('noStance %s → ok=%s', (name, ok) => {
    const c = onlyCheck(baseExtraction(), { noStance: [name] }, 'no stance is held by');
    expect(c.ok, c.detail).toBe(ok);
  });
});

describe('well-formedness checks', () => {
  const ids = (x: Extraction) => onlyCheck(x, {}, 'every id');
  const spans = (x: Extraction) => onlyCheck(x, {}, 'every span');

  it('a valid extraction passes both', () => {
    expect(ids(baseExtraction()).ok).toBe(true);
    expect(spans(baseExtraction()).ok).toBe(true);
  });
  it.each<[string, Extraction]>([
    ['dangling stance holder', with_({ stances: [stance('s1', 'e99', 'oppose', 'd1')] })],
    ['dangling stance decision', with_({ stances: [stance('s1', 'e3', 'oppose', 'd99')] })],
    ['dangling quote speaker', with_({ quotes: [quote('q1', 'It’s naive', 'e99')] })],
    ['dangling decision target', with_({ decisions: [decision('d1', 'ban', 'e1', ['e99'])], stances: [] })],
  ])('%s fails the id check', (_label, x) => {
    expect(ids(x).ok).toBe(false);
  });
  it('a span whose text does not match the slice fails the span check', () => {
    const q = { ...quote('q1', 'It’s naive', 'e3'), start: 0 };
    expect(spans(with_({ quotes: [q] })).ok).toBe(false);
  });
});

describe('check list shape', () => {
  const expected = {
    description: 't',
    entities: [{ name: 'Clive Lewis', type: 'PERSON' }],
    quotes: [{ speaker: 'Clive Lewis', contains: 'naive' }],
    noQuoteSpeaker: ['nothing'],
    decisions: [{ action: 'ban', mentions: ['the ban'] }],
    stances: [{ holder: 'Clive Lewis', polarity: 'oppose', decision: 0 }],
    noStance: ['Labour'],
  };
  it('does not depend on the extraction', () => {
    const full = scorer.scoreFixture(baseExtraction(), expected).checks.map((c) => c.what);
    const none = scorer.scoreFixture(with_({ entities: [], quotes: [], decisions: [], stances: [] }), expected).checks.map((c) => c.what);
    expect(none).toEqual(full);
    expect(full).toHaveLength(1 + 1 + 1 + 2 + 1 + 1 + 1 + 2);
  });
  it('an empty extraction fails every positive check and passes the negative ones', () => {
    const checks = scorer.scoreFixture(with_({ entities: [], quotes: [], decisions: [], stances: [] }), expected).checks;
    const byWhat = Object.fromEntries(checks.map((c) => [c.what, c.ok]));
    expect(Object.entries(byWhat).filter(([, ok]) => ok).map(([w]) => w).sort()).toEqual(
      ['"nothing" is not a quote with a speaker', 'every id in the extraction resolves', 'every span matches text.slice(start, end)', 'no stance is held by Labour', 'no stances beyond the expected list'].sort(),
    );
  });
  it('tolerates a malformed extraction without throwing', () => {
    expect(() => scorer.scoreFixture({} as Extraction, expected)).not.toThrow();
  });
});

describe('validateExpected', () => {
  const ok = { description: 'd', decisions: [{ action: 'ban' }], stances: [{ holder: 'X', polarity: 'oppose', decision: 0 }] };
  it('accepts a valid file', () => {
    expect(() => scorer.validateExpected(ok, 'x')).not.toThrow();
  });
  it.each<[string, unknown, RegExp]>([
    ['missing stances', { description: 'd' }, /"stances" is required/],
    ['missing description', { stances: [] }, /description/],
    ['unknown top-level key (typo)', { ...ok, stance: [] }, /unknown key "stance"/],
    ['stance decision index out of range', { ...ok, stances: [{ holder: 'X', polarity: 'oppose', decision: 1 }] }, /decision must be an index/],
    ['bad polarity', { ...ok, stances: [{ holder: 'X', polarity: 'against', decision: 0 }] }, /polarity/],
    ['bad entity type', { ...ok, entities: [{ name: 'X', type: 'COMPANY' }] }, /type must be one of/],
    ['bad quote kind', { ...ok, quotes: [{ speaker: 'X', contains: 'y', kind: 'reported' }] }, /kind must be one of/],
    ['unknown entity key', { ...ok, entities: [{ name: 'X', type: 'ORG', alias: ['Y'] }] }, /unknown key "alias"/],
  ])('rejects: %s', (_label, bad, message) => {
    expect(() => scorer.validateExpected(bad, 'x')).toThrow(message);
  });
});

describe('prf', () => {
  it.each<[number, number, number, number, number]>([
    [0, 0, 0, 1, 1],
    [0, 0, 5, 0, 0],
    [0, 3, 0, 0, 1],
    [2, 2, 2, 0.5, 0.5],
    [3, 1, 0, 0.75, 1],
  ])('tp=%i fp=%i fn=%i → p=%f r=%f', (tp, fp, fn, p, r) => {
    const out = scorer.prf(tp, fp, fn);
    expect(out.precision).toBeCloseTo(p);
    expect(out.recall).toBeCloseTo(r);
    expect(out.f1).toBeCloseTo(p + r === 0 ? 0 : (2 * p * r) / (p + r));
  });
});

describe('loadFixtures / scoreFixtures on a temporary folder', () => {
  function withDir(files: Record<string, string>, fn: (dir: string) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-fixtures-'));
    try {
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const expected = {
    description: 'tiny',
    decisions: [{ action: 'ban', decider: 'Labour' }],
    stances: [
      { holder: 'Clive Lewis', polarity: 'oppose', decision: 0 },
      { holder: 'Momentum', polarity: 'oppose', decision: 0 },
    ],
  };

  it('pairs each expected file with its text, sorted by name', () => {
    withDir({ 'b.txt': 'B', 'b.expected.json': JSON.stringify(expected), 'a.txt': 'A', 'a.expected.json': JSON.stringify(expected), 'c.txt': 'orphan text is ignored' }, (dir) => {
      const fx = scorer.loadFixtures(dir);
      expect(fx.map((f) => [f.name, f.text])).toEqual([
        ['a', 'A'],
        ['b', 'B'],
      ]);
    });
  });

  it('throws when the .txt is missing', () => {
    withDir({ 'a.expected.json': JSON.stringify(expected) }, (dir) => {
      expect(() => scorer.loadFixtures(dir)).toThrow(/no a\.txt/);
    });
  });

  it('throws with the file name on invalid JSON', () => {
    withDir({ 'a.txt': 'A', 'a.expected.json': '{ nope' }, (dir) => {
      expect(() => scorer.loadFixtures(dir)).toThrow(/a\.expected\.json is not valid JSON/);
    });
  });

  it('totals stances and checks across fixtures; a throwing extract is one failed check', () => {
    withDir(
      {
        'good.txt': TEXT,
        'good.expected.json': JSON.stringify(expected),
        'boom.txt': 'explode',
        'boom.expected.json': JSON.stringify(expected),
      },
      (dir) => {
        const fake = (text: string): Extraction => {
          if (text === 'explode') throw new Error('kaboom');
          return baseExtraction();
        };
        const { fixtures, totals } = scorer.scoreFixtures(fake, dir);
        expect(fixtures.map((f) => f.name)).toEqual(['boom', 'good']);
        const boom = fixtures[0]!;
        expect(boom.error).toMatch(/kaboom/);
        expect(boom.checks[0]).toMatchObject({ ok: false, what: 'extract() returns without throwing' });
        expect(boom.stances).toMatchObject({ tp: 0, fp: 0, fn: 2 });
        // good: Lewis oppose tp, Momentum expected oppose but produced support → fp + fn
        expect(fixtures[1]!.stances).toMatchObject({ tp: 1, fp: 1, fn: 1 });
        expect(totals.stances).toMatchObject({ tp: 1, fp: 1, fn: 3 });
        expect(totals.stances.precision).toBeCloseTo(0.5);
        expect(totals.stances.recall).toBeCloseTo(0.25);
        expect(totals.stances.f1).toBeCloseTo(1 / 3);
        const all = fixtures.flatMap((f) => f.checks);
        expect(totals.checks.passed + totals.checks.failed).toBe(all.length);
        expect(totals.checks.passed).toBe(all.filter((c) => c.ok).length);
      },
    );
  });
});

describe('the repository fixtures', () => {
  const fixtures = scorer.loadFixtures();

  it('has the golden article and at least 22 more', () => {
    expect(fixtures.map((f) => f.name)).toContain('labour-proscription');
    expect(fixtures.length).toBeGreaterThanOrEqual(23);
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    it('expected names and fragments occur in the text', () => {
      expect(scorer.lintFixture(fixture)).toEqual([]);
    });
    it('has a description and at least one expected stance or no-stance', () => {
      expect(fixture.expected.description.length).toBeGreaterThan(20);
      const n = (fixture.expected.stances as unknown[]).length + ((fixture.expected.noStance as unknown[] | undefined)?.length ?? 0);
      expect(n).toBeGreaterThan(0);
    });
    if (name !== 'labour-proscription') {
      it('is a short news article: headline without full stop, blank-line paragraphs, 80–250 words', () => {
        const paragraphs = fixture.text.trim().split(/\n\s*\n/);
        expect(paragraphs.length).toBeGreaterThanOrEqual(3);
        expect(paragraphs.every((p) => !p.includes('\n'))).toBe(true);
        expect(paragraphs[0]).not.toMatch(/\.\s*$/);
        const words = fixture.text.split(/\s+/).filter(Boolean).length;
        expect(words).toBeGreaterThanOrEqual(80);
        expect(words).toBeLessThanOrEqual(250);
      });
    }
  });
});
