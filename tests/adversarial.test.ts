/**
 * Worst-case inputs of 100,000 characters, aimed at each stage. Each must finish within the
 * per-case limit (20 s) and give a result that satisfies every invariant (and whose JSON is
 * not more than 100 times the input). Times are printed at the end (and written to
 * test-output/adversarial-timings.json); nothing asserts on time beyond the limit.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const N = 100_000;
/** Per-case limit: a case still running after this is killed and fails. */
const LIMIT = 20_000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
const ARTICLE = FIXTURES[0] ?? 'Labour banned the group. Lewis condemned the ban.';

/** `unit` repeated and cut to exactly n UTF-16 units. */
function fill(unit: string, n = N): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Words from a deterministic generator, joined by sep, cut to n. */
function words(count: number, make: (i: number) => string, sep = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(make(i));
  return out.join(sep);
}

const SYLLABLES = ['ba', 'lo', 'mer', 'kin', 'tas', 'ro', 'vel', 'du', 'shan', 'pe', 'gor', 'li', 'ton', 'wa', 'fi', 'zen'];
/** A distinct-looking capitalised word for every i. */
function capWord(i: number): string {
  let w = '';
  let k = i + 17;
  do {
    w += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** 10,000 copies of `mark`, each followed by filler to make exactly N characters. */
function unbalanced(mark: string): string {
  const per = N / 10_000;
  const filler = fill('he said Labour ', per - mark.length);
  const text = (mark + filler).repeat(10_000);
  return text;
}

interface Case {
  stage: string;
  name: string;
  text: string;
}

const CASES: Case[] = [
  // document: tokens, sentences, paragraphs
  { stage: 'document', name: 'no sentence punctuation', text: fill('the party said members of the group would ban Labour Momentum and Lewis condemned the move while ') },
  { stage: 'document', name: 'one giant paragraph (the article, no line breaks)', text: fill(`${ARTICLE.replace(/\s*\n\s*/gu, ' ')} `) },
  { stage: 'document', name: 'the article repeated (many paragraphs)', text: fill(`${ARTICLE}\n\n`) },
  { stage: 'document', name: 'one 100,000-letter word', text: fill('a') },
  { stage: 'document', name: 'a one-letter sentence every 3 characters', text: fill('A. ') },
  { stage: 'document', name: 'only full stops', text: fill('.') },
  { stage: 'document', name: 'a line break every 2 characters', text: fill('a\n') },
  { stage: 'document', name: 'whitespace with one word at the end', text: `${fill(' \n\t', N - 4)}word` },
  { stage: 'document', name: 'CRLF and NBSP everywhere', text: fill(`${ARTICLE.replace(/\r?\n/gu, '\r\n').replace(/ /gu, '\u00a0')}\r\n\r\n`) },
  { stage: 'document', name: 'CRLF between every word', text: fill('Labour\r\nsaid\r\nit\r\nwould\r\nban\r\nthe\r\ngroup.\r\n\u00a0\r\n') },
  { stage: 'document', name: 'emoji, ZWJ sequences and flags', text: fill('Lewis 😀 condemned 👨‍👩‍👧 the ban 🇬🇧. ') },
  { stage: 'document', name: 'lone surrogates', text: fill('Lewis \ud800 said \udc00 the \udbff\udbff ban\udfff. ') },
  { stage: 'document', name: 'control characters', text: fill('Labour\u0000banned\u0007the\u001bgroup\u0085.\u2028') },
  { stage: 'document', name: 'combining marks stacked on one letter', text: `a${fill('\u0301\u0308', N - 1)}` },
  // entities
  { stage: 'entities', name: '10,000 capitalised words in a row', text: fill(`${words(12_000, capWord)} `) },
  { stage: 'entities', name: 'capitalised words with connectors (of/for/the/and)', text: fill(`${words(12_000, (i) => (i % 3 === 2 ? ['of', 'for', 'the', 'and', 'in', 'de'][i % 6]! : capWord(i)))} `) },
  { stage: 'entities', name: 'acronyms and dotted initials', text: fill('AWL NEC U.S. U.K. EU UN A.B.C. NATO J. R. R. ') },
  { stage: 'entities', name: 'one name repeated', text: fill('Clive Lewis ') },
  { stage: 'entities', name: 'possessive and apostrophe chains', text: fill('Labour’s party’s group’s members’ Workers’ O’Brien’s ') },
  { stage: 'entities', name: 'hyphenated capitalised chain', text: fill(`${words(12_000, capWord, '-')} `) },
  { stage: 'entities', name: 'ALL CAPS article', text: fill(`${ARTICLE.toUpperCase()}\n\n`) },
  // coreference
  { stage: 'coreference', name: 'pronoun flood', text: fill('he she it they him her them his its their ') },
  { stage: 'coreference', name: 'pronoun sentences', text: fill('It said it would ban it. They condemned it. He welcomed them. ') },
  { stage: 'coreference', name: 'nominal flood (the group, the party)', text: fill('the group the party the movement the union the committee ') },
  { stage: 'coreference', name: 'long apposition chain', text: `Clive Lewis, ${fill('the Labour MP, a member of Momentum, the group, the party leader, ', N - 37)} said the ban was wrong.` },
  { stage: 'coreference', name: 'comma flood', text: fill('Lewis, ') },
  // quotes
  ...['"', '“', '”', "'", '‘', '’', '«', '»', '„', '``'].map((mark) => ({
    stage: 'quotes',
    name: `10,000 unbalanced ${mark} marks`,
    text: unbalanced(mark),
  })),
  { stage: 'quotes', name: 'one giant quote', text: `“${fill('Labour is wrong to ban the group, ', N - 2)}”` },
  { stage: 'quotes', name: 'one giant quote, never closed', text: `Lewis said: “${fill('Labour is wrong to ban the group, ', N - 13)}` },
  { stage: 'quotes', name: 'alternating open/close curly quotes', text: fill('“a” ') },
  { stage: 'quotes', name: 'nested quotes', text: fill('“He said ‘she said “it said ‘no’” today’ again,” Lewis said. ') },
  { stage: 'quotes', name: 'said said said', text: fill('said ') },
  { stage: 'quotes', name: 'X said Y said Z said (no punctuation)', text: fill('Lewis said Momentum said Labour said the party said ') },
  { stage: 'quotes', name: 'short quote + said, repeated', text: fill('"Yes," he said. ') },
  { stage: 'quotes', name: 'according to chain', text: fill('according to Lewis according to Labour ') },
  // decisions
  { stage: 'decisions', name: 'ban ban ban', text: fill('ban ') },
  { stage: 'decisions', name: 'decision words and nominal mentions', text: fill('the ban the move the decision the expulsion it banned expelled proscribed approved ') },
  { stage: 'decisions', name: 'decision sentences', text: fill('Labour banned Momentum. The NEC expelled the AWL. Unite approved the plan. ') },
  { stage: 'decisions', name: 'decision chain without punctuation', text: fill('Labour banned Momentum and expelled AWL and proscribed Unite and approved the ban of ') },
  // stances
  { stage: 'stances', name: 'cue + decision flood without punctuation', text: fill('Lewis condemned the ban and welcomed the move and criticised the decision and ') },
  { stage: 'stances', name: 'stance sentences', text: fill('Labour banned the group. Lewis condemned the ban. Momentum welcomed the move. ') },
  { stage: 'stances', name: 'negation flood', text: fill('did not not never no not condemn ') },
  { stage: 'stances', name: 'quote-backed stance repeated', text: fill('“The ban is wrong,” Lewis said, condemning the decision to ban the group. ') },
  // brackets
  { stage: 'all', name: 'deeply nested parentheses', text: `${'('.repeat(N / 2)}${')'.repeat(N / 2)}` },
  { stage: 'all', name: 'deeply nested mixed brackets', text: fill('([{<', N / 2) + fill('>}])', N / 2) },
  { stage: 'all', name: 'unbalanced brackets with words', text: fill('(Lewis [said {the ban ') },
  { stage: 'all', name: 'dashes and ellipses', text: fill('Lewis — said – the ban … was wrong -- ') },
];

const timings: { stage: string; name: string; chars: number; ms: number; msQuarter: number; jsonChars: number; counts: string }[] = [];

// ---------------------------------------------------------------------------------------------
// A synchronous extract() that runs for minutes cannot be interrupted by vitest's timeout (the
// timer only fires after the call returns), and one that loops forever would hang `npm test`.
// So each case runs in a worker thread that is terminated when it overruns. The worker loads
// src/index.ts and tests/helpers/invariants.ts bundled fresh by esbuild (the same code vitest
// runs; dependencies stay external and resolve from node_modules). The invariants are checked
// in the worker too, so a huge result is never copied back.
// ---------------------------------------------------------------------------------------------

/** Time allowed for checking the invariants of one result (JSON round trip of a large result). */
const CHECK_LIMIT = 60_000;
/** A result whose JSON is more than this many times the input is reported as a failure. */
const MAX_JSON_RATIO = 100;
const OUT_DIR = join(ROOT, 'test-output');
const BUNDLE = join(OUT_DIR, `adversarial-standpoint-${process.pid}.mjs`);

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
import(pathToFileURL(workerData.bundle).href).then(({ createExtractor, findViolations }) => {
  const run = createExtractor();
  run(workerData.warmup);
  parentPort.on('message', (text) => {
    let result;
    try {
      const t0 = performance.now();
      result = run(text);
      const ms = performance.now() - t0;
      const r = result;
      const counts = 'sent=' + r.sentences.length + ' ent=' + r.entities.length + ' quo=' + r.quotes.length +
        ' dec=' + r.decisions.length + ' sta=' + r.stances.length + ' diag=' + r.diagnostics.length;
      parentPort.postMessage({ phase: 'extracted', ms, counts });
    } catch (err) {
      parentPort.postMessage({ phase: 'threw', error: String((err && err.stack) || err) });
      return;
    }
    let jsonChars = -1;
    try { jsonChars = JSON.stringify(result).length; } catch (err) { /* reported by findViolations */ }
    const violations = findViolations(text, result);
    parentPort.postMessage({ phase: 'checked', jsonChars, violations: violations.slice(0, 20), total: violations.length });
  });
  parentPort.postMessage({ phase: 'ready' });
}, (err) => parentPort.postMessage({ phase: 'threw', error: 'could not load the bundle: ' + String((err && err.stack) || err) }));
`;

type Reply =
  | { phase: 'ready' }
  | { phase: 'extracted'; ms: number; counts: string }
  | { phase: 'threw'; error: string }
  | { phase: 'checked'; jsonChars: number; violations: string[]; total: number };

let worker: Worker | null = null;

function nextMessage(w: Worker, timeoutMs: number): Promise<Reply | 'timeout'> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const timer = setTimeout(() => {
      cleanup();
      resolve('timeout');
    }, timeoutMs);
    const onMessage = (m: Reply): void => {
      cleanup();
      resolve(m);
    };
    const onError = (e: Error): void => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`worker exited with code ${code}`));
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
  });
}

async function getWorker(): Promise<Worker> {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { bundle: BUNDLE, warmup: ARTICLE } });
  const first = await nextMessage(w, 60_000);
  if (first === 'timeout' || first.phase !== 'ready') {
    await w.terminate();
    throw new Error(`worker did not start: ${first === 'timeout' ? 'timeout' : JSON.stringify(first)}`);
  }
  worker = w;
  return w;
}

async function kill(): Promise<void> {
  const w = worker;
  worker = null;
  await w?.terminate();
}

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  await esbuild.build({
    stdin: {
      contents: "export { createExtractor } from './src/index.ts';\nexport { findViolations } from './tests/helpers/invariants.ts';\n",
      resolveDir: ROOT,
      sourcefile: 'adversarial-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.10', // keeps the import attribute on the model's JSON
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'silent',
  });
  await getWorker();
}, 120_000);

afterAll(async () => {
  await kill();
  rmSync(BUNDLE, { force: true });
  if (!timings.length) return;
  const lines = timings.map(
    (t) =>
      `${t.stage.padEnd(12)} ${t.name.padEnd(52)} ${t.ms < 0 ? `  >${LIMIT / 1000} s` : `${t.ms.toFixed(0).padStart(6)} ms`}` +
      `  ${t.ms > 0 && t.msQuarter > 0 ? `x${(t.ms / t.msQuarter).toFixed(1)}`.padEnd(6) : '      '}` +
      ` ${t.jsonChars >= 0 ? `json=${(t.jsonChars / 1e6).toFixed(1)}MB` : ''} ${t.counts}`,
  );
  console.log(
    `adversarial timings (${N.toLocaleString('en')} chars each, limit ${LIMIT / 1000} s; xN = time / time on the first quarter, ~4 linear, ~16 quadratic):\n${lines.join('\n')}`,
  );
  try {
    writeFileSync(join(OUT_DIR, 'adversarial-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  } catch {
    // read-only checkout: the console table is enough
  }
});

/** Runs one text in the worker: throws when it overruns, throws, or breaks an invariant. */
async function runCase(text: string, name: string): Promise<{ ms: number; counts: string; jsonChars: number }> {
  const w = await getWorker();
  w.postMessage(text);
  const extracted = await nextMessage(w, LIMIT);
  if (extracted === 'timeout') {
    await kill();
    throw new Error(`extract did not finish within ${LIMIT / 1000} s on "${name}" (${text.length} chars starting ${JSON.stringify(text.slice(0, 60))})`);
  }
  if (extracted.phase === 'threw') throw new Error(`extract threw on "${name}": ${extracted.error}`);
  if (extracted.phase !== 'extracted') throw new Error(`unexpected message ${JSON.stringify(extracted)}`);
  const checked = await nextMessage(w, CHECK_LIMIT);
  if (checked === 'timeout') {
    await kill();
    throw new Error(`checking the invariants took over ${CHECK_LIMIT / 1000} s on "${name}" (is the result huge? ${extracted.counts})`);
  }
  if (checked.phase !== 'checked') throw new Error(`unexpected message ${JSON.stringify(checked)}`);
  if (checked.total) {
    throw new Error(`"${name}": the result breaks ${checked.total} invariant(s):\n  ${checked.violations.join('\n  ')}`);
  }
  return { ms: extracted.ms, counts: extracted.counts, jsonChars: checked.jsonChars };
}

describe('adversarial inputs of 100,000 characters finish and keep the invariants', () => {
  it('inputs have the advertised size', () => {
    for (const c of CASES) expect(c.text.length, c.name).toBe(N);
    for (const mark of ['"', '“', '”', "'", '‘', '’', '«', '»', '„']) {
      expect(unbalanced(mark).split(mark).length - 1).toBe(10_000);
    }
  });

  it.each(CASES.map((c) => [`${c.stage}: ${c.name}`, c] as const))(
    '%s',
    async (_label, c) => {
      const row = { stage: c.stage, name: c.name, chars: c.text.length, ms: -1, msQuarter: -1, jsonChars: -1, counts: '' };
      timings.push(row);
      // The first quarter of the input first: the ratio of the two times shows how the cost grows
      // (about 4 when linear, 16 when quadratic). Reported only, never asserted.
      const quarter = await runCase(c.text.slice(0, N / 4), `${c.name} (first quarter)`);
      row.msQuarter = quarter.ms;
      const full = await runCase(c.text, c.name);
      row.ms = full.ms;
      row.counts = full.counts;
      row.jsonChars = full.jsonChars;
      expect(full.jsonChars, `JSON of the result is ${(full.jsonChars / 1e6).toFixed(1)} MB for a ${c.text.length}-char input (${full.counts})`).toBeLessThanOrEqual(MAX_JSON_RATIO * c.text.length);
    },
    2 * (LIMIT + CHECK_LIMIT) + 10_000,
  );
});
