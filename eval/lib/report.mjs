// Turning results into a flat metric map, a readable table, a comparison and an error listing.
// Reports hold numbers and metric names only: no corpus text is ever written to them.

/**
 * Every numeric leaf of the scored sections, keyed by its dotted path
 * (e.g. "entities.gum.all.ours.exact.PERSON.f1"). This is what `--compare` diffs.
 * @param {Record<string, any>} report
 * @returns {Record<string, number>}
 */
export function flatten(report) {
  /** @type {Record<string, number>} */
  const out = {};
  /** @param {any} v @param {string} path */
  const walk = (v, path) => {
    if (typeof v === 'number' && Number.isFinite(v)) out[path] = round(v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, w] of Object.entries(v)) walk(w, path ? `${path}.${k}` : k);
  };
  for (const section of ['entities', 'quotes', 'plover', 'fixtures', 'health']) {
    if (report[section]) walk(report[section], section);
  }
  return out;
}

/** @param {number} v */
function round(v) {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * @typedef {object} Row
 * @property {string} [label]
 * @property {string} [key]                  metric path with "{split}" where the split goes
 * @property {'prf' | 'ratio' | 'count'} [format]
 * @property {string} [num] path of the numerator (ratio rows; "{split}" allowed)
 * @property {string} [den] path of the denominator
 * @property {string} [base]                 path of the compromise value ("all" split)
 * @property {string} [baseNum]
 * @property {string} [n]                    path of the gold count shown in the n column ("all")
 * @property {number} [target]
 * @property {boolean} [atMost]              target is an upper bound
 * @property {boolean} [noSplits]            only an overall value (fixtures, health)
 * @property {string} [section]              a section heading row
 * @property {string} [prefix]               (section rows) metric prefix that shows the section was scored
 */

/**
 * The table rows. Targets are the issue's, all on the full GUM news + interviews set where GUM is
 * scored: NER micro-F1 (exact) ≥ 0.80; speaker accuracy on found speech-verb quotes ≥ 0.85; direct
 * quotes found ≥ 0.95; and fixture stance precision ≥ 0.95 and recall ≥ 0.90.
 * @returns {Row[]}
 */
export function tableRows() {
  /** @type {Row[]} */
  const rows = [];
  const ent = (/** @type {string} */ corpus, /** @type {string} */ title, /** @type {string[]} */ types, /** @type {number | undefined} */ target) => {
    rows.push({ section: `Entities: ${title}  (F1 (P/R); gold = named PERSON/ORG/PLACE)`, prefix: `entities.${corpus}.` });
    for (const mode of ['exact', 'overlap']) {
      for (const t of types) {
        rows.push({
          label: `${mode} ${t === 'ALL' ? 'all 3 types' : t}`,
          key: `entities.${corpus}.{split}.ours.${mode}.${t}.f1`,
          base: `entities.${corpus}.all.compromise.${mode}.${t}.f1`,
          n: `entities.${corpus}.all.ours.${mode}.${t}.gold`,
          format: 'prf',
          target: mode === 'exact' && t === 'ALL' ? target : undefined,
        });
      }
    }
  };
  ent('gum', 'GUM news + interviews', ['PERSON', 'ORG', 'PLACE', 'ALL'], 0.8);
  ent('gum-news', 'gum-news', ['ALL'], undefined);
  ent('gum-interviews', 'gum-interviews', ['ALL'], undefined);
  ent('uner-pud-news', 'uner-pud-news', ['PERSON', 'ORG', 'PLACE', 'ALL'], undefined);

  const quotes = (/** @type {string} */ corpus, /** @type {string} */ title, /** @type {boolean} */ main, /** @type {boolean} */ targets) => {
    rows.push({ section: `Quotes: ${title}  (speech-verb attributions + uncued direct quotes)`, prefix: `quotes.${corpus}.` });
    const kinds = main ? ['direct', 'indirect', 'mixed', 'ALL'] : ['direct', 'ALL'];
    for (const k of kinds) {
      const p = `quotes.${corpus}.{split}.byKind.${k}`;
      rows.push({
        label: `found ${k === 'ALL' ? 'all kinds' : k}`,
        key: `${p}.foundRate`,
        num: `${p}.found`,
        den: `${p}.gold`,
        base: `quotes.${corpus}.all.byKind.${k}.baselineFoundRate`,
        baseNum: `quotes.${corpus}.all.byKind.${k}.baselineFound`,
        n: `quotes.${corpus}.all.byKind.${k}.gold`,
        format: 'ratio',
        target: targets && k === 'direct' ? 0.95 : undefined,
      });
    }
    for (const k of kinds) {
      const p = `quotes.${corpus}.{split}.byKind.${k}`;
      rows.push({
        label: `speaker right, of found ${k === 'ALL' ? 'all kinds' : k}`,
        key: `${p}.speakerAccuracy`,
        num: `${p}.speakerCorrect`,
        den: `${p}.foundWithSpeaker`,
        n: `quotes.${corpus}.all.byKind.${k}.withSpeaker`,
        format: 'ratio',
        target: targets && k === 'ALL' ? 0.85 : undefined,
      });
    }
    const p = `quotes.${corpus}.{split}.byKind.ALL`;
    rows.push({
      label: 'speaker right, end to end (of gold)',
      key: `${p}.speakerEndToEnd`,
      num: `${p}.speakerCorrect`,
      den: `${p}.withSpeaker`,
      n: `quotes.${corpus}.all.byKind.ALL.withSpeaker`,
      format: 'ratio',
    });
    rows.push({
      label: 'our quotes inside a GUM attribution',
      key: `quotes.${corpus}.{split}.ours.insideGoldRate`,
      num: `quotes.${corpus}.{split}.ours.insideGold`,
      den: `quotes.${corpus}.{split}.ours.quotes`,
      format: 'ratio',
    });
  };
  quotes('gum', 'GUM news + interviews', true, true);
  quotes('gum-news', 'gum-news', true, false);
  quotes('gum-interviews', 'gum-interviews', false, false);

  rows.push({ section: 'Stances: plover-gsr-cameo  (holder overlaps a gold source actor, polarity equal)', prefix: 'plover.' });
  const pl = (/** @type {string} */ label, /** @type {string} */ key, /** @type {string} */ num, /** @type {string} */ den, /** @type {string} */ n) =>
    rows.push({ label, key: `plover.{split}.${key}`, num: `plover.{split}.${num}`, den: `plover.{split}.${den}`, n: `plover.all.${n}`, format: 'ratio' });
  pl('recall: holder + polarity right', 'recall', 'correct', 'stanceSentences', 'stanceSentences');
  rows.push({ label: 'precision on stance sentences', key: 'plover.{split}.precision', num: 'plover.{split}.oursCorrect', den: 'plover.{split}.oursOnStanceSentences', format: 'ratio' });
  pl('stance sentences with any stance', 'anyStanceRate', 'withAnyStance', 'stanceSentences', 'stanceSentences');
  pl('holder right (any polarity)', 'holderRate', 'holderMatched', 'stanceSentences', 'stanceSentences');
  pl('polarity right (any holder)', 'polarityRate', 'polarityMatched', 'stanceSentences', 'stanceSentences');
  pl('distractor sentences with a stance', 'distractorStanceRate', 'distractorsWithStance', 'distractorSentences', 'distractorSentences');

  rows.push({ section: 'Stances: project fixtures  (holder, polarity and decision)', prefix: 'fixtures.' });
  const fx = (/** @type {string} */ label, /** @type {string} */ key, /** @type {number | undefined} */ target) =>
    rows.push({ label, key: `fixtures.totals.stances.${key}`, format: 'ratio', num: 'fixtures.totals.stances.tp', den: key === 'precision' ? 'fixtures.totals.stances.predicted' : 'fixtures.totals.stances.gold', n: key === 'precision' ? undefined : 'fixtures.totals.stances.gold', target, noSplits: true });
  fx('stance precision', 'precision', 0.95);
  fx('stance recall', 'recall', 0.9);
  rows.push({ label: 'stance F1', key: 'fixtures.totals.stances.f1', format: 'ratio', noSplits: true, n: 'fixtures.totals.stances.gold' });
  rows.push({ label: 'fixture checks passed', key: 'fixtures.totals.checks.passedRate', num: 'fixtures.totals.checks.passed', den: 'fixtures.totals.checks.total', format: 'ratio', noSplits: true });

  rows.push({ section: 'Health  (all corpora)' });
  rows.push({ label: 'extract() threw', key: 'health.crashes', format: 'count', noSplits: true, target: 0, atMost: true });
  rows.push({ label: 'spans with text.slice(start,end) !== text', key: 'health.offsetViolations', format: 'count', noSplits: true, target: 0, atMost: true });
  return rows;
}

/** @param {number | undefined} v */
function fmt(v) {
  return v === undefined ? '–' : v.toFixed(2);
}

/**
 * @param {Row} row
 * @param {Record<string, number>} m
 * @param {string} split
 */
function cell(row, m, split) {
  if (!row.key) return '';
  const key = row.key.replace('{split}', split);
  const v = m[key];
  if (v === undefined) return '–';
  if (row.format === 'count') return String(v);
  if (row.format === 'prf') {
    const p = m[key.replace(/\.f1$/, '.precision')];
    const r = m[key.replace(/\.f1$/, '.recall')];
    return `${fmt(v)} (${fmt(p)}/${fmt(r)})`;
  }
  if (row.num && row.den) {
    const num = m[row.num.replace('{split}', split)];
    const den = m[row.den.replace('{split}', split)];
    if (num !== undefined && den !== undefined) return `${fmt(v)} ${num}/${den}`;
  }
  return fmt(v);
}

/**
 * The readable table: one row per metric; ours per split, the compromise baseline, the target and
 * pass/fail (judged on "all"); with `prev`, the previous value and the change.
 * @param {Record<string, number>} m
 * @param {Record<string, number> | null} prev
 * @returns {string}
 */
export function renderTable(m, prev) {
  const rows = tableRows();
  const head = ['metric', 'n', 'ours dev', 'ours holdout', 'ours all', 'compromise', 'target', 'pass'];
  if (prev) head.push('prev', 'Δ');
  /** @type {(string[] | string)[]} */
  const lines = [];
  let skipping = false;
  for (const row of rows) {
    if (row.section) {
      const prefix = row.prefix;
      skipping = prefix !== undefined && !Object.keys(m).some((k) => k.startsWith(prefix));
      lines.push(skipping ? `${row.section}\n  not scored (corpus or scorer missing, see above)` : row.section);
      continue;
    }
    if (skipping) continue;
    const allKey = /** @type {string} */ (row.key).replace('{split}', 'all');
    const v = m[allKey];
    const dev = row.noSplits ? '' : cell(row, m, 'dev');
    const hold = row.noSplits ? '' : cell(row, m, 'holdout');
    const all = cell(row, m, 'all');
    let base = '';
    if (row.base) {
      const b = m[row.base];
      const bn = row.baseNum ? m[row.baseNum] : undefined;
      const den = row.den ? m[row.den.replace('{split}', 'all')] : undefined;
      if (b !== undefined && row.format === 'prf') base = `${fmt(b)} (${fmt(m[row.base.replace(/\.f1$/, '.precision')])}/${fmt(m[row.base.replace(/\.f1$/, '.recall')])})`;
      else if (b !== undefined) base = bn !== undefined && den !== undefined ? `${fmt(b)} ${bn}/${den}` : fmt(b);
      else base = '–';
    }
    const target = row.target === undefined ? '' : `${row.atMost ? '≤' : '≥'} ${row.format === 'count' ? row.target : row.target.toFixed(2)}`;
    let pass = '';
    if (row.target !== undefined) pass = v === undefined ? 'n/a' : (row.atMost ? v <= row.target : v >= row.target) ? 'pass' : 'FAIL';
    const n = row.n !== undefined && m[row.n] !== undefined ? String(m[row.n]) : '';
    const cells = [`  ${row.label}`, n, dev, hold, all, base, target, pass];
    if (prev) {
      const p = prev[allKey];
      cells.push(p === undefined ? '–' : row.format === 'count' ? String(p) : fmt(p));
      cells.push(p === undefined || v === undefined ? '' : delta(v - p, row.format === 'count'));
    }
    lines.push(cells);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...lines.filter((l) => Array.isArray(l)).map((l) => /** @type {string[]} */ (l)[i]?.length ?? 0)));
  const align = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const out = [align(head), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const l of lines) out.push(typeof l === 'string' ? `\n${l}` : align(l));
  return out.join('\n');
}

