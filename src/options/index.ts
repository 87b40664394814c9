/**
 * Options accepted by `extract` and `createExtractor`, and their validation.
 * A caller's mistake throws here; nothing in the text ever does.
 */

import { buildLexicon, DEFAULT_LEXICON, type Lexicon, type UserLexicons } from '../lexicons/index.js';

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
  /** Extra stance cues, decision triggers, known names and role nouns for your domain. */
  readonly lexicons?: UserLexicons;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly maxChars: number;
  readonly minConfidence: number;
  readonly lexicons: UserLexicons | undefined;
  /** The built-in tables merged with `lexicons`, built once. */
  readonly lexicon: Lexicon;
}

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  maxChars: 2_000_000,
  minConfidence: 0,
  lexicons: undefined,
  lexicon: DEFAULT_LEXICON,
});

const VALID: Record<keyof ExtractOptions, string> = {
  maxChars: 'a positive integer',
  minConfidence: 'a number from 0 to 1',
  lexicons: 'an object with any of stanceCues, decisionTriggers, entities, roleNouns',
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
  const lexicons = given.lexicons === undefined ? undefined : checkLexicons(given.lexicons);
  return Object.freeze({ maxChars, minConfidence, lexicons, lexicon: buildLexicon(lexicons) });
}

const LEXICON_KEYS: Record<keyof UserLexicons, string> = {
  stanceCues: 'an array of { verb: string, polarity: "support" | "oppose", particle?: string }',
  decisionTriggers: 'an array of { verb?: string, noun?: string, action: string } with a verb or a noun',
  entities: 'an array of { name: string, type: "PERSON" | "ORG" | "PLACE" | "GROUP", aliases?: string[] }',
  roleNouns: 'an array of strings',
};

function lexiconError(path: string, got: unknown): TypeError {
  const key = path.split(/[.[]/u)[1] as keyof UserLexicons;
  return new TypeError(`standpoint: option "lexicons.${path.replace(/^lexicons\./u, '')}" must be ${LEXICON_KEYS[key] ?? 'valid'}, got ${describe(got)}. Valid keys of "lexicons": ${Object.entries(LEXICON_KEYS).map(([k, v]) => `${k} (${v})`).join('; ')}.`);
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Checks the shape of user lexicons. @throws TypeError naming the offending entry. */
function checkLexicons(value: unknown): UserLexicons {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`standpoint: option "lexicons" must be ${VALID.lexicons}, got ${describe(value)}.`);
  }
  const lex = value as Record<string, unknown>;
  for (const key of Object.keys(lex)) {
    if (!Object.hasOwn(LEXICON_KEYS, key)) throw new TypeError(`standpoint: unknown key "lexicons.${key}". Valid keys: ${Object.keys(LEXICON_KEYS).join(', ')}.`);
    if (!Array.isArray(lex[key])) throw lexiconError(`lexicons.${key}`, lex[key]);
  }
  const each = (key: keyof UserLexicons, ok: (item: Record<string, unknown>) => boolean): void => {
    (lex[key] as unknown[] | undefined)?.forEach((item, i) => {
      if (item === null || typeof item !== 'object' || !ok(item as Record<string, unknown>)) throw lexiconError(`lexicons.${key}[${i}]`, item);
    });
  };
  each('stanceCues', (c) => isText(c.verb) && (c.polarity === 'support' || c.polarity === 'oppose') && (c.particle === undefined || isText(c.particle)));
  each('decisionTriggers', (d) => isText(d.action) && (isText(d.verb) || isText(d.noun)) && (d.verb === undefined || isText(d.verb)) && (d.noun === undefined || isText(d.noun)));
  each('entities', (e) => isText(e.name) && ['PERSON', 'ORG', 'PLACE', 'GROUP'].includes(e.type as string) && (e.aliases === undefined || Array.isArray(e.aliases) && e.aliases.every(isText)));
  (lex.roleNouns as unknown[] | undefined)?.forEach((r, i) => {
    if (!isText(r)) throw lexiconError(`lexicons.roleNouns[${i}]`, r);
  });
  return lex as UserLexicons;
}
