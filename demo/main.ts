/**
 * The standpoint browser demo: paste an article (or pick a fixture), press Read,
 * and see the stance table and the annotated article. Everything runs in the page.
 */
import './style.css';
import fixtures from 'virtual:fixtures';
import { extract, type Extraction, type Stance } from '../src/index.js';
import { annotations, blocks, card, Index, nest, TYPE_NAMES, type Ann, type Piece, type Ref } from './render.js';

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'className') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: #${id} missing from index.html`);
  return el as T;
}

const form = byId<HTMLFormElement>('read-form');
const picker = byId<HTMLSelectElement>('fixture');
const textarea = byId<HTMLTextAreaElement>('article');
const readButton = byId<HTMLButtonElement>('read');
const clearButton = byId<HTMLButtonElement>('clear');
const status = byId<HTMLParagraphElement>('status');
const errorBox = byId<HTMLDivElement>('error');
const results = byId<HTMLElement>('results');
const tip = byId<HTMLDivElement>('tip');

/** The records behind each rendered highlight, by its data-ref. */
let refsByKey = new Map<string, readonly Ref[]>();
let current: { x: Extraction; ix: Index } | null = null;
let runs = 0;

// ---------------------------------------------------------------- the form

function fillPicker(): void {
  picker.append(h('option', { value: '' }, '(your own text)'));
  for (const f of fixtures) picker.append(h('option', { value: f.file }, `${f.title} (${f.file})`));
}

picker.addEventListener('change', () => {
  const f = fixtures.find((x) => x.file === picker.value);
  if (!f) return;
  textarea.value = f.text;
  void read();
});

textarea.addEventListener('input', () => {
  const f = fixtures.find((x) => x.file === picker.value);
  if (f && f.text !== textarea.value) picker.value = '';
});

textarea.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void read();
});

clearButton.addEventListener('click', () => {
  textarea.value = '';
  picker.value = '';
  results.hidden = true;
  errorBox.hidden = true;
  status.textContent = '';
  textarea.focus();
});

const nf = new Intl.NumberFormat('en-GB');
const plural = (n: number, one: string, many = `${one}s`): string => `${nf.format(n)} ${n === 1 ? one : many}`;

async function read(): Promise<void> {
  const text = textarea.value;
  errorBox.hidden = true;
  if (text.trim() === '') {
    status.textContent = 'Paste an article first.';
    textarea.focus();
    return;
  }
  readButton.disabled = true;
  status.textContent = 'Reading…';
  // Let the browser paint the busy state before the synchronous work.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  try {
    const t0 = performance.now();
    const x = extract(text);
    const ms = performance.now() - t0;
    render(x);
    status.textContent =
      `Read ${plural(text.length, 'character')} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms: ` +
      `${plural(x.entities.length, 'entity', 'entities')}, ${plural(x.quotes.length, 'quote')}, ` +
      `${plural(x.decisions.length, 'decision')}, ${plural(x.stances.length, 'stance')}.`;
  } catch (error) {
    results.hidden = true;
    errorBox.hidden = false;
    errorBox.textContent = `standpoint could not read this text: ${error instanceof Error ? error.message : String(error)}`;
    status.textContent = '';
  } finally {
    readButton.disabled = false;
    runs += 1;
    document.body.dataset.runs = String(runs);
  }
}

// ---------------------------------------------------------------- rendering

function render(x: Extraction): void {
  const ix = new Index(x);
  current = { x, ix };
  hideTip();
  refsByKey = new Map();
  byId('stances').replaceChildren(renderStances(x, ix));
  byId('reading').replaceChildren(...renderArticle(x));
  byId('decisions').replaceChildren(renderDecisions(x, ix));
  byId('entities').replaceChildren(renderEntities(x));
  byId('quotes').replaceChildren(renderQuotes(x, ix));
  byId('diagnostics').replaceChildren(renderDiagnostics(x));
  byId('json').textContent = JSON.stringify(x, null, 2);
  results.hidden = false;
}

