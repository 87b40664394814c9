// Named-entity scoring: PERSON / ORG / PLACE, exact-span and overlap matching.
import { bump, clip, overlapLength, overlaps, prf } from './spans.mjs';

export const TYPES = /** @type {const} */ (['PERSON', 'ORG', 'PLACE']);
/** @type {Set<string>} */
const TYPE_SET = new Set(TYPES);

/**
 * @typedef {{ start: number, end: number, type: string, text: string }} NamedSpan
 * @typedef {{ start: number, end: number, type: string, named: boolean, headUpos?: string }} GoldMention
 *   any gold mention (all types, named or not), used to explain spurious predictions
 */

/**
 * Gold named mentions of a GUM record: `named === true`, type PERSON/ORG/PLACE, scored on the
 * `name` span (the proper-name core), not the whole noun phrase. Deduplicated by span and type.
 * @param {any} record
 * @returns {NamedSpan[]}
 */
export function gumGold(record) {
  /** @type {Map<string, NamedSpan>} */
  const out = new Map();
  for (const e of record.entities ?? []) {
    if (!e.named || !e.name || !TYPE_SET.has(e.type)) continue;
    const key = `${e.name.start}:${e.name.end}:${e.type}`;
    if (!out.has(key)) out.set(key, { start: e.name.start, end: e.name.end, type: e.type, text: e.name.text });
  }
  return [...out.values()].sort(byStart);
}

/**
 * Every GUM mention, as context for explaining predictions that match no scored gold name.
 * Named mentions are given by their `name` span, others by the full mention span.
 * @param {any} record
 * @returns {GoldMention[]}
 */
export function gumContext(record) {
  return (record.entities ?? []).map((/** @type {any} */ e) => ({
    start: e.named && e.name ? e.name.start : e.start,
    end: e.named && e.name ? e.name.end : e.end,
    type: e.type,
    named: Boolean(e.named),
    headUpos: e.headUpos,
  }));
}

/**
 * Gold entities of a UNER record (already PERSON/ORG/PLACE, proper names only).
 * @param {any} record
 * @returns {NamedSpan[]}
 */
export function unerGold(record) {
  /** @type {Map<string, NamedSpan>} */
  const out = new Map();
  for (const e of record.entities ?? []) {
    if (!TYPE_SET.has(e.type)) continue;
    out.set(`${e.start}:${e.end}:${e.type}`, { start: e.start, end: e.end, type: e.type, text: e.text });
  }
  return [...out.values()].sort(byStart);
}

/**
 * Our named mentions: mentions of kind `name` or `alias` of PERSON/ORG/PLACE entities.
 * GROUP entities and pronoun/nominal mentions are not named-entity predictions.
 * @param {import('../../dist/index.js').Extraction} x
 * @returns {NamedSpan[]}
 */
export function oursNamed(x) {
  /** @type {Map<string, NamedSpan>} */
  const out = new Map();
  for (const e of x.entities ?? []) {
    if (!TYPE_SET.has(e.type)) continue;
    for (const m of e.mentions ?? []) {
      if (m.kind !== 'name' && m.kind !== 'alias') continue;
      out.set(`${m.start}:${m.end}:${e.type}`, { start: m.start, end: m.end, type: e.type, text: m.text });
    }
  }
  return [...out.values()].sort(byStart);
}

/** @param {{start:number,end:number}} a @param {{start:number,end:number}} b */
function byStart(a, b) {
  return a.start - b.start || a.end - b.end;
}

/**
 * Counts for one matching mode, per type.
 * @typedef {Record<string, { tp: number, fp: number, fn: number }>} TypeCounts
 */

/** @returns {TypeCounts} */
function emptyCounts() {
  return Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
}

/**
 * Accumulates entity scores over documents, with error groups and a few examples.
 */
export class EntityScore {
  constructor() {
    /** @type {{ exact: TypeCounts, overlap: TypeCounts }} */
    this.counts = { exact: emptyCounts(), overlap: emptyCounts() };
    this.docs = 0;
    /** error group → count (only filled when `explain` is on) */
    /** @type {Record<string, number>} */
    this.errors = {};
    /** error group → a few printable examples (never serialised) */
    /** @type {Record<string, string[]>} */
    this.examples = {};
  }

