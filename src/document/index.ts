/**
 * Stage 1, document: tokens, sentences and paragraphs with exact UTF-16 offsets.
 * requires: text · assigns: tokens, sentences, paragraphs
 */
import { isWhitespace, type WinkTokenizer } from '../adapters/wink.js';
import { table } from '../model/table.js';

export type TokenKind = 'word' | 'punct' | 'number' | 'symbol' | 'other';

export interface Token {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with curly apostrophes made straight. */
  readonly lower: string;
  readonly pos: string;
  readonly lemma: string;
  readonly kind: TokenKind;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Whitespace precedes it (or it starts the text). */
  readonly spaceBefore: boolean;
  readonly sent: number;
  readonly para: number;
}

export interface Sentence {
  readonly index: number;
  /** First and one-past-last token index. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly para: number;
}

export interface Paragraph {
  readonly index: number;
  readonly firstSent: number;
  readonly lastSent: number;
  readonly start: number;
  readonly end: number;
}

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Index of a headline paragraph (a short first line without final punctuation), or -1. */
  readonly headline: number;
}

const KIND = table<TokenKind>({
  word: 'word',
  punctuation: 'punct',
  number: 'number',
  ordinal: 'number',
  symbol: 'symbol',
  currency: 'symbol',
});

const UPPER = /^\p{Lu}/u;
/** A possessive clitic glued to its word: "Kestrel’s" → "Kestrel" + "’s". */
const CLITIC = /^(\p{L}[\p{L}\p{N}.-]*)['’]s$/u;
const CLITIC_TAIL = /['’]s$/u;
const TERMINAL = /[.!?…"”’')\]]$/u;

/** Lower case with curly single quotes made straight. */
function lowerOf(piece: string): string {
  const lower = piece.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/gu, "'") : lower;
}

/** Non-empty and only whitespace (as /^\s+$/u). */
function allWhitespace(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) if (!isWhitespace(value.charCodeAt(i))) return false;
  return true;
}

/** Builds the immutable document layer from wink's tokens. */
/** Top-level domains that make "word.tld" one name. */
const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'io', 'co', 'info', 'biz', 'tv', 'ai', 'app']);

/** The end offset of a domain name starting with raw token r (ending at `end`): "Secunia" "." "com"; or -1. */
function domainAfter(raw: ReturnType<WinkTokenizer['tokenize']>, r: number, end: number): number {
  if (raw.values[r + 1] !== '.' || raw.starts[r + 1] !== end) return -1;
  const tld = raw.values[r + 2] ?? '';
  if (raw.starts[r + 2] !== end + 1 || !DOMAINS.has(tld.toLowerCase())) return -1;
  // a letter or digit right after it makes a longer word ("Secunia.common"), not a domain
  const after = raw.read.charCodeAt(end + 1 + tld.length);
  return Number.isNaN(after) || !/[\p{L}\p{N}]/u.test(String.fromCharCode(after)) ? end + 1 + tld.length : -1;
}

export function buildDocument(text: string, tokenizer: WinkTokenizer): Doc {
  const raw = tokenizer.tokenize(text);
  // wink sentence id per raw token
  const winkSent = new Int32Array(raw.values.length).fill(-1);
  raw.sentences.forEach(([a, b], s) => {
    for (let i = a; i <= b && i < winkSent.length; i++) winkSent[i] = s;
  });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let sentFirst = 0;
  let paraFirstSent = 0;
  let prevWinkSent = -1;
  let cursor = 0;
  let pendingBreak: 'none' | 'line' = 'none';

  const closeSentence = (): void => {
    if (tokens.length > sentFirst) {
      const first = tokens[sentFirst]!;
      const last = tokens[tokens.length - 1]!;
      sentences.push({ index: sentences.length, first: sentFirst, last: tokens.length, start: first.start, end: last.end, para: paragraphs.length });
      sentFirst = tokens.length;
    }
  };
  const closeParagraph = (): void => {
    closeSentence();
    if (sentences.length > paraFirstSent) {
      paragraphs.push({
        index: paragraphs.length,
        firstSent: paraFirstSent,
        lastSent: sentences.length,
        start: sentences[paraFirstSent]!.start,
        end: sentences[sentences.length - 1]!.end,
      });
      paraFirstSent = sentences.length;
    }
  };

  // one closure for the whole document, not one per token
  const push = (from: number, to: number, pos: string, lemma: string, kind: TokenKind): void => {
    const piece = text.slice(from, to);
    tokens.push({
      i: tokens.length,
      start: from,
      end: to,
      text: piece,
      lower: lowerOf(piece),
      pos,
      lemma,
      kind,
      cap: UPPER.test(piece),
      spaceBefore: from === 0 || isWhitespace(text.charCodeAt(from - 1)),
      sent: sentences.length,
      para: paragraphs.length,
    });
  };
  for (let r = 0; r < raw.values.length; r++) {
    const value = raw.values[r] ?? '';
    let start = raw.starts[r] ?? cursor;
    // values are matched against the text wink read, which has the input's offsets
    if (start < cursor || !raw.read.startsWith(value, start)) {
      // wink dropped or normalised something: re-anchor on the text itself
      const found = raw.read.indexOf(value, cursor);
      if (found < 0 || value.length === 0) continue;
      start = found;
    }
    const end = start + value.length;
    const type = raw.types[r] ?? '';
    if (type === 'tabCRLF' || allWhitespace(value)) {
      if (value.includes('\n') || value.includes('\r') || value.includes('\u2029')) pendingBreak = 'line';
      cursor = end;
      continue;
    }
    if (pendingBreak === 'line') {
      closeParagraph();
      pendingBreak = 'none';
    } else if (winkSent[r] !== prevWinkSent && tokens.length > sentFirst) {
      closeSentence();
    }
    prevWinkSent = winkSent[r] ?? -1;
    const kind = KIND[type] ?? 'other';
    // wink keeps "Kestrel’s" whole once it has seen it before a comma, and splits it otherwise:
    // splitting the clitic here makes tokens independent of what wink read earlier
    const clitic = type === 'word' && (value.endsWith("'s") || value.endsWith('’s')) ? CLITIC.exec(value) : null;
    // "Secunia.com", "Scientology.org": wink reads a domain name as a word, a full stop and a word, often with a
    // sentence break after the stop; it is one name
    const domainEnd = type === 'word' ? domainAfter(raw, r, end) : -1;
    if (domainEnd > 0) {
      push(start, domainEnd, 'PROPN', text.slice(start, domainEnd).toLowerCase(), kind);
      prevWinkSent = winkSent[r + 2] ?? prevWinkSent;
      cursor = domainEnd;
      r += 2;
      continue;
    }
    if (clitic) {
      const cut = start + clitic[1]!.length;
      push(start, cut, raw.pos[r] ?? 'X', (raw.lemmas[r] ?? value).toLowerCase().replace(CLITIC_TAIL, ''), kind);
      push(cut, end, 'PART', "'s", kind);
    } else {
      push(start, end, raw.pos[r] ?? 'X', raw.lemmas[r] ?? value.toLowerCase(), kind);
    }
    cursor = end;
  }
  closeParagraph();

  let headline = -1;
  const p0 = paragraphs[0];
  if (p0 && paragraphs.length > 1 && p0.lastSent - p0.firstSent === 1) {
    const s = sentences[p0.firstSent]!;
    if (s.last - s.first <= 25 && !TERMINAL.test(text.slice(s.start, s.end))) headline = 0;
  }
  return { text, tokens, sentences, paragraphs, headline };
}

/** Character span of tokens [a, b). */
export function tokenSpan(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}
