/**
 * Node-only plumbing for the worker pool, built as its own file
 * (`dist/batch-pool.js`) and loaded with a dynamic `import()` by `extractMany`
 * on first use. Nothing that `src/index.ts` imports statically reaches this
 * file, so the browser-safe `extract` path never loads worker_threads or tinypool.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { WorkerReply, WorkerTask } from './protocol.js';

/** The part of a tinypool instance we use. */
export interface TaskPool {
  /** Runs a batch of tasks in one worker; one reply per task, in order. */
  run(tasks: readonly WorkerTask[]): Promise<WorkerReply[]>;
  destroy(): Promise<void>;
}

/** The built worker, next to this file in dist/. */
const WORKER_URL = new URL('./batch-worker.js', import.meta.url);

/** Number of CPUs this process may use. */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

/** Starts `threads` worker threads, each ready to extract. */
export function createPool(threads: number): TaskPool {
  if (!existsSync(WORKER_URL)) {
    throw new Error(`standpoint: extractMany could not find its worker at ${WORKER_URL.pathname}. Run the build (npm run build).`);
  }
  const pool = new Tinypool({
    filename: WORKER_URL.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 0,
  });
  return {
    run: (tasks) => pool.run(tasks) as Promise<WorkerReply[]>,
    destroy: () => pool.destroy(),
  };
}
