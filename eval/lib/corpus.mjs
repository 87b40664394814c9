// Reads the shared JSONL corpora at run time. Nothing here copies corpus text anywhere:
// records stay in memory for scoring and are dropped when the run ends.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export const SPLITS = /** @type {const} */ (['dev', 'holdout']);

/**
 * @typedef {object} LoadedCorpus
 * @property {string} name        corpus name, e.g. "gum-news"
 * @property {string} path        absolute path that was tried
 * @property {'ok' | 'partial' | 'missing'} status
 * @property {Record<string, any[]>} splits  split name → records ("dev", "holdout", or a file name)
 * @property {string[]} problems  human-readable notes (missing files, unreadable lines)
 */

/**
 * Loads `dev.jsonl` and `holdout.jsonl` from a corpus directory, or a single JSONL file
 * when `path` points at a file. Never throws for a missing corpus.
 * @param {string} name
 * @param {string} path
 * @returns {LoadedCorpus}
 */
export function loadCorpus(name, path) {
  const abs = resolve(path);
  /** @type {LoadedCorpus} */
  const out = { name, path: abs, status: 'missing', splits: {}, problems: [] };
  if (!existsSync(abs)) {
    out.problems.push(`not found: ${abs}`);
    return out;
  }
  if (statSync(abs).isFile()) {
    out.splits[basename(abs).replace(/\.jsonl$/, '')] = readJsonl(abs, out.problems);
    out.status = 'ok';
    return out;
  }
  for (const split of SPLITS) {
    const file = resolve(abs, `${split}.jsonl`);
    if (existsSync(file)) out.splits[split] = readJsonl(file, out.problems);
    else out.problems.push(`missing split file: ${file}`);
  }
  const n = Object.keys(out.splits).length;
  out.status = n === SPLITS.length ? 'ok' : n > 0 ? 'partial' : 'missing';
  return out;
}

/**
 * @param {string} file
 * @param {string[]} problems
 * @returns {any[]}
 */
function readJsonl(file, problems) {
  /** @type {any[]} */
  const records = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      records.push(JSON.parse(line));
    } catch {
      problems.push(`${file}:${i + 1}: not valid JSON, skipped`);
    }
  });
  return records;
}

/**
 * The split names present, in a stable order (dev, holdout, then anything else).
 * @param {LoadedCorpus} corpus
 */
export function splitNames(corpus) {
  const names = Object.keys(corpus.splits);
  return names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** @param {string} s */
function order(s) {
  const i = SPLITS.indexOf(/** @type {any} */ (s));
  return i === -1 ? SPLITS.length : i;
}
