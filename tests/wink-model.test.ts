/**
 * The library loads wink-eng-lite-web-model's English model its own way (src/adapters/wink-model.ts).
 * These tests hold it to the package's loader: the same core model, value for value, fresh copies for
 * every instance, and the same tokens, tags, lemmas and sentences on the fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { loadCoreForTest, sbdPosModel } from '../src/adapters/wink-model';

const FIXTURES = join(__dirname, '..', 'fixtures');
const texts = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));

type Core = Record<string, unknown> & { features: Record<string, { list: unknown[]; hash?: Record<string, number> }> };

describe('the English model as the adapter loads it', () => {
  it('has the same core model as the package loader, part by part', () => {
    const ours = loadCoreForTest() as unknown as Core;
    const theirs = (packageModel as unknown as { core: () => Core }).core();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const part of Object.keys(theirs)) {
      expect(isDeepStrictEqual(ours[part], theirs[part]), part).toBe(true);
    }
  });

  it('gives every instance its own feature lists, untouched by the last one', () => {
    const first = loadCoreForTest() as unknown as Core;
    const size = first.features.lexeme!.list.length;
    first.features.lexeme!.list.push('zzqxunseen');
    first.features.lexeme!.hash!.zzqxunseen = size;
    const second = loadCoreForTest() as unknown as Core;
    expect(second.features.lexeme!.list.length).toBe(size);
    expect(second.features.lexeme!.hash!.zzqxunseen).toBeUndefined();
  });

  it('reads every fixture as the package model does, also on a second instance', () => {
    const read = (model: unknown) => {
      const nlp = winkNLP(model as typeof packageModel, ['sbd', 'pos']);
      const its = nlp.its;
      return texts.map((text) => {
        const doc = nlp.readDoc(text);
        const tokens = doc.tokens();
        return [
          tokens.out(its.value),
          tokens.out(its.pos),
          tokens.out(its.lemma as unknown as typeof its.value),
          tokens.out(its.type),
          tokens.out(its.precedingSpaces),
          doc.sentences().out(its.span),
        ];
      });
    };
    const expected = read(packageModel);
    expect(read(sbdPosModel)).toEqual(expected);
    expect(read(sbdPosModel)).toEqual(expected);
  });
});
