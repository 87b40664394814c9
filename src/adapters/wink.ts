/**
 * The only door to wink-nlp. Turns text into flat token arrays with exact
 * UTF-16 offsets; nothing else in the library touches wink objects.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Raw per-token columns as wink produces them, plus character offsets. */
export interface WinkTokens {
  readonly values: string[];
  readonly starts: number[];
  readonly pos: string[];
  readonly lemmas: string[];
  readonly types: string[];
  /** Token index ranges [first, last] of wink's sentences. */
  readonly sentences: [number, number][];
}

type WinkInstance = ReturnType<typeof winkNLP>;
type WinkModel = typeof model;

/**
 * wink-eng-lite-web-model 1.8.1's `metaCER()` re-stringifies its own cached JSON on every call, so
 * each new wink instance pays for (and stores) a string twice as long as the last: the 20th
 * instance in a process throws "Invalid string length". We hand wink a copy of the model whose
 * `metaCER` returns the first result every time.
 */
const stableModel: WinkModel = (() => {
  const original = model as unknown as Record<string, unknown> & { metaCER: () => unknown };
  let first: unknown = null;
  const copy = Object.assign(Object.create(null) as Record<string, unknown>, original);
  copy.metaCER = () => (first ??= original.metaCER());
  return copy as unknown as WinkModel;
})();

/** wink's tokenizer is quadratic in the length of a run without whitespace. */
const LONG_RUN = 64;
const SPLITTABLE = /[-‐–—_/\\.,;:’'"|+=~*#@&]/u;

/**
 * Returns text of the same length in which whitespace-free runs longer than LONG_RUN are broken:
 * punctuation inside them becomes a space, and every LONG_RUN-th character of what remains.
 * Offsets are unchanged; the replaced characters simply belong to no token.
 */
export function breakLongRuns(text: string): string {
  if (!/\S{65}/u.test(text)) return text;
  const out = text.split('');
  let run = 0;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    if (/\s/u.test(ch)) {
      if (run > LONG_RUN) breakRun(out, i - run, i);
      run = 0;
      continue;
    }
    run++;
  }
  if (run > LONG_RUN) breakRun(out, out.length - run, out.length);
  return out.join('');
}

const QUOTE_MARKS = new Set(['"', "'", '‘', '’', '“', '”', '„', '«', '»', '`']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ODD_BREAKS = new Set(['\r', '\f', '\v', '\u0085', '\u2028', '\u2029']);

/**
 * wink learns a word glued to a quote mark ("'According" from ".'According") and then tokenises the
 * same text differently on the next call. Quotation marks are found on the text itself
 * (src/quotes/marks.ts), so wink reads them as spaces, except apostrophes inside words ("it’s").
 * Same length, same offsets.
 */
export function blankQuoteMarks(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // line breaks wink does not split on (a lone CR, form feed, line/paragraph separators) become newlines
    if (ODD_BREAKS.has(ch) && !(ch === '\r' && text[i + 1] === '\n')) {
      out ??= text.split('');
      out[i] = '\n';
      continue;
    }
    if (!QUOTE_MARKS.has(ch)) continue;
    if (LETTER_OR_DIGIT.test(text[i - 1] ?? '') && LETTER_OR_DIGIT.test(text[i + 1] ?? '')) continue;
    out ??= text.split('');
    out[i] = ' ';
  }
  return out ? out.join('') : text;
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
      this.nlp = winkNLP(stableModel, ['sbd', 'pos']);
      this.docsRead = 0;
    }
    this.docsRead += 1;
    return this.nlp;
  }

  tokenize(text: string): WinkTokens {
    const nlp = this.instance();
    const its = nlp.its;
    const doc = nlp.readDoc(blankQuoteMarks(breakLongRuns(text)));
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
    return { values, starts, pos, lemmas, types, sentences };
  }
}
