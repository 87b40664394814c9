/**
 * Options accepted by `extract` and `createExtractor`, and their validation.
 * A caller's mistake throws here; nothing in the text ever does.
 */

/**
 * Options for `extract` and `createExtractor`.
 * @example
 * const options: ExtractOptions = { maxChars: 5_000_000, minConfidence: 0.5 };
 */
export interface ExtractOptions {
  /**
   * Longest text accepted, in UTF-16 code units. Longer input throws a `RangeError`
   * instead of running for minutes. Default 2,000,000 (about 2 MB of English).
   */
  readonly maxChars?: number;
  /** Stances below this confidence (0..1) are dropped. Default 0. */
  readonly minConfidence?: number;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly maxChars: number;
  readonly minConfidence: number;
}

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  maxChars: 2_000_000,
  minConfidence: 0,
});

const VALID: Record<keyof ResolvedOptions, string> = {
  maxChars: 'a positive integer',
  minConfidence: 'a number from 0 to 1',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? `an instance of ${name}` : 'an object';
  }
  return typeof value === 'string' ? `a string (${JSON.stringify(value.slice(0, 40))})` : `${typeof value} (${String(value)})`;
}

/** Human-readable name of a value's type, for error messages. */
export function describeValue(value: unknown): string {
  return describe(value);
}

function validList(): string {
  return Object.entries(VALID)
    .map(([k, v]) => `${k} (${v})`)
    .join(', ');
}

/**
 * Checks user options and fills in defaults.
 * @throws TypeError for a non-object, an unknown option or an ill-typed value.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`standpoint: options must be an object, got ${describe(options)}. Valid options: ${validList()}.`);
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(VALID, key)) {
      throw new TypeError(`standpoint: unknown option "${key}". Valid options: ${validList()}.`);
    }
  }
  const maxChars = given.maxChars === undefined ? DEFAULT_OPTIONS.maxChars : given.maxChars;
  if (typeof maxChars !== 'number' || !Number.isInteger(maxChars) || maxChars <= 0) {
    throw new TypeError(`standpoint: option "maxChars" must be ${VALID.maxChars}, got ${describe(maxChars)}. Valid options: ${validList()}.`);
  }
  const minConfidence = given.minConfidence === undefined ? DEFAULT_OPTIONS.minConfidence : given.minConfidence;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new TypeError(`standpoint: option "minConfidence" must be ${VALID.minConfidence}, got ${describe(minConfidence)}. Valid options: ${validList()}.`);
  }
  return Object.freeze({ maxChars, minConfidence });
}
