/**
 * Pairs quotation marks into quoted regions, per paragraph, for both styles.
 * A quote left open at a paragraph end continues when the next paragraph opens
 * with a quotation mark (the newspaper convention for long quotes).
 */
import type { Doc } from '../document/index.js';
import type { Diagnostic } from '../types.js';

export interface QuoteRegion {
  /** Offset of the opening mark and one past the closing mark (or the paragraph end). */
  readonly open: number;
  readonly close: number;
  /** Content offsets, inside the marks. */
  readonly start: number;
  readonly end: number;
  readonly style: 'double' | 'single';
  /** True when this region continues the previous one into a new paragraph. */
  readonly continued: boolean;
  /** Token range [first, last) of the content. */
  readonly first: number;
  readonly last: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013-]/u.test(ch);
}

interface Mark {
  readonly at: number;
  readonly role: 'open' | 'close';
  readonly style: 'double' | 'single';
  /** Characters in the mark: 2 for the typewriter pairs `` and ''. */
  readonly len?: number;
}

/** Classifies each quotation mark in [from, to) as opening or closing; apostrophes are skipped. */
function marksIn(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  let straightOpen = false;
  let doubleOpen = false;
  let singleDepth = 0;
  let backticks = false; // a `` pair is open: '' closes it
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    // ``…'' (or ``…"): the typewriter convention of newswire and TeX
    if (ch === '`' && text[i + 1] === '`') {
      backticks = doubleOpen = true;
      out.push({ at: i, role: 'open', style: 'double', len: 2 });
      i++;
    } else if (ch === "'" && text[i + 1] === "'" && backticks) {
      backticks = doubleOpen = false;
      out.push({ at: i, role: 'close', style: 'double', len: 2 });
      i++;
    } else if (OPEN_DOUBLE.has(ch)) {
      // “ typed for ” ("… decision.“ However"): an opening mark after a word, before a space, closes an open quote
      const role: Mark['role'] = doubleOpen && closesHere(text, i) && !opensHere(text, i) ? 'close' : 'open';
      doubleOpen = role === 'open';
      out.push({ at: i, role, style: 'double' });
    } else if (CLOSE_DOUBLE.has(ch)) {
      doubleOpen = backticks = false;
      out.push({ at: i, role: 'close', style: 'double' });
    } else if (ch === '"') {
      // the context decides when it is clear ("… early.\" After" closes); otherwise marks alternate
      const opens = opensHere(text, i);
      const closes = closesHere(text, i);
      const role: Mark['role'] = opens && !closes ? 'open' : closes && !opens ? 'close' : straightOpen ? 'close' : 'open';
      straightOpen = role === 'open';
      doubleOpen = straightOpen;
      if (role === 'close') backticks = false;
      out.push({ at: i, role, style: 'double' });
    } else if (ch === '‘') {
      singleDepth++;
      out.push({ at: i, role: 'open', style: 'single' });
    } else if (ch === '’' || ch === "'") {
      const before = text[i - 1];
      const after = text[i + 1];
      const letterBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
      const letterAfter = after !== undefined && /[\p{L}\p{N}]/u.test(after);
      if (letterBefore && letterAfter) continue; // it’s, don't
      if (ch === "'" && isSpaceOrStart(before) && letterAfter) {
        singleDepth++;
        out.push({ at: i, role: 'open', style: 'single' });
      } else if (singleDepth > 0 && !letterAfter) {
        singleDepth--;
        out.push({ at: i, role: 'close', style: 'single' });
      }
    }
  }
  return out;
}

/** A mark at i looks like an opening one: start or space before, a word character after. */
function opensHere(text: string, i: number): boolean {
  return isSpaceOrStart(text[i - 1]) && /[\p{L}\p{N}'‘.…[(]/u.test(text[i + 1] ?? '');
}

/** A mark at i looks like a closing one: a word or punctuation before, space, punctuation or the end after. */
function closesHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && /[^\s([{]/u.test(before) && (after === undefined || /[\s,.;:!?)\]\u2014\u2013-]/u.test(after));
}

/** Offset just after the last line break in [from, to), or from. */
function lastLineBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return from;
}

/** Offset of the first line break in [from, to), or to. */
function firstLineBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return to;
}

