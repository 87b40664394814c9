/**
 * Corpus mode: JSON lines in, JSON lines out, in input order, on a pool of
 * worker threads. One bad line is reported and skipped; it never stops the run.
 */
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { WriteStream as TtyWriteStream } from 'node:tty';
import { runOrdered, type Job } from '../batch/ordered.js';
import type { ExtractOptions } from '../options/index.js';
import { EXIT, InputError } from './args.js';
import { decodeUtf8, describeFsError, isBlank, readLines, statInput, stdinSize, writeChunk, type RawLine } from './io.js';
import { Progress } from './progress.js';

export interface JsonlConfig {
  /** Input path, or null / "-" for stdin. */
  readonly file: string | null;
  /** Output path, or null for stdout. */
  readonly out: string | null;
  readonly resume: boolean;
  readonly jobs: number;
  /** true/false to force the progress bar on/off; null = when stderr is a terminal. */
  readonly progress: boolean | null;
  readonly options: ExtractOptions | undefined;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: NodeJS.WriteStream;
}

export interface JsonlCounts {
  /** Non-blank input lines. */
  read: number;
  written: number;
  failed: number;
  /** Lines whose id was already in the output (--resume). */
  skipped: number;
}

interface LineTag {
  readonly lineNo: number;
  readonly id: string | number | null;
  readonly endOffset: number;
}

/** Key for an id in the resume set: JSON keeps 5 and "5" apart. */
function idKey(id: unknown): string {
  return JSON.stringify(id);
}

