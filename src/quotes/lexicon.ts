/** Speech cues: verbs (by lemma) that attribute words to a speaker. */
import { table } from '../model/table.js';

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'claim', 'state', 'explain', 'write', 'add', 'tweet', 'announce', 'argue', 'insist', 'warn',
  'note', 'comment', 'suggest', 'declare', 'admit', 'confirm', 'deny', 'reply', 'respond', 'ask', 'allege',
  'acknowledge', 'report', 'maintain', 'contend', 'predict', 'stress', 'emphasise', 'emphasize', 'reveal', 'post',
  'testify', 'concede', 'assert', 'remark', 'recall', 'observe', 'conclude', 'continue', 'counter', 'retort',
  'complain', 'vow', 'pledge', 'promise', 'believe', 'think', 'told', 'said', 'describe', 'call', 'quip',
  'mention', 'answer', 'joke', 'exclaim', 'shout', 'fume', 'laugh', 'sigh', 'whisper', 'mutter', 'scoff',
  'boast', 'lament', 'plead', 'recount', 'reiterate', 'caution', 'urge', 'demand', 'proclaim', 'blog', 'email',
]);

/** Cues that only introduce speech when followed by a clause or a quote, not an object ("described it as …" is handled by stances). */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'describe', 'call', 'continue', 'add', 'post', 'report', 'think', 'believe', 'promise', 'vow', 'pledge',
  'joke', 'exclaim', 'shout', 'fume', 'laugh', 'sigh', 'whisper', 'mutter', 'scoff', 'boast', 'lament', 'plead',
  'recount', 'caution', 'urge', 'demand', 'answer', 'mention', 'blog', 'email',
]);

/** Cues that, with an object and a to-infinitive, make a request rather than report speech: "asked the court to review it". */
export const DIRECTIVE_CUES: ReadonlySet<string> = new Set(['ask', 'tell', 'urge', 'warn', 'caution', 'demand', 'plead', 'call', 'remind', 'advise', 'beg', 'implore']);

/**
 * Verbs that frame a quoted verdict on their object: "denounced the rise as “…”", "called the ruling “…”".
 * They attribute a quote only when it follows the object (and "as", unless listed in FRAMING_NO_AS).
 */
export const FRAMING_VERBS: ReadonlySet<string> = new Set([
  'describe', 'call', 'denounce', 'hail', 'brand', 'dub', 'label', 'dismiss', 'condemn', 'criticise', 'criticize',
  'praise', 'welcome', 'slam', 'decry', 'term', 'characterise', 'characterize', 'blast', 'attack', 'deride',
  'lambast', 'lambaste', 'portray', 'depict', 'reject', 'defend', 'celebrate', 'greet', 'mock', 'ridicule',
]);

/** Framing verbs whose quote follows the object directly: "called the licence “an act of vandalism”". */
export const FRAMING_NO_AS: ReadonlySet<string> = new Set(['call', 'dub', 'term', 'brand', 'label']);

/** Nouns for what speaks on someone's behalf: "Cornyn's statement added", "the firm's spokesperson said". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'website', 'account', 'post', 'letter',
  'blog', 'press', 'release', 'office', 'representative', 'representatives', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'solicitor', 'spokesmen', 'campaign', 'tweet', 'message', 'announcement',
]);

/** Phrases that name a source before what it said: "according to X, …", "in the words of X, “…”". */
export const SOURCE_PHRASES: readonly (readonly string[])[] = [['according', 'to'], ['in', 'the', 'words', 'of'], ['attributed', 'to']];

/** Irregular or mis-lemmatised forms mapped to their lemma. */
export const CUE_FORMS = table<string>({
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', wrote: 'write', written: 'write',
  tweeted: 'tweet', tweets: 'tweet', claims: 'claim', claimed: 'claim', stated: 'state', states: 'state',
  added: 'add', adds: 'add', argued: 'argue', argues: 'argue', insisted: 'insist', insists: 'insist',
  warned: 'warn', warns: 'warn', explained: 'explain', explains: 'explain', announced: 'announce',
  noted: 'note', notes: 'note', thought: 'think', believes: 'believe', believed: 'believe',
  described: 'describe', describing: 'describe', called: 'call', calling: 'call', writing: 'write',
  asserted: 'assert', asserts: 'assert', admitted: 'admit', admits: 'admit', replied: 'reply', replies: 'reply',
  quipped: 'quip', urged: 'urge', urges: 'urge', denounced: 'denounce', hailed: 'hail', branded: 'brand',
  dubbed: 'dub', labelled: 'label', labeled: 'label', dismissed: 'dismiss', condemned: 'condemn',
  criticised: 'criticise', criticized: 'criticize', praised: 'praise', welcomed: 'welcome', slammed: 'slam',
  termed: 'term', blasted: 'blast', attacked: 'attack', rejected: 'reject', defended: 'defend',
});

/** The lemma of a speech cue token, or null. */
export function cueLemma(lower: string, lemma: string): string | null {
  const l = CUE_FORMS[lower] ?? lemma;
  return SPEECH_VERBS.has(l) ? l : null;
}

/** The lemma of a framing verb token, or null. */
export function framingLemma(lower: string, lemma: string): string | null {
  const l = CUE_FORMS[lower] ?? lemma;
  return FRAMING_VERBS.has(l) ? l : null;
}

/** Cues that continue what the previous speaker said: "it added", "he went on". */
export const CONTINUING_CUES: ReadonlySet<string> = new Set(['add', 'continue', 'go']);

/** Auxiliaries that make a short quoted fragment a clause ("“must be completed in English”"), not a scare quote. */
export const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set([
  'must', 'will', 'would', 'should', 'can', 'could', 'may', 'might', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
]);
