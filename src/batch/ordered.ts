/**
 * The ordered, bounded task runner behind `extractMany` and the CLI's --jsonl
 * mode. Imports nothing from the library itself: the in-process runner is
 * passed in, and the worker pool (`dist/batch-pool.js`) is loaded with a
 * dynamic `import()` on first use, so this module is browser-safe to import.
 */
import type { TaskPool } from './pool.js';
import type { WorkerReply, WorkerTask } from './protocol.js';

type PoolModule = typeof import('./pool.js');

/** Where the built pool module may be, relative to this module: next to the bundle in dist/, or from src/batch/. */
const POOL_MODULE_CANDIDATES: readonly string[] = ['./batch-pool.js', '../../dist/batch-pool.js'];

let poolModule: Promise<PoolModule> | null = null;

/** Loads `dist/batch-pool.js` once. The specifier is a variable so bundlers leave it alone. */
export function loadPoolModule(): Promise<PoolModule> {
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

/** A job: a task to run, or an input already known to be bad. `tag` travels with it. */
export type Job<T> = { readonly tag: T; readonly task: WorkerTask } | { readonly tag: T; readonly error: Error };

/** A job's outcome, in input order. */
export interface Outcome<T> {
  readonly tag: T;
  readonly reply: WorkerReply;
}

/**
 * Jobs read ahead per worker thread and not yet yielded. Wide enough that one
 * long article at the head of the output order does not starve the other
 * workers; small enough to bound memory.
 */
export const IN_FLIGHT_PER_WORKER = 64;

/**
 * Jobs travel to workers in batches of up to this many texts (or this many
 * characters), so the pool's fixed cost per message (a post, a wake-up, a
 * heap-usage probe) is paid once per batch rather than once per article.
 */
export const BATCH_TEXTS = 16;
export const BATCH_CHARS = 100_000;

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

/** Runs one task in the calling thread (./run.ts). */
export type RunTask = (task: WorkerTask) => WorkerReply;

/**
 * Runs jobs on `concurrency` worker threads (for 1, in the calling thread with
 * the runner that `inProcess` returns) and yields their outcomes in input order. Reads the source lazily and keeps at most
 * `IN_FLIGHT_PER_WORKER × concurrency` jobs in flight. Never throws for a bad
 * job: its outcome is `{ ok: false }`. Throws only when the pool cannot start
 * or the source itself throws.
 */
export async function* runOrdered<T>(
  source: Iterable<Job<T>> | AsyncIterable<Job<T>>,
  concurrency: number,
  inProcess: () => RunTask | Promise<RunTask>,
): AsyncGenerator<Outcome<T>, void, undefined> {
  const it = toAsyncIterator(source);
  let finished = false;
  try {
    if (concurrency <= 1) {
      const runTask = await inProcess();
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
      const batch = new Batcher<T>(pool, concurrency);
      let done = false;
      let pending: Promise<IteratorResult<Job<T>>> | null = null;
      for (;;) {
        if (!done && pending === null && queue.length < limit) pending = it.next();
        if (pending !== null) {
          // Take new input as soon as it comes, but never hold back a finished result.
          const next: Promise<IteratorResult<Job<T>>> = pending;
          const first: { input: IteratorResult<Job<T>> } | null =
            queue.length === 0 ? { input: await next } : await Promise.race([next.then((input) => ({ input })), queue[0]!.then(() => null)]);
          if (first !== null) {
            pending = null;
            if (first.input.done) {
              done = true;
              batch.flush();
            } else {
              queue.push(batch.add(first.input.value));
            }
            continue;
          }
        }
        batch.flush();
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

/**
 * Groups jobs into worker tasks. A batch goes out when it is full, when a
 * worker is idle (so a slow trickle of input is never held back), or when the
 * runner is about to wait for a result.
 */
class Batcher<T> {
  private jobs: { readonly job: { readonly tag: T; readonly task: WorkerTask }; readonly settle: (o: Outcome<T>) => void }[] = [];
  private chars = 0;
  private running = 0;

  constructor(
    private readonly pool: TaskPool,
    private readonly workers: number,
  ) {}

  /** Queues a job; the promise settles with its outcome, never rejects. */
  add(job: Job<T>): Promise<Outcome<T>> {
    if ('error' in job) return Promise.resolve({ tag: job.tag, reply: failed(job.error) });
    const outcome = new Promise<Outcome<T>>((settle) => this.jobs.push({ job, settle }));
    this.chars += job.task.text.length;
    if (this.jobs.length >= BATCH_TEXTS || this.chars >= BATCH_CHARS || this.running < this.workers) this.flush();
    return outcome;
  }

  /** Sends the jobs gathered so far, if any. */
  flush(): void {
    if (this.jobs.length === 0) return;
    const jobs = this.jobs;
    this.jobs = [];
    this.chars = 0;
    this.running++;
    this.pool.run(jobs.map((j) => j.job.task)).then(
      (replies) => jobs.forEach((j, n) => j.settle({ tag: j.job.tag, reply: replies[n] ?? failed(new Error('standpoint: a worker returned too few replies')) })),
      (error: unknown) => jobs.forEach((j) => j.settle({ tag: j.job.tag, reply: failed(error) })),
    ).finally(() => {
      this.running--;
      if (this.running < this.workers) this.flush();
    });
  }
}
