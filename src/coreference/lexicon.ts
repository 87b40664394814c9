/** Pronoun classes: which entity types and genders each pronoun can refer to. */
import type { EntityType } from '../types.js';
import { table } from '../model/table.js';

export interface PronounClass {
  readonly types: readonly EntityType[];
  readonly gender: 'm' | 'f' | null;
  readonly plural: boolean;
}

export const PRONOUNS = table<PronounClass>({
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
});

/** Determiners that make "the group" / "this company" a definite nominal mention. */
export const NOMINAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** Forms of "be" (and seem) that make "it is … to/that" an expletive. */
export const EXPLETIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was', "'s", 'be', 'been', 'being', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'emerged', 'became', 'becomes']);

/**
 * Kinds of referent a definite nominal names, from its head noun or the entity's name head:
 * "the regulator" fits "… Board" or "… Commission", "the company" fits "… Pharma" or "… plc",
 * "the club" fits "… Rovers". A nominal prefers an entity of its kind and avoids one of another kind.
 */
const kinds = (rows: Record<string, string>): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const [kind, words] of Object.entries(rows)) for (const w of words.trim().split(/\s+/u)) out.set(w, kind);
  return out;
};
export const NOMINAL_KINDS: ReadonlyMap<string, string> = kinds({
  company: `company firm business maker manufacturer chipmaker carmaker drugmaker producer developer supplier
    retailer insurer lender airline carrier operator giant startup publisher chain plc ltd inc corp corporation
    co llc limited holdings industries systems technologies labs motors airlines airways pharma pharmaceuticals
    rail railways air energy water telecom telecoms media capital insurance apps group foods stores brands
    beverages breweries dairies supermarkets retail logistics shipping aviation enterprises ventures investments
    securities properties resources mining metals steel chemicals electronics software studios entertainment
    communications solutions`,
  regulator: 'regulator watchdog authority agency commission office board ombudsman inspectorate standards',
  club: 'club team side fc united rovers athletic wanderers albion rangers',
  league: 'league federation confederation',
  union: 'union',
  court: 'court tribunal',
  party: 'party',
  council: 'council',
  university: 'university college school academy',
  charity: 'charity trust foundation',
  bank: 'bank lender',
  judge: 'judge justice',
  government: 'government administration cabinet ministry department executive',
  legislature: 'parliament congress senate assembly legislature',
  police: 'police',
});

/** Kinds whose nominal never means an entity of another kind: "the government" is not the nearby Royal College of Nursing. */
export const STRICT_KINDS: ReadonlySet<string> = new Set(['government', 'court', 'council', 'legislature', 'police']);

/** First-person singular pronouns: in an interview's answers they are the interviewee. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself']);

/** Words in a lead that name an interview: "Wikinews interviews X", "an interview with X", "X tells Wikinews". */
export const INTERVIEW_WORDS: ReadonlySet<string> = new Set(['interview', 'interviews', 'interviewed', 'interviewing', 'tells', 'spoke', 'speaks', 'talks', 'talked']);
