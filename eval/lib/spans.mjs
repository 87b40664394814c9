// Span helpers shared by the scorers. All spans are half-open UTF-16 ranges.

/** @typedef {{ start: number, end: number }} Range */

/**
 * True when two half-open ranges share at least one character.
 * @param {Range} a
 * @param {Range} b
 */
export function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

/**
 * Number of characters two ranges share.
 * @param {Range} a
 * @param {Range} b
 */
export function overlapLength(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Safe ratio: 0 when the denominator is 0.
 * @param {number} num
 * @param {number} den
 */
export function ratio(num, den) {
  return den > 0 ? num / den : 0;
}

/**
 * Precision, recall and F1 from counts.
 * @param {number} tp
 * @param {number} fp
 * @param {number} fn
 * @returns {{ tp: number, fp: number, fn: number, precision: number, recall: number, f1: number }}
 */
export function prf(tp, fp, fn) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Adds counts into a map of group → count.
 * @param {Record<string, number>} map
 * @param {string} key
 * @param {number} [n]
 */
export function bump(map, key, n = 1) {
  map[key] = (map[key] ?? 0) + n;
}

/**
 * Checks that `text.slice(start, end) === span.text` for a span that carries text.
 * @param {string} text
 * @param {{ start: number, end: number, text?: string } | null | undefined} span
 */
export function spanOk(text, span) {
  if (!span) return true;
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return false;
  if (span.start < 0 || span.end > text.length || span.start > span.end) return false;
  return span.text === undefined || text.slice(span.start, span.end) === span.text;
}

/**
 * A one-line, shortened view of a piece of text, for printed error examples only
 * (never written into reports).
 * @param {string} s
 * @param {number} [max]
 */
export function clip(s, max = 70) {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