  /**
   * @param {NamedSpan[]} gold
   * @param {NamedSpan[]} pred
   * @param {{ text: string, id: string, context?: GoldMention[], explain?: boolean }} doc
   */
  add(gold, pred, doc) {
    this.docs++;
    // exact
    const predKeys = new Set(pred.map((p) => `${p.start}:${p.end}:${p.type}`));
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const t of TYPES) {
      const g = gold.filter((x) => x.type === t);
      const p = pred.filter((x) => x.type === t);
      const tp = g.filter((x) => predKeys.has(`${x.start}:${x.end}:${x.type}`)).length;
      addCounts(this.counts.exact, t, tp, p.length - tp, g.length - tp);
      const otp = overlapMatches(g, p);
      addCounts(this.counts.overlap, t, otp, p.length - otp, g.length - otp);
    }
    if (doc.explain) this.explain(gold, pred, goldKeys, predKeys, doc);
  }

  /**
   * Groups every miss by cause.
   * @param {NamedSpan[]} gold
   * @param {NamedSpan[]} pred
   * @param {Set<string>} goldKeys
   * @param {Set<string>} predKeys
   * @param {{ text: string, id: string, context?: GoldMention[] }} doc
   */
  explain(gold, pred, goldKeys, predKeys, doc) {
    const show = (/** @type {{start:number,end:number}} */ s) => `“${clip(doc.text.slice(s.start, s.end), 50)}”`;
    for (const g of gold) {
      if (predKeys.has(`${g.start}:${g.end}:${g.type}`)) continue;
      const sameSpan = pred.find((p) => p.start === g.start && p.end === g.end);
      if (sameSpan) {
        this.note(`type confusion: gold ${g.type} → ours ${sameSpan.type}`, `${doc.id}: ${show(g)}`);
        continue;
      }
      const over = pred.filter((p) => overlaps(p, g));
      if (over.length === 0) {
        this.note(`missed: gold ${g.type}, nothing predicted there`, `${doc.id}: ${show(g)}`);
        continue;
      }
      const best = over.sort((a, b) => overlapLength(b, g) - overlapLength(a, g))[0];
      const shape =
        best.start <= g.start && best.end >= g.end ? 'ours longer' : best.start >= g.start && best.end <= g.end ? 'ours shorter' : 'shifted';
      if (best.type === g.type) this.note(`boundary: ${g.type}, ${shape}`, `${doc.id}: gold ${show(g)} ours ${show(best)}`);
      else this.note(`boundary + type: gold ${g.type} → ours ${best.type}, ${shape}`, `${doc.id}: gold ${show(g)} ours ${show(best)}`);
    }
    for (const p of pred) {
      if (goldKeys.has(`${p.start}:${p.end}:${p.type}`)) continue;
      if (gold.some((g) => overlaps(g, p))) continue; // already explained from the gold side
      const ctx = (doc.context ?? []).filter((c) => overlaps(c, p));
      let cause = 'spurious: no gold mention there';
      if (ctx.length) {
        const named = ctx.find((c) => c.named);
        const c = named ?? ctx[0];
        if (named) cause = `spurious: gold named ${c.type} (type not scored)`;
        else if (c.headUpos === 'PRON') cause = `spurious: gold pronoun (${c.type})`;
        else cause = `spurious: gold unnamed ${c.type} mention`;
      }
      this.note(`${cause} ← ours ${p.type}`, `${doc.id}: ${show(p)}`);
    }
  }

  /** @param {string} group @param {string} example */
  note(group, example) {
    bump(this.errors, group);
    const list = (this.examples[group] ??= []);
    if (list.length < 6 && !list.includes(example)) list.push(example);
  }

  /** @param {EntityScore} other */
  merge(other) {
    for (const mode of /** @type {const} */ (['exact', 'overlap'])) {
      for (const t of [...TYPES, 'ALL']) {
        const a = this.counts[mode][t];
        const b = other.counts[mode][t];
        a.tp += b.tp;
        a.fp += b.fp;
        a.fn += b.fn;
      }
    }
    this.docs += other.docs;
    for (const [k, v] of Object.entries(other.errors)) bump(this.errors, k, v);
    for (const [k, v] of Object.entries(other.examples)) {
      const list = (this.examples[k] ??= []);
      for (const e of v) if (list.length < 6 && !list.includes(e)) list.push(e);
    }
    return this;
  }

  /** Plain JSON summary (counts and scores; no text). */
  summary() {
    /** @type {Record<string, any>} */
    const out = { docs: this.docs };
    for (const mode of /** @type {const} */ (['exact', 'overlap'])) {
      out[mode] = Object.fromEntries(
        Object.entries(this.counts[mode]).map(([t, c]) => [t, { ...prf(c.tp, c.fp, c.fn), gold: c.tp + c.fn, predicted: c.tp + c.fp }]),
      );
    }
    return out;
  }
}

