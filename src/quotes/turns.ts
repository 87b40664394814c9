/**
 * Interview transcripts: paragraphs opening with a speaker label and a colon ("Q:", "JS:", "Jane Smith:")
 * are turns. The layout is read only when it is clear: some label opens two or more paragraphs.
 */
import type { Doc } from '../document/index.js';
import type { MentionRec } from '../model/index.js';
import type { MentionIndex } from '../syntax/index.js';

export interface Turn {
  /** Content token range [first, last) and character offsets. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly para: number;
  readonly speaker: MentionRec | null;
}

/** Labels are short: a name, initials, or Q / A. */
const MAX_LABEL_TOKENS = 4;
/** A turn says something: a few words after the colon. */
const MIN_TURN_TOKENS = 3;

function initials(name: string): string {
  return name.split(/[\s-]+/u).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('');
}

export function findTurns(doc: Doc, index: MentionIndex): Turn[] {
  const t = doc.tokens;
  const found: { label: string; labelFirst: number; first: number; last: number; para: number }[] = [];
  for (const p of doc.paragraphs) {
    const first = doc.sentences[p.firstSent]!.first;
    if (p.lastSent <= p.firstSent) continue;
    const last = doc.sentences[p.lastSent - 1]!.last;
    let k = first;
    while (k < last && k < first + MAX_LABEL_TOKENS && t[k]!.text !== ':' && (t[k]!.cap || t[k]!.text === '.' || t[k]!.text === '-')) k++;
    if (k === first || t[k]?.text !== ':' || last - (k + 1) < MIN_TURN_TOKENS) continue;
    // a label is initials or a name, not a caption word ("Image: NASA", "Update: …")
    const m = index.startingAt(first);
    const initialsLabel = k - first === 1 && /^[A-Z]{1,4}$/u.test(t[first]!.text);
    if (!initialsLabel && !(m && (m.kind === 'name' || m.kind === 'alias') && m.last === k)) continue;
    found.push({ label: doc.text.slice(t[first]!.start, t[k - 1]!.end), labelFirst: first, first: k + 1, last, para: p.index });
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  if (![...counts.values()].some((n) => n >= 2)) return [];
  // an initials label ("JS") names the entity with those initials
  const byInitials = new Map<string, MentionRec>();
  for (const m of index.all) {
    if (m.kind !== 'name' || m.last - m.first <= 1) continue;
    const key = initials(m.text);
    if (!byInitials.has(key)) byInitials.set(key, m);
  }
  return found
    .filter((f) => (counts.get(f.label) ?? 0) >= 2)
    .map((f) => {
      const m = index.startingAt(f.labelFirst);
      // "Q" is the interviewer, unnamed; "JS" is whoever has those initials
      const speaker = /^[A-Z]{1,4}$/u.test(f.label) ? byInitials.get(f.label) ?? null : m && m.last <= f.first ? m : null;
      return { first: f.first, last: f.last, start: t[f.first]!.start, end: t[f.last - 1]!.end, para: f.para, speaker };
    });
}

export interface PullQuote {
  readonly first: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: MentionRec;
}

/** Longest attribution line after a pull quote: "Charles Bolden, NASA Administrator". */
const MAX_ATTRIBUTION_TOKENS = 14;

/**
 * Pull quotes: a paragraph whose last sentence is only a person's name, perhaps with a title after a comma
 * ("… the American public in mind. Charles Bolden, NASA Administrator"), or which ends in a dash and a
 * name ("… laughs about it. — Rick Santorum"); what comes before is the quote.
 */
const DASHES = new Set(['—', '–', '―']);
const TERMINAL = new Set(['.', '!', '?', '…', '”', '"']);

export function findPullQuotes(doc: Doc, index: MentionIndex): PullQuote[] {
  const t = doc.tokens;
  const out: PullQuote[] = [];
  for (const p of doc.paragraphs) {
    const s = doc.sentences[p.lastSent - 1]!;
    // "… laughs about it. — Rick Santorum": the attribution may follow a dash inside the last sentence
    let from = s.first;
    for (let k = s.last - 2; k > s.first; k--) {
      if (DASHES.has(t[k]!.text) && TERMINAL.has(t[k - 1]!.text)) {
        from = k;
        break;
      }
    }
    const dashed = from > s.first;
    if (!dashed && p.lastSent - p.firstSent < 2) continue;
    if (s.last - from > MAX_ATTRIBUTION_TOKENS) continue;
    const nameAt = DASHES.has(t[from]!.text) ? from + 1 : from;
    const m = index.startingAt(nameAt);
    if (!m || m.kind !== 'name' || m.last - m.first < 2) continue;
    const rest = t.slice(m.last, s.last);
    if (rest.length && rest[0]!.text !== ',') continue;
    if (rest.some((u) => u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PRON' || u.text === ':' || u.text === '.' && u.i !== s.last - 1)) continue;
    const body = doc.sentences[p.firstSent]!;
    const [quoteLast, quoteEnd] = dashed ? [from, t[from - 1]!.end] : [doc.sentences[p.lastSent - 2]!.last, doc.sentences[p.lastSent - 2]!.end];
    if (!t.slice(body.first, quoteLast).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) continue;
    out.push({ first: body.first, start: body.start, end: quoteEnd, speaker: m });
  }
  return out;
}
