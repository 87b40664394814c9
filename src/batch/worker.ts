/**
 * Worker-thread entry for `extractMany` and the CLI's JSONL mode, built to
 * `dist/batch-worker.js`. Each worker keeps its own extractors (and so its own
 * wink-nlp instance) for its whole life.
 */
import type { WorkerReply, WorkerTask } from './protocol.js';
import { runTask } from './run.js';

/** One batch of tasks, one reply each, in order. */
export default function work(tasks: readonly WorkerTask[]): WorkerReply[] {
  return tasks.map(runTask);
}