/**
 * @param {TypeCounts} counts
 * @param {string} type
 * @param {number} tp
 * @param {number} fp
 * @param {number} fn
 */
function addCounts(counts, type, tp, fp, fn) {
  for (const k of [type, 'ALL']) {
    counts[k].tp += tp;
    counts[k].fp += fp;
    counts[k].fn += fn;
  }
}

/**
 * One-to-one overlap matching within one type: pairs sorted by shared characters, taken greedily.
 * @param {NamedSpan[]} gold
 * @param {NamedSpan[]} pred
 */
function overlapMatches(gold, pred) {
  /** @type {[number, number, number][]} */
  const pairs = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const n = overlapLength(g, p);
      if (n > 0) pairs.push([n, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gi = new Set();
  const pj = new Set();
  let tp = 0;
  for (const [, i, j] of pairs) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    tp++;
  }
  return tp;
}

/** Title words that GUM's PROPN-based "named" heuristic can pull into a PERSON name. */
const TITLE_WORDS = new Set(
  'President Prime Minister Senator Sen. Governor Gov. Mayor Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Professor Prof. Sheriff Chairman Director CEO Judge King Queen Prince Pope Secretary General Gen. Captain Coach Rep. Representative Chancellor Ambassador Emeritus Lord Sir Dame Lady Justice Chief Commissioner Premier Vice Deputy Executive'.split(' '),
);

/**
 * GUM annotation conventions that differ from what a NER user expects, counted on the gold data
 * (counts only, no text). Used for report notes.
 * @param {any[]} records GUM records
 */
export function gumConventions(records) {
  /** @type {Map<string, Set<string>>} */
  const typesBySurface = new Map();
  let otherTypeNamed = 0;
  /** @type {Record<string, number>} */
  const otherTypes = {};
  let titleOnly = 0;
  let longNames = 0;
  let titled = 0;
  for (const r of records) {
    for (const e of r.entities ?? []) {
      if (!e.named || !e.name) continue;
      if (!TYPE_SET.has(e.type)) {
        otherTypeNamed++;
        bump(otherTypes, e.type);
        continue;
      }
      const s = e.name.text;
      if (!typesBySurface.has(s)) typesBySurface.set(s, new Set());
      /** @type {Set<string>} */ (typesBySurface.get(s)).add(e.type);
      if (/^(?:(?:the|The)\s+)?(?:President|Prime Minister|Senator|Minister|Governor|Mayor|Chairman|Court|State|South|North)$/.test(s)) titleOnly++;
      if (/\s(?:of|at)\s/.test(s) && e.type === 'PERSON') longNames++;
      if (e.type === 'PERSON') {
        const words = s.split(/\s+/);
        if (words.length > 1 && words.slice(0, -1).some((/** @type {string} */ w) => TITLE_WORDS.has(w))) titled++;
      }
    }
  }
  let orgPlace = 0;
  let personOther = 0;
  for (const r of records) {
    for (const e of r.entities ?? []) {
      if (!e.named || !e.name || !TYPE_SET.has(e.type)) continue;
      const set = typesBySurface.get(e.name.text);
      if (!set || set.size < 2) continue;
      if (set.has('ORG') && set.has('PLACE')) orgPlace++;
      else personOther++;
    }
  }
  return {
    namedMentionsOfUnscoredTypes: otherTypeNamed,
    namedMentionsOfUnscoredTypesByType: otherTypes,
    namesTypedBothOrgAndPlace: orgPlace,
    namesWithOtherTypeConflicts: personOther,
    bareTitleOrGenericNames: titleOnly,
    personNamesSpanningOfPhrase: longNames,
    personNamesWithTitleWord: titled,
  };
}
