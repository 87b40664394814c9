/** Speech cues: verbs (by lemma) that attribute words to a speaker. */

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'claim', 'state', 'explain', 'write', 'add', 'tweet', 'announce', 'argue', 'insist', 'warn',
  'note', 'comment', 'suggest', 'declare', 'admit', 'confirm', 'deny', 'reply', 'respond', 'ask', 'allege',
  'acknowledge', 'report', 'maintain', 'contend', 'predict', 'stress', 'emphasise', 'emphasize', 'reveal', 'post',
  'testify', 'concede', 'assert', 'remark', 'recall', 'observe', 'conclude', 'continue', 'counter', 'retort',
  'complain', 'vow', 'pledge', 'promise', 'believe', 'think', 'told', 'said', 'describe', 'call', 'quip',
]);

/** Cues that only introduce speech when followed by a clause or a quote, not an object ("described it as …" is handled by stances). */
export const WEAK_CUES: ReadonlySet<string> = new Set(['describe', 'call', 'continue', 'add', 'post', 'report', 'think', 'believe', 'promise', 'vow', 'pledge']);

/** Irregular or mis-lemmatised forms mapped to their lemma. */
export const CUE_FORMS: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', wrote: 'write', written: 'write',
  tweeted: 'tweet', tweets: 'tweet', claims: 'claim', claimed: 'claim', stated: 'state', states: 'state',
  added: 'add', adds: 'add', argued: 'argue', argues: 'argue', insisted: 'insist', insists: 'insist',
  warned: 'warn', warns: 'warn', explained: 'explain', explains: 'explain', announced: 'announce',
  noted: 'note', notes: 'note', thought: 'think', believes: 'believe', believed: 'believe',
  described: 'describe', describing: 'describe', called: 'call', calling: 'call',
};

/** The lemma of a speech cue token, or null. */
export function cueLemma(lower: string, lemma: string): string | null {
  const l = CUE_FORMS[lower] ?? lemma;
  return SPEECH_VERBS.has(l) ? l : null;
}
