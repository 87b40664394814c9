/**
 * Lexicon tables keyed by arbitrary words. A plain object literal inherits "constructor",
 * "toString", … from Object.prototype, so looking up a text's word in it can return a function;
 * a table has no prototype, and a missing key is always undefined.
 */
export function table<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
