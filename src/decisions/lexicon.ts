/**
 * Decision triggers. Each verb and noun maps to an action lemma and a family:
 * triggers of one family can restate the same decision ("ban" / "proscribe").
 */
import { table } from '../model/table.js';

export interface TriggerRow {
  readonly action: string;
  readonly family: string;
}

const rows = (family: string, words: string): [string, TriggerRow][] =>
  words.trim().split(/\s+/u).map((w) => [w, { action: w.replace(/_/gu, ' '), family }]);

/** Decision verbs by lemma. */
export const DECISION_VERBS: ReadonlyMap<string, TriggerRow> = new Map([
  ...rows('prohibit', 'ban proscribe outlaw bar prohibit blacklist'),
  ...rows('expel', 'expel eject deselect disqualify'),
  ...rows('suspend', 'suspend'),
  ...rows('approve', 'approve pass adopt authorise authorize sign ratify greenlight legalise legalize'),
  ...rows('reject', 'reject veto block'),
  ...rows('close', 'close shut'),
  ...rows('fine', 'fine penalise penalize'),
  ...rows('raise', 'raise increase hike'),
  ...rows('cut', 'cut reduce slash lower'),
  ...rows('cancel', 'cancel scrap axe abolish'),
  ...rows('rule', 'overturn quash annul uphold rule strike_down'),
  ...rows('introduce', 'introduce impose launch implement'),
  // "announced a ban on …": only with a policy object, whose noun then names the decision
  ...rows('introduce', 'announce unveil issue confirm'),
  ...rows('lift', 'lift'),
  ...rows('dismiss', 'sack dismiss fire'),
  ...rows('sanction', 'sanction relegate dock deduct'),
  ...rows('appoint', 'appoint nominate'),
  ...rows('expand', 'expand extend'),
  ...rows('order', 'order'),
  ...rows('merge', 'merge'),
  ...rows('privatise', 'privatise privatize nationalise nationalize'),
  ...rows('halt', 'halt pause postpone delay defer freeze'),
  ...rows('cancel', 'withdraw revoke rescind repeal reverse'),
  ...rows('approve', 'grant award'),
  ...rows('reject', 'refuse deny'),
  ...rows('relax', 'relax loosen ease'),
  ...rows('tighten', 'tighten toughen'),
  ...rows('cap', 'cap'),
  // "restricted the sale of …", "curbed imports": only with an object in OBJECT_RESTRICTED
  ...rows('restrict', 'restrict curb'),
  // "will require masks on buses", "mandated vaccination": only with an object in OBJECT_RESTRICTED
  ...rows('require', 'require mandate'),
]);

/** Nouns that name a decision, mapped to the verb row they nominalise. */
export const DECISION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['ban', 'ban'], ['bans', 'ban'], ['proscription', 'proscribe'], ['proscriptions', 'proscribe'], ['prohibition', 'prohibit'],
  ['expulsion', 'expel'], ['expulsions', 'expel'], ['suspension', 'suspend'], ['approval', 'approve'],
  ['rejection', 'reject'], ['penalty', 'fine'], ['penalties', 'fine'], ['veto', 'veto'], ['closure', 'close'], ['closures', 'close'], ['fine', 'fine'],
  ['rise', 'raise'], ['hike', 'raise'], ['increase', 'raise'], ['cut', 'cut'], ['cuts', 'cut'],
  ['cancellation', 'cancel'], ['scrapping', 'scrap'], ['abolition', 'abolish'], ['ruling', 'rule'],
  ['verdict', 'rule'], ['judgment', 'rule'], ['judgement', 'rule'], ['introduction', 'introduce'],
  ['sanction', 'sanction'], ['sanctions', 'sanction'], ['deduction', 'deduct'], ['sacking', 'sack'],
  ['dismissal', 'dismiss'], ['expansion', 'expand'], ['extension', 'extend'], ['merger', 'merge'], ['punishment', 'sanction'], ['punishments', 'sanction'],
  ['halt', 'halt'], ['pause', 'pause'], ['postponement', 'postpone'], ['freeze', 'freeze'], ['moratorium', 'halt'],
  ['mandate', 'mandate'], ['mandates', 'mandate'], ['restriction', 'restrict'], ['restrictions', 'restrict'], ['curb', 'curb'], ['curbs', 'curb'], ['embargo', 'ban'], ['embargoes', 'ban'],
  ['revocation', 'revoke'], ['repeal', 'repeal'], ['reversal', 'reverse'], ['order', 'order'], ['orders', 'order'], ['privatisation', 'privatise'], ['appointment', 'appoint'], ['relegation', 'relegate'], ['disqualification', 'disqualify'],
]);

