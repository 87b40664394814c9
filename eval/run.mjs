#!/usr/bin/env node
// standpoint evaluation harness: `npm run eval` (builds first), or `node eval/run.mjs [options]`.
// Scores the BUILT library (dist/) on the shared gold corpora and the project fixtures, with
// compromise as a baseline. See docs/evaluation.md. Corpus text is read at run time and never
// written anywhere: reports carry metric names and numbers only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { USAGE, parseArgs } from './lib/args.mjs';
import { compromiseAll, compromiseVersion } from './lib/compromise-baseline.mjs';
import { loadCorpus, splitNames } from './lib/corpus.mjs';
import { EntityScore, gumContext, gumConventions, gumGold, oursNamed, unerGold } from './lib/entities.mjs';
import { Health } from './lib/health.mjs';
import { PloverScore } from './lib/plover.mjs';
import { QuoteScore, SPEECH_LEMMAS } from './lib/quotes.mjs';
import { flatten, renderChanges, renderErrors, renderTable } from './lib/report.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} p */
const rel = (p) => relative(process.cwd(), p) || '.';

async function main() {
  /** @type {import('./lib/args.mjs').Options} */
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), repoRoot);
  } catch (e) {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  // With --json -, stdout carries the JSON alone and everything readable goes to stderr.
  const say = opts.json === '-' ? (/** @type {string} */ s) => console.error(s) : (/** @type {string} */ s) => console.log(s);

  const distEntry = resolve(repoRoot, 'dist', 'index.js');
  if (!existsSync(distEntry)) {
    console.error(`eval: ${rel(distEntry)} not found. Build first: npm run build (npm run eval does this for you).`);
    return 1;
  }
  const lib = await import(pathToFileURL(distEntry).href);
  /** @type {(text: string) => any} */
  const extract = lib.extract;
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));

  /** @type {string[]} */
  const notes = [];
  const health = new Health();
  /** @type {Record<string, any>} */
  const report = {
    schema: 1,
    generatedAt: new Date().toISOString(),
    versions: { standpoint: pkg.version, compromise: compromiseVersion, node: process.version },
    corpora: {},
    entities: {},
    quotes: {},
    plover: null,
    fixtures: null,
    health: null,
    timings: null,
    errors: {},
    conventions: null,
    notes,
    metrics: {},
  };
  /** @type {Record<string, { counts: Record<string, number>, examples?: Record<string, string[]> }>} */
  const errorSets = {};

  // ---- load corpora
  /** @type {Record<string, import('./lib/corpus.mjs').LoadedCorpus>} */
  const corpora = {};
  for (const [name, path] of Object.entries(opts.corpora)) {
    const c = loadCorpus(name, path);
    corpora[name] = c;
    report.corpora[name] = {
      status: c.status,
      splits: Object.fromEntries(splitNames(c).map((s) => [s, c.splits[s]?.length ?? 0])),
      path: c.status === 'missing' ? rel(c.path) : undefined,
    };
    if (c.status === 'ok') say(`corpus ${name}: ${splitNames(c).map((s) => `${s} ${c.splits[s]?.length} records`).join(', ')}  (${rel(c.path)})`);
    else if (c.status === 'partial') say(`corpus ${name}: PARTIAL, scoring what is there. ${c.problems.join('; ')}`);
    else say(`corpus ${name}: MISSING, skipped (${c.problems.join('; ')}). Give its path with --${flagOf(name)} PATH.`);
    for (const p of c.problems.filter((p) => p.includes('not valid JSON'))) say(`  ${p}`);
  }

  // ---- GUM: entities + quotes, one extract() per document
  /** @type {Record<string, { ours: EntityScore, compromise: EntityScore }>} */
  const gumCombined = {};
  /** @type {Record<string, QuoteScore>} */
  const gumQuotesCombined = {};
  /** @type {any[]} */
  const gumRecords = [];
  const started = performance.now();
  let compromiseMs = 0;
  let compromiseDocs = 0;
  for (const name of ['gum-news', 'gum-interviews']) {
    const c = /** @type {import('./lib/corpus.mjs').LoadedCorpus} */ (corpora[name]);
    if (c.status === 'missing') continue;
    /** @type {Record<string, any>} */
    const entOut = {};
    /** @type {Record<string, any>} */
    const quoteOut = {};
    const allEnt = { ours: new EntityScore(), compromise: new EntityScore() };
    const allQuotes = new QuoteScore();
    for (const split of splitNames(c)) {
      const ent = { ours: new EntityScore(), compromise: new EntityScore() };
      const quotes = new QuoteScore();
      for (const r of c.splits[split] ?? []) {
        gumRecords.push(r);
        const x = health.run(extract, r.text, `${name}/${split}/${r.id}`);
        const t0 = performance.now();
        const base = compromiseAll(r.text);
        compromiseMs += performance.now() - t0;
        compromiseDocs++;
        const gold = gumGold(r);
        const doc = { text: r.text, id: r.id, context: gumContext(r), explain: true };
        ent.ours.add(gold, x ? oursNamed(x) : [], doc);
        ent.compromise.add(gold, base.entities, { ...doc, explain: false });
        quotes.add(r, x, base.quotes, true);
      }
      entOut[split] = { ours: ent.ours.summary(), compromise: ent.compromise.summary() };
      quoteOut[split] = quotes.summary();
      allEnt.ours.merge(ent.ours);
      allEnt.compromise.merge(ent.compromise);
      allQuotes.merge(quotes);
      (gumQuotesCombined[split] ??= new QuoteScore()).merge(quotes);
      const comb = (gumCombined[split] ??= { ours: new EntityScore(), compromise: new EntityScore() });
      comb.ours.merge(ent.ours);
      comb.compromise.merge(ent.compromise);
    }
    entOut.all = { ours: allEnt.ours.summary(), compromise: allEnt.compromise.summary() };
    quoteOut.all = allQuotes.summary();
    report.entities[name] = entOut;
    report.quotes[name] = quoteOut;
    errorSets[`entities ${name}`] = { counts: allEnt.ours.errors, examples: allEnt.ours.examples };
    errorSets[`quotes ${name}`] = { counts: allQuotes.errors, examples: allQuotes.examples };
  }
  if (Object.keys(gumCombined).length) {
    /** @type {Record<string, any>} */
    const out = {};
    const all = { ours: new EntityScore(), compromise: new EntityScore() };
    for (const [split, s] of Object.entries(gumCombined)) {
      out[split] = { ours: s.ours.summary(), compromise: s.compromise.summary() };
      all.ours.merge(s.ours);
      all.compromise.merge(s.compromise);
    }
    out.all = { ours: all.ours.summary(), compromise: all.compromise.summary() };
    report.entities.gum = out;
    /** @type {Record<string, any>} */
    const quotesOut = {};
    const allQuotes = new QuoteScore();
    for (const [split, q] of Object.entries(gumQuotesCombined)) {
      quotesOut[split] = q.summary();
      allQuotes.merge(q);
    }
    quotesOut.all = allQuotes.summary();
    report.quotes.gum = quotesOut;
    report.conventions = gumConventions(gumRecords);
  }

  // ---- UNER: entities
  {
    const c = /** @type {import('./lib/corpus.mjs').LoadedCorpus} */ (corpora['uner-pud-news']);
    if (c.status !== 'missing') {
      /** @type {Record<string, any>} */
      const out = {};
      const all = { ours: new EntityScore(), compromise: new EntityScore() };
      for (const split of splitNames(c)) {
        const s = { ours: new EntityScore(), compromise: new EntityScore() };
        for (const r of c.splits[split] ?? []) {
          const x = health.run(extract, r.text, `uner-pud-news/${split}/${r.id}`);
          const t0 = performance.now();
          const base = compromiseAll(r.text);
          compromiseMs += performance.now() - t0;
          compromiseDocs++;
          const gold = unerGold(r);
          s.ours.add(gold, x ? oursNamed(x) : [], { text: r.text, id: r.id, explain: true });
          s.compromise.add(gold, base.entities, { text: r.text, id: r.id });
        }
        out[split] = { ours: s.ours.summary(), compromise: s.compromise.summary() };
        all.ours.merge(s.ours);
        all.compromise.merge(s.compromise);
      }
      out.all = { ours: all.ours.summary(), compromise: all.compromise.summary() };
      report.entities['uner-pud-news'] = out;
      errorSets['entities uner-pud-news'] = { counts: all.ours.errors, examples: all.ours.examples };
    }
  }

  // ---- PLOVER: stances on single sentences
  {
    const c = /** @type {import('./lib/corpus.mjs').LoadedCorpus} */ (corpora['plover-gsr-cameo']);
    if (c.status !== 'missing') {
      /** @type {Record<string, any>} */
      const out = {};
      const all = new PloverScore();
      for (const split of splitNames(c)) {
        const s = new PloverScore();
        for (const r of c.splits[split] ?? []) s.add(r, health.run(extract, r.text, `plover-gsr-cameo/${split}/${r.id}`), true);
        out[split] = s.summary();
        all.merge(s);
      }
      out.all = all.summary();
      report.plover = out;
      errorSets['stances plover-gsr-cameo'] = { counts: all.errors, examples: all.examples };
      errorSets['stances on plover distractor sentences (by PLOVER event → our polarity)'] = { counts: all.distractorStances };
    }
  }
  const corpusMs = performance.now() - started;

  // ---- project fixtures
  report.fixtures = await scoreFixtures(opts.fixtures, extract, notes, errorSets, say);

  // ---- health and notes
  const hs = health.summary();
  report.health = { docs: hs.docs, crashes: hs.crashes, offsetViolations: hs.offsetViolations };
  report.timings = { extractMsPerDoc: hs.msPerDoc, compromiseMsPerDoc: compromiseDocs ? compromiseMs / compromiseDocs : 0, corpusSeconds: corpusMs / 1000 };
  for (const p of health.problems) say(`problem: ${p}`);
  report.errors = Object.fromEntries(Object.entries(errorSets).map(([k, v]) => [k, v.counts]));
  addNotes(report, notes);
  report.metrics = flatten(report);

  // ---- compare
  /** @type {Record<string, number> | null} */
  let prev = null;
  if (opts.compare) {
    try {
      const p = JSON.parse(readFileSync(resolve(opts.compare), 'utf8'));
      prev = p.metrics ?? flatten(p);
    } catch (e) {
      say(`--compare: cannot read ${opts.compare} (${e instanceof Error ? e.message : String(e)}); comparing with nothing.`);
    }
  }

  // ---- print
  say('');
  say(renderTable(report.metrics, prev));
  say('');
  say(`Timing: extract() ${report.timings.extractMsPerDoc.toFixed(1)} ms/doc, compromise ${report.timings.compromiseMsPerDoc.toFixed(1)} ms/doc, ${report.health.docs} documents, ${report.timings.corpusSeconds.toFixed(1)} s on corpora.`);
  if (notes.length) {
    say('\nNotes:');
    for (const n of notes) say(`  - ${n}`);
  }
  if (prev) {
    say('');
    say(renderChanges(report.metrics, prev));
  }
  if (opts.errors) {
    say('\nErrors by cause (examples are printed here only, never written to a report):');
    for (const [title, set] of Object.entries(errorSets)) {
      say('');
      say(renderErrors(title, set.counts, set.examples));
    }
  } else {
    say('\n(--errors lists the misses grouped by cause.)');
  }
  if (opts.json === '-') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (opts.json) {
    mkdirSync(dirname(opts.json), { recursive: true });
    writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
    say(`\nJSON report written to ${rel(opts.json)}`);
  }
  return 0;
}