/**
 * @param {number} d
 * @param {boolean} integer
 */
function delta(d, integer) {
  if (Math.abs(d) < 0.005 && !integer) return '=';
  if (integer && d === 0) return '=';
  const s = integer ? String(Math.abs(d)) : Math.abs(d).toFixed(2);
  return d > 0 ? `+${s}` : `-${s}`;
}

/** Metric names that are scores (ratios); counts are left to the JSON report. */
const SCORE_KEY = /\.(?:precision|recall|f1|\w*Rate|speakerAccuracy|speakerEndToEnd)$/;

/**
 * Every score that changed against a previous report, largest change first. Counts (tp, fp, …)
 * are in the JSON report; the table above already shows the headline changes.
 * @param {Record<string, number>} m
 * @param {Record<string, number>} prev
 * @param {number} [max]
 * @returns {string}
 */
export function renderChanges(m, prev, max = 60) {
  const keys = [...new Set([...Object.keys(m), ...Object.keys(prev)])].filter((k) => SCORE_KEY.test(k)).sort();
  /** @type {[string, string, string, string, number][]} */
  const rows = [];
  let same = 0;
  for (const k of keys) {
    const a = prev[k];
    const b = m[k];
    if (a !== undefined && b !== undefined && Math.abs(a - b) < 0.0005) {
      same++;
      continue;
    }
    const d = a !== undefined && b !== undefined ? b - a : Infinity;
    rows.push([k, a === undefined ? 'new' : a.toFixed(3), b === undefined ? 'gone' : b.toFixed(3), Number.isFinite(d) ? signed(d) : '', Math.abs(d)]);
  }
  if (!rows.length) return `No score changed by 0.001 or more (${same} compared).`;
  rows.sort((x, y) => y[4] - x[4] || x[0].localeCompare(y[0]));
  const shown = rows.slice(0, max);
  const w = [0, 1, 2, 3].map((i) => Math.max(...shown.map((r) => String(r[i]).length), ['score', 'prev', 'now', 'change'][i].length));
  const line = (/** @type {(string | number)[]} */ r) => r.slice(0, 4).map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  const out = [`Changed scores vs the previous report (${rows.length} changed by ≥ 0.001, ${same} unchanged; largest change first):`, line(['score', 'prev', 'now', 'change']), ...shown.map(line)];
  if (rows.length > max) out.push(`… and ${rows.length - max} more (compare the "metrics" of the two JSON reports for all of them).`);
  return out.join('\n');
}