/** The evidence sentence with the holder and the cue marked (not focusable: the article has the live highlights). */
function evidence(s: Stance, x: Extraction): HTMLElement {
  const { start, end } = s.evidence;
  const marks = [
    { span: s.holderSpan, className: 'ev-holder' },
    { span: s.cue, className: `ev-cue ev-${s.polarity}` },
  ]
    .filter((m) => m.span.start >= start && m.span.end <= end)
    .sort((a, b) => a.span.start - b.span.start);
  const out: Child[] = [];
  let pos = start;
  for (const m of marks) {
    if (m.span.start < pos) continue;
    out.push(x.text.slice(pos, m.span.start), h('strong', { className: m.className }, x.text.slice(m.span.start, m.span.end)));
    pos = m.span.end;
  }
  out.push(x.text.slice(pos, end));
  return h('blockquote', { className: 'evidence' }, ...out);
}

function polarityBadge(p: Stance['polarity']): HTMLElement {
  return h(
    'span',
    { className: `badge badge-${p}` },
    h('span', { className: 'badge-icon', 'aria-hidden': 'true' }, p === 'support' ? '✓' : '✗'),
    p === 'support' ? 'Supports' : 'Opposes',
  );
}

function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
}

function renderStances(x: Extraction, ix: Index): Node {
  if (x.stances.length === 0) {
    const why = x.decisions.length
      ? `It found ${plural(x.decisions.length, 'decision')} but no one’s position on ${x.decisions.length === 1 ? 'it' : 'them'}.`
      : 'It found no decision to take a position on.';
    return h('p', { className: 'empty' }, `No stances found in this text. ${why}`);
  }
  // One group of rows per decision, in the order the decisions are reported.
  const groups = new Map<string, Stance[]>();
  for (const d of x.decisions) groups.set(d.id, []);
  for (const s of [...x.stances].sort((a, b) => a.cue.start - b.cue.start)) {
    if (!groups.has(s.decision)) groups.set(s.decision, []);
    groups.get(s.decision)!.push(s);
  }
  const bodies = [...groups].filter(([, list]) => list.length > 0).map(([id, list]) => {
    const d = ix.decisions.get(id);
    const support = list.filter((s) => s.polarity === 'support').length;
    const head = h(
      'tr',
      { className: 'decision-row' },
      h(
        'th',
        { scope: 'rowgroup', colspan: 3, id: `row-${id}` },
        h('span', { className: 'decision-kicker' }, 'Decision'),
        h('span', { className: 'decision-action' }, d?.action ?? id),
        d ? h('span', { className: 'decision-detail' }, ` ${decisionDetail(d.id, ix)}`) : null,
        h('span', { className: 'decision-count' }, `${plural(support, 'supporter')}, ${plural(list.length - support, 'opponent')}`),
      ),
    );
    const rows = list.map((s) => {
      const holder = ix.entities.get(s.holder);
      const named = holder && s.holderSpan.text !== holder.name ? h('span', { className: 'as' }, `as “${s.holderSpan.text}”`) : null;
      return h(
        'tr',
        { 'data-stance': s.id, 'data-polarity': s.polarity, 'data-holder': holder?.name ?? s.holder, 'data-decision': s.decision },
        h(
          'th',
          { scope: 'row', 'data-label': 'Who', headers: `col-who row-${id}` },
          h('span', { className: 'holder-name' }, holder?.name ?? s.holder),
          holder ? h('span', { className: `type-tag type-${holder.type.toLowerCase()}` }, TYPE_NAMES[holder.type]) : null,
          holder?.roles.length ? h('span', { className: 'roles' }, holder.roles.join(', ')) : null,
          named,
        ),
        h('td', { 'data-label': 'Position', headers: `col-position row-${id}` }, polarityBadge(s.polarity)),
        h(
          'td',
          { 'data-label': 'Evidence', className: 'evidence-cell', headers: `col-evidence row-${id}` },
          evidence(s, x),
          h(
            'p',
            { className: 'evidence-meta' },
            h('span', {}, `confidence ${s.confidence.toFixed(2)}`),
            h('code', { title: 'rule that produced this stance' }, s.rule),
            h(
              'button',
              { type: 'button', className: 'link-button', 'data-jump': `hl-${s.id}`, 'aria-label': `Show in article: the evidence for ${holder?.name ?? s.holder}` },
              'Show in article',
            ),
          ),
        ),
      );
    });
    return h('tbody', {}, head, rows);
  });
  return h(
    'div',
    { className: 'table-scroll' },
    h(
      'table',
      { className: 'stance-table' },
      h('caption', { className: 'sr-only' }, 'Stances: who supports or opposes which decision, with the evidence sentence, grouped by decision'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', id: 'col-who' }, 'Who'),
          h('th', { scope: 'col', id: 'col-position' }, 'Position'),
          h('th', { scope: 'col', id: 'col-evidence' }, 'Evidence'),
        ),
      ),
      bodies,
    ),
  );
}

