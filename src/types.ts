/**
 * The public output contract of standpoint. Every span is a UTF-16, half-open
 * range into `Extraction.text`, and `text.slice(start, end) === span.text` holds.
 * @module
 */

/**
 * A half-open UTF-16 range into the input text, with the text it covers.
 * @example
 * const s: Span = { start: 0, end: 6, text: 'Labour' };
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Entity classes. `GROUP` is an unnamed collective that takes positions:
 * "economists", "rail unions", "sources on the party's national executive committee".
 * @example
 * const t: EntityType = 'ORG';
 */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP';

/**
 * How an entity is referred to at one place in the text.
 * @example
 * const k: MentionKind = 'pronoun';
 */
export type MentionKind = 'name' | 'alias' | 'pronoun' | 'nominal';

/**
 * One mention of an entity.
 * @example
 * const m: Mention = { start: 10, end: 15, text: 'Lewis', kind: 'alias' };
 */
export interface Mention extends Span {
  readonly kind: MentionKind;
}

/**
 * A person, organisation, place or group, with every mention of it.
 * @example
 * // { id: 'e3', type: 'PERSON', name: 'Clive Lewis', aliases: ['Lewis'], roles: ['Labour MP'], ... }
 */
export interface Entity {
  /** `"e1"`, `"e2"`, … stable within one result. */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical, fullest proper form. */
  readonly name: string;
  /** Other proper forms seen: acronyms, surnames. */
  readonly aliases: string[];
  /** Every mention, pronouns and nominals included, in text order. */
  readonly mentions: Mention[];
  /** Roles from titles and appositions: "Labour MP", "chief executive". */
  readonly roles: string[];
  /** Ids of entities it belongs to or speaks for. */
  readonly affiliations: string[];
}

/**
 * `direct`: words inside quotation marks; `indirect`: reported speech;
 * `mixed`: reported speech containing a quoted fragment.
 * @example
 * const k: QuoteKind = 'direct';
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * A quote or a piece of reported speech, with its speaker.
 * @example
 * // { id: 'q1', kind: 'direct', text: 'It’s naive …', speaker: 'e3', cue: { text: 'tweeted', … }, … }
 */
export interface Quote {
  readonly id: string;
  readonly kind: QuoteKind;
  /** The quoted or reported content (without the enclosing quotation marks). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Entity id of the speaker, or null when none was found. */
  readonly speaker: string | null;
  /** The mention that attributes it: "Lewis", "it", "a company spokesperson". */
  readonly speakerSpan: Span | null;
  /** The speech verb or phrase: "tweeted", "said", "according to". */
  readonly cue: Span | null;
}

/**
 * A decision reported in the text: who decided what, about whom.
 * @example
 * // { id: 'd1', action: 'proscribe', decider: 'e1', targets: ['e2', 'e5'], mentions: [...] }
 */
export interface Decision {
  readonly id: string;
  /** Lemma of the trigger: "proscribe", "expel", "approve". */
  readonly action: string;
  /** Where it is first stated. */
  readonly trigger: Span;
  /** Entity id of who decided, or null. */
  readonly decider: string | null;
  /** Entity ids it acts on. */
  readonly targets: string[];
  /** Later references: "the move", "the latest decision", "the ban", "it". */
  readonly mentions: Span[];
}

/**
 * `support` or `oppose`.
 * @example
 * const p: Polarity = 'oppose';
 */
export type Polarity = 'support' | 'oppose';

/**
 * Who supported or opposed which decision, with the evidence.
 * @example
 * // { holder: 'e3', polarity: 'oppose', decision: 'd1', cue: { text: 'condemned', … }, rule: 'stance.verb', … }
 */
export interface Stance {
  readonly id: string;
  /** Entity id of the holder. */
  readonly holder: string;
  /** The mention of the holder in the evidence sentence. */
  readonly holderSpan: Span;
  readonly polarity: Polarity;
  /** Decision id. */
  readonly decision: string;
  /** "condemned", "welcomed", "said it was right to". */
  readonly cue: Span;
  /** The sentence (or sentences) that state it. */
  readonly evidence: Span;
  /** Ids of quotes that express or back it. */
  readonly quotes: string[];
  /** 0..1 */
  readonly confidence: number;
  /** Id of the rule that produced it, e.g. "stance.verb". */
  readonly rule: string;
}

/**
 * Severity of a diagnostic.
 * @example
 * const s: DiagnosticSeverity = 'warning';
 */
export type DiagnosticSeverity = 'info' | 'warning';

/**
 * A problem found in the text (never thrown): an unclosed quote, a speaker not found.
 * @example
 * // { code: 'quote.unclosed', severity: 'warning', message: 'Quotation mark opened here is never closed', span: {...} }
 */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. "quote.unclosed". */
  readonly code: string;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  readonly span: Span | null;
}

/**
 * The whole result of `extract`: plain JSON-serialisable data.
 * @example
 * const x: Extraction = extract('Labour banned the group. Lewis condemned the ban.');
 */
export interface Extraction {
  readonly text: string;
  readonly sentences: Span[];
  readonly entities: Entity[];
  readonly quotes: Quote[];
  readonly decisions: Decision[];
  readonly stances: Stance[];
  readonly diagnostics: Diagnostic[];
}
