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
      this.nlp = winkNLP(model, ['sbd', 'pos']);
      this.docsRead = 0;
    }
    this.docsRead += 1;
    return this.nlp;
  }

  tokenize(text: string): WinkTokens {
    const nlp = this.instance();
    const its = nlp.its;
    const doc = nlp.readDoc(text);
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
