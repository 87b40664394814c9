/**
 * The tables the stages read, built once per extractor: the built-in lexicons plus the
 * caller's own (`ExtractOptions.lexicons`), so a domain can be taught without forking.
 */
import type { EntityType, Polarity } from '../types.js';
import { STANCE_VERBS, STANCE_PHRASES, STANCE_FORMS, type CueRow } from '../stances/lexicon.js';
import { DECISION_VERBS, DECISION_VERB_FORMS, DECISION_NOUNS, inflect, type TriggerRow } from '../decisions/lexicon.js';
import { ROLE_NOUNS, ROLE_TITLES } from '../entities/lexicon.js';

/**
 * Extra entries for the built-in tables.
 * @example
 * const lexicons: UserLexicons = {
 *   stanceCues: [{ verb: 'boo', polarity: 'oppose' }, { verb: 'cheer', polarity: 'support' }],
 *   decisionTriggers: [{ verb: 'relegate', action: 'relegate' }, { noun: 'points deduction', action: 'deduct' }],
 *   entities: [{ name: 'Harbour City FC', type: 'ORG', aliases: ['the Gulls'] }],
 *   roleNouns: ['gaffer'],
 * };
 */
export interface UserLexicons {
  /** Verbs (lemma, optionally with a particle: "hit out") that state a position on their object. */
  readonly stanceCues?: readonly { readonly verb: string; readonly polarity: Polarity; readonly particle?: string }[];
  /** Verbs or nouns that state a decision, with the action lemma to report. */
  readonly decisionTriggers?: readonly { readonly verb?: string; readonly noun?: string; readonly action: string }[];
  /** Known names with their type and other forms; a known name wins over the built-in typing. */
  readonly entities?: readonly { readonly name: string; readonly type: EntityType; readonly aliases?: readonly string[] }[];
  /** Role nouns for titles and appositions ("gaffer", "skipper"). */
  readonly roleNouns?: readonly string[];
}

export interface KnownName {
  readonly name: string;
  readonly type: EntityType;
}

export interface Lexicon {
  readonly stanceVerbs: ReadonlyMap<string, CueRow>;
  readonly stancePhrases: ReadonlyMap<string, CueRow>;
  readonly stanceForms: Readonly<Record<string, string>>;
  readonly decisionVerbs: ReadonlyMap<string, TriggerRow>;
  readonly decisionForms: ReadonlyMap<string, string>;
  readonly decisionNouns: ReadonlyMap<string, string>;
  /** Known names by normalised key (lower case, straight apostrophes, no leading "the"). */
  readonly known: ReadonlyMap<string, KnownName>;
  readonly roleNouns: ReadonlySet<string>;
  readonly roleTitles: ReadonlySet<string>;
}

export const DEFAULT_LEXICON: Lexicon = Object.freeze({
  stanceVerbs: STANCE_VERBS,
  stancePhrases: STANCE_PHRASES,
  stanceForms: STANCE_FORMS,
  decisionVerbs: DECISION_VERBS,
  decisionForms: DECISION_VERB_FORMS,
  decisionNouns: DECISION_NOUNS,
  known: new Map<string, KnownName>(),
  roleNouns: ROLE_NOUNS,
  roleTitles: ROLE_TITLES,
});

/** Normalised key for a name: case, apostrophe style and a leading "the" ignored. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'").replace(/\s+/gu, ' ').replace(/^the /u, '').trim();
}

/** Merges the caller's entries into copies of the built-in tables (the built-ins are never changed). */
export function buildLexicon(user: UserLexicons | undefined): Lexicon {
  if (!user) return DEFAULT_LEXICON;
  const stanceVerbs = new Map(STANCE_VERBS);
  const stancePhrases = new Map(STANCE_PHRASES);
  for (const cue of user.stanceCues ?? []) {
    const row: CueRow = { polarity: cue.polarity, whenNegated: cue.polarity === 'support' ? 'flip' : 'drop' };
    const verb = cue.verb.toLowerCase().trim();
    if (cue.particle) stancePhrases.set(`${verb} ${cue.particle.toLowerCase().trim()}`, row);
    else stanceVerbs.set(verb, row);
  }
  // no prototype: a text's word must never find "constructor" here (see src/model/table.ts)
  const stanceForms = Object.assign(Object.create(null) as Record<string, string>, STANCE_FORMS);
  for (const cue of user.stanceCues ?? []) {
    const verb = cue.verb.toLowerCase().trim();
    for (const form of inflect(verb)) stanceForms[form] ??= verb;
  }
  const decisionVerbs = new Map(DECISION_VERBS);
  const decisionForms = new Map(DECISION_VERB_FORMS);
  const decisionNouns = new Map(DECISION_NOUNS);
  for (const trigger of user.decisionTriggers ?? []) {
    const action = trigger.action.toLowerCase().trim();
    if (!decisionVerbs.has(action)) decisionVerbs.set(action, { action, family: action });
    if (trigger.verb) {
      const verb = trigger.verb.toLowerCase().trim();
      // the caller's row overrides a built-in one for the same verb
      decisionVerbs.set(verb, { action, family: decisionVerbs.get(action)!.family });
      for (const form of inflect(verb)) decisionForms.set(form, verb);
    }
    if (trigger.noun) {
      const noun = trigger.noun.toLowerCase().trim().split(/\s+/u).pop()!;
      decisionNouns.set(noun, action);
    }
  }
  const known = new Map<string, KnownName>();
  for (const e of user.entities ?? []) {
    const entry: KnownName = { name: e.name, type: e.type };
    for (const form of [e.name, ...(e.aliases ?? [])]) known.set(nameKey(form), entry);
  }
  const extraRoles = (user.roleNouns ?? []).map((r) => r.toLowerCase().trim());
  return Object.freeze({
    stanceVerbs,
    stancePhrases,
    stanceForms,
    decisionVerbs,
    decisionForms,
    decisionNouns,
    known,
    roleNouns: new Set([...ROLE_NOUNS, ...extraRoles]),
    roleTitles: new Set([...ROLE_TITLES, ...extraRoles]),
  });
}
