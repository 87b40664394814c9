// Stances on PLOVER GSR (CAMEO) sentences.
//
// Mapping (documented in docs/evaluation.md):
// - A sentence is a gold stance sentence when one of its events has a non-null `stance`
//   (the converter maps SUPPORT → support; DISAPPROVE, REJECT → oppose). Its gold holders are the
//   event's `source` actors that have offsets; its gold polarity is that `stance`.
// - Every other sentence (AGREE, DEMAND, THREATEN, PROTEST, …) is a distractor: it is only counted
//   for how often we produce any stance on it (some of those, e.g. PROTEST, are arguably opposition,
//   so this is reported, not scored as an error).
// - One of our stances on a sentence is correct when its holder matches a gold source actor and its
//   polarity equals the gold polarity. The holder matches when the stance's `holderSpan`, or any
//   mention of the holder entity, overlaps the gold actor's span. The decision is not scored:
//   PLOVER's target is an actor, not a decision.
import { bump, clip, overlaps, ratio } from './spans.mjs';

/**
 * @typedef {{ start: number, end: number }} Range
 * @typedef {{ polarity: 'support' | 'oppose', holders: Range[], event: string }} GoldStance
 */

/**
 * @param {any} record
 * @returns {{ stance: GoldStance | null, event: string }}
 */
export function ploverGold(record) {
  const events = record.events ?? [];
  for (const e of events) {
    if (e.stance !== 'support' && e.stance !== 'oppose') continue;
    const holders = (e.source ?? []).filter((/** @type {any} */ s) => s.start != null && s.end != null).map((/** @type {any} */ s) => ({ start: s.start, end: s.end }));
    return { stance: { polarity: e.stance, holders, event: e.event }, event: e.event };
  }
  return { stance: null, event: events[0]?.event ?? 'NONE' };
}

function emptyCounts() {
  return {
    stanceSentences: 0,
    withAnyStance: 0,
    correct: 0,
    holderMatched: 0,
    polarityMatched: 0,
    oursOnStanceSentences: 0,
    oursCorrect: 0,
    distractorSentences: 0,
    distractorsWithStance: 0,
    oursOnDistractors: 0,
    crashed: 0,
  };
}

export class PloverScore {
  constructor() {
    this.counts = emptyCounts();
    /** stances produced on distractor sentences, by PLOVER event and polarity */
    /** @type {Record<string, number>} */
    this.distractorStances = {};
    /** @type {Record<string, number>} */
    this.errors = {};
    /** @type {Record<string, string[]>} */
    this.examples = {};
  }

  /**
   * @param {any} record
   * @param {import('../../dist/index.js').Extraction | null} x
   * @param {boolean} explain
   */
  add(record, x, explain) {
    const c = this.counts;
    const text = /** @type {string} */ (record.text);
    const { stance: gold, event } = ploverGold(record);
    const ours = x?.stances ?? [];
    if (!x) c.crashed++;
    const entities = new Map((x?.entities ?? []).map((e) => [e.id, e]));
    const show = (/** @type {Range} */ r) => `“${clip(text.slice(r.start, r.end), 40)}”`;
    if (!gold) {
      c.distractorSentences++;
      c.oursOnDistractors += ours.length;
      if (ours.length) {
        c.distractorsWithStance++;
        for (const s of ours) bump(this.distractorStances, `${event} → ${s.polarity}`);
      }
      return;
    }
    c.stanceSentences++;
    c.oursOnStanceSentences += ours.length;
    if (ours.length) c.withAnyStance++;
    let anyHolder = false;
    let anyPolarity = false;
    let anyCorrect = false;
    for (const s of ours) {
      const spans = [s.holderSpan, ...(entities.get(s.holder)?.mentions ?? [])].filter(Boolean);
      const holderOk = spans.some((m) => gold.holders.some((h) => overlaps(/** @type {Range} */ (m), h)));
      const polOk = s.polarity === gold.polarity;
      anyHolder ||= holderOk;
      anyPolarity ||= polOk;
      if (holderOk && polOk) {
        anyCorrect = true;
        c.oursCorrect++;
      }
    }
    if (anyHolder) c.holderMatched++;
    if (anyPolarity) c.polarityMatched++;
    if (anyCorrect) c.correct++;
    if (!explain || anyCorrect) return;
    const goldDesc = `gold ${gold.polarity} by ${gold.holders.map(show).join(' + ') || '(no located actor)'}`;
    if (!ours.length) this.note(`no stance: gold ${gold.event} (${gold.polarity})`, `${record.id}: ${goldDesc}`);
    else if (anyHolder) this.note(`polarity wrong: gold ${gold.polarity}, holder right`, `${record.id}: ${goldDesc}; ours ${ours.map((s) => s.polarity).join(', ')}`);
    else
      this.note(
        `holder wrong: gold ${gold.event} (${gold.polarity})${anyPolarity ? ', polarity right' : ''}`,
        `${record.id}: ${goldDesc}; ours ${ours.map((s) => `${s.polarity} by ${show(s.holderSpan)}`).join(', ')}`,
      );
  }

  /** @param {string} group @param {string} example */
  note(group, example) {
    bump(this.errors, group);
    const list = (this.examples[group] ??= []);
    if (list.length < 6 && !list.includes(example)) list.push(example);
  }

  /** @param {PloverScore} other */
  merge(other) {
    for (const k of /** @type {(keyof ReturnType<typeof emptyCounts>)[]} */ (Object.keys(this.counts))) this.counts[k] += other.counts[k];
    for (const [k, v] of Object.entries(other.distractorStances)) bump(this.distractorStances, k, v);
    for (const [k, v] of Object.entries(other.errors)) bump(this.errors, k, v);
    for (const [k, v] of Object.entries(other.examples)) {
      const list = (this.examples[k] ??= []);
      for (const e of v) if (list.length < 6 && !list.includes(e)) list.push(e);
    }
    return this;
  }

  summary() {
    const c = this.counts;
    return {
      ...c,
      recall: ratio(c.correct, c.stanceSentences),
      precision: ratio(c.oursCorrect, c.oursOnStanceSentences),
      anyStanceRate: ratio(c.withAnyStance, c.stanceSentences),
      holderRate: ratio(c.holderMatched, c.stanceSentences),
      polarityRate: ratio(c.polarityMatched, c.stanceSentences),
      distractorStanceRate: ratio(c.distractorsWithStance, c.distractorSentences),
      distractorStances: this.distractorStances,
    };
  }
}
