/**
 * The compromise word classes are generated data (src/adapters/compromise-lexicon.ts, from
 * `npm run gen:lexicon`), so the library never imports compromise at run time. This fails
 * when the data no longer matches the installed compromise, so it cannot go stale.
 */
import { describe, expect, it } from 'vitest';
import { buildLexiconData, renderModule, WANTED } from '../scripts/lib/compromise-lexicon.mjs';
import { CLASS_WORDS, COMMON_WORDS, COMPROMISE_VERSION } from '../src/adapters/compromise-lexicon.js';
import { hasLexClass, isCommonWord, lexClasses } from '../src/adapters/compromise.js';
import { SUPPLEMENT } from '../src/adapters/compromise-supplement.js';
import { readFileSync } from 'node:fs';

describe('generated compromise lexicon', () => {
  it('matches the installed compromise (else run npm run gen:lexicon)', async () => {
    const data = await buildLexiconData();
    expect(COMPROMISE_VERSION).toBe(data.version);
    expect(CLASS_WORDS).toStrictEqual(data.classes);
    expect(COMMON_WORDS).toBe(data.common);
    // byte for byte what the generator writes
    expect(readFileSync(new URL('../src/adapters/compromise-lexicon.ts', import.meta.url), 'utf8')).toBe(renderModule(data));
  }, 60_000);

  it('covers every class the adapter declares', () => {
    expect(Object.keys(CLASS_WORDS)).toStrictEqual(WANTED);
  });

  it('answers lookups as compromise’s own lexicon does', async () => {
    const { default: nlp } = await import('compromise');
    const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    const wanted = new Set<string>(WANTED);
    const words = Object.keys(lexicon);
    // the supplement adds classes to some of compromise's words: checked below
    const supplemented = new Set(Object.values(SUPPLEMENT).flatMap((list) => list.split('\n').map((x) => x.trim())));
    for (let i = 0; i < words.length; i += 7) {
      const w = words[i]!;
      if (supplemented.has(w)) continue;
      const tags = lexicon[w]!;
      const expected = (Array.isArray(tags) ? tags : [tags]).filter((t) => wanted.has(t)).sort();
      expect([...lexClasses(w)].sort(), w).toStrictEqual(expected);
      expect(isCommonWord(w), w).toBe(expected.length === 0);
    }
    expect(lexClasses('not-a-word-anywhere')).toStrictEqual([]);
    expect(isCommonWord('not-a-word-anywhere')).toBe(false);
    expect(hasLexClass('london', 'City')).toBe(true);
  }, 60_000);

  it('adds the supplement’s classes, and a supplemented word is no longer a common word', () => {
    for (const [cls, list] of Object.entries(SUPPLEMENT)) {
      for (const w of list.split('\n').map((x) => x.trim()).filter(Boolean)) {
        expect(lexClasses(w), w).toContain(cls);
        expect(isCommonWord(w), w).toBe(false);
      }
    }
  });
});
