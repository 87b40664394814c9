/**
 * Runs the stages in order and turns the internal layers into the public Extraction.
 */
import type { WinkTokenizer } from '../adapters/wink.js';
import { buildDocument } from '../document/index.js';
import type { ResolvedOptions } from '../options/index.js';
import type { Extraction } from '../types.js';

/** Empty result for empty or whitespace-only text. */
function emptyExtraction(text: string): Extraction {
  return { text, sentences: [], entities: [], quotes: [], decisions: [], stances: [], diagnostics: [] };
}

export function runPipeline(text: string, tokenizer: WinkTokenizer, options: ResolvedOptions): Extraction {
  if (text.trim().length === 0) return emptyExtraction(text);
  const doc = buildDocument(text, tokenizer);
  void options;
  return {
    ...emptyExtraction(text),
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
  };
}
