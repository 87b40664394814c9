/**
 * extractMany: results equal sequential `extract`, in input order, in-process
 * (concurrency 1) and on worker threads (concurrency 2), with bounded reads.
 * Runs the built package (dist/, worker included): `npm test` builds first.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IN_FLIGHT_PER_WORKER } from '../src/batch/ordered.js';

type Lib = typeof import('../src/index.js');
// Types from src, code from the build (dist/index.js and its worker).
const distIndex = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const lib = (await import(distIndex)) as Lib;
const { extract, extractMany } = lib;

const golden = readFileSync(new URL('../fixtures/labour-proscription.txt', import.meta.url), 'utf8');
const paragraphs = golden.split(/\n\s*\n/u).filter((p) => p.trim().length > 0);

const items: ({ id: string; text: string } | string)[] = [
  { id: 'golden', text: golden },
  ...paragraphs.map((text, i) => ({ id: `p${i}`, text })),
  'Labour banned the group. Lewis condemned the ban.',
  '',
  '   ',
  '“Unclosed quote, said nobody',
  { id: 'twice', text: golden + '\n\n' + golden },
];

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function expected(): unknown[] {
  return items.map((item) => (typeof item === 'string' ? extract(item) : { id: item.id, ...extract(item.text) }));
}

describe('extractMany', { timeout: 180_000 }, () => {
  for (const concurrency of [1, 2]) {
    it(`equals sequential extract, in order, at concurrency ${concurrency}`, async () => {
      const got = await collect(extractMany(items, { concurrency }));
      expect(got).toEqual(expected());
      expect(got.map((r) => r.id)).toEqual(items.map((i) => (typeof i === 'string' ? undefined : i.id)));
    });
  }

  it('accepts an async iterable and passes extract options through', async () => {
    async function* gen(): AsyncGenerator<string> {
      for (const p of paragraphs) yield p;
    }
    const got = await collect(extractMany(gen(), { concurrency: 2, options: { minConfidence: 0.5 } }));
    expect(got).toEqual(paragraphs.map((p) => extract(p, { minConfidence: 0.5 })));
  });

  it('reads lazily: at most IN_FLIGHT_PER_WORKER × concurrency texts in flight', async () => {
    let pulled = 0;
    let maxAhead = 0;
    let received = 0;
    const total = IN_FLIGHT_PER_WORKER * 2 * 3;
    function* source(): Generator<string> {
      for (let i = 0; i < total; i++) {
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled - received);
        yield `Text number ${i}. Labour banned the group.`;
      }
    }
    for await (const r of extractMany(source(), { concurrency: 2 })) {
      expect(r.text).toBe(`Text number ${received}. Labour banned the group.`);
      received += 1;
    }
    expect(received).toBe(total);
    expect(maxAhead).toBeLessThanOrEqual(IN_FLIGHT_PER_WORKER * 2 + 1);
  });

  it('never holds a text back to fill a batch: a source that waits for each result still finishes', async () => {
    let received = 0;
    let release: () => void = () => {};
    async function* lockstep(): AsyncGenerator<string> {
      for (let i = 0; i < 5; i++) {
        const seen = new Promise<void>((resolve) => (release = resolve));
        yield `Step ${i}. The council banned cars.`;
        await seen;
      }
    }
    for await (const r of extractMany(lockstep(), { concurrency: 2 })) {
      expect(r.text).toBe(`Step ${received}. The council banned cars.`);
      received += 1;
      release();
    }
    expect(received).toBe(5);
  });

  it('stops cleanly when the consumer breaks early', async () => {
    let n = 0;
    for await (const r of extractMany(Array.from({ length: 50 }, () => golden), { concurrency: 2 })) {
      expect(r.text).toBe(golden);
      if (++n === 3) break;
    }
    expect(n).toBe(3);
  });

  it('rejects unknown and ill-typed options at the call, listing the valid ones', () => {
    expect(() => extractMany([], { concurency: 2 } as never)).toThrow(TypeError);
    expect(() => extractMany([], { concurency: 2 } as never)).toThrow(/Valid options: concurrency .*options/u);
    expect(() => extractMany([], { maxChars: 10 } as never)).toThrow(/inside \{ options/u);
    expect(() => extractMany([], { concurrency: 0 })).toThrow(/positive integer/u);
    expect(() => extractMany([], { concurrency: 1.5 })).toThrow(TypeError);
    expect(() => extractMany([], { options: { bogus: 1 } as never })).toThrow(/unknown option "bogus"/u);
    expect(() => extractMany('one text' as never)).toThrow(/use extract\(\)/u);
    expect(() => extractMany(42 as never)).toThrow(TypeError);
  });

  for (const concurrency of [1, 2]) {
    it(`throws a bad item's error at its position (concurrency ${concurrency})`, async () => {
      const seen: string[] = [];
      const run = async (): Promise<void> => {
        for await (const r of extractMany(['A first text.', 42 as never, 'Never reached.'], { concurrency })) seen.push(r.text);
      };
      await expect(run()).rejects.toThrow(/item 1 must be a string/u);
      expect(seen).toEqual(['A first text.']);

      const tooLong = async (): Promise<void> => {
        for await (const r of extractMany([{ id: 'big', text: 'x'.repeat(50) }], { concurrency, options: { maxChars: 10 } })) void r;
      };
      await expect(tooLong()).rejects.toThrow(RangeError);
      await expect(tooLong()).rejects.toThrow(/item 0 \(id "big"\)/u);
    });
  }
});
