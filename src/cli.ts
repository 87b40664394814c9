/**
 * The `standpoint` command. `standpoint --help` for usage; docs/cli.md for more.
 */
import { availableParallelism } from 'node:os';
import type { Extraction, ExtractOptions } from './index.js';
import { EXIT, InputError, UsageError, helpText, parseCliArgs, type CliArgs } from './cli/args.js';
import { defaultArticlePath, exitQuietlyOnBrokenPipe, packageRoot, packageVersion, readStdinText, readTextFile, writeChunk } from './cli/io.js';
import { renderTable } from './cli/table.js';

// The library (wink-nlp's model, compromise's lexicon) and the batch runner are
// imported only when needed, so --help, --version and usage errors answer at once.

function extractOptions(args: CliArgs): ExtractOptions | undefined {
  const o: { maxChars?: number; minConfidence?: number } = {};
  if (args.maxChars !== undefined) o.maxChars = args.maxChars;
  if (args.minConfidence !== undefined) o.minConfidence = args.minConfidence;
  return Object.keys(o).length > 0 ? o : undefined;
}

/** Reads the one article: a file, stdin, or the built-in example. */
async function readArticle(args: CliArgs, root: string): Promise<{ text: string; source: string }> {
  if (args.file === '-' || (args.file === null && process.stdin.isTTY !== true)) {
    const text = await readStdinText(process.stdin);
    if (text.trim().length === 0) {
      throw new InputError(
        args.file === '-' ? 'stdin is empty' : 'stdin is empty; give a file, or run in a terminal with no arguments for the built-in example',
      );
    }
    return { text, source: 'stdin' };
  }
  const path = args.file ?? defaultArticlePath(root);
  const text = await readTextFile(path);
  if (text.trim().length === 0) throw new InputError(`${path}: empty file${text.length > 0 ? ' (whitespace only)' : ''}`);
  if (/\.(?:jsonl|ndjson)$/iu.test(path)) {
    process.stderr.write(`standpoint: note: reading ${path} as one article; add --jsonl for one article per line\n`);
  }
  return { text, source: args.file === null ? `${path} (built-in example)` : path };
}

async function main(argv: readonly string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  const root = packageRoot();
  const args = parseCliArgs(argv);
  const defaultJobs = Math.max(1, availableParallelism());
  if (args.help) {
    await writeChunk(process.stdout, helpText(packageVersion(root), defaultJobs));
    return EXIT.OK;
  }
  if (args.version) {
    await writeChunk(process.stdout, `${packageVersion(root)}\n`);
    return EXIT.OK;
  }
  const options = extractOptions(args);
  if (args.jsonl) {
    const { runJsonl } = await import('./cli/jsonl.js');
    return runJsonl({
      file: args.file,
      out: args.out,
      resume: args.resume,
      jobs: args.jobs ?? defaultJobs,
      progress: args.progress,
      options,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  }
  const { text, source } = await readArticle(args, root);
  const { extract } = await import('./index.js');
  let result: Extraction;
  try {
    result = extract(text, options);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(error.message.replace(/^standpoint: /u, ''));
    throw error;
  }
  const width = process.stdout.isTTY ? (process.stdout.columns ?? 100) : 120;
  await writeChunk(process.stdout, args.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderTable(result, source, width));
  return EXIT.OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`standpoint: ${error.message}\nRun "standpoint --help" for usage.\n`);
      process.exitCode = EXIT.USAGE;
    } else if (error instanceof InputError) {
      process.stderr.write(`standpoint: ${error.message}\n`);
      process.exitCode = EXIT.INPUT;
    } else {
      process.stderr.write(`standpoint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.INPUT;
    }
  },
);
