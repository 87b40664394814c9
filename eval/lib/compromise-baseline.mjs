// The baseline: compromise's people() / organizations() / places() and quotations(), with offsets.
// Imported directly (not through the library) so the baseline does not move when our code does.
import nlp from 'compromise';

export const compromiseVersion = /** @type {any} */ (nlp).version ?? 'unknown';

const KINDS = /** @type {const} */ ([
  ['PERSON', 'people'],
  ['ORG', 'organizations'],
  ['PLACE', 'places'],
]);

/**
 * Character span of a compromise match, from its terms' offsets (which exclude the
 * surrounding punctuation). A trailing possessive "'s"/"’s" is dropped, since no gold
 * convention includes it in a name. Returns null when the offsets do not line up.
 * @param {string} text
 * @param {any} match  one item of `.json({ offset: true, terms: { offset: true } })`
 */
function spanOf(text, match) {
  const terms = match.terms ?? [];
  if (!terms.length) return null;
  const first = terms[0].offset;
  const last = terms[terms.length - 1].offset;
  if (!first || !last) return null;
  const start = first.start;
  let end = last.start + last.length;
  if (start < 0 || end > text.length || start >= end) return null;
  const s = text.slice(start, end);
  const m = /['’]s$/.exec(s);
  if (m && s.length > 2) end -= 2;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Named mentions and quotation spans (content between the marks; compromise gives no speaker),
 * from one parse of the text.
 * @param {string} text
 */
export function compromiseAll(text) {
  const doc = nlp(text);
  /** @type {Map<string, { start: number, end: number, type: string, text: string }>} */
  const ents = new Map();
  for (const [type, method] of KINDS) {
    for (const m of /** @type {any} */ (doc)[method]().json({ offset: true, terms: { offset: true } })) {
      const s = spanOf(text, m);
      if (s) ents.set(`${s.start}:${s.end}:${type}`, { ...s, type });
    }
  }
  /** @type {{ start: number, end: number }[]} */
  const quotes = [];
  for (const m of /** @type {any} */ (doc).quotations().json({ offset: true, terms: { offset: true } })) {
    const s = spanOf(text, m);
    if (s) quotes.push({ start: s.start, end: s.end });
  }
  return { entities: [...ents.values()].sort((a, b) => a.start - b.start || a.end - b.end), quotes };
}
