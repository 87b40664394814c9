// Quote attribution on GUM: is each gold speech quote found, and is its speaker right?
import { bump, clip, overlaps, ratio } from './spans.mjs';

/**
 * Cue lemmas counted as speech acts. GUM's "attribution" also covers cognition and evidence
 * (think, know, believe, show, find, suggest, …); those are left out. A multi-word cue lemma
 * ("report say") counts when the whole lemma or any of its words is listed.
 */
export const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'claim', 'state', 'explain', 'accord to', 'write', 'add', 'tweet', 'announce',
  'note', 'comment', 'assert', 'report', 'reveal', 'declare', 'reply', 'quote', 'admit', 'remark',
  'mention', 'ask', 'promise', 'observe', 'confirm', 'deny', 'insist', 'warn', 'argue', 'respond',
  'answer', 'express', 'describe', 'acknowledge', 'testify', 'urge', 'complain', 'call', 'post',
  'publish', 'speak',
]);

export const KINDS = /** @type {const} */ (['direct', 'indirect', 'mixed']);

const QUOTE_MARKS = /["“”‘’'«»„‟‹›]/;

/**
 * @typedef {{ start: number, end: number }} Range
 * @typedef {object} GoldQuote
 * @property {string} kind              direct | indirect | mixed (GUM's derived kind)
 * @property {Range[]} content          content span(s): `parts` when discontinuous
 * @property {number[]} chars           content character positions that count (no spaces, no quote marks)
 * @property {Range[] | null} speaker   gold speaker span(s) (`speakerParts` when discontinuous)
 * @property {Range[]} cluster          every gold mention of the speaker's coreference entity
 * @property {string} speakerForm       pronoun | name | nominal | unaligned | none
 * @property {string | null} speakerType
 * @property {string} why               "speech cue: <lemma>" or "direct quote, no cue"
 */

/**
 * True for a GUM cue lemma that is a speech act.
 * @param {string | null | undefined} lemma
 */
export function isSpeechLemma(lemma) {
  if (!lemma) return false;
  if (SPEECH_LEMMAS.has(lemma)) return true;
  return lemma.split(/\s+/).some((w) => SPEECH_LEMMAS.has(w));
}

/**
 * Gold quotes scored for attribution: GUM attributions whose cue lemma is a speech verb, plus
 * direct quotes without any cue (including `<quote>` elements with no attribution edge, which have
 * no speaker and so count only for "found").
 * @param {any} record
 * @returns {GoldQuote[]}
 */
export function gumGoldQuotes(record) {
  const text = /** @type {string} */ (record.text);
  /** @type {GoldQuote[]} */
  const out = [];
  for (const q of record.quotes ?? []) {
    const hasCue = q.cue != null;
    let why;
    if (hasCue && isSpeechLemma(q.cueLemma)) why = `speech cue: ${q.cueLemma}`;
    else if (!hasCue && q.kind === 'direct') why = 'direct quote, no cue';
    else continue;
    /** @type {Range[]} */
    const content = Array.isArray(q.parts) && q.parts.length ? q.parts.map(range) : [range(q)];
    /** @type {number[]} */
    const chars = [];
    for (const r of content) for (let i = r.start; i < r.end; i++) if (!/\s/.test(text[i] ?? ' ') && !QUOTE_MARKS.test(text[i] ?? '')) chars.push(i);
    if (!chars.length) continue;
    /** @type {Range[] | null} */
    let speaker = null;
    if (Array.isArray(q.speakerParts) && q.speakerParts.length) speaker = q.speakerParts.map(range);
    else if (q.speakerStart != null && q.speakerEnd != null) speaker = [{ start: q.speakerStart, end: q.speakerEnd }];
    const cluster = q.speakerEntityId
      ? (record.entities ?? []).filter((/** @type {any} */ e) => e.entityId === q.speakerEntityId).map(range)
      : [];
    let speakerForm = 'none';
    if (speaker) {
      const m = (record.entities ?? []).find((/** @type {any} */ e) => e.start === q.speakerStart && e.end === q.speakerEnd);
      speakerForm = !m ? 'unaligned' : m.headUpos === 'PRON' ? 'pronoun' : m.named ? 'name' : 'nominal';
    }
    out.push({ kind: q.kind, content, chars, speaker, cluster, speakerForm, speakerType: q.speakerType ?? null, why });
  }
  return out;
}

/** @param {any} x @returns {Range} */
function range(x) {
  return { start: x.start, end: x.end };
}

/** @returns {{ gold: number, found: number, withSpeaker: number, foundWithSpeaker: number, speakerCorrect: number, baselineFound: number }} */
function emptyKind() {
  return { gold: 0, found: 0, withSpeaker: 0, foundWithSpeaker: 0, speakerCorrect: 0, baselineFound: 0 };
}

/**
 * Accumulates quote scores over documents.
 */
export class QuoteScore {
  constructor() {
    this.docs = 0;
    /** @type {Record<string, ReturnType<typeof emptyKind>>} */
    this.byKind = Object.fromEntries([...KINDS, 'ALL'].map((k) => [k, emptyKind()]));
    /** our quotes, and how many fall (≥ 50% of their characters) inside any GUM attribution content */
    this.ours = { quotes: 0, insideGold: 0 };
    /** @type {Record<string, number>} */
    this.errors = {};
    /** @type {Record<string, string[]>} */
    this.examples = {};
  }

  /**
   * @param {any} record GUM record
   * @param {import('../../dist/index.js').Extraction | null} x our extraction (null when extract threw)
   * @param {{ start: number, end: number }[] | null} baseline compromise quotation spans
   * @param {boolean} explain
   */
  add(record, x, baseline, explain) {
    this.docs++;
    const text = /** @type {string} */ (record.text);
    const gold = gumGoldQuotes(record);
    const ours = x?.quotes ?? [];
    const entities = new Map((x?.entities ?? []).map((e) => [e.id, e]));
    const show = (/** @type {Range} */ r, n = 60) => `“${clip(text.slice(r.start, r.end), n)}”`;
    for (const g of gold) {
      const rows = [this.byKind[g.kind] ?? (this.byKind[g.kind] = emptyKind()), this.byKind.ALL];
      for (const row of rows) row.gold++;
      if (g.speaker) for (const row of rows) row.withSpeaker++;
      const best = bestCover(g.chars, ours);
      if (baseline && bestCover(g.chars, baseline).share >= 0.5) for (const row of rows) row.baselineFound++;
      if (best.share < 0.5) {
        if (explain) {
          const cause = best.share === 0 ? 'no quote of ours overlaps' : 'ours covers < 50%';
          this.note(`missed ${g.kind} quote: ${cause}`, `${record.id}: ${show(g.content[0])} (${g.why})`);
        }
        continue;
      }
      for (const row of rows) row.found++;
      if (!g.speaker) continue;
      for (const row of rows) row.foundWithSpeaker++;
      const q = /** @type {any} */ (best.quote);
      const ent = q.speaker ? entities.get(q.speaker) : undefined;
      const targets = [...g.speaker, ...g.cluster];
      const ok = Boolean(ent && (ent.mentions ?? []).some((/** @type {Range} */ m) => targets.some((t) => overlaps(m, t))));
      if (ok) {
        for (const row of rows) row.speakerCorrect++;
        continue;
      }
      if (!explain) continue;
      const goldSpk = show(g.speaker[g.speaker.length - 1], 40);
      if (!q.speaker) this.note(`speaker missing (${g.kind}): gold speaker is a ${g.speakerForm}`, `${record.id}: gold ${goldSpk}, ours none`);
      else if (!ent) this.note(`speaker id not among entities (${g.kind})`, `${record.id}: gold ${goldSpk}, ours ${q.speaker}`);
      else
        this.note(
          `wrong speaker (${g.kind}): gold ${g.speakerForm}${g.speakerType ? ` ${g.speakerType}` : ''} → ours ${ent.type}`,
          `${record.id}: gold ${goldSpk}, ours “${clip(ent.name, 40)}”${q.speakerSpan ? ` via “${clip(q.speakerSpan.text, 30)}”` : ''}`,
        );
    }
    // our quotes against every GUM attribution content (speech or not) and <quote> element
    /** @type {Range[]} */
    const allGold = [];
    for (const q of record.quotes ?? []) {
      if (Array.isArray(q.parts) && q.parts.length) allGold.push(...q.parts.map(range));
      else allGold.push(range(q));
    }
    for (const e of record.quoteElements ?? []) allGold.push(range(e));
    for (const q of ours) {
      this.ours.quotes++;
      let inside = 0;
      let total = 0;
      for (let i = q.start; i < q.end; i++) {
        if (/\s/.test(text[i] ?? ' ')) continue;
        total++;
        if (allGold.some((r) => i >= r.start && i < r.end)) inside++;
      }
      if (total > 0 && inside / total >= 0.5) this.ours.insideGold++;
      else if (explain) this.note(`our ${q.kind} quote outside any GUM attribution`, `${record.id}: ${show(q)}`);
    }
  }

  /** @param {string} group @param {string} example */
  note(group, example) {
    bump(this.errors, group);
    const list = (this.examples[group] ??= []);
    if (list.length < 6 && !list.includes(example)) list.push(example);
  }

  /** @param {QuoteScore} other */
  merge(other) {
    this.docs += other.docs;
    for (const [k, v] of Object.entries(other.byKind)) {
      const row = (this.byKind[k] ??= emptyKind());
      for (const f of /** @type {(keyof typeof row)[]} */ (Object.keys(row))) row[f] += v[f];
    }
    this.ours.quotes += other.ours.quotes;
    this.ours.insideGold += other.ours.insideGold;
    for (const [k, v] of Object.entries(other.errors)) bump(this.errors, k, v);
    for (const [k, v] of Object.entries(other.examples)) {
      const list = (this.examples[k] ??= []);
      for (const e of v) if (list.length < 6 && !list.includes(e)) list.push(e);
    }
    return this;
  }

  /** Plain JSON summary (counts and ratios; no text). */
  summary() {
    /** @type {Record<string, any>} */
    const byKind = {};
    for (const [k, v] of Object.entries(this.byKind)) {
      byKind[k] = {
        ...v,
        foundRate: ratio(v.found, v.gold),
        speakerAccuracy: ratio(v.speakerCorrect, v.foundWithSpeaker),
        speakerEndToEnd: ratio(v.speakerCorrect, v.withSpeaker),
        baselineFoundRate: ratio(v.baselineFound, v.gold),
      };
    }
    return {
      docs: this.docs,
      byKind,
      ours: { ...this.ours, insideGoldRate: ratio(this.ours.insideGold, this.ours.quotes) },
    };
  }
}

/**
 * The quote of ours covering most of the gold content characters; on a tie, the tighter quote
 * (fewer characters outside the gold content) wins.
 * @param {number[]} chars
 * @param {readonly { start: number, end: number }[]} quotes
 * @returns {{ share: number, quote: { start: number, end: number } | null }}
 */
function bestCover(chars, quotes) {
  let best = 0;
  let bestLen = Infinity;
  /** @type {{ start: number, end: number } | null} */
  let quote = null;
  const lo = chars[0] ?? 0;
  const hi = (chars[chars.length - 1] ?? -1) + 1;
  for (const q of quotes) {
    if (!(q.start < hi && lo < q.end)) continue;
    let n = 0;
    for (const i of chars) if (i >= q.start && i < q.end) n++;
    const len = q.end - q.start;
    if (n > best || (n === best && n > 0 && len < bestLen)) {
      best = n;
      bestLen = len;
      quote = q;
    }
  }
  return { share: chars.length ? best / chars.length : 0, quote };
}