/** Generic references that name a policy, so they mean the decision that made it rather than a ruling or rejection acting on it. */
export const POLICY_REFERENCES: ReadonlySet<string> = new Set(['measure', 'measures', 'policy', 'policies', 'law', 'laws', 'legislation', 'bill', 'rule', 'rules', 'ordinance', 'regulation', 'regulations', 'scheme']);

/** Nouns that refer back to a decision without naming its action ("the move", "the latest decision"). */
export const GENERIC_REFERENCES: ReadonlySet<string> = new Set([
  'move', 'decision', 'plan', 'plans', 'proposal', 'proposals', 'policy', 'step', 'measure', 'measures', 'u-turn', 'climbdown', 'reversal', 'agreement',
  'change', 'changes', 'announcement', 'reform', 'reforms', 'law', 'bill', 'order', 'scheme', 'deal', 'action',
  'legislation', 'rule', 'rules', 'regulation', 'regulations', 'decree', 'motion', 'resolution',
  'vote', 'result', 'outcome', 'licence', 'license', 'permit', 'injunction', 'penalty', 'sentence', 'cap', 'charge', 'levy', 'tax', 'fee', 'fees',
  // these refer only to a decision that has them as its object ("imposed tariffs on steel … the tariffs")
  'tariff', 'tariffs', 'duties', 'taxes', 'package', 'quota', 'quotas', 'curfew', 'lockdown', 'mandate', 'subsidy', 'subsidies', 'guidelines', 'requirements',
]);

/**
 * Verbs that are decisions only with a certain kind of object. "introduced a ban" is a decision, "introduced an
 * iPod" is not; "raised interest rates" is, "raised questions" is not. The object's head noun must be in the
 * verb's set, or be a decision noun or a generic reference ("the measure", "the scheme").
 */
const POLICY_OBJECTS = `bill bills law laws legislation policy policies rule rules regulation regulations measure measures charge charges
  levy tax taxes fee fees cap caps limit limits scheme schemes system restrictions restriction curfew quota quotas requirement requirements
  reform reforms tariff tariffs sanction sanctions programme programmes program programs plan plans change changes lockdown fine fines
  ban bans moratorium ceiling code guidelines guidance standards standard controls checks tests test mandate mandates penalty penalties
  initiative consultation inquiry review strategy framework budget order orders injunction licence license permit permits zone zones
  subsidy subsidies allowance benefit benefits fund scrappage freeze pause embargo ordinance decree directive amendment amendments
  protocol procedure procedures rationing`;
const QUANTITY_OBJECTS = `rate rates price prices tax taxes fee fees age limit limits cap threshold thresholds wage wages pay salary salaries
  duty duties tariff tariffs fare fares rent rents benefit benefits pension pensions spending budget budgets funding funds grant grants
  subsidy subsidies allowance allowances charge charges levy levies interest jobs job services service staff staffing workforce posts
  hours output production quota quotas target targets emissions fines penalty penalties bills payments contributions premiums
  price-cap minimum maximum number numbers capacity frequency trains flights routes`;
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/u));
/** What an authority requires of people: "will require masks on buses", "mandated vaccination for staff". */
const REQUIRED_MEASURES = `mask masks face coverings covering vaccination vaccinations vaccine vaccines jab jabs testing tests quarantine
  isolation registration identification helmets helmet seatbelts uniforms uniform licences licenses licence license permits insurance
  disclosure disclosures labelling labels audits audit reporting checks inspections background`;
/** What a government restricts: "restricted the sale of fireworks", "curbed imports". */
const RESTRICTED_ACTIVITIES = `sale sales use imports exports import export travel trade entry immigration movement movements gatherings
  protests protest flights visits visitors access ownership advertising lending borrowing fishing hunting mining logging drilling
  smoking driving parking abortion abortions speech spending`;