const ID_PREFIX = /^\{"id":("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)[,}]/u;

/** The id of one output line, read from its prefix when it starts `{"id":`, else by parsing it. */
function outputLineId(line: string): { id: unknown } | null {
  const m = ID_PREFIX.exec(line);
  try {
    if (m !== null) return { id: JSON.parse(m[1]!) as unknown };
    const value = JSON.parse(line) as unknown;
    return value !== null && typeof value === 'object' && 'id' in value ? { id: (value as { id: unknown }).id } : null;
  } catch {
    return null;
  }
}

/**
 * Reads the ids already in an output file. A last line cut off without its
 * newline (a crash mid-write) is removed from the file, so appending is safe.
 */
async function readDoneIds(path: string, say: (m: string) => void): Promise<Set<string>> {
  const done = new Set<string>();
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw describeFsError(path, Object.assign(new Error('dir'), { code: 'EISDIR' }));
    size = s.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return done;
    throw error instanceof InputError ? error : describeFsError(path, error);
  }
  let completeBytes = 0;
  let unreadable = 0;
  try {
    for await (const line of readLines(createReadStream(path))) {
      if (!line.terminated) break; // cut off mid-write
      completeBytes = line.endOffset;
      if (line.bytes.length === 0) continue;
      const found = outputLineId(line.bytes.toString('utf8'));
      if (found === null) unreadable += 1;
      else done.add(idKey(found.id));
    }
  } catch (error) {
    throw describeFsError(path, error);
  }
  if (completeBytes < size) {
    await truncate(path, completeBytes);
    say(`standpoint: --resume: removed a partial last line (${size - completeBytes} bytes) from ${path}`);
  }
  if (unreadable > 0) say(`standpoint: --resume: ${unreadable} line(s) in ${path} have no readable id; their inputs will run again`);
  say(`standpoint: --resume: ${done.size.toLocaleString('en-US')} id(s) already in ${path}`);
  return done;
}

function errorJob(tag: LineTag, message: string): Job<LineTag> {
  return { tag, error: new Error(message) };
}

/** Turns input lines into jobs; bad lines become error jobs, so they are reported in order. */
async function* jobsFrom(
  lines: AsyncIterable<RawLine>,
  cfg: JsonlConfig,
  done: Set<string> | null,
  counts: JsonlCounts,
  onSkip: (endOffset: number) => void,
): AsyncGenerator<Job<LineTag>, void, undefined> {
  for await (const { lineNo, bytes, endOffset } of lines) {
    if (isBlank(bytes)) continue;
    counts.read += 1;
    const noId: LineTag = { lineNo, id: null, endOffset };
    let line: string;
    try {
      line = decodeUtf8(bytes, `line ${lineNo}`);
    } catch {
      yield errorJob(noId, 'not valid UTF-8');
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield errorJob(noId, `not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      yield errorJob(noId, 'not a JSON object; expected {"id": ..., "text": "..."}');
      continue;
    }
    const { id: givenId, text } = record as { id?: unknown; text?: unknown };
    if (givenId !== undefined && typeof givenId !== 'string' && typeof givenId !== 'number') {
      yield errorJob(noId, `"id" must be a string or a number, got ${givenId === null ? 'null' : typeof givenId}`);
      continue;
    }
    const id = givenId ?? `line-${lineNo}`;
    const tag: LineTag = { lineNo, id, endOffset };
    if (typeof text !== 'string') {
      yield errorJob(tag, text === undefined ? 'no "text" field' : `"text" must be a string, got ${text === null ? 'null' : typeof text}`);
      continue;
    }
    if (done !== null && done.has(idKey(id))) {
      counts.skipped += 1;
      onSkip(endOffset);
      continue;
    }
    yield { tag, task: { reply: 'json', text, id, hasId: true, options: cfg.options } };
  }
}

function where(tag: LineTag): string {
  return tag.id === null ? `line ${tag.lineNo}` : `line ${tag.lineNo} (id ${JSON.stringify(tag.id)})`;
}

/** Runs corpus mode and returns the exit code. */
export async function runJsonl(cfg: JsonlConfig): Promise<number> {
  const started = performance.now();
  const counts: JsonlCounts = { read: 0, written: 0, failed: 0, skipped: 0 };
  const say = (m: string): void => void cfg.stderr.write(`${m}\n`);

  // Input
  let input: Readable;
  let total: number | null;
  if (cfg.file === null || cfg.file === '-') {
    input = cfg.stdin;
    total = stdinSize();
  } else {
    const stats = statInput(cfg.file);
    if (stats.isFile() && stats.size === 0) throw new InputError(`${cfg.file}: empty file`);
    total = stats.isFile() ? stats.size : null;
    input = createReadStream(cfg.file);
  }

  // Output
  const done = cfg.resume && cfg.out !== null ? await readDoneIds(cfg.out, say) : null;
  let output: Writable = cfg.stdout;
  if (cfg.out !== null) {
    try {
      const handle = await open(cfg.out, cfg.resume ? 'a' : 'w');
      output = handle.createWriteStream();
    } catch (error) {
      throw describeFsError(cfg.out, error);
    }
  }

  const showBar = cfg.progress ?? cfg.stderr.isTTY === true;
  const progress = new Progress(showBar ? (cfg.stderr as unknown as TtyWriteStream) : null, total);
  const report = (m: string): void => progress.message(m, cfg.stderr);

  const lines = readLines(input as AsyncIterable<Buffer>);
  try {
    const jobs = jobsFrom(lines, cfg, done, counts, (offset) => progress.tick(offset));
    // The library itself is loaded only for --jobs 1; with workers, the main thread only moves text.
    const inProcess = async () => (await import('../batch/run.js')).runTask;
    for await (const { tag, reply } of runOrdered(jobs, cfg.jobs, inProcess)) {
      if (reply.ok && 'json' in reply) {
        await writeChunk(output, `${reply.json}\n`);
        counts.written += 1;
      } else {
        counts.failed += 1;
        const message = reply.ok ? 'unexpected reply' : reply.message.replace(/^standpoint: /u, '');
        report(`standpoint: ${where(tag)}: ${message}`);
      }
      progress.tick(tag.endOffset);
    }
  } catch (error) {
    progress.clear();
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && cfg.file !== null && cfg.file !== '-') throw describeFsError(cfg.file, error);
    throw error;
  } finally {
    if (output !== cfg.stdout) {
      await new Promise<void>((resolve) => output.end(resolve));
    }
  }
  progress.clear();
  const seconds = (performance.now() - started) / 1000;
  const handled = counts.written + counts.failed;
  say(
    `standpoint: read ${counts.read}, written ${counts.written}, failed ${counts.failed}, skipped ${counts.skipped}` +
      ` (${seconds.toFixed(1)} s, ${(handled / Math.max(seconds, 1e-9)).toFixed(1)} lines/s, ${cfg.jobs} job${cfg.jobs === 1 ? '' : 's'})`,
  );
  return counts.failed > 0 ? EXIT.INPUT : EXIT.OK;
}
