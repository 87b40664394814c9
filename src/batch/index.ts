/**
 * Batch extraction: many texts through a pool of worker threads, results in
 * input order, memory bounded by the number of tasks in flight.
 *
 * Browser-safe at import time: this module imports nothing Node-only. The pool
 * (`./pool.ts`, built to `dist/batch-pool.js`) is loaded with a dynamic
 * `import()` the first time `extractMany` needs workers.
 */
import { describeValue, resolveOptions, type ExtractOptions } from '../options/index.js';
import type { Extraction } from '../types.js';
import type { TaskPool } from './pool.js';
import type { WorkerReply, WorkerTask } from './protocol.js';
import { runTask } from './run.js';

/**
 * One input of `extractMany`: a text, or a record with a text and an optional id.
 * @example
 * const items: BatchInput[] = ['Labour banned the group.', { id: 'a2', text: 'Lewis condemned the ban.' }];
 */
export type BatchInput = string | { readonly id?: string; readonly text: string };

/**
 * Options for `extractMany`.
 * @example
 * const o: ExtractManyOptions = { concurrency: 2, options: { minConfidence: 0.5 } };
 */
export interface ExtractManyOptions {
  /**
   * Worker threads to run (a positive integer). Default: the CPUs available to
   * the process. `1` extracts in the calling thread, with no workers.
   */
  readonly concurrency?: number;
  /** Options for every extraction, as for `extract`. */
  readonly options?: ExtractOptions;
}

/**
 * One result of `extractMany`: the Extraction, with the input's id when it had one.
 * @example
 * // { id: 'a2', text: 'Lewis condemned the ban.', sentences: [...], stances: [...], ... }
 */
export type BatchResult = Extraction & { readonly id?: string };

const VALID_BATCH: Record<keyof ExtractManyOptions, string> = {
  concurrency: 'a positive integer: worker threads, 1 = in-process',
  options: 'an object of extract options',
};

function validBatchList(): string {
  return Object.entries(VALID_BATCH)
    .map(([k, v]) => `${k} (${v})`)
    .join(', ');
}

interface ResolvedBatch {
  readonly concurrency: number | undefined;
  readonly options: ExtractOptions | undefined;
}

function resolveBatchOptions(given: unknown): ResolvedBatch {
  if (given === undefined) return { concurrency: undefined, options: undefined };
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new TypeError(
      `standpoint: extractMany options must be an object, got ${describeValue(given)}. Valid options: ${validBatchList()}.`,
    );
  }
  const o = given as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(key in VALID_BATCH)) {
      const hint = key === 'maxChars' || key === 'minConfidence' ? ` (extract options go inside { options: { ${key} } })` : '';
      throw new TypeError(`standpoint: unknown extractMany option "${key}"${hint}. Valid options: ${validBatchList()}.`);
    }
  }
  const c = o.concurrency;
  if (c !== undefined && (typeof c !== 'number' || !Number.isInteger(c) || c < 1)) {
    throw new TypeError(
      `standpoint: extractMany option "concurrency" must be ${VALID_BATCH.concurrency}, got ${describeValue(c)}. Valid options: ${validBatchList()}.`,
    );
  }
  // Validates now, so a bad option throws at the call, not inside a worker.
  const options = o.options === undefined ? undefined : { ...resolveOptions(o.options) };
  return { concurrency: c as number | undefined, options };
}

type PoolModule = typeof import('./pool.js');

/** Where the built pool module may be, relative to this module: next to the bundle in dist/, or from src/batch/. */
const POOL_MODULE_CANDIDATES: readonly string[] = ['./batch-pool.js', '../../dist/batch-pool.js'];

let poolModule: Promise<PoolModule> | null = null;