export interface QuoteMarks {
  readonly regions: readonly QuoteRegion[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Finds quoted regions. Single-quoted regions nested in double quotes are left out. */
export function findQuoteRegions(doc: Doc): QuoteMarks {
  const text = doc.text;
  const raw: { open: number; close: number; start: number; end: number; style: 'double' | 'single'; continued: boolean; closed: boolean }[] = [];
  const diagnostics: Diagnostic[] = [];
  let carry = false; // previous paragraph ended inside an open double quote
  const paras = doc.paragraphs;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    // a paragraph's marks may lie outside its first and last token (wink does not keep them as tokens)
    const from = pi > 0 ? paras[pi - 1]!.end : 0;
    const to = pi + 1 < paras.length ? paras[pi + 1]!.start : text.length;
    const scanFrom = lastLineBreak(text, from, p.start);
    const scanTo = firstLineBreak(text, p.end, to);
    const marks = marksIn(text, scanFrom, scanTo);
    let openDouble: Mark | null = null;
    let nested = false;
    // a straight mark read as closing while nothing is open ('said," [X] liked …".'): it opens, if a later one closes
    let stray: Mark | null = null;
    const singles: Mark[] = [];
    const firstMark = marks[0];
    const continues = carry && firstMark !== undefined && firstMark.role === 'open' && firstMark.style === 'double' && firstMark.at <= p.start;
    // a quote left open that this paragraph closes before opening another: one quote over both paragraphs
    const firstDouble = marks.find((m) => m.style === 'double');
    const prev = raw[raw.length - 1];
    let skip: Mark | null = null;
    if (carry && firstDouble?.role === 'close' && prev && !prev.closed) {
      raw[raw.length - 1] = { ...prev, close: firstDouble.at + (firstDouble.len ?? 1), end: firstDouble.at, closed: true };
      skip = firstDouble;
    }
    carry = false;
    for (const m of marks) {
      if (m === skip) continue;
      if (m.style === 'double') {
        if (m.role === 'open') {
          // "… called "research", would it?": straight marks nested one deep in straight marks
          if (openDouble && !nested && text[openDouble.at] === '"' && text[m.at] === '"') {
            nested = true;
            continue;
          }
          if (openDouble) {
            diagnostics.push(unclosed(text, openDouble.at));
          }
          openDouble = m;
          stray = null;
        } else if (nested) nested = false;
        else if (!openDouble && stray) {
          // regions never overlap: single-quoted ones inside give way
          while (raw.length && raw[raw.length - 1]!.open > stray.at) raw.pop();
          singles.length = 0;
          raw.push({ open: stray.at, close: m.at + (m.len ?? 1), start: stray.at + 1, end: m.at, style: 'double', continued: false, closed: true });
          stray = null;
        } else if (!openDouble) {
          if (text[m.at] === '"' && /\s/u.test(text[m.at + 1] ?? '') && /[\p{L}\p{N}[(‘]/u.test(text[m.at + 2] ?? '')) stray = m;
        } else {
          raw.push({ open: openDouble.at, close: m.at + (m.len ?? 1), start: openDouble.at + (openDouble.len ?? 1), end: m.at, style: 'double', continued: continues && openDouble === firstMark, closed: true });
          openDouble = null;
        }
      } else if (!openDouble) {
        if (m.role === 'open') singles.push(m);
        else {
          const o = singles.pop();
          if (o) raw.push({ open: o.at, close: m.at + 1, start: o.at + 1, end: m.at, style: 'single', continued: false, closed: true });
        }
      }
    }
    if (openDouble) {
      // open at the paragraph end: continues if the next paragraph opens with a quote mark
      raw.push({ open: openDouble.at, close: scanTo, start: openDouble.at + (openDouble.len ?? 1), end: scanTo, style: 'double', continued: continues && openDouble === firstMark, closed: false });
      carry = true;
    }
  }
  // a region left open whose next paragraph does not reopen is reported
  for (let r = 0; r < raw.length; r++) {
    const q = raw[r]!;
    if (!q.closed && !(raw[r + 1]?.continued)) diagnostics.push(unclosed(text, q.open));
  }
  const tokens = doc.tokens;
  const regions: QuoteRegion[] = [];
  let ti = 0;
  for (const q of raw.sort((a, b) => a.open - b.open)) {
    if (q.end <= q.start) continue;
    while (ti < tokens.length && tokens[ti]!.start < q.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= q.end) tj++;
    // trim spaces inside the marks
    let start = q.start;
    let end = q.end;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    regions.push({ open: q.open, close: q.close, start, end, style: q.style, continued: q.continued, first: ti, last: tj });
  }
  return { regions, diagnostics };
}

function unclosed(text: string, at: number): Diagnostic {
  return {
    code: 'quote.unclosed',
    severity: 'warning',
    message: 'A quotation mark opened here is never closed in its paragraph.',
    span: { start: at, end: at + 1, text: text.slice(at, at + 1) },
  };
}

/** Is a character offset inside any quoted region? Regions are sorted by start. */
export function regionAt(regions: readonly QuoteRegion[], offset: number): QuoteRegion | null {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (offset < r.open) hi = mid - 1;
    else if (offset >= r.close) lo = mid + 1;
    else return r;
  }
  return null;
}
