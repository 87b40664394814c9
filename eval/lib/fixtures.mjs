// @ts-check
/**
 * Fixture loader and scorer for standpoint.
 *
 * A fixture is `fixtures/<slug>.txt` (the article) plus `fixtures/<slug>.expected.json`
 * (what a correct extraction must contain). Expected files name things by their
 * text, never by ids; the scorer resolves produced ids to entities and compares names.
 *
 * Name matching: a name matches an entity when, after normalisation, it equals the
 * entity's `name` or one of its `aliases`. Normalisation lower-cases, folds curly
 * quotes/apostrophes to straight ones, collapses white space and drops a leading
 * article ("the", "a", "an"). Anywhere a name is expected, an array of alternatives
 * may be given instead; any one of them matching is enough.
 *
 * Decisions: each expected decision is matched to a distinct produced decision with
 * one of the listed actions, the expected decider and targets, and (with `stated`)
 * stated in the given place. When none fits fully, a produced decision with the right
 * action and place and at least the decider or one target right is still used to link
 * stances, while the decision's own check fails; so one wrong decider fails one check
 * instead of turning every stance on the decision into a false positive and a miss.
 *
 * Stances are scored as a set: a produced stance is a true positive when its holder
 * matches, its polarity is equal and its decision is the produced decision matched to
 * the expected decision index. Several produced stances that all fit the same expected
 * stance count once (the rest are reported as `duplicates`, neither tp nor fp); a
 * produced stance fitting no expected stance is a false positive.
 *
 * Exports used by `npm run eval`: loadFixtures, scoreFixture, scoreFixtures.
 * @module
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {import('../../src/types.js').Extraction} Extraction */
/** @typedef {import('../../src/types.js').Entity} Entity */
/** @typedef {import('../../src/types.js').Quote} Quote */
/** @typedef {import('../../src/types.js').Decision} Decision */
/** @typedef {import('../../src/types.js').Stance} Stance */
/** @typedef {import('../../src/types.js').EntityType} EntityType */

/** @typedef {string | string[]} NameSpec  one name, or alternatives (any one may match) */

/**
 * @typedef {object} ExpectedEntity
 * @property {NameSpec} name
 * @property {EntityType | EntityType[]} type
 * @property {string[]} [aliases]   each must be among the entity's name/aliases
 * @property {string[]} [roles]     each must be a case-insensitive substring of some role
 * @property {string[]} [mentions]  each must equal the text of some mention of the entity
 * @property {string} [note]
 */
/**
 * @typedef {object} ExpectedQuote
 * @property {NameSpec} speaker
 * @property {string} contains
 * @property {'direct' | 'indirect' | 'mixed'} [kind]
 * @property {string} [note]
 */
/**
 * @typedef {object} ExpectedDecision
 * @property {string | string[]} action  accepted lemmas
 * @property {NameSpec} [decider]
 * @property {NameSpec[]} [targets]      each must be among the decision's targets
 * @property {string | string[]} [stated]  fragment(s) of the text where this decision is stated; the
 *   decision's trigger or one of its mentions must lie inside one (tells apart decisions with the same action)
 * @property {string[]} [mentions]      each must be found among the trigger and mention spans (word-level
 *   containment either way, leading articles ignored: "the latest ban" accepts a mention "the ban")
 * @property {string} [note]
 */
/**
 * @typedef {object} ExpectedStance
 * @property {NameSpec} holder
 * @property {'support' | 'oppose'} polarity
 * @property {number} decision  index into `decisions`
 * @property {string} [note]
 */
/**
 * @typedef {object} Expected
 * @property {string} description
 * @property {ExpectedEntity[]} [entities]
 * @property {ExpectedQuote[]} [quotes]
 * @property {string[]} [noQuoteSpeaker]
 * @property {ExpectedDecision[]} [decisions]
 * @property {ExpectedStance[]} stances  the complete list
 * @property {string[]} [noStance]
 */
/** @typedef {{ name: string, text: string, expected: Expected }} Fixture */
/** @typedef {{ ok: boolean, what: string, detail: string }} Check */
/**
 * @typedef {object} StanceScore
 * @property {number} tp
 * @property {number} fp
 * @property {number} fn
 * @property {number} duplicates  produced stances that repeat an already matched expected stance
 * @property {string[]} falsePositives
 * @property {string[]} falseNegatives
 */
/** @typedef {{ checks: Check[], stances: StanceScore }} FixtureScore */
/**
 * @typedef {object} Totals
 * @property {{ tp: number, fp: number, fn: number, precision: number, recall: number, f1: number }} stances
 * @property {{ passed: number, failed: number }} checks
 */
/** @typedef {FixtureScore & { name: string, error: string | null }} FixtureResult */

/** The repository's own fixtures folder. */
export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

// ---------------------------------------------------------------------------
// Normalisation and name matching

/**
 * Lower-cases, folds curly quotes/apostrophes and dashes, collapses white space.
 * @param {string} s
 * @returns {string}
 */