/** Loads `dist/batch-pool.js` once. The specifier is a variable so bundlers leave it alone. */
function loadPoolModule(): Promise<PoolModule> {
  poolModule ??= (async () => {
    const errors: string[] = [];
    for (const spec of POOL_MODULE_CANDIDATES) {
      try {
        return (await import(/* webpackIgnore: true */ /* @vite-ignore */ spec)) as PoolModule;
      } catch (error) {
        errors.push(`${spec}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    poolModule = null;
    throw new Error(
      `standpoint: extractMany needs Node.js and the built worker pool (dist/batch-pool.js), which could not be loaded ` +
        `(${errors.join('; ')}). Run the build (npm run build), or pass { concurrency: 1 } to extract in the calling thread.`,
    );
  })();
  return poolModule;
}

// ---------------------------------------------------------------------------
// Ordered, bounded task runner (internal; also used by the CLI).

/** A job: a task to run, or an input already known to be bad. `tag` travels with it. */
export type Job<T> = { readonly tag: T; readonly task: WorkerTask } | { readonly tag: T; readonly error: Error };

/** A job's outcome, in input order. */
export interface Outcome<T> {
  readonly tag: T;
  readonly reply: WorkerReply;
}

/** Tasks in flight per worker thread: enough to keep workers busy, few enough to bound memory. */
export const IN_FLIGHT_PER_WORKER = 4;

function failed(error: unknown): WorkerReply {
  const e = error instanceof Error ? error : new Error(String(error));
  return { ok: false, name: e.name, message: e.message };
}

function toAsyncIterator<J>(source: Iterable<J> | AsyncIterable<J>): AsyncIterator<J> {
  if (Symbol.asyncIterator in source) return (source as AsyncIterable<J>)[Symbol.asyncIterator]();
  const it = (source as Iterable<J>)[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async (value?: unknown) => (it.return ? it.return(value) : { done: true, value: undefined }),
  };
}

/**
 * Runs jobs on `concurrency` worker threads (or in-process for 1) and yields
 * their outcomes in input order. Reads the source lazily and keeps at most
 * `IN_FLIGHT_PER_WORKER × concurrency` jobs in flight. Never throws for a bad
 * job: its outcome is `{ ok: false }`. Throws only when the pool cannot start
 * or the source itself throws.
 */
export async function* runOrdered<T>(
  source: Iterable<Job<T>> | AsyncIterable<Job<T>>,
  concurrency: number,
): AsyncGenerator<Outcome<T>, void, undefined> {
  const it = toAsyncIterator(source);
  let finished = false;
  try {
    if (concurrency <= 1) {
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        const job = r.value;
        yield { tag: job.tag, reply: 'error' in job ? failed(job.error) : runTask(job.task) };
      }
      finished = true;
      return;
    }
    const pool: TaskPool = (await loadPoolModule()).createPool(concurrency);
    try {
      const limit = IN_FLIGHT_PER_WORKER * concurrency;
      const queue: Promise<Outcome<T>>[] = [];
      let done = false;
      let pending: Promise<IteratorResult<Job<T>>> | null = null;
      const submit = (job: Job<T>): void => {
        if ('error' in job) {
          queue.push(Promise.resolve({ tag: job.tag, reply: failed(job.error) }));
        } else {
          queue.push(pool.run(job.task).then((reply) => ({ tag: job.tag, reply }), (e: unknown) => ({ tag: job.tag, reply: failed(e) })));
        }
      };
      for (;;) {
        if (!done && pending === null && queue.length < limit) pending = it.next();
        if (pending !== null) {
          // Take new input as soon as it comes, but never hold back a finished result.
          const next: Promise<IteratorResult<Job<T>>> = pending;
          const first: { input: IteratorResult<Job<T>> } | null =
            queue.length === 0 ? { input: await next } : await Promise.race([next.then((input) => ({ input })), queue[0]!.then(() => null)]);
          if (first !== null) {
            pending = null;
            if (first.input.done) done = true;
            else submit(first.input.value);
            continue;
          }
        }
        const head = queue.shift();
        if (head === undefined) break;
        yield await head;
      }
      finished = true;
    } finally {
      await pool.destroy();
    }
  } finally {
    if (!finished) await it.return?.();
  }
}

// ---------------------------------------------------------------------------
// Public API

interface ItemTag {
  readonly index: number;
  readonly id: string | undefined;
  readonly hasId: boolean;
}

function isIterable(x: unknown): x is Iterable<unknown> | AsyncIterable<unknown> {
  return (
    x !== null &&
    (typeof x === 'object' || typeof x === 'function') &&
    (typeof (x as Record<symbol, unknown>)[Symbol.iterator] === 'function' ||
      typeof (x as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function')
  );
}

function toJob(item: unknown, index: number, options: ExtractOptions | undefined, reply: WorkerTask['reply']): Job<ItemTag> {
  if (typeof item === 'string') {
    return { tag: { index, id: undefined, hasId: false }, task: { reply, text: item, hasId: false, options } };
  }
  if (item !== null && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
    const { id, text } = item as { id?: unknown; text: string };
    if (id === undefined) {
      return { tag: { index, id: undefined, hasId: false }, task: { reply, text, hasId: false, options } };
    }
    if (typeof id === 'string') {
      return { tag: { index, id, hasId: true }, task: { reply, text, id, hasId: true, options } };
    }
    return {
      tag: { index, id: undefined, hasId: false },
      error: new TypeError(`standpoint: extractMany item ${index}: "id" must be a string when given, got ${describeValue(id)}.`),
    };
  }
  return {
    tag: { index, id: undefined, hasId: false },
    error: new TypeError(
      `standpoint: extractMany item ${index} must be a string or an object { id?: string, text: string }, got ${describeValue(item)}.`,
    ),
  };
}

async function* jobsOf(
  texts: Iterable<unknown> | AsyncIterable<unknown>,
  options: ExtractOptions | undefined,
  reply: WorkerTask['reply'],
): AsyncGenerator<Job<ItemTag>, void, undefined> {
  let index = 0;
  for await (const item of texts) yield toJob(item, index++, options, reply);
}

function rethrow(reply: Extract<WorkerReply, { ok: false }>, tag: ItemTag): never {
  const where = tag.hasId ? `item ${tag.index} (id ${JSON.stringify(tag.id)})` : `item ${tag.index}`;
  const message = reply.message.startsWith('standpoint: extractMany item')
    ? reply.message
    : `${reply.message.replace(/^standpoint: /u, `standpoint: extractMany ${where}: `)}`;
  const Ctor = reply.name === 'TypeError' ? TypeError : reply.name === 'RangeError' ? RangeError : Error;
  throw new Ctor(message);
}

async function* generate(
  texts: Iterable<unknown> | AsyncIterable<unknown>,
  batch: ResolvedBatch,
): AsyncGenerator<BatchResult, void, undefined> {
  const concurrency = batch.concurrency ?? (await loadPoolModule()).defaultConcurrency();
  // Workers send JSON text (with the id first): one string crosses the thread
  // boundary, and JSON.parse on the main thread is cheaper than structured clone.
  const mode: WorkerTask['reply'] = concurrency > 1 ? 'json' : 'object';
  for await (const { tag, reply } of runOrdered(jobsOf(texts, batch.options, mode), concurrency)) {
    if (!reply.ok) rethrow(reply, tag);
    if ('json' in reply) {
      yield JSON.parse(reply.json) as BatchResult;
    } else {
      yield tag.hasId ? { id: tag.id, ...reply.value } : reply.value;
    }
  }
}

/**
 * Extracts many texts on a pool of worker threads and yields the results in
 * input order. Reads the input lazily and keeps at most 4 × concurrency texts
 * in flight, so it can stream a corpus of any size. Node only for
 * `concurrency > 1`; `concurrency: 1` runs in the calling thread.
 * @example
 * import { extractMany } from 'standpoint';
 * const articles = [{ id: 'a1', text: 'Labour banned the group. Lewis condemned the ban.' }];
 * for await (const result of extractMany(articles, { concurrency: 2 })) {
 *   console.log(result.id, result.stances.length);
 * }
 * @throws TypeError at the call for unknown or ill-typed options or a non-iterable input;
 * while iterating, a TypeError/RangeError for a bad item, at its position, as `extract` would.
 */
export function extractMany(
  texts: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options?: ExtractManyOptions,
): AsyncIterable<BatchResult> {
  const batch = resolveBatchOptions(options);
  if (typeof texts === 'string' || !isIterable(texts)) {
    throw new TypeError(
      `standpoint: extractMany() expects an iterable or async iterable of texts or { id?, text } records, got ${describeValue(texts)}` +
        (typeof texts === 'string' ? '. For one text, use extract().' : '.'),
    );
  }
  return generate(texts, batch);
}
