/**
 * Structural invariants that every `Extraction` must satisfy, whatever the input.
 * Shared by the property, adversarial and isolation tests; other tests may reuse it:
 *
 *   import { assertInvariants, checkExtraction } from './helpers/invariants.js';
 *   assertInvariants(text, extract(text));      // one result
 *   checkExtraction(text);                       // extract twice: invariants + determinism
 *
 * Checked:
 *  - `result.text === text`; every top-level array is present;
 *  - every span (sentences, entity mentions, quote text/start/end, speakerSpan, cue,
 *    decision trigger and mentions, stance holderSpan/cue/evidence, diagnostic spans)
 *    has integer offsets with 0 <= start <= end <= text.length and
 *    `text.slice(start, end) === span.text`;
 *  - ids of entities, quotes, decisions and stances are non-empty strings, unique across the result;
 *  - every id referenced (quote speaker, stance holder/decision/quotes, decision
 *    decider/targets, entity affiliations) exists;
 *  - enumerations hold their documented values (entity type, mention kind, quote kind,
 *    polarity, diagnostic severity); `confidence` is a finite number in [0, 1];
 *  - sentences are in text order and do not overlap; entity mentions are in text order;
 *  - the result is plain JSON data: a JSON round trip gives a deep-strictly-equal value
 *    (no undefined, NaN, Infinity, -0, functions, class instances or cycles).
 */
import { deepStrictEqual } from 'node:assert/strict';
import { extract as defaultExtract, type Extraction } from '../../src/index.js';

const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);
const MENTION_KINDS = new Set(['name', 'alias', 'pronoun', 'nominal']);
const QUOTE_KINDS = new Set(['direct', 'indirect', 'mixed']);
const POLARITIES = new Set(['support', 'oppose']);
const SEVERITIES = new Set(['info', 'warning']);

type Violations = string[];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(s: unknown): string {
  if (typeof s !== 'string') return String(s);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

function checkSpan(text: string, span: unknown, path: string, out: Violations): void {
  if (!isObject(span)) {
    out.push(`${path}: expected a span object, got ${show(span)}`);
    return;
  }
  const { start, end } = span;
  const t = span.text;
  if (typeof start !== 'number' || !Number.isInteger(start) || typeof end !== 'number' || !Number.isInteger(end)) {
    out.push(`${path}: offsets must be integers, got start=${String(start)} end=${String(end)}`);
    return;
  }
  if (!(start >= 0 && start <= end && end <= text.length)) {
    out.push(`${path}: offsets out of range: start=${start} end=${end} text.length=${text.length}`);
    return;
  }
  if (typeof t !== 'string') {
    out.push(`${path}.text: expected a string, got ${show(t)}`);
    return;
  }
  const actual = text.slice(start, end);
  if (actual !== t) {
    out.push(`${path}: text.slice(${start}, ${end}) is ${show(actual)} but span.text is ${show(t)}`);
  }
}

function checkNullableSpan(text: string, span: unknown, path: string, out: Violations): void {
  if (span !== null) checkSpan(text, span, path, out);
}

function arrayAt(value: unknown, path: string, out: Violations): unknown[] {
  if (!Array.isArray(value)) {
    out.push(`${path}: expected an array, got ${show(value)}`);
    return [];
  }
  return value;
}

function checkEnum(value: unknown, allowed: Set<string>, path: string, out: Violations): void {
  if (typeof value !== 'string' || !allowed.has(value)) {
    out.push(`${path}: ${show(value)} is not one of ${[...allowed].join(', ')}`);
  }
}

/** Finds values that do not survive JSON: undefined, non-finite numbers, -0, functions, symbols, bigint, class instances, cycles. */
function checkPlainJson(value: unknown, path: string, out: Violations, seen: Set<object>): void {
  if (out.length > 50) return;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) out.push(`${path}: non-finite number ${String(value)}`);
      else if (Object.is(value, -0)) out.push(`${path}: -0 does not survive JSON`);
      return;
    case 'object':
      break;
    default:
      out.push(`${path}: ${typeof value} is not JSON data`);
      return;
  }
  if (value === null) return;
  if (seen.has(value)) {
    out.push(`${path}: cyclic reference`);
    return;
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) out.push(`${path}[${i}]: hole in array`);
      checkPlainJson(value[i], `${path}[${i}]`, out, seen);
    }
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) out.push(`${path}: not a plain object`);
    if (Object.getOwnPropertySymbols(value).length) out.push(`${path}: has symbol keys`);
    for (const [k, v] of Object.entries(value)) checkPlainJson(v, `${path}.${k}`, out, seen);
  }
  // A shared sub-object is fine for JSON; only cycles break it. Allow sharing by removing on the way out.
  seen.delete(value);
}

