/**
 * The human-readable report: stances as a who / stance / cue / decision table
 * with the evidence under each row, then short sections for decisions,
 * entities, quotes and diagnostics.
 */
import type { Decision, Entity, Extraction, Quote } from '../types.js';

/** Entities and quotes listed before "… and N more". */
const SECTION_LIMIT = 25;

/** Collapses whitespace and shortens to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (max <= 1) return flat.length > 0 ? '…' : '';
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Word-wraps to lines of at most `width` characters, at most `maxLines` of
 * them (the last one ends with an ellipsis when text is left over).
 */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line.length === 0 ? word : `${line} ${word}`;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (line.length > 0) {
      if (lines.length === maxLines - 1) return [...lines, clip(`${line} ${words.slice(i).join(' ')}`, width)];
      lines.push(line);
    }
    line = word;
    while (line.length > width) {
      if (lines.length === maxLines - 1) return [...lines, clip([line, ...words.slice(i + 1)].join(' '), width)];
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

interface Names {
  entity(id: string | null): Entity | undefined;
  name(id: string | null): string;
  decision(id: string): Decision | undefined;
}

function index(x: Extraction): Names {
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  const decisions = new Map(x.decisions.map((d) => [d.id, d]));
  return {
    entity: (id) => (id === null ? undefined : entities.get(id)),
    name: (id) => (id === null ? '?' : (entities.get(id)?.name ?? id)),
    decision: (id) => decisions.get(id),
  };
}

/** "<decider> <action> <targets>", e.g. "Labour proscribe AWL, Labour Left Alliance". */
export function describeDecision(d: Decision, names: Pick<Names, 'name'>): string {
  const targets = d.targets.map((t) => names.name(t)).join(', ');
  return [d.decider === null ? '(unknown decider)' : names.name(d.decider), d.action, targets].filter((s) => s.length > 0).join(' ');
}

/** "Clive Lewis (Labour MP)", and the mention when it is not one of the entity's names. */
function holder(names: Names, id: string, spanText: string): { label: string; mention: string | null } {
  const said = spanText.replace(/\s+/gu, ' ').trim();
  const e = names.entity(id);
  if (e === undefined) return { label: said, mention: null };
  const role = e.roles[0];
  const label = role !== undefined ? `${e.name} (${role})` : e.name;
  const known = said.length === 0 || [e.name, ...e.aliases].some((n) => n.toLowerCase() === said.toLowerCase());
  return { label, mention: known ? null : said };
}

function quoteLine(q: Quote, names: Names, width: number): string {
  const who = q.speaker !== null ? names.name(q.speaker) : q.speakerSpan !== null ? `"${q.speakerSpan.text}"` : '(no speaker)';
  const cue = q.cue !== null ? ` ${q.cue.text}` : '';
  const head = `  ${pad(q.id, 4)} ${pad(q.kind, 8)} ${who}${cue}: `;
  return head + `“${clip(q.text, Math.max(10, width - head.length - 2))}”`;
}

/**
 * Renders an Extraction as text for a terminal `width` columns wide.
 * @param source what was read, for the header line (a path, "stdin" or "built-in example").
 */
export function renderTable(x: Extraction, source: string, width: number): string {
  const w = Math.max(60, Math.min(width, 200));
  const names = index(x);
  const out: string[] = [];
  out.push(
    `${source}: ${plural(x.text.length, 'character')}, ${plural(x.sentences.length, 'sentence')}, ` +
      `${plural(x.entities.length, 'entity', 'entities')}, ${plural(x.quotes.length, 'quote')}, ` +
      `${plural(x.decisions.length, 'decision')}, ${plural(x.stances.length, 'stance')}`,
  );
  out.push('');

  // Stances
  out.push(`Stances (${x.stances.length})`);
  if (x.stances.length === 0) {
    out.push('  none found');
  } else {
    const rows = x.stances.map((s) => {
      const d = names.decision(s.decision);
      const h = holder(names, s.holder, s.holderSpan.text);
      return {
        who: h.label,
        mention: h.mention,
        stance: s.polarity,
        cue: s.cue.text.replace(/\s+/gu, ' ').trim(),
        decision: d !== undefined ? describeDecision(d, names) : s.decision,
        evidence: s.evidence.text,
      };
    });
    const whoW = Math.min(36, Math.max(3, ...rows.map((r) => r.who.length)));
    const cueW = Math.min(26, Math.max(3, ...rows.map((r) => r.cue.length)));
    const stanceW = 7;
    const decisionW = Math.max(12, w - 2 - whoW - 2 - stanceW - 2 - cueW - 2);
    out.push(`  ${pad('WHO', whoW)}  ${pad('STANCE', stanceW)}  ${pad('CUE', cueW)}  DECISION`);
    const decisionIndent = ' '.repeat(2 + whoW + 2 + stanceW + 2 + cueW + 2);
    for (const r of rows) {
      const [first = '', ...more] = wrap(r.decision, decisionW, 3);
      out.push(`  ${pad(clip(r.who, whoW), whoW)}  ${pad(r.stance, stanceW)}  ${pad(clip(r.cue, cueW), cueW)}  ${first}`);
      for (const line of more) out.push(decisionIndent + line);
      if (r.mention !== null) out.push(`      as “${clip(r.mention, w - 11)}”`);
      const evidence = wrap(`“${r.evidence.replace(/\s+/gu, ' ').trim()}”`, w - 6, 3);
      for (const line of evidence) out.push(`      ${line}`);
    }
  }

  // Decisions
  out.push('');
  out.push(`Decisions (${x.decisions.length})`);
  if (x.decisions.length === 0) out.push('  none found');
  for (const d of x.decisions) {
    const refs = d.mentions.length > 0 ? `; later: ${d.mentions.map((m) => `"${clip(m.text, 40)}"`).join(', ')}` : '';
    const lines = wrap(`${describeDecision(d, names)} ("${d.trigger.text}")${refs}`, w - 7, 3);
    lines.forEach((line, i) => out.push(`  ${i === 0 ? pad(d.id, 4) : '    '} ${line}`));
  }

  // Entities
  out.push('');
  out.push(`Entities (${x.entities.length})`);
  if (x.entities.length === 0) out.push('  none found');
  for (const e of x.entities.slice(0, SECTION_LIMIT)) {
    const bits = [
      e.aliases.length > 0 ? `aka ${e.aliases.join(', ')}` : '',
      e.roles.length > 0 ? e.roles.join(', ') : '',
      e.affiliations.length > 0 ? `with ${e.affiliations.map((a) => names.name(a)).join(', ')}` : '',
      plural(e.mentions.length, 'mention'),
    ].filter((b) => b.length > 0);
    out.push(`  ${pad(e.id, 4)} ${pad(e.type, 6)} ${clip(`${e.name}: ${bits.join('; ')}`, w - 14)}`);
  }
  if (x.entities.length > SECTION_LIMIT) out.push(`  … and ${x.entities.length - SECTION_LIMIT} more (--format json lists all)`);

  // Quotes
  out.push('');
  out.push(`Quotes (${x.quotes.length})`);
  if (x.quotes.length === 0) out.push('  none found');
  for (const q of x.quotes.slice(0, SECTION_LIMIT)) out.push(quoteLine(q, names, w));
  if (x.quotes.length > SECTION_LIMIT) out.push(`  … and ${x.quotes.length - SECTION_LIMIT} more (--format json lists all)`);

  // Diagnostics
  if (x.diagnostics.length > 0) {
    out.push('');
    out.push(`Diagnostics (${x.diagnostics.length})`);
    for (const d of x.diagnostics.slice(0, SECTION_LIMIT)) {
      const at = d.span !== null ? ` at ${d.span.start}: "${clip(d.span.text, 30)}"` : '';
      out.push(`  ${pad(d.severity, 7)} ${clip(`${d.code}${at}: ${d.message}`, w - 11)}`);
    }
    if (x.diagnostics.length > SECTION_LIMIT) out.push(`  … and ${x.diagnostics.length - SECTION_LIMIT} more`);
  }
  return `${out.join('\n')}\n`;
}
