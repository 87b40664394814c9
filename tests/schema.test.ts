/**
 * The committed schema.json is generated from src/types.ts, and real outputs
 * of extract() validate against it: every fixture, and the first 50 Wikinews
 * articles when ../shared/corpora is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction, type Span } from '../src/index.js';
import { SCHEMA_PATH, generateSchemaText } from '../scripts/schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(root, 'fixtures');
const wikinewsPath = process.env.STANDPOINT_WIKINEWS ?? join(root, '..', 'shared', 'corpora', 'wikinews', 'articles.jsonl');
const WIKINEWS_ARTICLES = 50;

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile<Extraction>(schema);

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/** Checks the parts of the contract a JSON Schema cannot state. */
function contractProblems(x: Extraction): string[] {
  const problems: string[] = [];
  const span = (where: string, s: Span | null): void => {
    if (s === null) return;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > x.text.length) {
      problems.push(`${where}: bad offsets ${s.start}..${s.end}`);
    } else if (x.text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(x.text.slice(s.start, s.end))}`);
    }
  };
  const entityIds = new Set(x.entities.map((e) => e.id));
  const quoteIds = new Set(x.quotes.map((q) => q.id));
  const decisionIds = new Set(x.decisions.map((d) => d.id));
  const ref = (where: string, id: string | null, ids: Set<string>): void => {
    if (id !== null && !ids.has(id)) problems.push(`${where}: unknown id ${id}`);
  };
  x.sentences.forEach((s, i) => span(`sentences[${i}]`, s));
  for (const e of x.entities) {
    e.mentions.forEach((m, i) => span(`${e.id}.mentions[${i}]`, m));
    e.affiliations.forEach((a) => ref(`${e.id}.affiliations`, a, entityIds));
  }
  for (const q of x.quotes) {
    span(`${q.id}`, q);
    span(`${q.id}.speakerSpan`, q.speakerSpan);
    span(`${q.id}.cue`, q.cue);
    ref(`${q.id}.speaker`, q.speaker, entityIds);
  }
  for (const d of x.decisions) {
    span(`${d.id}.trigger`, d.trigger);
    d.mentions.forEach((m, i) => span(`${d.id}.mentions[${i}]`, m));
    ref(`${d.id}.decider`, d.decider, entityIds);
    d.targets.forEach((t) => ref(`${d.id}.targets`, t, entityIds));
  }
  for (const s of x.stances) {
    span(`${s.id}.holderSpan`, s.holderSpan);
    span(`${s.id}.cue`, s.cue);
    span(`${s.id}.evidence`, s.evidence);
    ref(`${s.id}.holder`, s.holder, entityIds);
    ref(`${s.id}.decision`, s.decision, decisionIds);
    s.quotes.forEach((q) => ref(`${s.id}.quotes`, q, quoteIds));
    if (!(s.confidence >= 0 && s.confidence <= 1)) problems.push(`${s.id}: confidence ${s.confidence} outside 0..1`);
  }
  x.diagnostics.forEach((d, i) => span(`diagnostics[${i}].span`, d.span));
  return problems;
}

function check(label: string, text: string): void {
  const result = extract(text);
  // What a consumer sees after JSON.stringify/parse: no undefined, no class instances.
  const json = JSON.parse(JSON.stringify(result)) as unknown;
  expect(json, `${label}: result is not plain JSON`).toEqual(result);
  if (!validate(json)) {
    expect.fail(`${label}: does not match schema.json\n${formatErrors(validate.errors)}`);
  }
  expect(contractProblems(result), `${label}: contract`).toEqual([]);
}

describe('schema.json', () => {
  it('is up to date with src/types.ts (run `npm run schema` if this fails)', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed).toBe(generateSchemaText());
  }, 60_000);

  it('describes Extraction and rejects unknown fields', () => {
    expect(schema.$ref).toBe('#/definitions/Extraction');
    const empty = { text: '', sentences: [], entities: [], quotes: [], decisions: [], stances: [], diagnostics: [] };
    expect(validate(empty)).toBe(true);
    expect(validate({ ...empty, extra: 1 })).toBe(false);
    expect(validate({ ...empty, stances: [{ polarity: 'neutral' }] })).toBe(false);
  });
});

describe('extract() output validates against schema.json', () => {
  const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).sort();

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('fixtures/%s', (file) => {
    check(`fixtures/${file}`, readFileSync(join(fixturesDir, file), 'utf8'));
  });

  it('edge-case inputs', () => {
    for (const text of ['', '   \n\n ', 'Labour.', '“Unclosed quote, said nobody', 'a'.repeat(2000), 'Ünïcödé — “quotes” ‘and’ emoji 👍 said Ana.']) {
      check(JSON.stringify(text.slice(0, 30)), text);
    }
  });

  const hasWikinews = existsSync(wikinewsPath);
  if (!hasWikinews) {
    console.warn(`[schema.test] skipping the Wikinews part: ${wikinewsPath} not found (it lives in ../shared/corpora).`);
  }
  it.skipIf(!hasWikinews)(`first ${WIKINEWS_ARTICLES} Wikinews articles (../shared/corpora/wikinews)`, () => {
    const lines = readFileSync(wikinewsPath, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, WIKINEWS_ARTICLES);
    expect(lines.length).toBe(WIKINEWS_ARTICLES);
    for (const line of lines) {
      const article = JSON.parse(line) as { id: string; text: string };
      check(article.id, article.text);
    }
  }, 120_000);
});
