/**
 * Pure helpers for the demo: which spans to highlight, how they nest, and the
 * words each record's popup shows. No DOM access here.
 */
import type { Decision, Entity, Extraction, Quote, Stance } from '../src/index.js';

/** What a highlight stands for. */
export type Ref =
  | { readonly type: 'entity'; readonly entity: Entity; readonly mention: number }
  | { readonly type: 'quote'; readonly quote: Quote }
  | { readonly type: 'speech'; readonly quote: Quote }
  | { readonly type: 'decision'; readonly decision: Decision; readonly mention: number } // -1: the trigger
  | { readonly type: 'stance'; readonly stance: Stance };

export type AnnKind = Ref['type'];

/** One highlight: a range of the text and the records it shows. */
export interface Ann {
  readonly start: number;
  readonly end: number;
  readonly kind: AnnKind;
  readonly className: string;
  readonly refs: readonly Ref[];
  /** Element id for the first piece, so other parts of the page can jump to it. */
  readonly anchor?: string;
}

/** A piece of the rendered text: plain text, or a highlight with nested pieces. */
export type Piece =
  | { readonly text: string }
  | { readonly ann: Ann; readonly first: boolean; readonly children: readonly Piece[] };

/** Outer first when two highlights cover the same range. */
const PRIORITY: Record<AnnKind, number> = { quote: 5, stance: 4, decision: 3, speech: 2, entity: 1 };

export function annotations(x: Extraction): Ann[] {
  const byRange = new Map<string, Ann>();
  const add = (start: number, end: number, kind: AnnKind, className: string, ref: Ref, anchor?: string): void => {
    if (!(end > start)) return;
    const key = `${kind}:${start}:${end}`;
    const seen = byRange.get(key);
    if (seen) {
      byRange.set(key, { ...seen, refs: [...seen.refs, ref], anchor: seen.anchor ?? anchor });
    } else {
      byRange.set(key, { start, end, kind, className, refs: [ref], anchor });
    }
  };
  for (const entity of x.entities) {
    entity.mentions.forEach((m, i) =>
      add(m.start, m.end, 'entity', `ent ent-${entity.type.toLowerCase()} mention-${m.kind}`, { type: 'entity', entity, mention: i }),
    );
  }
  for (const quote of x.quotes) {
    add(quote.start, quote.end, 'quote', `quote quote-${quote.kind}`, { type: 'quote', quote }, `hl-${quote.id}`);
    if (quote.cue) add(quote.cue.start, quote.cue.end, 'speech', 'speech', { type: 'speech', quote });
  }
  for (const decision of x.decisions) {
    add(decision.trigger.start, decision.trigger.end, 'decision', 'decision decision-trigger', { type: 'decision', decision, mention: -1 }, `hl-${decision.id}`);
    decision.mentions.forEach((m, i) => add(m.start, m.end, 'decision', 'decision', { type: 'decision', decision, mention: i }));
  }
  for (const stance of x.stances) {
    add(stance.cue.start, stance.cue.end, 'stance', `stance stance-${stance.polarity}`, { type: 'stance', stance }, `hl-${stance.id}`);
  }
  return [...byRange.values()];
}

function compare(a: Ann, b: Ann): number {
  return a.start - b.start || b.end - a.end || PRIORITY[b.kind] - PRIORITY[a.kind];
}

/**
 * Nests highlights inside [from, to). A highlight that crosses the end of an
 * earlier one is split at that end, so every piece nests properly.
 */
export function nest(text: string, anns: readonly Ann[], from: number, to: number, started = new Set<Ann>()): Piece[] {
  let queue = anns
    .filter((a) => a.end > from && a.start < to)
    .map((a) => (a.start < from || a.end > to ? { ...a, start: Math.max(a.start, from), end: Math.min(a.end, to), original: a } : a))
    .sort(compare);
  const out: Piece[] = [];
  let pos = from;
  while (queue.length > 0) {
    const a = queue.shift()!;
    if (a.end <= pos) continue;
    if (a.start < pos) {
      // Crosses the previous sibling's end: keep the rest.
      queue.push({ ...a, start: pos });
      queue.sort(compare);
      continue;
    }
    if (a.start > pos) out.push({ text: text.slice(pos, a.start) });
    const inside: Ann[] = [];
    const rest: Ann[] = [];
    for (const b of queue) {
      if (b.start >= a.end) rest.push(b);
      else if (b.end <= a.end) inside.push(b);
      else {
        inside.push({ ...b, end: a.end });
        rest.push({ ...b, start: a.end });
      }
    }
    const original = (a as Ann & { original?: Ann }).original ?? a;
    const first = !started.has(original);
    started.add(original);
    out.push({ ann: a, first, children: nest(text, inside, a.start, a.end, started) });
    pos = a.end;
    queue = rest.sort(compare);
  }
  if (pos < to) out.push({ text: text.slice(pos, to) });
  return out;
}