const GRANTED_OBJECTS = `permission licence license licences licenses approval asylum bail visa visas clemency pardon contract contracts
  franchise funding grant grants exemption exemptions waiver waivers injunction application applications request requests bid bids appeal
  extradition entry access consent status citizenship residency refund refunds rise increase`;
export const OBJECT_RESTRICTED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['grant', 'award', 'refuse', 'deny'].map((v): [string, ReadonlySet<string>] => [v, words(GRANTED_OBJECTS)]),
  ...['relax', 'loosen', 'ease', 'tighten', 'toughen', 'freeze', 'cap', 'withdraw', 'reverse', 'halt', 'pause', 'postpone', 'delay', 'defer'].map((v): [string, ReadonlySet<string>] => [v, new Set([...words(POLICY_OBJECTS), ...words(QUANTITY_OBJECTS), ...words(GRANTED_OBJECTS), 'decision', 'assets', 'recruitment', 'hiring', 'support', 'offer', 'plans', 'vote', 'election', 'elections', 'ruling', 'implementation', 'rollout', 'project', 'scheme', 'work', 'works', 'construction', 'programme', 'talks', 'sale', 'recount', 'recounts', 'deportation', 'deportations', 'execution', 'executions', 'referendum', 'primary'])]),
  ...['introduce', 'launch', 'implement', 'adopt', 'impose', 'announce', 'unveil', 'issue', 'confirm'].map((v): [string, ReadonlySet<string>] => [v, words(POLICY_OBJECTS)]),
  ...['raise', 'increase', 'hike', 'cut', 'reduce', 'slash', 'lower'].map((v): [string, ReadonlySet<string>] => [v, words(QUANTITY_OBJECTS)]),
  // "lifted the ban", "lifted sanctions", not "would lift profit margins"
  ['lift', new Set([...words(POLICY_OBJECTS), ...words(RESTRICTED_ACTIVITIES), 'suspension', 'suspensions', 'embargo', 'embargoes', 'blockade', 'siege', 'veto', 'state', 'emergency', 'order', 'orders', 'closure', 'freeze', 'moratorium', 'quarantine', 'lockdown', 'restrictions', 'restriction', 'curbs', 'limits', 'cap', 'caps', 'tariffs', 'ban', 'bans'])],
  ...['restrict', 'curb'].map((v): [string, ReadonlySet<string>] => [v, new Set([...words(POLICY_OBJECTS), ...words(GRANTED_OBJECTS), ...words(RESTRICTED_ACTIVITIES)])]),
  ...['require', 'mandate'].map((v): [string, ReadonlySet<string>] => [v, words(REQUIRED_MEASURES)]),
]);

/** Families whose decisions need a direct object when active: "the index closed up 11%", "crimes have increased" are not decisions. */
export const TRANSITIVE_FAMILIES: ReadonlySet<string> = new Set(['raise', 'cut', 'close', 'expand', 'lift', 'approve', 'introduce', 'halt', 'relax', 'tighten', 'cap', 'cancel']);

/** Families whose object can itself be an earlier decision: "struck down a ban on …", "lifted the suspension". */
export const OVERRULING_FAMILIES: ReadonlySet<string> = new Set(['rule', 'cancel', 'lift']);

/**
 * Families a reference noun may also name when the article holds no decision of its own family:
 * "the closure" of a suspended unit, "the cuts" after services were scrapped. "*": any family
 * ("the ruling" on a regulator's block).
 */
export const RELATED_FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['close', ['suspend', 'cancel', 'cut']],
  ['suspend', ['close', 'prohibit']],
  ['prohibit', ['suspend', 'expel', 'restrict']],
  ['cut', ['cancel', 'close']],
  ['cancel', ['cut', 'close', 'halt']],
  ['halt', ['suspend', 'cancel']],
  ['rule', ['*']],
  ['sanction', ['fine', 'suspend', 'expel', 'prohibit', 'dismiss']],
  ['fine', ['sanction']],
]);

/** Nouns that refer to a decision only through its decider's possessive: "the club's approach". */
export const DECIDER_REFERENCES: ReadonlySet<string> = new Set(['approach', 'handling', 'response', 'stance', 'actions', 'action', 'conduct', 'treatment', 'crackdown', 'findings', 'conclusions', 'assessment', 'determination']);

