// Runs extract() safely and checks the output contract (offsets) on every document.
import { spanOk } from './spans.mjs';

export class Health {
  constructor() {
    this.docs = 0;
    this.crashes = 0;
    this.offsetViolations = 0;
    this.ms = 0;
    /** first few problems, described by corpus, document id and field (no corpus text) */
    /** @type {string[]} */
    this.problems = [];
  }

  /**
   * @param {(text: string) => any} extract
   * @param {string} text
   * @param {string} where  "corpus/split/doc-id"
   * @returns {import('../../dist/index.js').Extraction | null}
   */
  run(extract, text, where) {
    this.docs++;
    const t0 = performance.now();
    let x = null;
    try {
      x = extract(text);
    } catch (e) {
      this.crashes++;
      this.problem(`${where}: extract() threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : String(e)}`);
    }
    this.ms += performance.now() - t0;
    if (x) this.check(x, text, where);
    return x;
  }

  /**
   * @param {any} x
   * @param {string} text
   * @param {string} where
   */
  check(x, text, where) {
    /** @type {[string, any][]} */
    const spans = [];
    for (const s of x.sentences ?? []) spans.push(['sentence', s]);
    for (const e of x.entities ?? []) for (const m of e.mentions ?? []) spans.push([`entity ${e.id} mention`, m]);
    for (const q of x.quotes ?? []) {
      spans.push([`quote ${q.id}`, q]);
      spans.push([`quote ${q.id} speakerSpan`, q.speakerSpan]);
      spans.push([`quote ${q.id} cue`, q.cue]);
    }
    for (const d of x.decisions ?? []) {
      spans.push([`decision ${d.id} trigger`, d.trigger]);
      for (const m of d.mentions ?? []) spans.push([`decision ${d.id} mention`, m]);
    }
    for (const s of x.stances ?? []) {
      spans.push([`stance ${s.id} holderSpan`, s.holderSpan]);
      spans.push([`stance ${s.id} cue`, s.cue]);
      spans.push([`stance ${s.id} evidence`, s.evidence]);
    }
    for (const [field, span] of spans) {
      if (spanOk(text, span)) continue;
      this.offsetViolations++;
      this.problem(`${where}: ${field} [${span?.start},${span?.end}) does not match its text`);
    }
  }

  /** @param {string} p */
  problem(p) {
    if (this.problems.length < 10) this.problems.push(p);
  }

  summary() {
    return { docs: this.docs, crashes: this.crashes, offsetViolations: this.offsetViolations, msPerDoc: this.docs ? this.ms / this.docs : 0 };
  }
}
