// Child process for the benchmark. One job per process, so its peak RSS and
// its cold start are its own. Prints one JSON line on stdout.
//   node bench/child.mjs cold
//   node bench/child.mjs hostile <name>
//   node bench/child.mjs profile <corpus.jsonl|-> <out.cpuprofile>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DIST_INDEX, GOLDEN, loadCorpus, peakRssMB, processCpuMs, threadCpuMs } from './lib/common.mjs';
import { HOSTILE, countQuotes } from './lib/hostile.mjs';

const [mode, arg, arg2] = process.argv.slice(2);
const golden = readFileSync(GOLDEN, 'utf8');
const distUrl = pathToFileURL(DIST_INDEX).href;

if (mode === 'cold') {
  const cpu0 = { p: processCpuMs(), t: threadCpuMs() };
  const t0 = performance.now();
  const lib = await import(distUrl);
  const t1 = performance.now();
  lib.extract(golden);
  const t2 = performance.now();
  // CPU of import + first call: a check that depends far less on the load than wall time
  const cpu = { cpuMs: processCpuMs() - cpu0.p, threadCpuMs: threadCpuMs() - cpu0.t };
  lib.extract(golden);
  const t3 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, totalMs: t2 - t0, secondCallMs: t3 - t2, ...cpu, peakRssMB: peakRssMB() }));
} else if (mode === 'hostile') {
  const make = HOSTILE[arg];
  if (!make) throw new Error(`unknown hostile input ${arg}`);
  const text = make(golden);
  const lib = await import(distUrl);
  lib.extract(golden); // warm up: the model is loaded, the code compiled
  const rssBefore = peakRssMB();
  const c0 = processCpuMs();
  const tc0 = threadCpuMs();
  const t0 = performance.now();
  const x = lib.extract(text);
  const ms = performance.now() - t0;
  const cpuMs = processCpuMs() - c0;
  const threadMs = threadCpuMs() - tc0;
  console.log(
    JSON.stringify({
      name: arg,
      chars: text.length,
      bytes: Buffer.byteLength(text),
      quoteMarks: countQuotes(text),
      ms,
      cpuMs,
      threadCpuMs: threadMs,
      peakRssMB: peakRssMB(),
      rssBeforeMB: rssBefore,
      found: { sentences: x.sentences.length, entities: x.entities.length, quotes: x.quotes.length, decisions: x.decisions.length, stances: x.stances.length, diagnostics: x.diagnostics.length },
    }),
  );
} else if (mode === 'profile') {
  const { Session } = await import('node:inspector');
  const corpus = loadCorpus(arg === '-' ? undefined : arg);
  const lib = await import(distUrl);
  for (const a of corpus.articles) lib.extract(a.text); // warm-up pass, not profiled
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((res, rej) => session.post(method, params, (e, r) => (e ? rej(e) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  const t0 = performance.now();
  for (const a of corpus.articles) lib.extract(a.text);
  const ms = performance.now() - t0;
  const { profile } = await post('Profiler.stop');
  session.disconnect();
  writeFileSync(arg2, JSON.stringify(profile));
  console.log(JSON.stringify({ ms, articles: corpus.articles.length, profile: arg2 }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
