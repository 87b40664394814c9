// Command-line flags of eval/run.mjs.
import { resolve } from 'node:path';

export const USAGE = `Usage: node eval/run.mjs [options]   (or: npm run eval -- [options])

Scores extract() (from the built dist/) against gold corpora, with compromise as a baseline.

  --json [FILE]          also write the JSON report (default file: eval/out/report.json; "-" = stdout,
                         the table then goes to stderr)
  --compare FILE         show the change of every metric against an earlier JSON report
                         (e.g. eval/baseline.json)
  --errors               list the misses grouped by cause, with counts and a few examples
  --gum-news PATH        corpus directory (dev.jsonl + holdout.jsonl) or one .jsonl file
  --gum-interviews PATH  default for each: ../shared/corpora/<name>, relative to the repository
  --uner PATH
  --plover PATH
  --fixtures DIR         project fixtures (*.txt + *.expected.json); default: fixtures/
  --help                 this text

A missing corpus is reported and skipped; the run still exits 0.`;

/**
 * @typedef {object} Options
 * @property {string | null} json        file to write, "-" for stdout, or null
 * @property {string | null} compare
 * @property {boolean} errors
 * @property {boolean} help
 * @property {{ 'gum-news': string, 'gum-interviews': string, 'uner-pud-news': string, 'plover-gsr-cameo': string }} corpora
 * @property {string} fixtures
 */

/**
 * @param {string[]} argv  process.argv.slice(2)
 * @param {string} repoRoot
 * @returns {Options}
 */
export function parseArgs(argv, repoRoot) {
  const shared = resolve(repoRoot, '..', 'shared', 'corpora');
  /** @type {Options} */
  const o = {
    json: null,
    compare: null,
    errors: false,
    help: false,
    corpora: {
      'gum-news': resolve(shared, 'gum-news'),
      'gum-interviews': resolve(shared, 'gum-interviews'),
      'uner-pud-news': resolve(shared, 'uner-pud-news'),
      'plover-gsr-cameo': resolve(shared, 'plover-gsr-cameo'),
    },
    fixtures: resolve(repoRoot, 'fixtures'),
  };
  /** @type {Record<string, keyof Options['corpora']>} */
  const corpusFlags = {
    '--gum-news': 'gum-news',
    '--gum-interviews': 'gum-interviews',
    '--uner': 'uner-pud-news',
    '--plover': 'plover-gsr-cameo',
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = /** @type {string} */ (argv[i]);
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v !== '-')) throw new Error(`${flag} needs a value`);
      i++;
      return v;
    };
    if (flag === '--help' || flag === '-h') o.help = true;
    else if (flag === '--errors') o.errors = true;
    else if (flag === '--json') {
      if (inline !== undefined) o.json = inline;
      else {
        const next = argv[i + 1];
        if (next !== undefined && (!next.startsWith('--'))) {
          o.json = next;
          i++;
        } else o.json = resolve(repoRoot, 'eval', 'out', 'report.json');
      }
    } else if (flag === '--compare') o.compare = value();
    else if (flag === '--fixtures') o.fixtures = resolve(value());
    else if (flag in corpusFlags) o.corpora[/** @type {keyof Options['corpora']} */ (corpusFlags[flag])] = resolve(value());
    else throw new Error(`unknown option ${raw}`);
  }
  if (o.json && o.json !== '-') o.json = resolve(o.json);
  return o;
}
