#!/usr/bin/env node
// Long fuzzing run of the property tests (tests/property.test.ts) for nights and releases.
//
//   npm run fuzz                                   # 100,000 cases per property, random seed
//   npm run fuzz -- --runs 5000 --seed 42          # fewer cases, fixed seed
//   npm run fuzz -- --minutes 40                   # stop when 40 minutes are used
//   npm run fuzz -- --chunk 10000                  # cases per property per vitest process (default 2,000)
//   npm run fuzz -- -t newsLike                    # only the properties whose test name matches
//   npm run fuzz -- -t '^(?!.*options: )'          # all but the options property
//
// Properties: unicode, unicodeWords, newsLike, fixtureMutations, options. The cases are split
// over several vitest processes (seeds seed, seed+1, …) so one process never reads more than
// ~20,000 documents: that keeps memory bounded and a failure cheap to replay.
//
// The options property creates a fresh extractor per case (a model load each), so it runs
// runs/100 cases (at least 10). A failure prints the seed and the counterexample path; replay it
// with FUZZ_SEED=… FUZZ_PATH=… FUZZ_RUNS=… npx vitest run tests/property.test.ts -t '<name>'.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROPERTIES = 5;

const args = process.argv.slice(2);
let runs = Number(process.env.FUZZ_RUNS ?? 100_000);
let seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
let minutes = 0;
let chunk = 2000;
const vitestArgs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--runs') runs = Number(args[++i]);
  else if (a === '--seed') seed = Number(args[++i]);
  else if (a === '--minutes') minutes = Number(args[++i]);
  else if (a === '--chunk') chunk = Number(args[++i]);
  else if (a === '--help' || a === '-h') {
    console.log('usage: node scripts/fuzz.mjs [--runs 100000] [--seed N] [--minutes M] [--chunk N] [vitest args, e.g. -t name]');
    process.exit(0);
  } else vitestArgs.push(a);
}
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
if (!(minutes >= 0)) throw new Error('--minutes must be a number of minutes');
if (!Number.isInteger(chunk) || chunk < 1) throw new Error('--chunk must be a positive integer');

const perProcess = Math.min(chunk, runs);
const processes = Math.ceil(runs / perProcess);
const deadline = minutes > 0 ? Date.now() + minutes * 60_000 : Infinity;
console.log(
  `fuzz: ${runs.toLocaleString('en')} cases per property` +
    (processes > 1 ? ` in ${processes} processes of ${perProcess.toLocaleString('en')} (seeds ${seed}…${seed + processes - 1})` : `, seed ${seed}`) +
    (minutes > 0 ? `, at most ${minutes} min` : ''),
);

/** Runs vitest once; resolves with its exit code and the "[fuzz] name: N runs … ok|FAILED" lines. */
function runOnce(env) {
  return new Promise((resolveRun) => {
    const child = spawn(
      process.execPath,
      [resolve(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/property.test.ts', '--reporter=verbose', '--silent=false', ...vitestArgs],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let buffer = '';
    const onData = (stream) => (data) => {
      stream.write(data);
      buffer += data.toString();
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex
      const plain = buffer.replace(/\u001b\[[0-9;]*m/gu, '');
      const lines = plain.split('\n').map((l) => l.slice(l.indexOf('[fuzz] '))).filter((l) => l.startsWith('[fuzz] '));
      resolveRun({ code: code ?? 1, lines });
    });
  });
}

const t0 = Date.now();
const totals = new Map();
let failed = false;
let done = 0;
for (let p = 0; p < processes; p++) {
  const remaining = deadline - Date.now();
  if (remaining < 30_000) {
    console.log(`fuzz: time is up after ${p} of ${processes} processes`);
    break;
  }
  const env = { ...process.env, FUZZ_RUNS: String(Math.min(perProcess, runs - done)), FUZZ_SEED: String(seed + p) };
  if (Number.isFinite(remaining)) env.FUZZ_TIME_LIMIT_MS = String(Math.floor(remaining / PROPERTIES));
  const { code, lines } = await runOnce(env);
  done += perProcess;
  for (const line of lines) {
    const m = /^\[fuzz\] (\w+): (\d+) runs/u.exec(line);
    if (m) totals.set(m[1], (totals.get(m[1]) ?? 0) + Number(m[2]));
  }
  if (code !== 0) {
    failed = true;
    console.log(`fuzz: process ${p + 1} (seed ${seed + p}) failed; stopping`);
    break;
  }
}
const summary = [...totals].map(([name, n]) => `${name} ${n.toLocaleString('en')}`).join(', ');
console.log(`fuzz: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - t0) / 60_000).toFixed(1)} min; cases run: ${summary || 'none'}`);
process.exit(failed ? 1 : 0);
