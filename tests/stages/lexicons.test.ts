import { describe, expect, it } from 'vitest';
import { DECISION_VERB_FORMS } from '../../src/decisions/lexicon.js';
import { STANCE_VERBS, EVALUATIONS } from '../../src/stances/lexicon.js';
import { cueLemma } from '../../src/quotes/lexicon.js';
import { nameKey } from '../../src/entities/index.js';

describe('decision verb forms', () => {
  it.each([
    ['banned', 'ban'], ['bans', 'ban'], ['proscribed', 'proscribe'], ['expelled', 'expel'], ['suspending', 'suspend'],
    ['approved', 'approve'], ['scrapped', 'scrap'], ['closes', 'close'], ['fined', 'fine'], ['raised', 'raise'],
    ['struck', 'strike_down'], ['vetoed', 'veto'], ['cancelled', 'cancel'], ['introduced', 'introduce'],
  ])('%s → %s', (form, lemma) => expect(DECISION_VERB_FORMS.get(form)).toBe(lemma));
});

describe('stance cues', () => {
  it.each([
    ['condemn', 'oppose'], ['criticise', 'oppose'], ['disagree', 'oppose'], ['appeal', 'oppose'],
    ['welcome', 'support'], ['back', 'support'], ['hail', 'support'], ['defend', 'support'],
  ])('%s is %s', (lemma, polarity) => expect(STANCE_VERBS.get(lemma)?.polarity).toBe(polarity));

  it.each([['right', 'support'], ['welcome', 'support'], ['mistake', 'oppose'], ['disgrace', 'oppose']])('evaluation %s is %s', (w, p) =>
    expect(EVALUATIONS.get(w)).toBe(p));
});

describe('speech cues', () => {
  it.each([['said', 'say', 'say'], ['tweeted', 'tweet', 'tweet'], ['claims', 'claim', 'claim'], ['told', 'tell', 'tell'], ['ate', 'eat', null]])(
    '%s → %s', (form, lemma, expected) => expect(cueLemma(form, lemma)).toBe(expected));
});

describe('name keys', () => {
  it.each([['The Labour Party', 'labour party'], ['Workers’ Liberty', "workers' liberty"], ['AWL', 'awl']])('%s → %s', (a, b) => expect(nameKey(a)).toBe(b));
});
