/**
 * Shared by the worker thread and the in-process path: run one task with a
 * cached extractor per option set, and never throw.
 */
import { createExtractor, type Extractor } from '../index.js';
import type { WorkerReply, WorkerTask } from './protocol.js';

const extractors = new Map<string, Extractor>();

function extractorFor(options: WorkerTask['options']): Extractor {
  const key = options === undefined ? '' : JSON.stringify(options);
  let run = extractors.get(key);
  if (run === undefined) {
    run = createExtractor(options);
    extractors.set(key, run);
  }
  return run;
}

/** Runs one task. Errors come back as `{ ok: false }` so the caller decides. */
export function runTask(task: WorkerTask): WorkerReply {
  try {
    const value = extractorFor(task.options)(task.text);
    if (task.reply === 'slim') {
      const { text, sentences, ...rest } = value;
      void text;
      return { ok: true, slim: JSON.stringify({ sentences: sentences.map((x) => ({ start: x.start, end: x.end })), ...rest }) };
    }
    if (task.reply === 'json') {
      return { ok: true, json: JSON.stringify(task.hasId ? { id: task.id, ...value } : value) };
    }
    return { ok: true, value };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, name: e.name, message: e.message };
  }
}