export function normText(s) {
  return String(s)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * `normText` plus: surrounding punctuation and one leading article removed.
 * @param {string} s
 * @returns {string}
 */
export function normName(s) {
  return normText(s)
    .replace(/^[\s"'.,;:()[\]]+|[\s"'.,;:()[\]]+$/g, '')
    .replace(/^(?:the|a|an) /, '');
}

/**
 * @param {NameSpec | undefined | null} spec
 * @returns {string[]}
 */
function alternatives(spec) {
  if (spec === undefined || spec === null) return [];
  return Array.isArray(spec) ? spec : [spec];
}

/**
 * @param {NameSpec} spec
 * @returns {string}
 */
function showSpec(spec) {
  const alts = alternatives(spec);
  return alts.length === 1 ? String(alts[0]) : alts.join(' | ');
}

/**
 * Every proper form of an entity, normalised.
 * @param {Entity} entity
 * @returns {string[]}
 */
function entityForms(entity) {
  const forms = [entity.name, ...(Array.isArray(entity.aliases) ? entity.aliases : [])];
  return forms.filter((f) => typeof f === 'string').map(normName);
}

/**
 * Whether `spec` (a name or alternatives) names `entity`.
 * @param {NameSpec} spec
 * @param {Entity | undefined | null} entity
 * @returns {boolean}
 */
export function nameMatches(spec, entity) {
  if (!entity) return false;
  const forms = entityForms(entity);
  return alternatives(spec).some((alt) => forms.includes(normName(alt)));
}

/**
 * Whether `needle` occurs in `hay` at word boundaries (both already normalised).
 * @param {string} hay
 * @param {string} needle
 */
function containsWords(hay, needle) {
  if (needle.length === 0) return false;
  const pad = (/** @type {string} */ s) => ` ${s.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
  return pad(hay).includes(pad(needle));
}

/**
 * @param {string} s
 * @param {number} [max]
 */
function clip(s, max = 70) {
  const t = String(s).replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

// ---------------------------------------------------------------------------
// Loading and validating fixtures

const TOP_KEYS = ['description', 'entities', 'quotes', 'noQuoteSpeaker', 'decisions', 'stances', 'noStance'];
const ENTITY_KEYS = ['name', 'type', 'aliases', 'roles', 'mentions', 'note'];
const QUOTE_KEYS = ['speaker', 'contains', 'kind', 'note'];
const DECISION_KEYS = ['action', 'decider', 'targets', 'mentions', 'stated', 'note'];
const STANCE_KEYS = ['holder', 'polarity', 'decision', 'note'];
const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP'];
const QUOTE_KINDS = ['direct', 'indirect', 'mixed'];
const POLARITIES = ['support', 'oppose'];

/**
 * Throws an Error naming the fixture and the problem when `expected` is malformed
 * (unknown keys, wrong types, stance decision indexes out of range).
 * @param {unknown} expected
 * @param {string} [name]
 * @returns {asserts expected is Expected}
 */
export function validateExpected(expected, name = 'fixture') {
  /** @param {string} msg */
  const fail = (msg) => {
    throw new Error(`${name}.expected.json: ${msg}`);
  };
  /** @param {unknown} v */
  const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  /** @param {unknown} v */
  const isStr = (v) => typeof v === 'string' && v.trim().length > 0;
  /** @param {unknown} v */
  const isSpec = (v) => isStr(v) || (Array.isArray(v) && v.length > 0 && v.every(isStr));
  /** @param {unknown} v */
  const isStrList = (v) => Array.isArray(v) && v.every(isStr);
  /**
   * @param {Record<string, unknown>} obj
   * @param {string[]} keys
   * @param {string} where
   */
  const onlyKeys = (obj, keys, where) => {
    for (const k of Object.keys(obj)) if (!keys.includes(k)) fail(`${where}: unknown key "${k}" (allowed: ${keys.join(', ')})`);
  };
  /**
   * @param {unknown} v
   * @param {string} where
   * @returns {Record<string, unknown>[]}
   */
  const list = (v, where) => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(`${where} must be an array`);
    return v.map((item, i) => (isObj(item) ? /** @type {Record<string, unknown>} */ (item) : fail(`${where}[${i}] must be an object`)));
  };

  if (!isObj(expected)) return fail('top level must be an object');
  const e = /** @type {Record<string, unknown>} */ (expected);
  onlyKeys(e, TOP_KEYS, 'top level');
  if (!isStr(e.description)) fail('"description" must be a non-empty string');
  if (!Array.isArray(e.stances)) fail('"stances" is required and must be an array (use [] for none)');

  list(e.entities, 'entities').forEach((x, i) => {
    const at = `entities[${i}]`;
    onlyKeys(x, ENTITY_KEYS, at);
    if (!isSpec(x.name)) fail(`${at}.name must be a string or an array of strings`);
    const types = alternatives(/** @type {NameSpec} */ (x.type));
    if (types.length === 0 || !types.every((t) => ENTITY_TYPES.includes(t))) fail(`${at}.type must be one of ${ENTITY_TYPES.join(', ')} (or an array of them)`);
    for (const k of ['aliases', 'roles', 'mentions']) if (x[k] !== undefined && !isStrList(x[k])) fail(`${at}.${k} must be an array of strings`);
  });
  list(e.quotes, 'quotes').forEach((x, i) => {
    const at = `quotes[${i}]`;
    onlyKeys(x, QUOTE_KEYS, at);
    if (!isSpec(x.speaker)) fail(`${at}.speaker must be a string or an array of strings`);
    if (!isStr(x.contains)) fail(`${at}.contains must be a non-empty string`);
    if (x.kind !== undefined && !QUOTE_KINDS.includes(/** @type {string} */ (x.kind))) fail(`${at}.kind must be one of ${QUOTE_KINDS.join(', ')}`);
  });
  if (e.noQuoteSpeaker !== undefined && !isStrList(e.noQuoteSpeaker)) fail('"noQuoteSpeaker" must be an array of strings');
  const decisions = list(e.decisions, 'decisions');
  decisions.forEach((x, i) => {
    const at = `decisions[${i}]`;
    onlyKeys(x, DECISION_KEYS, at);
    if (!isSpec(x.action)) fail(`${at}.action must be a lemma or an array of lemmas`);
    if (x.decider !== undefined && !isSpec(x.decider)) fail(`${at}.decider must be a string or an array of strings`);
    if (x.targets !== undefined && !(Array.isArray(x.targets) && x.targets.every(isSpec))) fail(`${at}.targets must be an array of names (or arrays of alternatives)`);
    if (x.mentions !== undefined && !isStrList(x.mentions)) fail(`${at}.mentions must be an array of strings`);
    if (x.stated !== undefined && !isSpec(x.stated)) fail(`${at}.stated must be a text fragment or an array of them`);
  });
  list(e.stances, 'stances').forEach((x, i) => {
    const at = `stances[${i}]`;
    onlyKeys(x, STANCE_KEYS, at);
    if (!isSpec(x.holder)) fail(`${at}.holder must be a string or an array of strings`);
    if (!POLARITIES.includes(/** @type {string} */ (x.polarity))) fail(`${at}.polarity must be "support" or "oppose"`);
    if (!Number.isInteger(x.decision) || /** @type {number} */ (x.decision) < 0 || /** @type {number} */ (x.decision) >= decisions.length) {
      fail(`${at}.decision must be an index into "decisions" (0..${decisions.length - 1}), got ${JSON.stringify(x.decision)}`);
    }
  });
  if (e.noStance !== undefined && !isStrList(e.noStance)) fail('"noStance" must be an array of strings');
}

/**
 * Loads every `<name>.expected.json` in `dir` together with its `<name>.txt`,
 * sorted by name. Throws when a `.txt` is missing or an expected file is malformed.
 * @param {string | URL} [dir]
 * @returns {Fixture[]}
 */
export function loadFixtures(dir = DEFAULT_FIXTURES_DIR) {
  const root = dir instanceof URL ? fileURLToPath(dir) : dir;
  const suffix = '.expected.json';
  return readdirSync(root)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((file) => {
      const name = file.slice(0, -suffix.length);
      const textPath = join(root, `${name}.txt`);
      if (!existsSync(textPath)) throw new Error(`fixture "${name}": ${file} has no ${name}.txt next to it in ${root}`);
      let expected;
      try {
        expected = JSON.parse(readFileSync(join(root, file), 'utf8'));
      } catch (err) {
        throw new Error(`fixture "${name}": ${file} is not valid JSON: ${/** @type {Error} */ (err).message}`);
      }
      validateExpected(expected, name);
      return { name, text: readFileSync(textPath, 'utf8'), expected };
    });
}

/**
 * Problems with a fixture's own consistency: expected names, fragments and
 * mentions that do not occur in the article text. Returns [] for a sound fixture.
 * @param {Fixture} fixture
 * @returns {string[]}
 */
export function lintFixture(fixture) {
  const text = normText(fixture.text);
  const ex = fixture.expected;
  /** @type {string[]} */
  const problems = [];
  /** @param {string} s */
  const occurs = (s) => text.includes(normName(s)) || text.includes(normText(s));
  /**
   * @param {NameSpec | undefined} spec
   * @param {string} where
   */
  const need = (spec, where) => {
    if (spec === undefined) return;
    if (!alternatives(spec).some(occurs)) problems.push(`${where}: none of [${alternatives(spec).join(' | ')}] occurs in the text`);
  };
  (ex.entities ?? []).forEach((e, i) => {
    need(e.name, `entities[${i}].name`);
    for (const a of e.aliases ?? []) need(a, `entities[${i}].aliases`);
    for (const r of e.roles ?? []) need(r, `entities[${i}].roles`);
    for (const m of e.mentions ?? []) need(m, `entities[${i}].mentions`);
  });
  (ex.quotes ?? []).forEach((q, i) => {
    need(q.speaker, `quotes[${i}].speaker`);
    if (!text.includes(normText(q.contains))) problems.push(`quotes[${i}].contains "${q.contains}" does not occur in the text`);
  });
  for (const f of ex.noQuoteSpeaker ?? []) if (!text.includes(normText(f))) problems.push(`noQuoteSpeaker "${f}" does not occur in the text`);
  (ex.decisions ?? []).forEach((d, i) => {
    need(d.decider, `decisions[${i}].decider`);
    for (const t of d.targets ?? []) need(t, `decisions[${i}].targets`);
    for (const m of d.mentions ?? []) need(m, `decisions[${i}].mentions`);
    for (const f of alternatives(d.stated)) if (!foldSameLength(fixture.text).includes(foldSameLength(f))) problems.push(`decisions[${i}].stated "${f}" does not occur verbatim (case and quote style aside) in the text`);
  });
  ex.stances.forEach((s, i) => need(s.holder, `stances[${i}].holder`));
  for (const n of ex.noStance ?? []) need(n, 'noStance');
  return problems;
}

// ---------------------------------------------------------------------------
// Scoring

/**
 * Maximum bipartite matching (Kuhn). `fits(i, j)` says whether left i may take right j.
 * Left items are served in order, so earlier ones win ties.
 * @param {number} nLeft
 * @param {number} nRight
 * @param {(i: number, j: number) => boolean} fits
 * @returns {number[]} for each left index, the right index it took, or -1
 */
function bipartite(nLeft, nRight, fits) {
  /** @type {number[]} */
  const rightOwner = new Array(nRight).fill(-1);
  /** @type {number[]} */
  const leftTake = new Array(nLeft).fill(-1);
  /**
   * @param {number} i
   * @param {boolean[]} seen
   * @returns {boolean}
   */
  const augment = (i, seen) => {
    for (let j = 0; j < nRight; j++) {
      if (seen[j] || !fits(i, j)) continue;
      seen[j] = true;
      const owner = /** @type {number} */ (rightOwner[j]);
      if (owner === -1 || augment(owner, seen)) {
        rightOwner[j] = i;
        leftTake[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < nLeft; i++) augment(i, new Array(nRight).fill(false));
  return leftTake;
}

/** @param {string} s */
const normAction = (s) => normText(s).replace(/[_-]+/g, ' ');

/**
 * Lower-cases and folds curly quotes one code unit at a time, so offsets are kept.
 * @param {string} s
 */
function foldSameLength(s) {
  let out = '';
  for (const ch of String(s)) {
    const lower = ch.toLowerCase();
    const c = lower.length === ch.length ? lower : ch;
    out += /[\u2018\u2019\u201A\u201B\u2032]/.test(c) ? "'" : /[\u201C\u201D\u201E\u201F\u2033]/.test(c) ? '"' : c;
  }
  return out;
}

/**
 * Whether an expected mention ("the latest decision") is found among a decision's
 * trigger and mention spans: word-level containment either way, leading articles ignored.
 * @param {string} expectedMention
 * @param {Decision} d
 */
function mentionOk(expectedMention, d) {
  const want = normName(expectedMention);
  return [d.trigger, ...(d.mentions ?? [])]
    .filter((sp) => sp && typeof sp.text === 'string')
    .some((sp) => {
      const have = normName(sp.text);
      return containsWords(have, want) || containsWords(want, have);
    });
}

/**
 * Assigns produced decisions to expected ones. Maximises, in order: the number of
 * expected decisions matched fully (`strict`), the number matched at all (strict or
 * `loose`), then the number of expected mentions found (`bonus`), so that two
 * expected decisions with the same description are told apart by their mentions.
 * Exhaustive for small inputs, greedy-with-augmentation beyond that.
 * @param {number} nExp
 * @param {number} nOut
 * @param {(i: number, j: number) => boolean} strict
 * @param {(i: number, j: number) => boolean} loose
 * @param {(i: number, j: number) => number} bonus
 * @returns {{ index: number, strict: boolean }[]}
 */
function assignDecisions(nExp, nOut, strict, loose, bonus) {
  /** @type {{ j: number, strict: boolean, bonus: number }[][]} */
  const options = [];
  let space = 1;
  for (let i = 0; i < nExp; i++) {
    /** @type {{ j: number, strict: boolean, bonus: number }[]} */
    const opts = [];
    for (let j = 0; j < nOut; j++) {
      const s = strict(i, j);
      if (s || loose(i, j)) opts.push({ j, strict: s, bonus: bonus(i, j) });
    }
    options.push(opts);
    space *= opts.length + 1;
  }
  if (space <= 200_000) {
    /** @type {number[]} */
    const pick = new Array(nExp).fill(-1);
    /** @type {number[]} */
    let best = pick.slice();
    let bestScore = [-1, -1, -1];
    const used = new Set();
    /** @param {number} i @param {number[]} score */
    const walk = (i, score) => {
      if (i === nExp) {
        const better = score[0] !== bestScore[0] ? score[0] > bestScore[0] : score[1] !== bestScore[1] ? score[1] > bestScore[1] : score[2] > bestScore[2];
        if (better) {
          bestScore = score.slice();
          best = pick.slice();
        }
        return;
      }
      for (const o of /** @type {{ j: number, strict: boolean, bonus: number }[]} */ (options[i])) {
        if (used.has(o.j)) continue;
        used.add(o.j);
        pick[i] = o.j;
        walk(i + 1, [/** @type {number} */ (score[0]) + (o.strict ? 1 : 0), /** @type {number} */ (score[1]) + 1, /** @type {number} */ (score[2]) + o.bonus]);
        used.delete(o.j);
      }
      pick[i] = -1;
      walk(i + 1, score);
    };
    walk(0, [0, 0, 0]);
    return best.map((j, i) => ({ index: j, strict: j >= 0 && strict(i, j) }));
  }
  const strictTake = bipartite(nExp, nOut, strict);
  const taken = new Set(strictTake.filter((j) => j >= 0));
  const looseTake = bipartite(nExp, nOut, (i, j) => strictTake[i] === -1 && !taken.has(j) && loose(i, j));
  return strictTake.map((j, i) => (j >= 0 ? { index: j, strict: true } : { index: /** @type {number} */ (looseTake[i]), strict: false }));
}

/**
 * Scores one extraction against one expected file.
 * Every expected item yields exactly one check, in file order, followed by
 * "no unexpected stances" and two well-formedness checks, so the list of checks
 * does not depend on the extraction.
 * @param {Extraction} extraction
 * @param {Expected} expected
 * @returns {FixtureScore}
 */
export function scoreFixture(extraction, expected) {
  const x = /** @type {Extraction} */ ({
    text: typeof extraction?.text === 'string' ? extraction.text : '',
    sentences: Array.isArray(extraction?.sentences) ? extraction.sentences : [],
    entities: Array.isArray(extraction?.entities) ? extraction.entities : [],
    quotes: Array.isArray(extraction?.quotes) ? extraction.quotes : [],
    decisions: Array.isArray(extraction?.decisions) ? extraction.decisions : [],
    stances: Array.isArray(extraction?.stances) ? extraction.stances : [],
    diagnostics: Array.isArray(extraction?.diagnostics) ? extraction.diagnostics : [],
  });
  /** @type {Map<string, Entity>} */
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  /** @type {Map<string, Decision>} */
  const decById = new Map(x.decisions.map((d) => [d.id, d]));
  /** @type {Check[]} */
  const checks = [];
  /**
   * @param {boolean} ok
   * @param {string} what
   * @param {() => string} detail
   */
  const check = (ok, what, detail) => checks.push({ ok, what, detail: ok ? '' : detail() });

  /** @param {string | null | undefined} id */
  const entName = (id) => {
    if (id === null || id === undefined) return '(none)';
    const e = byId.get(id);
    return e ? e.name : `(unknown id ${id})`;
  };
  /** @param {Entity} e */
  const showEntity = (e) =>
    `${e.name} [${e.type}]` +
    (e.aliases?.length ? ` aliases=[${e.aliases.join(', ')}]` : '') +
    (e.roles?.length ? ` roles=[${e.roles.join(', ')}]` : '');
  /** @param {Quote} q */
  const showQuote = (q) => `${q.kind} "${clip(q.text, 60)}" ← ${entName(q.speaker)}${q.cue ? ` (cue "${q.cue.text}")` : ''}`;
  /** @param {Decision} d */
  const showDecision = (d) =>
    `${d.id} ${d.action} by ${entName(d.decider)} on [${(d.targets ?? []).map(entName).join(', ')}] at "${clip(d.trigger?.text ?? '', 40)}"`;
  /** @param {Stance} s */
  const showStance = (s) => {
    const d = decById.get(s.decision);
    return `${entName(s.holder)} ${s.polarity} ${d ? `${d.action}(${d.id})` : `(unknown decision ${s.decision})`}` +
      `${s.cue ? ` cue "${clip(s.cue.text, 30)}"` : ''}${s.rule ? ` rule ${s.rule}` : ''}`;
  };
  /**
   * @param {string[]} items
   * @param {string} none
   */
  const listing = (items, none) => (items.length ? items.map((s) => `\n    - ${s}`).join('') : ` ${none}`);

  // Entities -------------------------------------------------------------
  for (const exp of expected.entities ?? []) {
    const types = alternatives(/** @type {NameSpec} */ (exp.type));
    const parts = [`entity "${showSpec(exp.name)}" is ${types.join('|')}`];
    if (exp.aliases?.length) parts.push(`aliases ⊇ [${exp.aliases.join(', ')}]`);
    if (exp.roles?.length) parts.push(`roles ~ [${exp.roles.join(', ')}]`);
    if (exp.mentions?.length) parts.push(`mentioned as [${exp.mentions.join(', ')}]`);
    const what = parts.join(', ');
    const candidates = x.entities.filter((e) => nameMatches(exp.name, e));
    /** @param {Entity} e */
    const problems = (e) => {
      /** @type {string[]} */
      const p = [];
      if (!types.includes(e.type)) p.push(`type is ${e.type}`);
      const forms = entityForms(e);
      const missingAliases = (exp.aliases ?? []).filter((a) => !forms.includes(normName(a)));
      if (missingAliases.length) p.push(`missing aliases [${missingAliases.join(', ')}]`);
      const roles = (e.roles ?? []).map(normText);
      const missingRoles = (exp.roles ?? []).filter((r) => !roles.some((have) => have.includes(normText(r))));
      if (missingRoles.length) p.push(`missing roles [${missingRoles.join(', ')}]`);
      const mentions = (e.mentions ?? []).map((m) => normText(m.text));
      const missingMentions = (exp.mentions ?? []).filter((m) => !mentions.includes(normText(m)));
      if (missingMentions.length) p.push(`missing mentions [${missingMentions.join(', ')}] (has: ${[...new Set(mentions)].join(', ')})`);
      return p;
    };
    const ok = candidates.some((e) => problems(e).length === 0);
    check(ok, what, () =>
      candidates.length === 0
        ? `no entity is named ${showSpec(exp.name)}; entities found:${listing(x.entities.map(showEntity), '(none)')}`
        : `matching entities fall short:${listing(candidates.map((e) => `${showEntity(e)}: ${problems(e).join('; ')}`), '')}`,
    );
  }

  // Quotes ---------------------------------------------------------------
  for (const exp of expected.quotes ?? []) {
    const frag = normText(exp.contains);
    const what = `quote containing "${clip(exp.contains, 50)}" is attributed to ${showSpec(exp.speaker)}${exp.kind ? ` (${exp.kind})` : ''}`;
    const candidates = x.quotes.filter((q) => typeof q.text === 'string' && normText(q.text).includes(frag));
    const ok = candidates.some((q) => nameMatches(exp.speaker, q.speaker ? byId.get(q.speaker) : null) && (!exp.kind || q.kind === exp.kind));
    check(ok, what, () =>
      candidates.length === 0
        ? `no quote contains that text; quotes found:${listing(x.quotes.map(showQuote), '(none)')}`
        : `quotes containing it:${listing(candidates.map(showQuote), '')}`,
    );
  }
  for (const fragment of expected.noQuoteSpeaker ?? []) {
    const frag = normText(fragment);
    const bad = x.quotes.filter((q) => q.speaker !== null && q.speaker !== undefined && typeof q.text === 'string' && normText(q.text).includes(frag));
    check(bad.length === 0, `"${clip(fragment, 50)}" is not a quote with a speaker`, () => `attributed quotes containing it:${listing(bad.map(showQuote), '')}`);
  }

  // Decisions ------------------------------------------------------------
  const expDecisions = expected.decisions ?? [];
  const foldedText = foldSameLength(x.text);
  /**
   * Whether the decision's trigger or one of its mentions lies inside an occurrence
   * of one of the `stated` fragments (true when none is given).
   * @param {ExpectedDecision} exp
   * @param {Decision} d
   */
  const statedOk = (exp, d) => {
    const frags = alternatives(exp.stated);
    if (frags.length === 0) return true;
    const spans = [d.trigger, ...(d.mentions ?? [])].filter((s) => s && typeof s.start === 'number');
    return frags.some((frag) => {
      const f = foldSameLength(frag);
      for (let at = foldedText.indexOf(f); at >= 0; at = foldedText.indexOf(f, at + 1)) {
        if (spans.some((s) => s.start >= at && s.end <= at + f.length)) return true;
      }
      return false;
    });
  };
  /** @param {ExpectedDecision} exp @param {Decision} d */
  const actionOk = (exp, d) => alternatives(exp.action).map(normAction).includes(normAction(d.action ?? ''));
  /** @param {ExpectedDecision} exp @param {Decision} d */
  const deciderOk = (exp, d) => exp.decider === undefined || nameMatches(exp.decider, d.decider ? byId.get(d.decider) : null);
  /** @param {ExpectedDecision} exp @param {Decision} d */
  const missingTargets = (exp, d) => {
    const targets = (d.targets ?? []).map((id) => byId.get(id));
    return (exp.targets ?? []).filter((t) => !targets.some((e) => nameMatches(t, e)));
  };
  /**
   * @param {ExpectedDecision} exp
   * @param {Decision} d
   * @returns {string[]} reasons it does not fit ([] = fits)
   */
  const decisionProblems = (exp, d) => {
    /** @type {string[]} */
    const p = [];
    if (!actionOk(exp, d)) p.push(`action is "${d.action}"`);
    if (!statedOk(exp, d)) p.push(`neither its trigger nor a mention lies in "${clip(alternatives(exp.stated).join('" | "'), 60)}"`);
    if (!deciderOk(exp, d)) p.push(`decider is ${entName(d.decider)}`);
    const missing = missingTargets(exp, d);
    if (missing.length) p.push(`targets lack [${missing.map(showSpec).join(', ')}]`);
    return p;
  };
  /**
   * Loose fit, used only to link stances when no decision fits fully: same action and
   * place, and at least the decider or one target right (or neither expected).
   * @param {ExpectedDecision} exp
   * @param {Decision} d
   */
  const looseFit = (exp, d) => {
    if (!actionOk(exp, d) || !statedOk(exp, d)) return false;
    const hasDecider = exp.decider !== undefined;
    const nTargets = exp.targets?.length ?? 0;
    if (!hasDecider && nTargets === 0) return true;
    return (hasDecider && deciderOk(exp, d)) || (nTargets > 0 && missingTargets(exp, d).length < nTargets);
  };
  /** @param {ExpectedDecision} exp @param {Decision} d */
  const mentionHits = (exp, d) => (exp.mentions ?? []).filter((m) => mentionOk(m, d)).length;
  const decisionMatch = assignDecisions(
    expDecisions.length,
    x.decisions.length,
    (i, j) => decisionProblems(/** @type {ExpectedDecision} */ (expDecisions[i]), /** @type {Decision} */ (x.decisions[j])).length === 0,
    (i, j) => looseFit(/** @type {ExpectedDecision} */ (expDecisions[i]), /** @type {Decision} */ (x.decisions[j])),
    (i, j) => mentionHits(/** @type {ExpectedDecision} */ (expDecisions[i]), /** @type {Decision} */ (x.decisions[j])),
  );
  /** @param {number} i */
  const describeExpDecision = (i) => {
    const exp = /** @type {ExpectedDecision} */ (expDecisions[i]);
    return `decision #${i} ${alternatives(exp.action).join('|')}` +
      (exp.decider !== undefined ? ` by ${showSpec(exp.decider)}` : '') +
      (exp.targets?.length ? ` on [${exp.targets.map(showSpec).join(', ')}]` : '') +
      (exp.stated !== undefined ? ` stated in "${clip(alternatives(exp.stated)[0] ?? '', 40)}"` : '');
  };
  expDecisions.forEach((exp, i) => {
    const { index: j, strict } = /** @type {{ index: number, strict: boolean }} */ (decisionMatch[i]);
    check(strict, describeExpDecision(i), () => {
      const loose = j >= 0 ? `closest (used to link stances): ${showDecision(/** @type {Decision} */ (x.decisions[j]))}: ${decisionProblems(exp, /** @type {Decision} */ (x.decisions[j])).join('; ')}\n  ` : '';
      const fits = x.decisions.filter((d) => decisionProblems(exp, d).length === 0);
      if (fits.length) return `${loose}every fitting decision was taken by another expected decision:${listing(fits.map(showDecision), '')}`;
      return `${loose}decisions found:${listing(x.decisions.map((d) => `${showDecision(d)}: ${decisionProblems(exp, d).join('; ')}`), '(none)')}`;
    });
    for (const m of exp.mentions ?? []) {
      const d = j >= 0 ? x.decisions[j] : undefined;
      check(d !== undefined && mentionOk(m, d), `decision #${i} is referred to as "${m}"`, () =>
        d
          ? `${showDecision(d)} has trigger/mentions: [${[d.trigger, ...(d.mentions ?? [])].filter(Boolean).map((s) => s.text).join(', ')}]`
          : `decision #${i} was not found, so its mentions cannot be checked`,
      );
    }
  });

  // Stances --------------------------------------------------------------
  const expStances = expected.stances;
  /**
   * @param {ExpectedStance} exp
   * @param {Stance} s
   */
  const stanceFits = (exp, s) => {
    const dj = decisionMatch[exp.decision]?.index ?? -1;
    const decision = dj >= 0 ? x.decisions[dj] : undefined;
    return decision !== undefined && s.decision === decision.id && s.polarity === exp.polarity && nameMatches(exp.holder, byId.get(s.holder));
  };
  const stanceMatch = bipartite(expStances.length, x.stances.length, (i, j) =>
    stanceFits(/** @type {ExpectedStance} */ (expStances[i]), /** @type {Stance} */ (x.stances[j])),
  );
  const taken = new Set(stanceMatch.filter((j) => j >= 0));
  /** @param {ExpectedStance} exp */
  const describeExpStance = (exp) => `${showSpec(exp.holder)} ${exp.polarity} decision #${exp.decision}`;
  /** @type {string[]} */
  const falseNegatives = [];
  expStances.forEach((exp, i) => {
    const ok = /** @type {number} */ (stanceMatch[i]) >= 0;
    if (!ok) falseNegatives.push(describeExpStance(exp));
    check(ok, `stance: ${describeExpStance(exp)} (${describeExpDecision(exp.decision).replace(/^decision #\d+ /, '')})`, () => {
      const dj = decisionMatch[exp.decision]?.index ?? -1;
      const byHolder = x.stances.filter((s) => nameMatches(exp.holder, byId.get(s.holder)));
      return (dj < 0 ? `decision #${exp.decision} itself was not found. ` : `decision #${exp.decision} is ${showDecision(/** @type {Decision} */ (x.decisions[dj]))}. `) +
        `stances held by ${showSpec(exp.holder)}:${listing(byHolder.map(showStance), '(none)')}` +
        `\n  all stances:${listing(x.stances.map(showStance), '(none)')}`;
    });
  });
  /** @type {string[]} */
  const falsePositives = [];
  let duplicates = 0;
  x.stances.forEach((s, j) => {
    if (taken.has(j)) return;
    if (expStances.some((exp) => stanceFits(exp, s))) duplicates += 1;
    else falsePositives.push(showStance(s));
  });
  check(falsePositives.length === 0, 'no stances beyond the expected list', () => `unexpected stances:${listing(falsePositives, '')}`);
  for (const name of expected.noStance ?? []) {
    const held = x.stances.filter((s) => nameMatches(name, byId.get(s.holder)));
    check(held.length === 0, `no stance is held by ${name}`, () => `stances held by ${name}:${listing(held.map(showStance), '')}`);
  }

  // Well-formedness ------------------------------------------------------
  /** @type {string[]} */
  const dangling = [];
  /**
   * @param {string | null | undefined} id
   * @param {string} where
   * @param {boolean} [nullable]
   */
  const ref = (id, where, nullable = false) => {
    if ((id === null || id === undefined) && nullable) return;
    if (typeof id !== 'string' || !byId.has(id)) dangling.push(`${where} → ${String(id)}`);
  };
  for (const q of x.quotes) ref(q.speaker, `quote ${q.id}.speaker`, true);
  for (const d of x.decisions) {
    ref(d.decider, `decision ${d.id}.decider`, true);
    for (const t of d.targets ?? []) ref(t, `decision ${d.id}.targets`);
  }
  for (const s of x.stances) {
    ref(s.holder, `stance ${s.id}.holder`);
    if (!decById.has(s.decision)) dangling.push(`stance ${s.id}.decision → ${String(s.decision)}`);
  }
  for (const e of x.entities) for (const a of e.affiliations ?? []) ref(a, `entity ${e.id}.affiliations`);
  check(dangling.length === 0, 'every id in the extraction resolves', () => `dangling references:${listing(dangling, '')}`);

  /** @type {string[]} */
  const badSpans = [];
  /**
   * @param {{ start: number, end: number, text: string } | null | undefined} span
   * @param {string} where
   */
  const spanOk = (span, where) => {
    if (!span) return;
    if (x.text.slice(span.start, span.end) !== span.text) badSpans.push(`${where} [${span.start}, ${span.end}) says "${clip(span.text, 30)}" but the text there is "${clip(x.text.slice(span.start, span.end), 30)}"`);
  };
  x.sentences.forEach((s, i) => spanOk(s, `sentence ${i}`));
  for (const e of x.entities) for (const m of e.mentions ?? []) spanOk(m, `entity ${e.id} mention`);
  for (const q of x.quotes) {
    spanOk({ start: q.start, end: q.end, text: q.text }, `quote ${q.id}`);
    spanOk(q.speakerSpan, `quote ${q.id}.speakerSpan`);
    spanOk(q.cue, `quote ${q.id}.cue`);
  }
  for (const d of x.decisions) {
    spanOk(d.trigger, `decision ${d.id}.trigger`);
    for (const m of d.mentions ?? []) spanOk(m, `decision ${d.id} mention`);
  }
  for (const s of x.stances) {
    spanOk(s.holderSpan, `stance ${s.id}.holderSpan`);
    spanOk(s.cue, `stance ${s.id}.cue`);
    spanOk(s.evidence, `stance ${s.id}.evidence`);
  }
  check(badSpans.length === 0, 'every span matches text.slice(start, end)', () => `bad spans:${listing(badSpans.slice(0, 20), '')}${badSpans.length > 20 ? `\n    … and ${badSpans.length - 20} more` : ''}`);

  return {
    checks,
    stances: { tp: taken.size, fp: falsePositives.length, fn: falseNegatives.length, duplicates, falsePositives, falseNegatives },
  };
}

/**
 * An empty extraction for `text`, used when `extract` throws.
 * @param {string} text
 * @returns {Extraction}
 */
function emptyExtraction(text) {
  return { text, sentences: [], entities: [], quotes: [], decisions: [], stances: [], diagnostics: [] };
}

/**
 * Precision, recall and F1 from counts. With nothing produced and nothing expected
 * all three are 1; with nothing produced but something expected, precision is 0.
 * @param {number} tp
 * @param {number} fp
 * @param {number} fn
 */
export function prf(tp, fp, fn) {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Runs `extract` on every fixture in `dir` and scores it. An `extract` that throws
 * scores as an empty extraction plus one failed check, "extract() returns without throwing".
 * @param {(text: string) => Extraction} extract
 * @param {string | URL} [dir]
 * @returns {{ fixtures: FixtureResult[], totals: Totals }}
 */
export function scoreFixtures(extract, dir = DEFAULT_FIXTURES_DIR) {
  const fixtures = loadFixtures(dir).map((f) => {
    /** @type {string | null} */
    let error = null;
    /** @type {Extraction} */
    let extraction;
    try {
      extraction = extract(f.text);
    } catch (err) {
      error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      extraction = emptyExtraction(f.text);
    }
    const score = scoreFixture(extraction, f.expected);
    score.checks.unshift({ ok: error === null, what: 'extract() returns without throwing', detail: error ?? '' });
    return { name: f.name, error, ...score };
  });
  let tp = 0, fp = 0, fn = 0, passed = 0, failed = 0;
  for (const r of fixtures) {
    tp += r.stances.tp;
    fp += r.stances.fp;
    fn += r.stances.fn;
    for (const c of r.checks) c.ok ? (passed += 1) : (failed += 1);
  }
  return { fixtures, totals: { stances: { tp, fp, fn, ...prf(tp, fp, fn) }, checks: { passed, failed } } };
}
