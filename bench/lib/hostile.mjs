// Hostile inputs, built deterministically from the golden article so they
// need no corpus: long unpunctuated text, one huge paragraph, unbalanced quotes.

/** Repeats `unit` until the result is exactly `chars` long (cut on a space when possible). */
function fill(unit, chars, sep = ' ') {
  const parts = [];
  let n = 0;
  while (n < chars) {
    parts.push(unit);
    n += unit.length + sep.length;
  }
  const s = parts.join(sep).slice(0, chars);
  const cut = s.lastIndexOf(' ');
  return cut > chars - 40 ? s.slice(0, cut) : s;
}

export const HOSTILE = {
  /** 200 KB of words with no sentence punctuation and no line breaks: one endless sentence. */
  'no-punctuation-200KB': (golden) =>
    fill(
      golden
        .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
      200_000,
    ),
  /** 1 MB of news text as a single paragraph (no line breaks). */
  'one-paragraph-1MB': (golden) => fill(golden.replace(/\s+/gu, ' ').trim(), 1_000_000),
  /** 10,000 quotation marks that never balance: openers without closers, closers without openers, odd straight quotes. */
  'unbalanced-quotes-10k': () => {
    const units = [
      'Lewis said “the move was wrong and it will not stand. ',
      'Momentum called it a purge” of the left, a spokesperson said. ',
      'The committee said "it was right to ban the group. ',
    ];
    const out = [];
    for (let i = 0; i < 10_000; i++) out.push(units[i % units.length]);
    return out.join('');
  },
};

/** Counts quotation marks, to state what the input holds. */
export function countQuotes(text) {
  return (text.match(/["“”]/gu) ?? []).length;
}