/** Returns every invariant the result breaks (empty when all hold). */
export function findViolations(text: string, result: unknown): string[] {
  const out: Violations = [];
  if (!isObject(result)) return [`result: expected an object, got ${show(result)}`];
  if (result.text !== text) out.push(`text: result.text differs from the input (${show(result.text)} vs ${show(text)})`);

  const sentences = arrayAt(result.sentences, 'sentences', out);
  const entities = arrayAt(result.entities, 'entities', out);
  const quotes = arrayAt(result.quotes, 'quotes', out);
  const decisions = arrayAt(result.decisions, 'decisions', out);
  const stances = arrayAt(result.stances, 'stances', out);
  const diagnostics = arrayAt(result.diagnostics, 'diagnostics', out);

  // ids
  const ids = new Map<string, string>();
  const entityIds = new Set<string>();
  const quoteIds = new Set<string>();
  const decisionIds = new Set<string>();
  const register = (list: unknown[], kind: string, into: Set<string>): void => {
    list.forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string' || id.length === 0) {
        out.push(`${kind}[${i}].id: expected a non-empty string, got ${show(id)}`);
        return;
      }
      const prev = ids.get(id);
      if (prev !== undefined) out.push(`${kind}[${i}].id: "${id}" is not unique (also ${prev})`);
      else ids.set(id, `${kind}[${i}]`);
      into.add(id);
    });
  };
  register(entities, 'entities', entityIds);
  register(quotes, 'quotes', quoteIds);
  register(decisions, 'decisions', decisionIds);
  register(stances, 'stances', new Set());

  const ref = (set: Set<string>, id: unknown, what: string, path: string): void => {
    if (typeof id !== 'string' || !set.has(id)) out.push(`${path}: ${show(id)} is not the id of any ${what}`);
  };

  // sentences: spans, in order, not overlapping
  let prevEnd = 0;
  sentences.forEach((s, i) => {
    const p = `sentences[${i}]`;
    checkSpan(text, s, p, out);
    if (isObject(s) && typeof s.start === 'number' && typeof s.end === 'number') {
      if (s.start < prevEnd) out.push(`${p}: starts at ${s.start}, before the previous sentence ends (${prevEnd})`);
      prevEnd = Math.max(prevEnd, s.end);
    }
  });

  entities.forEach((e, i) => {
    const p = `entities[${i}]`;
    if (!isObject(e)) return void out.push(`${p}: expected an object`);
    checkEnum(e.type, ENTITY_TYPES, `${p}.type`, out);
    if (typeof e.name !== 'string') out.push(`${p}.name: expected a string, got ${show(e.name)}`);
    arrayAt(e.aliases, `${p}.aliases`, out).forEach((a, j) => {
      if (typeof a !== 'string') out.push(`${p}.aliases[${j}]: expected a string`);
    });
    arrayAt(e.roles, `${p}.roles`, out).forEach((r, j) => {
      if (typeof r !== 'string') out.push(`${p}.roles[${j}]: expected a string`);
    });
    arrayAt(e.affiliations, `${p}.affiliations`, out).forEach((a, j) => ref(entityIds, a, 'entity', `${p}.affiliations[${j}]`));
    let prevStart = -1;
    arrayAt(e.mentions, `${p}.mentions`, out).forEach((m, j) => {
      const mp = `${p}.mentions[${j}]`;
      checkSpan(text, m, mp, out);
      if (isObject(m)) {
        checkEnum(m.kind, MENTION_KINDS, `${mp}.kind`, out);
        if (typeof m.start === 'number') {
          if (m.start < prevStart) out.push(`${mp}: mentions are not in text order (${m.start} after ${prevStart})`);
          prevStart = m.start;
        }
      }
    });
  });

  quotes.forEach((q, i) => {
    const p = `quotes[${i}]`;
    if (!isObject(q)) return void out.push(`${p}: expected an object`);
    checkSpan(text, q, p, out);
    checkEnum(q.kind, QUOTE_KINDS, `${p}.kind`, out);
    if (q.speaker !== null) ref(entityIds, q.speaker, 'entity', `${p}.speaker`);
    checkNullableSpan(text, q.speakerSpan, `${p}.speakerSpan`, out);
    checkNullableSpan(text, q.cue, `${p}.cue`, out);
  });

  decisions.forEach((d, i) => {
    const p = `decisions[${i}]`;
    if (!isObject(d)) return void out.push(`${p}: expected an object`);
    if (typeof d.action !== 'string') out.push(`${p}.action: expected a string, got ${show(d.action)}`);
    checkSpan(text, d.trigger, `${p}.trigger`, out);
    if (d.decider !== null) ref(entityIds, d.decider, 'entity', `${p}.decider`);
    arrayAt(d.targets, `${p}.targets`, out).forEach((t, j) => ref(entityIds, t, 'entity', `${p}.targets[${j}]`));
    arrayAt(d.mentions, `${p}.mentions`, out).forEach((m, j) => checkSpan(text, m, `${p}.mentions[${j}]`, out));
  });

  stances.forEach((s, i) => {
    const p = `stances[${i}]`;
    if (!isObject(s)) return void out.push(`${p}: expected an object`);
    ref(entityIds, s.holder, 'entity', `${p}.holder`);
    ref(decisionIds, s.decision, 'decision', `${p}.decision`);
    checkSpan(text, s.holderSpan, `${p}.holderSpan`, out);
    checkEnum(s.polarity, POLARITIES, `${p}.polarity`, out);
    checkSpan(text, s.cue, `${p}.cue`, out);
    checkSpan(text, s.evidence, `${p}.evidence`, out);
    arrayAt(s.quotes, `${p}.quotes`, out).forEach((q, j) => ref(quoteIds, q, 'quote', `${p}.quotes[${j}]`));
    if (typeof s.confidence !== 'number' || !(s.confidence >= 0 && s.confidence <= 1)) {
      out.push(`${p}.confidence: ${show(s.confidence)} is not a number in [0, 1]`);
    }
    if (typeof s.rule !== 'string' || s.rule.length === 0) out.push(`${p}.rule: expected a non-empty string, got ${show(s.rule)}`);
  });

  diagnostics.forEach((d, i) => {
    const p = `diagnostics[${i}]`;
    if (!isObject(d)) return void out.push(`${p}: expected an object`);
    if (typeof d.code !== 'string' || d.code.length === 0) out.push(`${p}.code: expected a non-empty string`);
    checkEnum(d.severity, SEVERITIES, `${p}.severity`, out);
    if (typeof d.message !== 'string') out.push(`${p}.message: expected a string`);
    checkNullableSpan(text, d.span, `${p}.span`, out);
    // the pipeline's safety net turns an internal bug into this diagnostic; a test must still see it
    if (d.code === 'internal.error') out.push(`${p}: internal error caught by the safety net: ${String(d.message)}`);
  });

  // JSON round trip
  const before = out.length;
  checkPlainJson(result, 'result', out, new Set());
  if (out.length === before) {
    try {
      deepStrictEqual(JSON.parse(JSON.stringify(result)) as unknown, result);
    } catch (err) {
      out.push(`JSON round trip changed the result: ${(err as Error).message.slice(0, 500)}`);
    }
  }
  return out;
}

