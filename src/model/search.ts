/**
 * Searches over sorted arrays, shared by the stages that look things up by offset or index
 * on huge documents, where a linear scan per lookup would make them quadratic.
 */

/** The first index in [0, length) where `before(i)` is false; `before` must be true, then false, along the array. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last element that satisfies `test`, searching from the end. */
export function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}