function decisionDetail(id: string, ix: Index): string {
  const d = ix.decisions.get(id);
  if (!d) return '';
  const parts: string[] = [];
  if (d.decider) parts.push(`by ${ix.entityName(d.decider)}`);
  if (d.targets.length) parts.push(`on ${d.targets.map((t) => ix.entityName(t)).join(', ')}`);
  return parts.join(' ') || `“${d.trigger.text}”`;
}

function renderPieces(pieces: readonly Piece[], x: Extraction): Node[] {
  return pieces.map((p) => {
    if ('text' in p) return document.createTextNode(p.text);
    const key = `r${refsByKey.size}`;
    refsByKey.set(key, p.ann.refs);
    return h(
      'mark',
      {
        className: `hl ${p.ann.className}`,
        tabindex: 0,
        'data-ref': key,
        'data-kind': p.ann.kind,
        id: p.first ? p.ann.anchor : undefined,
      },
      ...renderPieces(p.children, x),
    );
  });
}

function renderArticle(x: Extraction): Node[] {
  const anns: Ann[] = annotations(x);
  return blocks(x.text).map((b, i) => {
    const line = x.text.slice(b.start, b.end);
    const isHeadline = i === 0 && line.length < 160 && !/[.!?:”"’]$/.test(line);
    return h(isHeadline ? 'h3' : 'p', { className: isHeadline ? 'headline' : undefined }, ...renderPieces(nest(x.text, anns, b.start, b.end), x));
  });
}

function renderDecisions(x: Extraction, ix: Index): Node {
  if (x.decisions.length === 0) return h('p', { className: 'empty' }, 'None found.');
  return h(
    'ul',
    { className: 'cards' },
    x.decisions.map((d) => {
      const stances = x.stances.filter((s) => s.decision === d.id);
      const support = stances.filter((s) => s.polarity === 'support').length;
      return h(
        'li',
        { className: 'card' },
        h('p', { className: 'card-title' }, h('span', { className: 'decision-action' }, d.action), ' ', h('span', { className: 'id' }, d.id)),
        h('p', {}, decisionDetail(d.id, ix)),
        d.mentions.length ? h('p', { className: 'muted' }, `Also called ${[...new Set(d.mentions.map((m) => `“${m.text}”`))].join(', ')}.`) : null,
        h(
          'p',
          { className: 'muted' },
          stances.length ? `${plural(support, 'supporter')}, ${plural(stances.length - support, 'opponent')}.` : 'No stances on it.',
          ' ',
          h('button', { type: 'button', className: 'link-button', 'data-jump': `hl-${d.id}`, 'aria-label': `Show in article: decision ${d.id}, ${d.action}` }, 'Show in article'),
        ),
      );
    }),
  );
}

function renderEntities(x: Extraction): Node {
  if (x.entities.length === 0) return h('p', { className: 'empty' }, 'None found.');
  return h(
    'ul',
    { className: 'entity-list' },
    x.entities.map((e) =>
      h(
        'li',
        {},
        h('span', { className: `hl ent ent-${e.type.toLowerCase()}` }, e.name),
        h('span', { className: 'muted' }, ` ${TYPE_NAMES[e.type].toLowerCase()}, ${plural(e.mentions.length, 'mention')}`),
        e.roles.length ? h('span', { className: 'muted' }, `; ${e.roles.join(', ')}`) : null,
      ),
    ),
  );
}

function renderQuotes(x: Extraction, ix: Index): Node {
  if (x.quotes.length === 0) return h('p', { className: 'empty' }, 'None found.');
  return h(
    'ul',
    { className: 'cards' },
    x.quotes.map((q) =>
      h(
        'li',
        { className: 'card' },
        h('p', { className: 'card-title' }, q.speaker ? ix.entityName(q.speaker) : 'Speaker not found', ' ', h('span', { className: 'id' }, `${q.kind} ${q.id}`)),
        h('p', { className: 'quote-text' }, `“${q.text.length > 180 ? `${q.text.slice(0, 179)}…` : q.text}”`),
        h('p', {}, h('button', { type: 'button', className: 'link-button', 'data-jump': `hl-${q.id}`, 'aria-label': `Show in article: quote ${q.id}` }, 'Show in article')),
      ),
    ),
  );
}

function renderDiagnostics(x: Extraction): Node {
  if (x.diagnostics.length === 0) return h('p', { className: 'empty' }, 'None.');
  return h(
    'ul',
    { className: 'diagnostics' },
    x.diagnostics.map((d) =>
      h('li', {}, h('code', {}, d.code), ` ${d.severity}: ${d.message}`, d.span ? h('span', { className: 'muted' }, ` (“${d.span.text.slice(0, 60)}”)`) : null),
    ),
  );
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-jump]');
  if (button?.dataset.jump) jumpTo(button.dataset.jump);
});