/** @param {number} d */
function signed(d) {
  return d > 0 ? `+${d.toFixed(3)}` : d.toFixed(3);
}

/**
 * Error groups, largest first, with a few examples each (examples go to the terminal only).
 * @param {string} title
 * @param {Record<string, number>} counts
 * @param {Record<string, string[]>} [examples]
 * @param {number} [perGroup]
 * @param {number} [maxGroups]
 */
export function renderErrors(title, counts, examples, perGroup = 3, maxGroups = 25) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!entries.length) return `${title}: none`;
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const w = Math.max(...entries.map(([, n]) => String(n).length));
  const lines = [`${title} (${total} in ${entries.length} groups)`];
  // roll-up by the cause before the first ":" (e.g. "boundary", "type confusion", "spurious")
  /** @type {Record<string, number>} */
  const roll = {};
  for (const [group, n] of entries) {
    const head = group.split(/[:(]/)[0].trim();
    roll[head] = (roll[head] ?? 0) + n;
  }
  if (Object.keys(roll).length > 1 && Object.keys(roll).length < entries.length) {
    lines.push(`  by cause: ${Object.entries(roll).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  for (const [group, n] of entries.slice(0, maxGroups)) {
    lines.push(`  ${String(n).padStart(w)}  ${group}`);
    for (const ex of (examples?.[group] ?? []).slice(0, perGroup)) lines.push(`  ${' '.repeat(w)}      e.g. ${ex}`);
  }
  if (entries.length > maxGroups) {
    const rest = entries.slice(maxGroups);
    lines.push(`  … ${rest.length} smaller groups (${rest.reduce((s, [, n]) => s + n, 0)} errors); all counts are in the JSON report under "errors".`);
  }
  return lines.join('\n');
}
