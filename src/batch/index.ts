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
import { loadPoolModule, runOrdered, type Job } from './ordered.js';
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
    if (!Object.hasOwn(VALID_BATCH, key)) {
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
  // validate now, but send the caller's plain options to the workers (the built tables do not cross threads)
  if (o.options !== undefined) resolveOptions(o.options);
  const options = o.options === undefined ? undefined : (o.options as ExtractOptions);
  return { concurrency: c as number | undefined, options };
}

// ---------------------------------------------------------------------------
// Public API

interface ItemTag {
  readonly index: number;
  readonly id: string | undefined;
  readonly hasId: boolean;
  /** The input text, kept while the task is in flight to rebuild a slim reply. */
  readonly text?: string;
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
    return { tag: { index, id: undefined, hasId: false, text: item }, task: { reply, text: item, hasId: false, options } };
  }
  if (item !== null && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
    const { id, text } = item as { id?: unknown; text: string };
    if (id === undefined) {
      return { tag: { index, id: undefined, hasId: false, text }, task: { reply, text, hasId: false, options } };
    }
    if (typeof id === 'string') {
      return { tag: { index, id, hasId: true, text }, task: { reply, text, id, hasId: true, options } };
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

/** Rebuilds a full result from a slim reply, with the same keys in the same order as `extract`. */
function fromSlim(slim: string, tag: ItemTag): BatchResult {
  const text = tag.text ?? '';
  const { sentences, ...rest } = JSON.parse(slim) as Omit<Extraction, 'text' | 'sentences'> & { sentences: { start: number; end: number }[] };
  const value: Extraction = {
    text,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    ...rest,
  };
  return tag.hasId ? { id: tag.id, ...value } : value;
}

async function* generate(
  texts: Iterable<unknown> | AsyncIterable<unknown>,
  batch: ResolvedBatch,
): AsyncGenerator<BatchResult, void, undefined> {
  const concurrency = batch.concurrency ?? (await loadPoolModule()).defaultConcurrency();
  // Workers send JSON text: one string crosses the thread boundary, and JSON.parse on the
  // main thread is cheaper than structured clone. Slim JSON leaves out the input text and
  // the sentence texts, which we rebuild here from the text we sent.
  const mode: WorkerTask['reply'] = concurrency > 1 ? 'slim' : 'object';
  for await (const { tag, reply } of runOrdered(jobsOf(texts, batch.options, mode), concurrency, () => runTask)) {
    if (!reply.ok) rethrow(reply, tag);
    if ('slim' in reply) {
      yield fromSlim(reply.slim, tag);
    } else if ('json' in reply) {
      yield JSON.parse(reply.json) as BatchResult;
    } else {
      yield tag.hasId ? { id: tag.id, ...reply.value } : reply.value;
    }
  }
}

/**
 * Extracts many texts on a pool of worker threads and yields the results in
 * input order. Reads the input lazily and keeps at most 64 × concurrency texts
 * in flight, so it can stream a corpus of any size. Texts go to the workers in
 * small batches, but never wait for a batch to fill while a worker is idle. Node only for
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