function describeInput(text: string): string {
  const head = text.length > 300 ? `${JSON.stringify(text.slice(0, 300))}… (${text.length} chars)` : JSON.stringify(text);
  return `input: ${head}`;
}

/** Throws an Error listing every broken invariant (at most 20) and the input. */
export function assertInvariants(text: string, result: unknown): asserts result is Extraction {
  const v = findViolations(text, result);
  if (v.length) {
    const more = v.length > 20 ? `\n  … and ${v.length - 20} more` : '';
    throw new Error(`Extraction breaks ${v.length} invariant(s):\n  ${v.slice(0, 20).join('\n  ')}${more}\n${describeInput(text)}`);
  }
}

/**
 * Runs `run` (default: the public `extract`) twice on `text`: it must not throw, the first
 * result must satisfy every invariant, and the second must deep-equal the first.
 * Returns the first result.
 */
export function checkExtraction(text: string, run: (t: string) => Extraction = (t) => defaultExtract(t)): Extraction {
  let first: Extraction;
  let second: Extraction;
  try {
    first = run(text);
    second = run(text);
  } catch (err) {
    const e = err as Error;
    throw new Error(`extract threw ${e?.name ?? typeof err}: ${e?.message ?? String(err)}\n${describeInput(text)}\n${e?.stack ?? ''}`);
  }
  assertInvariants(text, first);
  try {
    deepStrictEqual(second, first);
  } catch (err) {
    throw new Error(`extract is not deterministic: two calls differ.\n${(err as Error).message.slice(0, 1000)}\n${describeInput(text)}`);
  }
  return first;
}
