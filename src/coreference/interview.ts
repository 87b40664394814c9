/**
 * Interviews: in a turn labelled with a person's name ("Jane Smith: …") "I" is that person; without labels, when the
 * lead names one person as interviewed ("Wikinews interviews X", "an interview with X", "X: An Interview with …") and the text runs as
 * questions and answers, "I" in an answer is that person.
 */
import type { Doc } from '../document/index.js';
import type { EntityLayer, MentionRec } from '../model/index.js';
import type { QuoteRegion } from '../quotes/marks.js';
import { regionAt } from '../quotes/marks.js';
import { FIRST_PERSON, INTERVIEW_WORDS } from './lexicon.js';

/** Paragraphs read for the lead, before the first question. */
const LEAD_PARAGRAPHS = 8;
/** An interview asks at least this many questions, each a paragraph of its own. */
const MIN_QUESTIONS = 2;
/** Labels are short: a name or initials before the colon. */
const MAX_LABEL_TOKENS = 4;
/** Interview words whose subject is the one interviewed. */
const TELLS: ReadonlySet<string> = new Set(['tells', 'talks', 'talked', 'speaks']);

function isQuestion(doc: Doc, p: number): boolean {
  const para = doc.paragraphs[p]!;
  return doc.text.slice(para.start, para.end).trimEnd().endsWith('?');
}

/** A first-person pronoun at token k, outside quotes, as a mention of `entity`. */
function firstPerson(doc: Doc, k: number, entity: string, regions: readonly QuoteRegion[]): MentionRec | null {
  const u = doc.tokens[k]!;
  if (!FIRST_PERSON.has(u.lower) || u.pos !== 'PRON' || regionAt(regions, u.start)) return null;
  return { start: u.start, end: u.end, text: u.text, kind: 'pronoun', entity, first: k, last: k + 1, sent: u.sent };
}

/**
 * Labelled turns ("Jane Smith: I started …"): "I" in a turn opened by a person's name and a colon is that person, up to
 * the next label of any kind ("WN: …"), when the same name opens two or more turns.
 */
function labelledTurnMentions(doc: Doc, layer: EntityLayer, regions: readonly QuoteRegion[]): MentionRec[] {
  const t = doc.tokens;
  const types = new Map(layer.entities.map((e) => [e.id, e.type] as const));
  const startingAt = new Map<number, MentionRec>();
  for (const m of layer.mentions) if (!startingAt.has(m.first)) startingAt.set(m.first, m);
  // per paragraph: undefined = no label, null = a label that is no person ("WN:", "Q:"), else the person's entity
  const labels: (string | null | undefined)[] = [];
  const counts = new Map<string, number>();
  for (const p of doc.paragraphs) {
    const first = doc.sentences[p.firstSent]?.first;
    let label: string | null | undefined;
    if (first !== undefined && p.lastSent > p.firstSent) {
      const m = startingAt.get(first);
      if (m && m.kind === 'name' && types.get(m.entity) === 'PERSON' && t[m.last]?.text === ':') label = m.entity;
      else {
        let k = first;
        while (k < first + MAX_LABEL_TOKENS && t[k] && t[k]!.cap && t[k]!.kind === 'word') k++;
        if (k > first && t[k]?.text === ':' && t[k]!.para === p.index) label = null;
      }
    }
    labels.push(label);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  if (![...counts.values()].some((n) => n >= MIN_QUESTIONS)) return [];
  const out: MentionRec[] = [];
  let speaker: string | null = null;
  for (const p of doc.paragraphs) {
    const label = labels[p.index];
    if (label !== undefined) speaker = label && (counts.get(label) ?? 0) >= MIN_QUESTIONS ? label : null;
    if (!speaker || p.lastSent <= p.firstSent) continue;
    const from = doc.sentences[p.firstSent]!.first;
    const end = doc.sentences[p.lastSent - 1]!.last;
    for (let k = from; k < end; k++) {
      const m = firstPerson(doc, k, speaker, regions);
      if (m) out.push(m);
    }
  }
  return out;
}

/** First-person mentions of the interviewee in answer paragraphs; none when the layout or the interviewee is unclear. */
export function interviewMentions(doc: Doc, layer: EntityLayer, pronouns: readonly MentionRec[], regions: readonly QuoteRegion[]): MentionRec[] {
  const labelled = labelledTurnMentions(doc, layer, regions);
  if (labelled.length) return labelled;
  const questions: number[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) if (isQuestion(doc, p)) questions.push(p);
  if (questions.length < MIN_QUESTIONS) return [];
  const firstQuestion = questions[0]!;
  const asked = new Set(questions);
  const t = doc.tokens;
  const types = new Map(layer.entities.map((e) => [e.id, e.type] as const));
  const mentions = [...layer.mentions, ...pronouns];
  // the interviewee: the one person named in the first lead sentence that speaks of an interview
  let who: string | null = null;
  const leadEnd = Math.min(firstQuestion, LEAD_PARAGRAPHS);
  for (let p = 0; p < leadEnd && who === null; p++) {
    const para = doc.paragraphs[p]!;
    for (let s = para.firstSent; s < para.lastSent; s++) {
      const sent = doc.sentences[s]!;
      let cue = -1;
      for (let k = sent.first; k < sent.last && cue < 0; k++) if (INTERVIEW_WORDS.has(t[k]!.lower) && !regionAt(regions, t[k]!.start)) cue = k;
      if (cue < 0) continue;
      // "X tells Wikinews", "X, interviewed by Wikinews": the person before; "Wikinews interviews X", "an interview with X": after,
      // and not whoever asks ("Wikinews interviewed him")
      // "Frank Messina: An Interview with …": a name and a colon just before the cue
      const colon = t[cue - 1]?.text === ':' ? cue - 1 : t[cue - 2]?.text === ':' ? cue - 2 : -1;
      const before = TELLS.has(t[cue]!.lower) || t[cue + 1]?.lower === 'by' || colon > sent.first;
      const inSent = mentions.filter((m) => m.sent === s && types.get(m.entity) === 'PERSON');
      const asker = new Set(before ? [] : inSent.filter((m) => m.last <= cue).map((m) => m.entity));
      const people = new Set(inSent.filter((m) => (before ? m.last <= cue : m.first > cue) && !asker.has(m.entity)).map((m) => m.entity));
      if (people.size === 1) who = [...people][0]!;
      // two people named (the interviewer too, or two guests): no one interviewee
      if (people.size > 0) return who === null ? [] : firstPersonIn(who);
    }
  }
  return who === null ? [] : firstPersonIn(who);

  function firstPersonIn(entity: string): MentionRec[] {
    const out: MentionRec[] = [];
    const from = doc.paragraphs[firstQuestion + 1]?.firstSent;
    if (from === undefined) return out;
    for (let k = doc.sentences[from]!.first; k < t.length; k++) {
      const m = asked.has(t[k]!.para) ? null : firstPerson(doc, k, entity, regions);
      if (m) out.push(m);
    }
    return out;
  }
}
