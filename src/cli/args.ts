/**
 * Command-line arguments: parsing, validation, help text and exit codes.
 */
import { parseArgs } from 'node:util';

/** Exit codes, documented in `--help` and docs/cli.md. */
export const EXIT = Object.freeze({
  /** Everything read was extracted and written. */
  OK: 0,
  /** Bad input: a missing, unreadable, empty or non-UTF-8 file, a directory, text over --max-chars; in --jsonl mode, one or more lines failed. */
  INPUT: 1,
  /** Usage error: an unknown option or a bad option value. */
  USAGE: 2,
});

/** A usage error: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input problem: printed as is, exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}

export type Format = 'table' | 'json';

export interface CliArgs {
  readonly help: boolean;
  readonly version: boolean;
  /** A path, `-` for stdin, or null when none was given. */
  readonly file: string | null;
  readonly format: Format;
  readonly jsonl: boolean;
  /** Worker threads for --jsonl; null = the CPUs available. */
  readonly jobs: number | null;
  readonly out: string | null;
  readonly resume: boolean;
  readonly progress: boolean | null;
  readonly maxChars: number | undefined;
  readonly minConfidence: number | undefined;
}

export function helpText(version: string, defaultJobs: number): string {
  return `standpoint ${version}: who supported or opposed which decision, from English news text

Usage
  standpoint [file|-] [--format table|json]       one article
  standpoint corpus.jsonl --jsonl [--jobs N] > out.jsonl
  standpoint corpus.jsonl --jsonl --out out.jsonl [--resume]
  standpoint --jsonl < corpus.jsonl > out.jsonl

One article
  Reads the file, or stdin when the file is "-" or when no file is given and
  stdin is not a terminal. With no file in a terminal, runs on the built-in
  example article (fixtures/labour-proscription.txt).
  --format table    who / stance / decision table, then entities and quotes (default)
  --format json     the whole Extraction as JSON

Corpus (--jsonl)
  Each input line is a JSON object {"id": ..., "text": "..."}; each output line
  is {"id": ..., ...Extraction}, in input order. A line without an id gets
  "line-<n>". Blank lines are ignored. A bad line (not JSON, no string "text",
  not UTF-8, or failing to extract) is reported on stderr with its line number
  and skipped. Counts (read, written, failed, skipped) go to stderr at the end;
  a progress bar too when stderr is a terminal.
  --jsonl           corpus mode
  -j, --jobs N      worker threads (default ${defaultJobs}: the CPUs available); 1 = no workers
  -o, --out FILE    write to FILE instead of stdout
  --resume          with --out: keep FILE, skip input ids already in it, append the rest
  --no-progress     never draw the progress bar

Extraction options
  --max-chars N         longest text accepted, in UTF-16 code units (default 2000000)
  --min-confidence X    drop stances below X, 0..1 (default 0)

  -h, --help        this text
  -v, --version     the version

Exit codes
  0  success
  1  bad input: a missing, unreadable, empty or non-UTF-8 file, a directory,
     text over --max-chars; in --jsonl mode, one or more lines failed
  2  usage error: unknown option or bad option value

Writing into a closed pipe (| head) stops quietly with exit code 0.
`;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${name} must be a positive integer, got "${value}"`);
  }
  return Number(value);
}

/**
 * Parses argv (without node and the script).
 * @throws UsageError for unknown options, bad values or conflicting flags.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string', short: 'f' },
        jsonl: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        out: { type: 'string', short: 'o' },
        resume: { type: 'boolean' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        'max-chars': { type: 'string' },
        'min-confidence': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('. To specify')[0]! : String(error));
  }
  const v = parsed.values;
  if (parsed.positionals.length > 1) {
    throw new UsageError(`expected at most one file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  }
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UsageError(`--format must be "table" or "json", got "${format}"`);
  }
  const jsonl = v.jsonl === true;
  if (jsonl && v.format !== undefined) throw new UsageError('--format applies to one article; --jsonl always writes JSON lines');
  if (!jsonl) {
    for (const flag of ['jobs', 'out', 'resume'] as const) {
      if (v[flag] !== undefined) throw new UsageError(`--${flag} applies only with --jsonl`);
    }
  }
  if (v.resume && v.out === undefined) {
    throw new UsageError('--resume needs --out FILE: it reads the ids already written there');
  }
  const minConfidence = v['min-confidence'];
  let minConf: number | undefined;
  if (minConfidence !== undefined) {
    minConf = Number(minConfidence);
    if (minConfidence.trim() === '' || !(minConf >= 0 && minConf <= 1)) {
      throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${minConfidence}"`);
    }
  }
  return {
    help: v.help === true,
    version: v.version === true,
    file: parsed.positionals[0] ?? null,
    format,
    jsonl,
    jobs: positiveInt('--jobs', v.jobs) ?? null,
    out: v.out ?? null,
    resume: v.resume === true,
    progress: v['no-progress'] ? false : v.progress ? true : null,
    maxChars: positiveInt('--max-chars', v['max-chars']),
    minConfidence: minConf,
  };
}
