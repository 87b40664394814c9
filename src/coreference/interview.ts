/**
 * Interviews: when the lead names one person as interviewed ("Wikinews interviews X", "an interview with X")
 * and the text runs as questions and answers, "I" in an answer is that person.
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
/** Interview words whose subject is the one interviewed. */
const TELLS: ReadonlySet<string> = new Set(['tells', 'talks', 'talked', 'speaks']);

function isQuestion(doc: Doc, p: number): boolean {
  const para = doc.paragraphs[p]!;
  return doc.text.slice(para.start, para.end).trimEnd().endsWith('?');
}

/** First-person mentions of the interviewee in answer paragraphs; none when the layout or the interviewee is unclear. */
export function interviewMentions(doc: Doc, layer: EntityLayer, pronouns: readonly MentionRec[], regions: readonly QuoteRegion[]): MentionRec[] {
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
      const before = TELLS.has(t[cue]!.lower) || t[cue + 1]?.lower === 'by';
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
      const u = t[k]!;
      if (!FIRST_PERSON.has(u.lower) || u.pos !== 'PRON' || asked.has(u.para) || regionAt(regions, u.start)) continue;
      out.push({ start: u.start, end: u.end, text: u.text, kind: 'pronoun', entity, first: k, last: k + 1, sent: u.sent });
    }
    return out;
  }
}