// ---------------------------------------------------------------- popups

let hideTimer: number | undefined;
let tipFor: HTMLElement | null = null;

function showTip(mark: HTMLElement): void {
  const refs = refsByKey.get(mark.dataset.ref ?? '');
  if (!refs || !current) return;
  window.clearTimeout(hideTimer);
  const { ix } = current;
  tip.replaceChildren(
    ...refs.map((ref) => {
      const c = card(ref, ix);
      return h(
        'div',
        { className: `tip-card tip-${ref.type}` },
        h('p', { className: 'tip-tag' }, c.tag),
        h('p', { className: 'tip-title' }, c.title),
        h('dl', {}, c.rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      );
    }),
  );
  tip.hidden = false;
  if (tipFor && tipFor !== mark) tipFor.removeAttribute('aria-describedby');
  tipFor = mark;
  mark.setAttribute('aria-describedby', 'tip');
  place(mark);
}

function place(mark: HTMLElement): void {
  const rects = mark.getClientRects();
  const r = rects[0] ?? mark.getBoundingClientRect();
  const margin = 8;
  tip.style.left = '0px';
  tip.style.top = '0px';
  const w = tip.offsetWidth;
  const th = tip.offsetHeight;
  const left = Math.min(Math.max(margin, r.left), document.documentElement.clientWidth - w - margin);
  const below = r.bottom + margin;
  const top = below + th > window.innerHeight && r.top - th - margin > 0 ? r.top - th - margin : below;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${top + window.scrollY}px`;
}

function hideTip(): void {
  window.clearTimeout(hideTimer);
  tip.hidden = true;
  tipFor?.removeAttribute('aria-describedby');
  tipFor = null;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hideTip, 150);
}

const markOf = (t: EventTarget | null): HTMLElement | null => (t instanceof Element ? t.closest<HTMLElement>('mark[data-ref]') : null);

const reading = byId('reading');
reading.addEventListener('mouseover', (e) => {
  const mark = markOf(e.target);
  if (mark) showTip(mark);
});
reading.addEventListener('mouseout', (e) => {
  if (markOf(e.target) && document.activeElement !== tipFor) hideSoon();
});
reading.addEventListener('focusin', (e) => {
  const mark = markOf(e.target);
  if (mark) showTip(mark);
});
reading.addEventListener('focusout', () => hideSoon());
tip.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
tip.addEventListener('mouseleave', () => hideSoon());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !tip.hidden) hideTip();
});
window.addEventListener('resize', () => {
  if (tipFor && !tip.hidden) place(tipFor);
});

// ---------------------------------------------------------------- JSON

byId<HTMLButtonElement>('copy-json').addEventListener('click', () => {
  if (!current) return;
  navigator.clipboard?.writeText(JSON.stringify(current.x, null, 2)).then(
    () => (status.textContent = 'Copied the JSON.'),
    () => (status.textContent = 'Could not copy: select the JSON below instead.'),
  );
});

byId<HTMLButtonElement>('download-json').addEventListener('click', () => {
  if (!current) return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(current.x, null, 2)], { type: 'application/json' }));
  const a = h('a', { href: url, download: 'standpoint.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

// ---------------------------------------------------------------- start

fillPicker();
const first = fixtures.find((f) => f.file === 'labour-proscription.txt') ?? fixtures[0];
if (first) {
  picker.value = first.file;
  textarea.value = first.text;
  void read();
}