/** Modifiers that point a reference at the newest decision, or at an earlier one. */
export const RECENT_MARKERS: ReadonlySet<string> = new Set(['latest', 'new', 'recent', 'this', 'current', 'proposed', 'planned', 'today', "today's", 'week', 'controversial']);
export const PAST_MARKERS: ReadonlySet<string> = new Set(['previous', 'earlier', 'original', 'old', 'prior', 'former', 'last', 'past']);

/** Irregular verb forms. */
const IRREGULAR = table<string>({
  struck: 'strike', upheld: 'uphold', shut: 'shut', cut: 'cut', fired: 'fire', rose: 'raise', barred: 'bar',
  vetoed: 'veto', vetoes: 'veto', launched: 'launch', froze: 'freeze', frozen: 'freeze', withdrew: 'withdraw', withdrawn: 'withdraw',
  capped: 'cap', capping: 'cap', granted: 'grant', denied: 'deny', denies: 'deny', eased: 'ease',
});

const CONSONANT_DOUBLING = /[^aeiou][aeiou][bdglmnprt]$/u;

/** Regular inflections of a verb: bans, banned, banning. */
export function inflect(base: string): string[] {
  const out = [base, base + 's'];
  if (base.endsWith('e')) out.push(base + 'd', base.slice(0, -1) + 'ing');
  else if (base.endsWith('y') && !/[aeiou]y$/u.test(base)) out.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (CONSONANT_DOUBLING.test(base) && base.length <= 5) out.push(base + base.at(-1) + 'ed', base + base.at(-1) + 'ing', base + 'ed');
  else out.push(base + 'ed', base + 'ing', base + 'es');
  if (/[aeiou]l$/u.test(base)) out.push(base + 'led', base + 'ling'); // British: cancelled, labelled
  return out;
}

/** Every inflected form of a decision verb, mapped to its lemma. */
export const DECISION_VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const lemma of DECISION_VERBS.keys()) {
    for (const f of inflect(lemma.replace('_down', ''))) if (!map.has(f)) map.set(f, lemma);
  }
  for (const [form, lemma] of Object.entries(IRREGULAR)) {
    const key = DECISION_VERBS.has(lemma) ? lemma : lemma === 'strike' ? 'strike_down' : lemma;
    if (DECISION_VERBS.has(key)) map.set(form, key);
  }
  for (const f of inflect('strike')) map.set(f, 'strike_down');
  return map;
})();

/** Time cues that put a decision in the past ("last year", "in 1990"). */
export const PAST_TIME = /\b(?:last (?:year|month|week|summer|spring|autumn|winter|season|time)|(?:in|since) (?:1[89]\d\d|20\d\d)|years? ago|months? ago|previously|in the past|earlier this (?:year|month))\b/iu;

/** "welcomed the result": the result of a vote, so only a decision taken by passing or rejecting something. */
export const VOTE_RESULTS: ReadonlySet<string> = new Set(['result', 'results']);
/** The families of decisions taken by a vote, which "the result" can name. */
export const VOTED_FAMILIES: ReadonlySet<string> = new Set(['approve', 'reject']);

/** What an order can be for, when no one is ordered to act: "ordered a recount", "ordered the release of …". */
export const ORDER_OBJECTS: ReadonlySet<string> = new Set([
  'release', 'evacuation', 'closure', 'arrest', 'arrests', 'inquiry', 'investigation', 'recount', 'halt', 'withdrawal', 'removal', 'suspension',
  'retrial', 'trial', 'review', 'deportation', 'destruction', 'demolition', 'shutdown', 'lockdown', 'reinstatement', 'repayment', 'refund',
  'refunds', 'sale', 'divestment', 'compensation', 'payment', 'checks', 'inspection', 'inspections', 'installation', 'mourning', 'killing',
  'cull', 'curfew', 'blackout', 'ceasefire', 'strike', 'strikes', 'attack', 'raid', 'seizure', 'freeze', 'audit',
]);

/** Verbs whose infinitive complement is a decision taken, whatever its verb: "decided to remove …". */
export const DECISION_FRAMES: ReadonlySet<string> = new Set(['decide', 'vote', 'agree', 'resolve', 'opt']);
