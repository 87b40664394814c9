/**
 * standpoint: who supported or opposed which decision, from English news text.
 * @packageDocumentation
 */
import { WinkTokenizer } from './adapters/wink.js';
import { resolveOptions, describeValue, type ExtractOptions, type ResolvedOptions } from './options/index.js';
import { runPipeline } from './pipeline/index.js';
import type { Extraction } from './types.js';

export type {
  Span,
  EntityType,
  MentionKind,
  Mention,
  Entity,
  QuoteKind,
  Quote,
  Decision,
  Polarity,
  Stance,
  DiagnosticSeverity,
  Diagnostic,
  Extraction,
} from './types.js';
export type { ExtractOptions } from './options/index.js';
export type { UserLexicons } from './lexicons/index.js';
export { extractMany } from './batch/index.js';
export type { ExtractManyOptions, BatchInput, BatchResult } from './batch/index.js';

/**
 * A reusable extraction function bound to one set of options.
 * @example
 * const run: Extractor = createExtractor();
 * const result = run('Labour banned the group.');
 */
export type Extractor = (text: string) => Extraction;

function checkText(text: unknown, options: ResolvedOptions): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`standpoint: extract() expects text as a string, got ${describeValue(text)}.`);
  }
  if (text.length > options.maxChars) {
    throw new RangeError(
      `standpoint: text is ${text.length} characters, over the maxChars limit of ${options.maxChars}. ` +
        `Split the text, or raise the limit with { maxChars: ${text.length} }.`,
    );
  }
}

/**
 * Creates an extractor that keeps its own wink-nlp instance, so repeated calls
 * pay the model load once. Extractors share no state with each other.
 * @example
 * import { createExtractor } from 'standpoint';
 * const extract = createExtractor({ minConfidence: 0.5 });
 * for (const article of articles) console.log(extract(article.text).stances);
 * @throws TypeError for unknown or ill-typed options.
 */
export function createExtractor(options?: ExtractOptions): Extractor {
  const resolved = resolveOptions(options);
  const tokenizer = new WinkTokenizer();
  return (text: string): Extraction => {
    checkText(text, resolved);
    try {
      return runPipeline(text, tokenizer, resolved);
    } catch (error) {
      // No string may make extract throw: a bug in a rule becomes a diagnostic, not a crash in a batch job.
      return internalError(text, error);
    }
  };
}

function internalError(text: string, error: unknown): Extraction {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    text,
    sentences: [],
    entities: [],
    quotes: [],
    decisions: [],
    stances: [],
    diagnostics: [{ code: 'internal.error', severity: 'warning', message: `standpoint could not analyse this text (${message}). Please report it with the text.`, span: null }],
  };
}

let shared: Extractor | null = null;

/**
 * Reads English news text and returns who supported or opposed which decision,
 * with the entities, quotes and decisions behind it. Synchronous and deterministic.
 * @example
 * import { extract } from 'standpoint';
 * const { stances, entities } = extract(articleText);
 * for (const s of stances) {
 *   const who = entities.find((e) => e.id === s.holder)?.name;
 *   console.log(who, s.polarity, s.decision, s.evidence.text);
 * }
 * @throws TypeError when `text` is not a string or an option is unknown or ill-typed.
 * @throws RangeError when `text` is longer than `maxChars`.
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  if (options === undefined) {
    shared ??= createExtractor();
    return shared(text);
  }
  return createExtractor(options)(text);
}
