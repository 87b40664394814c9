/**
 * The only door to wink-nlp. Turns text into flat token arrays with exact
 * UTF-16 offsets; nothing else in the library touches wink objects.
 */
import winkNLP from 'wink-nlp';
import { sbdPosModel } from './wink-model';

/** Raw per-token columns as wink produces them, plus character offsets. */
export interface WinkTokens {
  readonly values: string[];
  readonly starts: number[];
  readonly pos: string[];
  readonly lemmas: string[];
  readonly types: string[];
  /** Token index ranges [first, last] of wink's sentences. */
  readonly sentences: [number, number][];
  /** The text wink read: the input with the same length and offsets, some characters replaced. */
  readonly read: string;
}

type WinkInstance = ReturnType<typeof winkNLP>;

/** wink's tokenizer is quadratic in the length of a run without whitespace. */
const LONG_RUN = 64;
const SPLITTABLE = /[-‐–—_/\\.,;:’'"|+=~*#@&]/u;

/**
 * Returns text of the same length in which whitespace-free runs longer than LONG_RUN are broken:
 * punctuation inside them becomes a space, and every LONG_RUN-th character of what remains.
 * Offsets are unchanged; the replaced characters simply belong to no token.
 */
export function breakLongRuns(text: string): string {
  // one pass over char codes: no regex and no copy unless a long run exists (most texts)
  let out: string[] | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (run > LONG_RUN) breakRun((out ??= text.split('')), i - run, i);
      run = 0;
    } else {
      run++;
    }
  }
  if (run > LONG_RUN) breakRun((out ??= text.split('')), text.length - run, text.length);
  return out ? out.join('') : text;
}

/** The characters JavaScript's \s matches, by UTF-16 code: cheaper than a regex per character. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What wink should read instead of the character at i, or null to keep it. */
function blankedAt(text: string, i: number, code: number): string | null {
  switch (code) {
    // line breaks wink does not split on (a lone CR, form feed, line/paragraph separators) become newlines
    case 0x0d:
      return text.charCodeAt(i + 1) === 0x0a ? null : '\n';
    case 0x0b:
    case 0x0c:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return '\n';
    // quotation marks: " ' ‘ ’ “ ” „ « » `
    case 0x22:
    case 0x27:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0xab:
    case 0xbb:
    case 0x60:
      return LETTER_OR_DIGIT.test(text[i - 1] ?? '') && LETTER_OR_DIGIT.test(text[i + 1] ?? '') ? null : ' ';
    default:
      return isExtendedLatin(code) ? latinStandIn(code) : null;
  }
}

/**
 * wink splits words at letters beyond Latin-1 ("Erdoğan" → "Erdo|ğ|an", "Łukasz" → "Ł|ukasz"),
 * which breaks names from Central European, Turkish or Vietnamese text. Such a letter reaches wink as
 * its base letter (or a plain letter of the same case); token texts are still sliced from the input.
 */
function isExtendedLatin(code: number): boolean {
  return (code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** Base letters of the extended Latin letters that have no canonical decomposition. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', œ: 'o', Œ: 'O', ŋ: 'n', Ŋ: 'N', ĸ: 'k', ſ: 's', ƒ: 'f', ǝ: 'e', ə: 'e', Ə: 'E' };
const ASCII_LETTER = /^[A-Za-z]$/u;

function latinStandIn(code: number): string {
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD')[0] ?? '';
  if (ASCII_LETTER.test(base)) return base;
  return UNDECOMPOSED[ch] ?? (ch.toLowerCase() === ch ? 'e' : 'E');
}

/**
 * wink learns a word glued to a quote mark ("'According" from ".'According") and then tokenises the
 * same text differently on the next call. Quotation marks are found on the text itself
 * (src/quotes/marks.ts), so wink reads them as spaces, except apostrophes inside words ("it’s").
 * Letters beyond Latin-1 reach wink as plain letters (see latinStandIn). Same length, same offsets.
 */
export function blankQuoteMarks(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // fast path: ASCII letters, digits and spaces are never replaced
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x20) continue;
    const by = blankedAt(text, i, code);
    if (by === null) continue;
    parts.push(text.slice(from, i), by);
    from = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

function breakRun(chars: string[], from: number, to: number): void {
  let sinceBreak = 0;
  for (let i = from; i < to; i++) {
    const code = chars[i]!.charCodeAt(0);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    if (!surrogate && SPLITTABLE.test(chars[i]!)) {
      chars[i] = ' ';
      sinceBreak = 0;
    } else if (++sinceBreak >= LONG_RUN && !surrogate) {
      chars[i] = ' ';
      sinceBreak = 0;
    }
  }
}

/**
 * wink's lexicon grows with every unseen word; a tokenizer recycles its
 * instance after this many documents so long runs keep memory flat.
 */
const RECYCLE_AFTER_DOCS = 2000;

/** A wink-nlp instance owned by one extractor. */
export class WinkTokenizer {
  private nlp: WinkInstance | null = null;
  private docsRead = 0;

  private instance(): WinkInstance {
    if (this.nlp === null || this.docsRead >= RECYCLE_AFTER_DOCS) {
      this.nlp = winkNLP(sbdPosModel, ['sbd', 'pos']);
      this.docsRead = 0;
    }
    this.docsRead += 1;
    return this.nlp;
  }

  tokenize(text: string): WinkTokens {
    const nlp = this.instance();
    const its = nlp.its;
    const read = blankQuoteMarks(breakLongRuns(text));
    const doc = nlp.readDoc(read);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
    const types = tokens.out(its.type) as string[];
    const starts: number[] = new Array(values.length);
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      offset += (spaces[i] ?? '').length;
      starts[i] = offset;
      offset += (values[i] ?? '').length;
    }
    const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
    return { values, starts, pos, lemmas, types, sentences, read };
  }
}
