#!/usr/bin/env node
// standpoint benchmark. `npm run bench` (builds first), or:
//   node bench/run.mjs [corpus.jsonl] [--passes N] [--quick] [--json FILE] [--timeout S]
//   node bench/run.mjs [corpus.jsonl] --profile
// See docs/performance.md for what each number means and the targets.
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { DIST_INDEX, ROOT, fmt, loadCorpus, mb, median, peakRssMB, percentile, runChild } from './lib/common.mjs';
import { HOSTILE } from './lib/hostile.mjs';
import { topSelf } from './lib/profile.mjs';

const HELP = `Usage: node bench/run.mjs [corpus.jsonl] [options]

Measures standpoint on a JSONL corpus of {id, text} (default: ../shared/corpora/wikinews/articles.jsonl;
falls back to fixtures/*.txt when missing) against wink-nlp and compromise baselines.

  --passes N     timed passes for medians (default 5; compromise runs min(N, 3))
  --quick        2 passes, 1 compromise pass, 3 cold starts (a rough look in about a minute)
  --json FILE    also write the JSON report to FILE (always written to bench/out/report.json)
  --timeout S    limit for each hostile input, in seconds (default 60)
  --profile      only profile: one pass under the V8 CPU profiler, top 15 functions by self time
  -h, --help     this text
`;

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    passes: { type: 'string' },
    quick: { type: 'boolean' },
    json: { type: 'string' },
    timeout: { type: 'string' },
    profile: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opt.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (!existsSync(DIST_INDEX)) {
  console.error(`bench: ${relative(process.cwd(), DIST_INDEX)} is missing; build first (npm run build), or use npm run bench.`);
  process.exit(1);
}

