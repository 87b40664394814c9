import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const name = (x: ReturnType<typeof extract>, id: string | null) => x.entities.find((e) => e.id === id)?.name;

describe('stages on hand-built sentences', () => {
  it('keeps offsets exact through CRLF, NBSP and curly quotes', () => {
    const text = 'The Green MP Ana Ruiz condemned\r\nthe\u00a0ban. “It is wrong,” Ruiz said.';
    const x = extract(text);
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('links an acronym to its bracketed full form and a surname to the full name', () => {
    const x = extract('The National Union of Porters (NUP) said on Monday that it would strike. Jane Alder, its leader, spoke. Alder said the union was ready.');
    const nup = x.entities.find((e) => e.name === 'National Union of Porters');
    expect(nup?.type).toBe('ORG');
    expect(nup?.aliases).toContain('NUP');
    expect(x.entities.find((e) => e.name === 'Jane Alder')?.aliases).toContain('Alder');
  });

  it('finds an inverted direct quote and its speaker', () => {
    const x = extract('Harbor Council closed the pier last week.\n\n“This is a sad day for the town,” said Tom Reyes.');
    const q = x.quotes.find((k) => k.kind === 'direct');
    expect(name(x, q?.speaker ?? null)).toBe('Tom Reyes');
    expect(q?.cue?.text).toBe('said');
  });

  it('reads a negated support as opposition and a hedge as no stance', () => {
    const x = extract('The Ridge Council banned cars from the high street on Monday. The Traders Association would not back the ban. The mayor, Ian Cole, declined to criticise the ban.');
    const traders = x.stances.find((s) => name(x, s.holder) === 'Traders Association');
    expect(traders?.polarity).toBe('oppose');
    expect(x.stances.some((s) => name(x, s.holder) === 'Ian Cole')).toBe(false);
  });

  it('keeps the holder of an apposition, not the name inside it', () => {
    const x = extract('Vale Rovers expelled the Green Army supporters group on Friday. Fans United, the campaign set up under Ken Moss, condemned the decision.');
    expect(x.stances.map((s) => name(x, s.holder))).toEqual(['Fans United']);
  });
});
