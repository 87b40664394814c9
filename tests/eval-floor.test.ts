/**
 * Floor test for the evaluation harness: scores the project's own fixtures (fixtures/*.txt +
 * *.expected.json) with the same scorer `npm run eval` uses, and fails when a headline number drops
 * below the committed floor in eval/floor.json. Needs no ../shared corpora. Raise the floors in
 * eval/floor.json when the numbers improve.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

interface Floor {
  stances: { precision: number; recall: number; f1: number };
  checks: { passedRatio: number };
}

interface FixtureTotals {
  stances: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  checks: { passed: number; failed: number };
}

type ScoreFixtures = (
  run: typeof extract,
  dir: string,
) => { fixtures: unknown[]; totals: FixtureTotals } | Promise<{ fixtures: unknown[]; totals: FixtureTotals }>;

const floor = JSON.parse(readFileSync(new URL('../eval/floor.json', import.meta.url), 'utf8')) as Floor;
// A computed path keeps the plain-JS scorer out of the type check (it has no .d.ts).
const scorerPath = fileURLToPath(new URL('../eval/lib/fixtures.mjs', import.meta.url));
const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** NaN (0/0) counts as 0. */
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

describe('evaluation floor on the project fixtures (eval/floor.json)', () => {
  it('keeps stance precision, recall, F1 and the fixture checks at or above the floor', async () => {
    const { scoreFixtures } = (await import(scorerPath)) as { scoreFixtures: ScoreFixtures };
    const { fixtures, totals } = await scoreFixtures(extract, fixturesDir);
    expect(fixtures.length, 'no fixtures were scored').toBeGreaterThan(0);
    const passed = num(totals.checks.passed);
    const all = passed + num(totals.checks.failed);
    const measured = {
      precision: num(totals.stances.precision),
      recall: num(totals.stances.recall),
      f1: num(totals.stances.f1),
      passedRatio: all > 0 ? passed / all : 0,
    };
    const eps = 1e-9;
    expect.soft(measured.precision + eps, 'stance precision').toBeGreaterThanOrEqual(floor.stances.precision);
    expect.soft(measured.recall + eps, 'stance recall').toBeGreaterThanOrEqual(floor.stances.recall);
    expect.soft(measured.f1 + eps, 'stance F1').toBeGreaterThanOrEqual(floor.stances.f1);
    expect.soft(measured.passedRatio + eps, 'fixture checks passed ratio').toBeGreaterThanOrEqual(floor.checks.passedRatio);
  });
});
