/**
 * Runs the stages in order and turns the internal layers into the public Extraction.
 */
import type { WinkTokenizer } from '../adapters/wink.js';
import { buildDocument } from '../document/index.js';
import { findEntities } from '../entities/index.js';
import { resolveCoreference } from '../coreference/index.js';
import { findQuoteRegions } from '../quotes/marks.js';
import { findQuotes } from '../quotes/index.js';
import { findDecisions } from '../decisions/index.js';
import { findStances } from '../stances/index.js';
import type { ResolvedOptions } from '../options/index.js';
import type { Entity, Extraction, Mention } from '../types.js';
import type { MentionRec } from '../model/index.js';
import { MentionIndex } from '../syntax/index.js';

/** Empty result for empty or whitespace-only text. */
function emptyExtraction(text: string): Extraction {
  return { text, sentences: [], entities: [], quotes: [], decisions: [], stances: [], diagnostics: [] };
}

export function runPipeline(text: string, tokenizer: WinkTokenizer, options: ResolvedOptions): Extraction {
  if (text.trim().length === 0) return emptyExtraction(text);
  const doc = buildDocument(text, tokenizer);
  const entityLayer = findEntities(doc, options.lexicon);
  const marks = findQuoteRegions(doc);
  const coref = resolveCoreference(doc, entityLayer, marks.regions);
  // one index of every mention (it sorts them), shared by the stages that look mentions up by token
  const index = new MentionIndex([...entityLayer.mentions, ...coref.mentions]);
  const quoteLayer = findQuotes(doc, index, marks.regions);
  const decisionLayer = findDecisions(doc, entityLayer, index, marks.regions, options.lexicon);
  const stanceLayer = findStances(doc, entityLayer, index, marks.regions, quoteLayer, decisionLayer, options.lexicon);

  const corefByEntity = new Map<string, MentionRec[]>();
  for (const m of coref.mentions) {
    const list = corefByEntity.get(m.entity) ?? [];
    list.push(m);
    corefByEntity.set(m.entity, list);
  }
  const entities: Entity[] = entityLayer.entities.map((e) => {
    const all = [...e.mentions, ...(corefByEntity.get(e.id) ?? [])].sort((a, b) => a.start - b.start);
    const affiliations = e.speaksFor && !e.affiliations.includes(e.speaksFor) ? [...e.affiliations, e.speaksFor] : [...e.affiliations];
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      mentions: all.map((m): Mention => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
      roles: [...e.roles],
      affiliations,
    };
  });
  return {
    text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    entities,
    quotes: quoteLayer.quotes.map((q) => ({ id: q.id, kind: q.kind, text: q.text, start: q.start, end: q.end, speaker: q.speaker, speakerSpan: q.speakerSpan, cue: q.cue })),
    decisions: decisionLayer.decisions.map((d) => {
      const pronouns = stanceLayer.decisionPronouns.filter((p) => p.decision === d.id).map((p) => p.span);
      const mentions = [...d.mentions, ...pronouns].sort((x, y) => x.start - y.start);
      return { id: d.id, action: d.action, trigger: d.trigger, decider: d.decider, targets: [...d.targets], mentions };
    }),
    stances: stanceLayer.stances.filter((s) => s.confidence >= options.minConfidence),
    diagnostics: [...marks.diagnostics, ...quoteLayer.diagnostics],
  };
}
