#!/usr/bin/env node
// Writes eval/fixture-pins.json: every fixture check the built library passes now.
// tests/fixtures.test.ts then requires each pinned check to keep passing (a regression guard);
// run `npm run build && node eval/pin-fixtures.mjs` after an improvement, and review the diff.
import { writeFileSync } from 'node:fs';
import { extract } from '../dist/index.js';
import { loadFixtures, scoreFixture } from './lib/fixtures.mjs';

const pins = [];
for (const fixture of loadFixtures()) {
  for (const check of scoreFixture(extract(fixture.text), fixture.expected).checks) {
    if (check.ok) pins.push(`${fixture.name} :: ${check.what}`);
  }
}
pins.sort();
const out = { about: 'Fixture checks that must keep passing (tests/fixtures.test.ts). Regenerate with: npm run build && node eval/pin-fixtures.mjs', count: pins.length, pins };
writeFileSync(new URL('./fixture-pins.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`pinned ${pins.length} passing checks`);
