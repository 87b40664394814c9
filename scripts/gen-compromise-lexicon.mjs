#!/usr/bin/env node
// Writes src/adapters/compromise-lexicon.ts: the word classes standpoint reads from compromise's
// lexicon, as compact data, so the library never imports compromise at run time (importing it
// unpacks its whole lexicon and model: most of a cold start). tests/compromise-lexicon.test.ts
// fails when the file no longer matches the installed compromise. Run: npm run gen:lexicon
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLexiconData, renderModule } from './lib/compromise-lexicon.mjs';

const out = fileURLToPath(new URL('../src/adapters/compromise-lexicon.ts', import.meta.url));
const data = await buildLexiconData();
writeFileSync(out, renderModule(data));
const named = Object.values(data.classes).reduce((n, s) => n + (s ? s.split('\n').length : 0), 0);
console.log(`compromise ${data.version}: ${named} class entries, ${data.common.split('\n').length} common words -> ${out}`);
