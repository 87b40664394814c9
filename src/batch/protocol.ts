/**
 * Messages between the batch runner and its worker threads. Plain data only:
 * everything here crosses a structured-clone boundary.
 */
import type { ExtractOptions } from '../options/index.js';
import type { Extraction } from '../types.js';

/** One text to extract, with the options to extract it under. */
export interface WorkerTask {
  /**
   * `object`: reply with the Extraction; `json`: reply with one JSON line `{id, ...Extraction}`;
   * `slim`: reply with JSON of the Extraction without `text` and without each sentence's `text`
   * (the sender has the text and rebuilds them: about half the bytes to stringify, post and parse).
   */
  readonly reply: 'object' | 'json' | 'slim';
  readonly text: string;
  /** Present when the caller gave an id; echoed first in the result. */
  readonly id?: string | number;
  readonly hasId: boolean;
  readonly options: ExtractOptions | undefined;
}

/** What a worker sends back. Failures are data, so one bad text never kills a run. */
export type WorkerReply =
  | { readonly ok: true; readonly value: Extraction }
  | { readonly ok: true; readonly json: string }
  | { readonly ok: true; readonly slim: string }
  | { readonly ok: false; readonly name: string; readonly message: string };