/** Paragraph-like blocks: runs of text between line breaks. */
export function blocks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Lookups the popups and tables need. */
export class Index {
  readonly entities = new Map<string, Entity>();
  readonly quotes = new Map<string, Quote>();
  readonly decisions = new Map<string, Decision>();
  constructor(readonly x: Extraction) {
    for (const e of x.entities) this.entities.set(e.id, e);
    for (const q of x.quotes) this.quotes.set(q.id, q);
    for (const d of x.decisions) this.decisions.set(d.id, d);
  }
  entityName(id: string | null): string {
    if (id === null) return 'unknown';
    return this.entities.get(id)?.name ?? id;
  }
  decisionLabel(id: string): string {
    const d = this.decisions.get(id);
    if (!d) return id;
    const who = d.decider ? `${this.entityName(d.decider)}: ` : '';
    const whom = d.targets.length ? ` ${d.targets.map((t) => this.entityName(t)).join(', ')}` : '';
    return `${who}${d.action}${whom}`;
  }
}

export const TYPE_NAMES: Record<Entity['type'], string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  GROUP: 'Group',
  PLACE: 'Place',
};

/** The popup of one record: a title and label/value rows. */
export interface Card {
  readonly tag: string;
  readonly title: string;
  readonly rows: readonly (readonly [string, string])[];
}

const quoted = (s: string, max = 160): string => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

export function card(ref: Ref, ix: Index): Card {
  switch (ref.type) {
    case 'entity': {
      const { entity: e, mention } = ref;
      const m = e.mentions[mention];
      const rows: [string, string][] = [['type', `${TYPE_NAMES[e.type]} (${e.type})`]];
      if (m) rows.push(['this mention', `${quoted(m.text)}, ${m.kind}`]);
      rows.push(['mentions', String(e.mentions.length)]);
      if (e.aliases.length) rows.push(['aliases', e.aliases.join(', ')]);
      if (e.roles.length) rows.push(['roles', e.roles.join(', ')]);
      if (e.affiliations.length) rows.push(['affiliated with', e.affiliations.map((a) => ix.entityName(a)).join(', ')]);
      return { tag: `entity ${e.id}`, title: e.name, rows };
    }
    case 'quote':
    case 'speech': {
      const q = ref.quote;
      const rows: [string, string][] = [
        ['speaker', q.speaker ? ix.entityName(q.speaker) : 'not found'],
      ];
      if (q.speakerSpan) rows.push(['attributed by', quoted(q.speakerSpan.text)]);
      if (q.cue) rows.push(['cue', quoted(q.cue.text)]);
      rows.push(['kind', q.kind]);
      if (ref.type === 'speech') rows.push(['quote', quoted(q.text, 120)]);
      return { tag: ref.type === 'speech' ? `speech cue of ${q.id}` : `${q.kind} quote ${q.id}`, title: ref.type === 'speech' ? 'Speech cue' : 'Quote', rows };
    }
    case 'decision': {
      const d = ref.decision;
      const rows: [string, string][] = [
        ['action', d.action],
        ['decided by', d.decider ? ix.entityName(d.decider) : 'not stated'],
      ];
      if (d.targets.length) rows.push(['acting on', d.targets.map((t) => ix.entityName(t)).join(', ')]);
      rows.push(['this span', ref.mention < 0 ? `trigger ${quoted(d.trigger.text)}` : `later mention ${quoted(d.mentions[ref.mention]?.text ?? '')}`]);
      const stances = ix.x.stances.filter((s) => s.decision === d.id);
      if (stances.length) {
        rows.push(['stances', stances.map((s) => `${ix.entityName(s.holder)} ${s.polarity === 'support' ? 'supports' : 'opposes'}`).join('; ')]);
      }
      return { tag: `decision ${d.id}`, title: ix.decisionLabel(d.id), rows };
    }
    case 'stance': {
      const s = ref.stance;
      return {
        tag: `stance ${s.id}`,
        title: `${ix.entityName(s.holder)} ${s.polarity === 'support' ? 'supports' : 'opposes'}`,
        rows: [
          ['decision', ix.decisionLabel(s.decision)],
          ['cue', quoted(s.cue.text)],
          ['holder named as', quoted(s.holderSpan.text)],
          ['confidence', s.confidence.toFixed(2)],
          ['rule', s.rule],
          ...s.quotes.map((id): [string, string] => ['backed by quote', quoted(ix.quotes.get(id)?.text ?? id, 90)]),
        ],
      };
    }
  }
}
