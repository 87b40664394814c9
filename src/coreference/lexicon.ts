/** Pronoun classes: which entity types and genders each pronoun can refer to. */
import type { EntityType } from '../types.js';

export interface PronounClass {
  readonly types: readonly EntityType[];
  readonly gender: 'm' | 'f' | null;
  readonly plural: boolean;
}

export const PRONOUNS: Readonly<Record<string, PronounClass>> = {
  he: { types: ['PERSON'], gender: 'm', plural: false },
  him: { types: ['PERSON'], gender: 'm', plural: false },
  his: { types: ['PERSON'], gender: 'm', plural: false },
  himself: { types: ['PERSON'], gender: 'm', plural: false },
  she: { types: ['PERSON'], gender: 'f', plural: false },
  her: { types: ['PERSON'], gender: 'f', plural: false },
  hers: { types: ['PERSON'], gender: 'f', plural: false },
  herself: { types: ['PERSON'], gender: 'f', plural: false },
  it: { types: ['ORG', 'PLACE'], gender: null, plural: false },
  its: { types: ['ORG', 'PLACE'], gender: null, plural: false },
  itself: { types: ['ORG', 'PLACE'], gender: null, plural: false },
  they: { types: ['GROUP', 'ORG', 'PERSON'], gender: null, plural: true },
  them: { types: ['GROUP', 'ORG', 'PERSON'], gender: null, plural: true },
  their: { types: ['GROUP', 'ORG', 'PERSON'], gender: null, plural: true },
  theirs: { types: ['GROUP', 'ORG', 'PERSON'], gender: null, plural: true },
  themselves: { types: ['GROUP', 'ORG', 'PERSON'], gender: null, plural: true },
};

/** Determiners that make "the group" / "this company" a definite nominal mention. */
export const NOMINAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** Forms of "be" (and seem) that make "it is … to/that" an expletive. */
export const EXPLETIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was', "'s", 'be', 'been', 'being', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'emerged', 'became', 'becomes']);
