/**
 * Input and output for the CLI: locating the package, reading a file or stdin
 * as strict UTF-8, reading lines as bytes, writing with back-pressure, and
 * ending quietly when the reader of stdout goes away (`| head`).
 */
import { existsSync, readFileSync, statSync, fstatSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { InputError } from './args.js';

/** The package root: the nearest folder above this file whose package.json is standpoint's. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'standpoint') return dir;
      } catch {
        // not ours; keep climbing
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('standpoint: cannot find the package root (package.json) above the CLI');
    dir = up;
  }
}

export function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The built-in example article, shipped in the package (`files`). */
export function defaultArticlePath(root: string): string {
  return join(root, 'fixtures', 'labour-proscription.txt');
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes as UTF-8, or says where they stop being UTF-8.
 * A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new InputError(`${what} is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)}); convert it first, e.g. iconv -f latin1 -t utf-8`);
  }
}

/** Offset of the first byte that breaks UTF-8, by a small scan (only on the error path). */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    try {
      strict.decode(b.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}

/** Explains a file-system error in one line. */
export function describeFsError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`${path}: no such file`);
    case 'EISDIR':
      return new InputError(`${path}: is a directory; give a text file, or a .jsonl file with --jsonl`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${path}: permission denied`);
    default:
      return new InputError(`${path}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}

/** Checks a path names a readable regular file (or a FIFO), and returns its stats. */
export function statInput(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw describeFsError(path, error);
  }
  if (stats.isDirectory()) throw describeFsError(path, Object.assign(new Error('dir'), { code: 'EISDIR' }));
  return stats;
}

/** Reads a whole file as strict UTF-8. */
export async function readTextFile(path: string): Promise<string> {
  statInput(path);
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw describeFsError(path, error);
  }
  return decodeUtf8(bytes, path);
}

/** Reads all of stdin as strict UTF-8. */
export async function readStdinText(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return decodeUtf8(Buffer.concat(chunks), 'stdin');
}

/** Size of stdin when it is a regular file (`< file`), else null. */
export function stdinSize(): number | null {
  try {
    const s = fstatSync(0);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/** One line of input as raw bytes, with its 1-based number and the byte offset just past it. */
export interface RawLine {
  readonly lineNo: number;
  readonly bytes: Buffer;
  readonly endOffset: number;
  /** False for a last line that had no final newline. */
  readonly terminated: boolean;
}

/** True when a line holds only spaces, tabs and CRs. */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/**
 * Splits a byte stream into lines on LF (a CR before it is dropped) without
 * decoding, so each line can be checked for UTF-8 on its own. The last line
 * needs no final newline. Reads lazily: the stream pauses while nobody pulls.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<RawLine, void, undefined> {
  let carry: Buffer | null = null;
  let lineNo = 0;
  let offset = 0;
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      if (nl < 0) break;
      let line: Buffer = buf.subarray(start, nl);
      if (carry !== null) {
        line = Buffer.concat([carry, line]);
        carry = null;
      }
      offset += line.length + 1;
      lineNo += 1;
      yield { lineNo, bytes: line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line, endOffset: offset, terminated: true };
      start = nl + 1;
    }
    if (start < buf.length) {
      const rest = buf.subarray(start);
      carry = carry === null ? Buffer.from(rest) : Buffer.concat([carry, rest]);
    }
  }
  if (carry !== null && carry.length > 0) {
    offset += carry.length;
    lineNo += 1;
    yield { lineNo, bytes: carry[carry.length - 1] === 0x0d ? carry.subarray(0, -1) : carry, endOffset: offset, terminated: false };
  }
}

/** True for the error a write gets when the reader closed the pipe. */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * When stdout's reader goes away (`standpoint … | head -1`), stop at once and
 * quietly (exit code 0): no stack trace, no half-written error. stderr errors
 * are ignored for the same reason.
 */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (error) => {
    if (isBrokenPipe(error)) process.exit(0);
    throw error;
  });
  process.stderr.on('error', () => {
    // nowhere left to report to
  });
}

/** Writes and waits when the stream asks for it (back-pressure). */
export async function writeChunk(out: Writable, data: string): Promise<void> {
  if (out.write(data)) return;
  if (out.destroyed) return;
  await new Promise<void>((resolve, reject) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('error', fail);
      out.off('close', done);
      resolve();
    };
    const fail = (error: unknown): void => {
      out.off('drain', done);
      out.off('close', done);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', fail);
  });
}
