// Shared helpers for the benchmark: paths, corpus loading, statistics, child processes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_INDEX = join(ROOT, 'dist', 'index.js');
export const GOLDEN = join(ROOT, 'fixtures', 'labour-proscription.txt');
export const DEFAULT_CORPUS = resolve(ROOT, '..', 'shared', 'corpora', 'wikinews', 'articles.jsonl');

/** Reads a JSONL corpus of {id, text}; skips lines without a string text. */
export function readJsonl(path) {
  const articles = [];
  let bad = 0;
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const r = JSON.parse(line);
      if (typeof r.text === 'string') articles.push({ id: String(r.id ?? `line-${i + 1}`), text: r.text, genre: typeof r.genre === 'string' ? r.genre : undefined });
      else bad += 1;
    } catch {
      bad += 1;
    }
  });
  return { articles, bad };
}

/**
 * The corpus to measure: the path given, else the Wikinews corpus from
 * ../shared, else the project's fixtures/*.txt (with a message).
 */
export function loadCorpus(given) {
  if (given) {
    const path = resolve(given);
    if (!existsSync(path)) throw new Error(`corpus not found: ${path}`);
    if (path.endsWith('.txt')) return { path, kind: 'text file', articles: [{ id: path, text: readFileSync(path, 'utf8') }], bad: 0 };
    return { path, kind: /wikinews[\\/]articles\.jsonl$/u.test(path) ? 'wikinews' : 'jsonl', ...readJsonl(path) };
  }
  if (existsSync(DEFAULT_CORPUS)) return { path: DEFAULT_CORPUS, kind: 'wikinews', ...readJsonl(DEFAULT_CORPUS) };
  const dir = join(ROOT, 'fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return {
    path: dir,
    kind: 'fixtures',
    note: `${DEFAULT_CORPUS} is missing (no ../shared checkout); measuring the project's fixtures/*.txt instead (${files.length} files). Numbers are not comparable with the Wikinews ones.`,
    articles: files.map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') })),
    bad: 0,
  };
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of unsorted numbers. */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

export const mb = (bytes) => bytes / 1e6;
export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : String(x));
export const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

/** CPU time of this process, all threads (JIT compiler and GC helpers included), in ms. */
export const processCpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU time of the calling thread alone (Linux, 10 ms ticks), or NaN elsewhere. Load-independent, unlike wall time. */
export function threadCpuMs() {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Runs `node args…` and parses the last stdout line as JSON. Resolves
 * { timeout: true } when it runs past `timeoutMs` (the child is killed),
 * { error } when it fails.
 */
export function runChild(args, { timeoutMs = 60_000, execArgv = [] } = {}) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...execArgv, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (timedOut) return resolvePromise({ timeout: true, wallMs });
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolvePromise({ ...JSON.parse(last), wallMs, code });
      } catch {
        resolvePromise({ error: `exit ${code ?? signal}: ${(err || out).trim().slice(-500)}`, wallMs });
      }
    });
  });
}
