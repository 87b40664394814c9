#!/usr/bin/env node
// Long-run memory check: every article of ../shared/corpora/wikinews/articles.jsonl (or a JSONL
// or directory given on the command line), ten times through one extractor. Prints RSS and heap
// after passes 1, 5 and 10, each reading taken after global.gc().
//
//   npm run memory                          # builds, then runs on the wikinews corpus
//   node --expose-gc scripts/memory.mjs [articles.jsonl | dir-of-txt] [--passes 10]
//
// Without the corpus (a fresh clone without ../shared) it says so and uses fixtures/*.txt.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Re-run with --expose-gc when it was not given, so the readings are comparable.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const args = process.argv.slice(2);
let passes = 10;
let source = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--passes') passes = Number(args[++i]);
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('usage: node --expose-gc scripts/memory.mjs [articles.jsonl | dir-of-txt] [--passes 10]');
    process.exit(0);
  } else source = args[i];
}
if (!Number.isInteger(passes) || passes < 1) {
  console.error('--passes must be a positive integer');
  process.exit(2);
}

const DEFAULT_CORPUS = resolve(ROOT, '..', 'shared', 'corpora', 'wikinews', 'articles.jsonl');

function loadTexts() {
  const path = source ? resolve(source) : DEFAULT_CORPUS;
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
      return { label: `${files.length} .txt files in ${path}`, texts: files.map((f) => readFileSync(join(path, f), 'utf8')) };
    }
    const texts = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line).text)
      .filter((t) => typeof t === 'string');
    return { label: `${texts.length} articles from ${path}`, texts };
  }
  if (source) {
    console.error(`memory: ${path} does not exist.`);
    process.exit(2);
  }
  console.log(`memory: the corpus ${path} is missing (it lives in ../shared, beside the repository); using fixtures/*.txt instead.`);
  const dir = join(ROOT, 'fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { label: `${files.length} fixtures from ${dir}`, texts: files.map((f) => readFileSync(join(dir, f), 'utf8')) };
}

const distEntry = join(ROOT, 'dist', 'index.js');
if (!existsSync(distEntry)) {
  console.error('memory: dist/index.js is missing; run `npm run build` first (npm run memory does).');
  process.exit(2);
}
const { createExtractor } = await import(pathToFileURL(distEntry).href);

const { label, texts } = loadTexts();
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`memory: ${label}, ${(chars / 1e6).toFixed(2)} M chars, ${passes} passes through one extractor (node ${process.version})`);

const mb = (n) => `${(n / 1048576).toFixed(1)} MB`.padStart(9);
function reading(label) {
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  return { label, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
}
function show(r, extra = '') {
  console.log(`${r.label.padEnd(16)} rss ${mb(r.rss)}  heapUsed ${mb(r.heapUsed)}  heapTotal ${mb(r.heapTotal)}  external ${mb(r.external)}${extra}`);
}

const run = createExtractor();
show(reading('before'));
const report = new Set([1, 5, 10, passes]);
const readings = [];
let errors = 0;
let sink = 0;
for (let pass = 1; pass <= passes; pass++) {
  const t0 = performance.now();
  for (const text of texts) {
    try {
      const r = run(text);
      sink += r.stances.length + r.entities.length;
    } catch (err) {
      errors++;
      if (errors <= 5) console.error(`memory: extract threw on a ${text.length}-char text: ${err?.stack ?? err}`);
    }
  }
  const secs = (performance.now() - t0) / 1000;
  if (report.has(pass)) {
    const r = reading(`after pass ${pass}`);
    readings.push(r);
    show(r, `  (${secs.toFixed(1)} s, ${(chars / 1000 / secs).toFixed(0)} k chars/s)`);
  }
}
const first = readings[0];
const last = readings[readings.length - 1];
console.log(
  `memory: heapUsed ${last.heapUsed >= first.heapUsed ? '+' : ''}${((last.heapUsed - first.heapUsed) / 1048576).toFixed(1)} MB and rss ${last.rss >= first.rss ? '+' : ''}${((last.rss - first.rss) / 1048576).toFixed(1)} MB from pass 1 to pass ${passes}; ${errors} error(s); checksum ${sink}`,
);
process.exit(errors ? 1 : 0);