const PASSES = Math.max(1, Number(opt.passes ?? (opt.quick ? 2 : 5)));
const COMPROMISE_PASSES = opt.quick ? 1 : Math.min(PASSES, 3);
const COLD_RUNS = opt.quick ? 3 : 7;
const TIMEOUT_MS = Number(opt.timeout ?? 60) * 1000;
const OUT_DIR = join(ROOT, 'bench', 'out');
mkdirSync(OUT_DIR, { recursive: true });

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const corpus = loadCorpus(positionals[0]);
const articles = corpus.articles;
const texts = articles.map((a) => a.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const say = (s = '') => process.stdout.write(`${s}\n`);
const section = (title) => say(`\n== ${title}`);

say(`standpoint benchmark · node ${process.version} · ${cpus()[0]?.model ?? 'cpu'} · ${availableParallelism()} CPUs · ${fmt(totalmem() / 2 ** 30, 0)} GiB`);
const loadAtStart = loadavg()[0];
if (loadAtStart > availableParallelism() / 2) {
  say(`warning: load average ${fmt(loadAtStart, 1)} on ${availableParallelism()} CPUs: other work is running, so times will be high and noisy`);
}
if (corpus.note) say(`note: ${corpus.note}`);
say(`corpus: ${relative(process.cwd(), corpus.path) || corpus.path} · ${articles.length} articles · ${fmt(mb(bytes), 2)} MB${corpus.bad ? ` · ${corpus.bad} bad lines skipped` : ''}`);

// ---------------------------------------------------------------------------
if (opt.profile) {
  const file = join(OUT_DIR, 'profile.cpuprofile');
  say(`profiling one pass (after a warm-up pass) with the V8 sampling profiler…`);
  const r = await runChild([join(ROOT, 'bench', 'child.mjs'), 'profile', positionals[0] ?? '-', file], { timeoutMs: 30 * 60_000 });
  if (r.error || r.timeout) {
    console.error(`bench: profile failed: ${r.error ?? 'timeout'}`);
    process.exit(1);
  }
  const { default: fs } = await import('node:fs');
  const { totalMs, top } = topSelf(JSON.parse(fs.readFileSync(file, 'utf8')), 15);
  say(`pass: ${fmt(r.ms, 0)} ms for ${r.articles} articles; ${fmt(totalMs, 0)} ms sampled; profile: ${relative(process.cwd(), file)} (open in Chrome DevTools › Performance)`);
  say('');
  say(`  ${'self ms'.padStart(9)} ${'share'.padStart(6)}  function  (source)`);
  for (const t of top) say(`  ${fmt(t.selfMs, 1).padStart(9)} ${`${fmt(t.share * 100, 1)}%`.padStart(6)}  ${t.name}  (${t.where})`);
  writeFileSync(join(OUT_DIR, 'profile.json'), `${JSON.stringify({ date: new Date().toISOString(), passMs: r.ms, sampledMs: totalMs, top }, null, 2)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------
const lib = await import(pathToFileURL(DIST_INDEX).href);

/** Times fn(text) for every text, `passes` times, after a warm-up on `warm` (default: one whole pass). */
function measure(fn, passes, list = texts, warm = list) {
  for (const t of warm) fn(t);
  const runs = [];
  for (let p = 0; p < passes; p++) {
    gc();
    const lat = new Float64Array(list.length);
    const t0 = performance.now();
    for (let i = 0; i < list.length; i++) {
      const s = performance.now();
      fn(list[i]);
      lat[i] = performance.now() - s;
    }
    const total = performance.now() - t0;
    runs.push({ totalMs: total, p50: percentile(lat, 50), p95: percentile(lat, 95), p99: percentile(lat, 99), max: percentile(lat, 100), lat });
  }
  const slowest = runs[0].lat.reduce((best, ms, i) => (ms > best.ms ? { ms, i } : best), { ms: -1, i: -1 });
  return {
    passes,
    totalMs: median(runs.map((r) => r.totalMs)),
    passTotalsMs: runs.map((r) => r.totalMs),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    p99: median(runs.map((r) => r.p99)),
    max: median(runs.map((r) => r.max)),
    slowest,
  };
}

function rates(m, tokens) {
  const s = m.totalMs / 1000;
  return { articlesPerSec: articles.length / s, tokensPerSec: tokens / s, mbPerSec: mb(bytes) / s };
}

// Token counts (wink tokens, punctuation included), and what we find in the corpus.
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const wink = winkNLP(model, ['sbd', 'pos']);
const tokenCounts = texts.map((t) => wink.readDoc(t).tokens().length());
const tokens = tokenCounts.reduce((a, b) => a + b, 0);
say(`tokens: ${tokens.toLocaleString('en-US')} (wink-nlp tokens, punctuation included)`);

section('standpoint extract()');
const found = { sentences: 0, entities: 0, quotes: 0, decisions: 0, stances: 0, diagnostics: 0 };
for (const t of texts) {
  const x = lib.extract(t);
  for (const k of Object.keys(found)) found[k] += x[k].length;
}
const ours = measure((t) => lib.extract(t), PASSES);
const oursRates = rates(ours, tokens);
const oursPeakRss = peakRssMB();
say(`found in the corpus: ${Object.entries(found).map(([k, v]) => `${v} ${k}`).join(', ')}`);
say(`${PASSES} passes (median): ${fmt(ours.totalMs, 0)} ms/pass · ${fmt(oursRates.articlesPerSec, 1)} articles/s · ${fmt(oursRates.tokensPerSec / 1000, 1)}k tokens/s · ${fmt(oursRates.mbPerSec, 2)} MB/s`);
say(`latency per article: p50 ${fmt(ours.p50, 2)} ms · p95 ${fmt(ours.p95, 2)} ms · p99 ${fmt(ours.p99, 2)} ms · max ${fmt(ours.max, 2)} ms (slowest: ${articles[ours.slowest.i]?.id}, ${tokenCounts[ours.slowest.i]} tokens)`);
say(`peak RSS: ${fmt(oursPeakRss, 0)} MB (this process, before the baselines run)`);

section('baselines (same process, same corpus)');
const winkM = measure((t) => wink.readDoc(t).tokens().out(), PASSES);
const winkRates = rates(winkM, tokens);
say(`wink-nlp readDoc [sbd,pos] + tokens().out(): ${fmt(winkM.totalMs, 0)} ms/pass · ${fmt(winkRates.tokensPerSec / 1000, 1)}k tokens/s · ${fmt(winkRates.mbPerSec, 2)} MB/s · p99 ${fmt(winkM.p99, 2)} ms`);
const { default: nlp } = await import('compromise');
const compM = measure(
  (t) => {
    const doc = nlp(t);
    doc.people().out('array');
    doc.organizations().out('array');
  },
  COMPROMISE_PASSES,
  texts,
  texts.slice(0, 50), // a full warm-up pass would take as long as a timed one
);
const compRates = rates(compM, tokens);
say(`compromise nlp() + people() + organizations(): ${fmt(compM.totalMs, 0)} ms/pass · ${fmt(compRates.tokensPerSec / 1000, 1)}k tokens/s · ${fmt(compRates.mbPerSec, 2)} MB/s · p99 ${fmt(compM.p99, 2)} ms`);
const ratioToWink = ours.totalMs / winkM.totalMs;
const ratioToCompromise = ours.totalMs / compM.totalMs;
say(`standpoint costs ${fmt(ratioToWink, 2)}× wink-nlp and ${fmt(ratioToCompromise, 2)}× compromise`);

section('cold start (fresh process: import + first extract of the golden article)');
const colds = [];
for (let i = 0; i < COLD_RUNS; i++) {
  const r = await runChild([join(ROOT, 'bench', 'child.mjs'), 'cold']);
  if (r.error) throw new Error(`cold start child failed: ${r.error}`);
  colds.push(r);
}
const cold = {
  runs: COLD_RUNS,
  importMs: median(colds.map((c) => c.importMs)),
  firstCallMs: median(colds.map((c) => c.firstCallMs)),
  totalMs: median(colds.map((c) => c.totalMs)),
  secondCallMs: median(colds.map((c) => c.secondCallMs)),
  processWallMs: median(colds.map((c) => c.wallMs)),
  peakRssMB: median(colds.map((c) => c.peakRssMB)),
};
say(`median of ${COLD_RUNS}: import ${fmt(cold.importMs, 0)} ms + first call ${fmt(cold.firstCallMs, 0)} ms = ${fmt(cold.totalMs, 0)} ms (second call ${fmt(cold.secondCallMs, 1)} ms; whole process ${fmt(cold.processWallMs, 0)} ms; RSS ${fmt(cold.peakRssMB, 0)} MB)`);

section('scaling (the article list repeated 1×, 4×, 16×; one extractor)');
const scaling = [];
for (const k of [1, 4, 16]) {
  const list = [];
  for (let r = 0; r < k; r++) list.push(...texts);
  gc();
  const times = [];
  const reps = k === 1 ? 3 : 1;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (const t of list) lib.extract(t);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const row = { copies: k, articles: list.length, mb: mb(bytes * k), ms, msPerMB: ms / mb(bytes * k), peakRssMB: peakRssMB() };
  scaling.push(row);
  say(`${String(k).padStart(2)}×: ${String(row.articles).padStart(6)} articles · ${fmt(row.mb, 1).padStart(5)} MB · ${fmt(ms / 1000, 2).padStart(6)} s · ${fmt(row.msPerMB, 0)} ms/MB · peak RSS ${fmt(row.peakRssMB, 0)} MB`);
}
const perMB = scaling.map((s) => s.msPerMB);
const linearity = Math.max(...perMB) / Math.min(...perMB) - 1;
say(`time per MB varies by ${fmt(linearity * 100, 1)}% from 1× to 16×`);

section(`hostile inputs (each in a fresh process, ${TIMEOUT_MS / 1000} s limit)`);
const hostile = [];
for (const name of Object.keys(HOSTILE)) {
  const r = await runChild([join(ROOT, 'bench', 'child.mjs'), 'hostile', name], { timeoutMs: TIMEOUT_MS });
  const row = r.timeout ? { name, timeout: true, limitMs: TIMEOUT_MS } : r.error ? { name, error: r.error } : r;
  hostile.push(row);
  if (row.timeout) say(`${name}: timeout (over ${TIMEOUT_MS / 1000} s)`);
  else if (row.error) say(`${name}: error: ${row.error}`);
  else
    say(
      `${name}: ${fmt(row.ms, 0)} ms · peak RSS ${fmt(row.peakRssMB, 0)} MB (${fmt(row.rssBeforeMB, 0)} MB before) · ${row.chars.toLocaleString('en-US')} chars` +
        `${row.quoteMarks ? `, ${row.quoteMarks} quote marks` : ''} · found ${Object.entries(row.found).map(([k, v]) => `${v} ${k}`).join(', ')}`,
    );
}

section('extractMany (the corpus twice through one call: start-up, then steady state)');
/**
 * One extractMany call over the article list twice. `totalMs` includes pool
 * start-up (worker boot, model load, JIT warm-up); `steadyMs` is the time for
 * the second copy alone, once every worker is warm.
 */
async function timeMany(concurrency) {
  const list = [...articles, ...articles.map((a) => ({ id: `${a.id}#2`, text: a.text }))];
  const t0 = performance.now();
  let first = NaN;
  let half = NaN;
  let n = 0;
  for await (const r of lib.extractMany(list, { concurrency })) {
    n += r.id ? 1 : 0;
    if (n === 1) first = performance.now() - t0;
    if (n === articles.length) half = performance.now() - t0;
  }
  const total = performance.now() - t0;
  if (n !== list.length) throw new Error(`extractMany returned ${n} of ${list.length}`);
  return { totalMs: total, steadyMs: total - half, firstResultMs: first };
}
const manyRuns = { 1: [], 2: [] };
for (let r = 0; r < (opt.quick ? 1 : 3); r++) {
  for (const c of [1, 2]) {
    gc();
    manyRuns[c].push(await timeMany(c));
  }
}
const many = Object.fromEntries(
  [1, 2].map((c) => [
    c,
    {
      runs: manyRuns[c].length,
      totalMs: median(manyRuns[c].map((x) => x.totalMs)),
      steadyMs: median(manyRuns[c].map((x) => x.steadyMs)),
      firstResultMs: median(manyRuns[c].map((x) => x.firstResultMs)),
    },
  ]),
);
const speedup = many[1].steadyMs / many[2].steadyMs;
const speedupWithStartup = many[1].totalMs / many[2].totalMs;
for (const c of [1, 2]) {
  say(
    `concurrency ${c}${c === 1 ? ' (in-process)    ' : ' (2 worker threads)'}: ${fmt(many[c].totalMs, 0)} ms for ${articles.length * 2} articles` +
      ` (first result after ${fmt(many[c].firstResultMs, 0)} ms) · second copy alone ${fmt(many[c].steadyMs, 0)} ms`,
  );
}
say(`speed-up at 2 vs 1: ${fmt(speedup, 2)}× once warm (second copy) · ${fmt(speedupWithStartup, 2)}× end to end, pool start-up included`);

// ---------------------------------------------------------------------------
section('targets');
const hostileWorst = hostile.reduce((w, h) => Math.max(w, h.timeout || h.error ? Infinity : h.ms), 0);
const targets = [
  { name: 'cost vs wink-nlp', target: '≤ 5×', value: ratioToWink, shown: `${fmt(ratioToWink, 2)}×`, pass: ratioToWink <= 5 },
  { name: 'p99 latency per article', target: '≤ 20 ms', value: ours.p99, shown: `${fmt(ours.p99, 2)} ms`, pass: ours.p99 <= 20 },
  { name: 'time/MB 1× → 16×', target: 'within 20%', value: linearity, shown: `${fmt(linearity * 100, 1)}%`, pass: linearity <= 0.2 },
  { name: 'each hostile input', target: '< 2 s', value: hostileWorst, shown: Number.isFinite(hostileWorst) ? `worst ${fmt(hostileWorst, 0)} ms` : 'timeout/error', pass: hostileWorst < 2000 },
  { name: 'cold start (import + first call)', target: '≤ 300 ms', value: cold.totalMs, shown: `${fmt(cold.totalMs, 0)} ms`, pass: cold.totalMs <= 300 },
  { name: 'extractMany speed-up at 2 vs 1', target: '≥ 1.8×', value: speedup, shown: `${fmt(speedup, 2)}× warm`, pass: speedup >= 1.8 },
];
for (const t of targets) say(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(34)} ${t.shown.padEnd(16)} (target ${t.target})`);
if (corpus.kind !== 'wikinews') say('  (targets are set for the Wikinews corpus; this run used another)');

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cpus: availableParallelism(),
  loadAverage: { start: loadAtStart, end: loadavg()[0] },
  corpus: { path: corpus.path, kind: corpus.kind, articles: articles.length, bytes, tokens, note: corpus.note },
  passes: PASSES,
  found,
  standpoint: { ...strip(ours), ...oursRates, peakRssMB: oursPeakRss, slowest: { id: articles[ours.slowest.i]?.id, ms: ours.slowest.ms, tokens: tokenCounts[ours.slowest.i] } },
  baselines: { wink: { ...strip(winkM), ...winkRates }, compromise: { ...strip(compM), ...compRates } },
  ratioToWink,
  ratioToCompromise,
  coldStart: cold,
  scaling,
  linearity,
  hostile,
  extractMany: { ...many, speedup, speedupWithStartup },
  targets: targets.map(({ shown, ...t }) => ({ ...t, shown })),
};
function strip(m) {
  const { slowest, ...rest } = m;
  void slowest;
  return rest;
}
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(join(OUT_DIR, 'report.json'), json);
if (opt.json) {
  mkdirSync(dirname(opt.json), { recursive: true });
  writeFileSync(opt.json, json);
}
say(`\nreport: ${relative(process.cwd(), join(OUT_DIR, 'report.json'))}${opt.json ? ` and ${opt.json}` : ''}`);
