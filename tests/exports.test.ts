import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented runtime functions', () => {
    expect(Object.keys(api).sort()).toEqual(['createExtractor', 'extract', 'extractMany']);
  });

  it('returns an empty Extraction for empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\r\n\t']) {
      expect(api.extract(text)).toEqual({ text, sentences: [], entities: [], quotes: [], decisions: [], stances: [], diagnostics: [] });
    }
  });
});
