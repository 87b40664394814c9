import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';

// `npm test` builds dist/ first; this checks what a user installs.
const golden = readFileSync(new URL('../fixtures/labour-proscription.txt', import.meta.url), 'utf8');

describe('built package', () => {
  it('has ESM, CJS and type declarations', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) expect(existsSync(f), f).toBe(true);
  });

  it('runs from the ESM build', async () => {
    const mod = await import('../dist/index.js');
    const x = mod.extract(golden);
    expect(x.stances.length).toBeGreaterThanOrEqual(3);
  });

  it('runs from the CJS build', () => {
    const require = createRequire(import.meta.url);
    const mod = require('../dist/index.cjs');
    const x = mod.extract(golden);
    expect(x.stances.map((s: { polarity: string }) => s.polarity).sort()).toEqual(['oppose', 'oppose', 'support']);
  });
});
