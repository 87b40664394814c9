/**
 * Worker-thread entry for `extractMany` and the CLI's JSONL mode, built to
 * `dist/batch-worker.js`. Each worker keeps its own extractors (and so its own
 * wink-nlp instance) for its whole life.
 */
import type { WorkerReply, WorkerTask } from './protocol.js';
import { runTask } from './run.js';

export default function work(task: WorkerTask): WorkerReply {
  return runTask(task);
}
