/**
 * The `standpoint` command, run as a user would (node dist/cli.js): one article
 * as a table or JSON, stdin, input faults and exit codes, --jsonl corpus mode
 * with bad lines and --resume, and a reader that closes the pipe early.
 * Runs the build: `npm test` builds first.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const goldenPath = join(root, 'fixtures', 'labour-proscription.txt');
const golden = readFileSync(goldenPath, 'utf8');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'standpoint-cli-'));

function run(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
}

function sh(script: string): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const noStack = /\n\s+at |Error:|Unhandled|node:internal/u;

describe('standpoint: one article', { timeout: 180_000 }, () => {
  it('prints a table on the golden article', () => {
    const r = run([goldenPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^.*labour-proscription\.txt: [\d,]+ characters, [\d,]+ sentences/u);
    for (const section of ['Stances (', 'Decisions (', 'Entities (', 'Quotes (']) expect(r.stdout).toContain(section);
  });

  it('prints the Extraction as JSON with --format json', () => {
    const r = run(['--format', 'json', goldenPath]);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as { text: string; sentences: unknown[]; stances: unknown[] };
    expect(x.text).toBe(golden);
    expect(Array.isArray(x.stances)).toBe(true);
    expect(x.sentences.length).toBeGreaterThan(5);
  });

  it('reads stdin, with "-" or with no file', () => {
    const text = 'Labour banned the group. Lewis condemned the ban.';
    for (const args of [['-', '--format', 'json'], ['--format', 'json']]) {
      const r = run(args, text);
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { text: string }).text).toBe(text);
    }
  });

  it('runs the built-in example when stdin is a terminal and no file is given', () => {
    // `script` gives the child a pseudo-terminal.
    const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) return;
    const r = sh(`script -qec "${process.execPath} ${cli} --format json" /dev/null < /dev/null`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Alliance for Workers');
  });

  it('reports a missing file, a directory, an empty file and non-UTF-8 bytes, exit 1', () => {
    const cases: [string, RegExp][] = [
      [join(tmp, 'nope.txt'), /nope\.txt: no such file/u],
      [tmp, /is a directory/u],
      [file('empty.txt', ''), /empty file/u],
      [file('blank.txt', '  \n\n '), /empty file/u],
      [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), /not valid UTF-8 \(first bad byte at offset 3\)/u],
    ];
    for (const [path, message] of cases) {
      const r = run([path]);
      expect(r.status, path).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(noStack);
      expect(r.stdout).toBe('');
    }
    const empty = run(['-'], '');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/stdin is empty/u);
  });

  it('exits 2 on usage errors, and documents the exit codes', () => {
    for (const args of [['--bogus'], ['--format', 'xml'], ['a.txt', 'b.txt'], ['--jobs', '2'], ['--jsonl', '--resume'], ['--jsonl', '--jobs', '0']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--help/u);
    }
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Exit codes\n\s+0 +success\n\s+1 +bad input[\s\S]*\n\s+2 +usage error/u);
    const v = run(['--version']);
    expect(v.stdout.trim()).toBe(version);
  });

  it('ends quietly when the reader closes the pipe (| head -1)', () => {
    const big = file('big.txt', Array.from({ length: 40 }, () => golden).join('\n\n'));
    for (const format of ['json', 'table']) {
      const r = sh(`set -o pipefail; node ${cli} --format ${format} ${big} | head -1`);
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(noStack);
      expect(r.status).toBe(0);
    }
  });
});

describe('standpoint --jsonl', { timeout: 180_000 }, () => {
  const articles = golden.split(/\n\s*\n/u).filter((p) => p.trim().length > 0);
  const lines = articles.map((text, i) => JSON.stringify({ id: `a${i}`, text }));

  it('writes one line per good input line, keeps ids and order, reports bad lines with counts, exit 1', () => {
    const input = Buffer.concat([
      Buffer.from(`${lines[0]}\n{not json\n\n${JSON.stringify({ id: 'no-text' })}\n`),
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]), // {"text":"\xff"}
      Buffer.from(`${JSON.stringify({ text: 'No id here.' })}\r\n${lines[1]}`), // CRLF, no final newline
    ]);
    for (const jobs of ['1', '2']) {
      const r = run(['--jsonl', '--jobs', jobs], input);
      expect(r.status).toBe(1);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
      expect(out.map((o) => o.id)).toEqual(['a0', 'line-6', 'a1']);
      expect(out[0]!.text).toBe(articles[0]);
      expect(r.stderr).toMatch(/line 2: not JSON/u);
      expect(r.stderr).toMatch(/line 4 \(id "no-text"\): no "text" field/u);
      expect(r.stderr).toMatch(/line 5: not valid UTF-8/u);
      expect(r.stderr).toMatch(/read 6, written 3, failed 3, skipped 0/u);
      expect(r.stderr).not.toMatch(noStack);
      expect(r.stderr).not.toMatch(/\r|\x1b\[/u); // no progress bar when stderr is not a terminal
    }
  });

  it('reads a file, writes --out, and --resume skips the ids already written', () => {
    const corpus = file('corpus.jsonl', `${lines.join('\n')}\n`);
    const out = join(tmp, 'out.jsonl');
    const full = run([corpus, '--jsonl', '--out', out]);
    expect(full.status).toBe(0);
    expect(full.stdout).toBe('');
    expect(full.stderr).toMatch(new RegExp(`read ${lines.length}, written ${lines.length}, failed 0, skipped 0`, 'u'));
    const complete = readFileSync(out, 'utf8');

    // Simulate a crash: keep 3 whole lines and 20 bytes of the 4th.
    const bytes = readFileSync(out);
    let cut = -1;
    for (let i = 0; i < 3; i++) cut = bytes.indexOf(0x0a, cut + 1);
    truncateSync(out, cut + 1 + 20);
    const resumed = run([corpus, '--jsonl', '--out', out, '--resume', '--jobs', '2']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/removed a partial last line/u);
    expect(resumed.stderr).toMatch(new RegExp(`written ${lines.length - 3}, failed 0, skipped 3`, 'u'));
    expect(readFileSync(out, 'utf8')).toBe(complete);

    // Everything done: nothing to write.
    const again = run([corpus, '--jsonl', '--out', out, '--resume']);
    expect(again.stderr).toMatch(new RegExp(`written 0, failed 0, skipped ${lines.length}`, 'u'));
    expect(statSync(out).size).toBe(Buffer.byteLength(complete));
  });

  it('ends quietly when the reader closes the pipe (| head -1)', () => {
    const corpus = file('many.jsonl', `${Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, text: golden })).join('\n')}\n`);
    for (const jobs of ['1', '2']) {
      const r = sh(`set -o pipefail; node ${cli} --jsonl --jobs ${jobs} < ${corpus} | head -1`);
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { id: number }).id).toBe(0);
      expect(r.stderr).not.toMatch(noStack);
    }
  });
});