/** @param {string} name */
function flagOf(name) {
  return name === 'uner-pud-news' ? 'uner' : name === 'plover-gsr-cameo' ? 'plover' : name;
}

/**
 * Scores the project fixtures through eval/lib/fixtures.mjs (maintained separately).
 * @param {string} dir
 * @param {(text: string) => any} extract
 * @param {string[]} notes
 * @param {Record<string, { counts: Record<string, number>, examples?: Record<string, string[]> }>} errorSets
 * @param {(s: string) => void} say
 */
async function scoreFixtures(dir, extract, notes, errorSets, say) {
  const modPath = resolve(repoRoot, 'eval', 'lib', 'fixtures.mjs');
  if (!existsSync(dir)) {
    say(`fixtures: MISSING directory ${rel(dir)}, skipped.`);
    notes.push('Fixture stances not scored: fixture directory missing.');
    return null;
  }
  if (!existsSync(modPath)) {
    say('fixtures: eval/lib/fixtures.mjs not present yet, fixture stances not scored.');
    notes.push('Fixture stances not scored: eval/lib/fixtures.mjs is not present.');
    return null;
  }
  try {
    const mod = await import(pathToFileURL(modPath).href);
    const res = await mod.scoreFixtures(extract, dir);
    return normaliseFixtures(res, errorSets);
  } catch (e) {
    say(`fixtures: scoring failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    notes.push('Fixture stances not scored: eval/lib/fixtures.mjs threw (see output above).');
    return null;
  }
}

/**
 * Keeps the fixture scorer's numbers (eval/lib/fixtures.mjs: `{ fixtures: [{ name, error, checks:
 * [{ ok, what, detail }], stances: { tp, fp, fn, duplicates, falsePositives, falseNegatives } }],
 * totals: { stances: { tp, fp, fn, precision, recall, f1 }, checks: { passed, failed } } }`), adds
 * the derived counts the table shows, and groups failed checks by kind for --errors.
 * @param {any} res
 * @param {Record<string, { counts: Record<string, number>, examples?: Record<string, string[]> }>} errorSets
 */
export function normaliseFixtures(res, errorSets) {
  const st = res?.totals?.stances ?? {};
  const ck = res?.totals?.checks ?? {};
  const tp = num(st.tp);
  const fp = num(st.fp);
  const fn = num(st.fn);
  const passed = num(ck.passed);
  const failed = num(ck.failed);
  const totals = {
    stances: { tp, fp, fn, predicted: tp + fp, gold: tp + fn, precision: num(st.precision), recall: num(st.recall), f1: num(st.f1) },
    checks: { passed, failed, total: passed + failed, passedRate: passed + failed ? passed / (passed + failed) : 0 },
  };
  /** @type {Record<string, number>} */
  const counts = {};
  /** @type {Record<string, string[]>} */
  const examples = {};
  /** @param {string} g @param {string} ex */
  const note = (g, ex) => {
    counts[g] = (counts[g] ?? 0) + 1;
    const list = (examples[g] ??= []);
    if (list.length < 8 && !list.includes(ex)) list.push(ex);
  };
  /** @type {Record<string, any>} */
  const perFixture = {};
  for (const f of res?.fixtures ?? []) {
    const name = String(f.name ?? `fixture${Object.keys(perFixture).length + 1}`);
    const checks = Array.isArray(f.checks) ? f.checks : [];
    const s = f.stances ?? {};
    perFixture[name] = {
      stances: { tp: num(s.tp), fp: num(s.fp), fn: num(s.fn), duplicates: num(s.duplicates) },
      checks: { passed: checks.filter((/** @type {any} */ c) => c.ok).length, failed: checks.filter((/** @type {any} */ c) => !c.ok).length },
      threw: f.error ? 1 : 0,
    };
    for (const c of checks) {
      if (c.ok) continue;
      const kind = checkKind(String(c.what ?? ''));
      // stance checks are listed below, once, as missed / not expected stances
      if (kind !== 'expected stance' && kind !== 'unexpected stances') note(`failed check: ${kind}`, `${name}: ${String(c.what ?? '')}`);
    }
    for (const m of Array.isArray(s.falseNegatives) ? s.falseNegatives : []) note('stance missed (fn)', `${name}: ${m}`);
    for (const m of Array.isArray(s.falsePositives) ? s.falsePositives : []) note('stance not expected (fp)', `${name}: ${m}`);
  }
  errorSets['fixtures'] = { counts, examples };
  return { totals, fixtures: perFixture };
}

/**
 * The kind of a fixture check, from its description (see eval/lib/fixtures.mjs).
 * @param {string} what
 */
function checkKind(what) {
  if (what.startsWith('extract() returns')) return 'extract() threw';
  if (what.startsWith('entity ')) return 'entity';
  if (what.startsWith('quote containing')) return 'quote attribution';
  if (/ is not a quote with a speaker$/.test(what)) return 'no-speaker quote got a speaker';
  if (/^decision #\d+ is referred to as/.test(what)) return 'decision mention';
  if (what.startsWith('decision #')) return 'decision';
  if (what.startsWith('stance:')) return 'expected stance';
  if (what.startsWith('no stances beyond')) return 'unexpected stances';
  if (what.startsWith('no stance is held by')) return 'distractor holds a stance';
  if (what.startsWith('every id')) return 'dangling ids';
  if (what.startsWith('every span')) return 'span offsets';
  return 'other';
}

/** @param {unknown} v */
function num(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Notes on conventions and on scoring choices, with counts only.
 * @param {Record<string, any>} report
 * @param {string[]} notes
 */
function addNotes(report, notes) {
  const cv = report.conventions;
  if (cv) {
    notes.push(
      `GUM types are semantic, not NER classes: ${cv.namesTypedBothOrgAndPlace} gold PERSON/ORG/PLACE names have a surface form GUM types both ORG and PLACE (e.g. a country acting as a national team or government is ORG); expect ORG↔PLACE confusions that a user would not call errors.`,
    );
    notes.push(
      `GUM's derived "named" flag also marks ${cv.namedMentionsOfUnscoredTypes} names of unscored types (${Object.entries(cv.namedMentionsOfUnscoredTypesByType).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}): predicting PERSON/ORG/PLACE there counts as a false positive (listed under --errors as "gold named <TYPE>").`,
    );
    notes.push(
      `GUM's "named" heuristic makes some descriptors names: ${cv.bareTitleOrGenericNames} gold names are a bare title or generic word (a capitalised title such as a head of state's title on its own); ${cv.personNamesSpanningOfPhrase} PERSON names span an "of"/"at" phrase (person + party or post); ${cv.personNamesWithTitleWord} PERSON names include a title word. Exact-span scores are capped by these; the overlap rows are not.`,
    );
  }
  /** @type {Record<string, number>} */
  const gumErrors = {};
  for (const name of ['entities gum-news', 'entities gum-interviews']) {
    for (const [k, v] of Object.entries(report.errors[name] ?? {})) gumErrors[k] = (gumErrors[k] ?? 0) + v;
  }
  const sum = (/** @type {(k: string) => boolean} */ f) => Object.entries(gumErrors).filter(([k]) => f(k)).reduce((a, [, n]) => a + n, 0);
  const onUnscored = sum((k) => k.startsWith('spurious: gold named '));
  const orgPlace = sum((k) => /^type confusion: gold (?:ORG → ours PLACE|PLACE → ours ORG)$/.test(k));
  if (onUnscored + orgPlace > 0) {
    notes.push(
      `Of our GUM entity errors, ${onUnscored} are names GUM types EVENT/ABSTRACT/TIME/OBJECT/… (not scored) and ${orgPlace} are exact-span ORG↔PLACE swaps; some of these are GUM conventions rather than mistakes (docs/evaluation.md).`,
    );
  }
  if (report.quotes && Object.keys(report.quotes).length) {
    notes.push(
      `Quotes scored: GUM attributions whose cue lemma is one of ${SPEECH_LEMMAS.size} speech verbs (eval/lib/quotes.mjs), plus direct quotes without a cue; cognition/evidence cues (think, know, show, find, …) are left out. GUM content spans follow discourse units and can be longer than a quote; "found" needs ≥ 50% of the gold content characters inside one of our quotes.`,
    );
  }
  const noNames = Object.entries(report.entities).filter(([n, c]) => n !== 'gum' && c?.all?.ours?.exact?.ALL?.predicted === 0).map(([n]) => n);
  if (noNames.length) notes.push(`extract() returned no PERSON/ORG/PLACE name mentions on ${noNames.join(', ')}: the entity stage may not be wired in yet.`);
  const noQuotes = Object.entries(report.quotes).filter(([, c]) => c?.all?.ours?.quotes === 0).map(([n]) => n);
  if (noQuotes.length) notes.push(`extract() returned no quotes on ${noQuotes.join(', ')}: the quote stage may not be wired in yet.`);
  if (report.plover && report.plover.all.oursOnStanceSentences + report.plover.all.oursOnDistractors === 0) {
    notes.push('extract() returned no stances on any PLOVER sentence: PLOVER codes actor-to-actor events ("accused X of …", "welcomed Y\'s statement") and rarely names a decision, and standpoint only reports stances on decisions.');
  }
  const missing = Object.entries(report.corpora).filter(([, c]) => c.status !== 'ok');
  if (missing.length) notes.push(`Not scored or partial: ${missing.map(([n, c]) => `${n} (${c.status})`).join(', ')}.`);
}

// exitCode, not exit(): exit() can cut off a large JSON report piped to stdout.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
