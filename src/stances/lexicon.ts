/**
 * Stance cues with their polarity, evaluations, hedges and negation behaviour.
 * Adding a cue means adding a row.
 */
import type { Polarity } from '../types.js';
import { table } from '../model/table.js';

/** A polarity for every word of each list; a word in two lists takes the later list's polarity. */
const polarities = (...lists: readonly [Polarity, string][]): ReadonlyMap<string, Polarity> =>
  new Map(lists.flatMap(([polarity, words]) => words.split(' ').map((w): [string, Polarity] => [w, polarity])));

export interface CueRow {
  readonly polarity: Polarity;
  /** What a negation does: "flip" (would not back → oppose) or "drop" (did not oppose → nothing). */
  readonly whenNegated: 'flip' | 'drop';
  /** Particles that may follow the verb before its object ("disagree with", "appeal against"). */
  readonly particles?: readonly string[];
}

const oppose = (particles?: string[]): CueRow => ({ polarity: 'oppose', whenNegated: 'drop', particles });
const support = (whenNegated: 'flip' | 'drop' = 'flip', particles?: string[]): CueRow => ({ polarity: 'support', whenNegated, particles });

/** Verb cues by lemma. */
export const STANCE_VERBS: ReadonlyMap<string, CueRow> = new Map([
  ['condemn', oppose()], ['criticise', oppose()], ['criticize', oppose()], ['denounce', oppose()], ['attack', oppose()],
  ['slam', oppose()], ['oppose', oppose()], ['reject', oppose()], ['disagree', oppose(['with'])], ['appeal', oppose(['against'])],
  ['challenge', oppose()], ['fight', oppose(['against'])], ['blast', oppose()], ['decry', oppose()], ['deplore', oppose()],
  ['lambast', oppose()], ['lambaste', oppose()], ['protest', oppose(['against'])], ['resist', oppose()], ['dispute', oppose()],
  ['contest', oppose()], ['object', oppose(['to'])], ['boycott', oppose()], ['campaign', oppose(['against'])], ['rail', oppose(['against'])],
  ['question', oppose()], ['accuse', oppose()], ['regret', oppose()], ['lament', oppose()], ['rubbish', oppose()], ['pan', oppose()], ['berate', oppose()],
  ['block', oppose()], ['veto', oppose()], ['dissent', oppose(['from'])], ['castigate', oppose()], ['excoriate', oppose()], ['assail', oppose()], ['bemoan', oppose()], ['ridicule', oppose()], ['deride', oppose()], ['mock', oppose()],
  ['welcome', support()], ['back', support()], ['support', support()], ['praise', support('drop')], ['hail', support('drop')],
  ['applaud', support('drop')], ['endorse', support('drop')], ['defend', support()], ['celebrate', support('drop')],
  ['embrace', support()], ['commend', support('drop')], ['champion', support()], ['justify', support()], ['salute', support('drop')],
  ['favour', support()], ['favor', support()], ['approve', support()], ['laud', support('drop')], ['cheer', support('drop')],
  // whoever proposed or sponsored a decision backs it ("X, who proposed the ban, said …")
  ['thank', support('drop')], ['propose', support('drop')], ['sponsor', support('drop')], ['co-sponsor', support('drop')],
]);

/** Verb + particle cues whose polarity depends on the particle: "voted against", "argued for". */
export const STANCE_PHRASES: ReadonlyMap<string, CueRow> = new Map([
  ['vote against', oppose()], ['vote for', support()], ['argue against', oppose()], ['argue for', support()],
  ['speak against', oppose()], ['campaign for', support()], ['lobby against', oppose()], ['lobby for', support()],
  ['side with', support()], ['come out against', oppose()], ['come out for', support()], ['speak out against', oppose()], ['stand by', support()], ['hit out', oppose(['at'])], ['lash out', oppose(['at'])], ['sue over', oppose()],
]);

/** Forms wink may not lemmatise. */
export const STANCE_FORMS = table<string>({
  criticised: 'criticise', criticized: 'criticize', slammed: 'slam', backed: 'back', hailed: 'hail', welcomed: 'welcome',
  condemned: 'condemn', denounced: 'denounce', lambasted: 'lambast', opposed: 'oppose', praised: 'praise', panned: 'pan',
  applauded: 'applaud', endorsed: 'endorse', defended: 'defend', rejected: 'reject', appealed: 'appeal', fought: 'fight',
  disagreed: 'disagree', branded: 'brand', brands: 'brand', labelled: 'label', labeled: 'label', dubbed: 'dub', termed: 'term', voted: 'vote', votes: 'vote', argued: 'argue', sided: 'side', lobbied: 'lobby', campaigned: 'campaign', challenged: 'challenge', attacked: 'attack', supported: 'support', welcomes: 'welcome', backs: 'back',
});

/** Verbs that, followed by "X to <reversal>" or "to <reversal>", oppose: "urged Labour to reverse …", "vowed to scrap …". */
export const URGE_VERBS: ReadonlySet<string> = new Set(['urge', 'call', 'ask', 'press', 'implore', 'beg', 'demand', 'vow', 'pledge', 'promise', 'threaten', 'plan', 'intend', 'want', 'seek', 'vote', 'campaign', 'fight', 'lobby', 'petition']);
/** Verbs whose infinitive states the subject's own intended act: "plans to oppose", "has pledged to back", "refused to support". */
export const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'plan', 'intend', 'vow', 'pledge', 'promise', 'threaten', 'decide', 'vote', 'agree', 'resolve', 'aim', 'hope', 'want', 'seek',
  'try', 'attempt', 'move', 'prepare', 'continue', 'refuse', 'decline', 'choose', 'opt',
]);
/** Nouns naming an intention, with the verbs that announce one: "announced its intention to challenge", "unveiled plans to fight". */
export const INTENTION_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'intention', 'intentions', 'bid', 'effort', 'efforts', 'attempt', 'attempts', 'pledge', 'promise', 'commitment',
  'decision', 'vow', 'threat', 'determination', 'willingness', 'readiness',
]);
/** Verbs that announce an intention noun. */
export const INTENTION_CARRIERS: ReadonlySet<string> = new Set([
  'announce', 'unveil', 'outline', 'reveal', 'confirm', 'declare', 'state', 'signal', 'reiterate', 'make', 'have', 'detail', 'publish',
  'express', 'voice', 'restate', 'repeat', 'indicate',
]);
export const REVERSAL_VERBS: ReadonlySet<string> = new Set([
  'reverse', 'reconsider', 'scrap', 'drop', 'abandon', 'overturn', 'rethink', 'withdraw', 'halt', 'pause', 'repeal',
  'fight', 'challenge', 'appeal', 'undo', 'revoke', 'rescind', 'cancel', 'block', 'stop', 'resist', 'axe', 'ditch', 'lift',
  'override', 'overrule', 'suspend', 'reject', 'veto', 'kill', 'review', 'revisit', 're-examine', 'reexamine',
]);

/** Verbs that, after an urging verb, ask for a decision to stay: "urged the council to keep the ban in place". */
export const RETENTION_VERBS: ReadonlySet<string> = new Set(['keep', 'maintain', 'retain', 'uphold', 'defend', 'enforce', 'preserve', 'extend', 'implement']);

/** Role nouns that name the author of a court's or panel's decision: "disagreed with the judge". */
export const RULING_ROLES: ReadonlySet<string> = new Set(['judge', 'judges', 'court', 'tribunal', 'magistrate', 'magistrates', 'jury', 'panel', 'arbitrator', 'inquiry', 'coroner']);

/** Evaluations: "it was right to …", "called the ban “shameful”", "the decision was welcome". */
export const EVALUATIONS: ReadonlyMap<string, Polarity> = polarities(
  ['support', 'fantastic wonderful terrific admirable commendable encouraging promising helpful smart principled right correct justified sensible welcome overdue vital necessary appropriate best landmark milestone breakthrough pragmatic balanced historic bold wise prudent deserved measured long-overdue reasonable fair proportionate good great excellent important brave courageous positive victory win triumph step relief justifiable warranted sound responsible timely much-needed common-sense lawful legal constitutional valid legitimate lifeline game-changer'],
  ['oppose', 'heartbreaking heart-breaking tragic bitter crushing gutting lenient toothless inadequate insufficient unfriendly hostile lousy terrible awful horrible stupid dumb crazy insane idiotic ludicrous laughable grotesque abhorrent despicable disgusting sickening immoral unethical inhumane cynical punitive harmful troubling alarming problematic unfortunate misleading bad sad dark setback disappointing worrying wrong mistake disgrace disgraceful shameful outrageous disastrous unjust unfair appalling misguided reckless undemocratic unacceptable betrayal scandal scandalous absurd ridiculous naive foolish cruel draconian authoritarian regrettable deplorable short-sighted ill-judged ill-conceived heavy-handed pointless senseless damaging dangerous insult insulting travesty farce blow attack error heartless callous chilling madness folly lunacy nonsense vandalism censorship disproportionate devastating unworkable unenforceable counterproductive counter-productive disaster catastrophe catastrophic shambles blunder harsh illegal unlawful unconstitutional illegitimate discriminatory excessive premature hasty vindictive shocking unjustified unjustifiable unwarranted unnecessary irresponsible unreasonable arbitrary flawed misplaced hypocritical ill-advised knee-jerk overreach overkill ideological gimmick stunt'],
);

/** Two-word evaluations whose words alone say little: "the responsible thing to do", "the best news in a generation". */
export const EVALUATION_PHRASES: ReadonlyMap<string, Polarity> = new Map([
  ...['responsible thing', 'right thing', 'sensible thing', 'right call', 'good news', 'great news', 'best news', 'welcome news', 'step forward', 'big step', 'common sense', 'long overdue']
    .map((w): [string, Polarity] => [w, 'support']),
  ...['bad news', 'terrible news', 'worst news', 'politically motivated', 'backward step', 'retrograde step', 'own goal', 'wrong call', 'false economy', 'slap in', 'kick in', 'judicial activism', 'power grab', 'cash grab']
    .map((w): [string, Polarity] => [w, 'oppose']),
]);

/** Verbs that stand for the decision in view in "it was right to act", "was wrong to intervene". */
export const GENERIC_ACTIONS: ReadonlySet<string> = new Set(['act', 'intervene', 'move', 'step', 'proceed', 'go']);

/** "reacted angrily", "responded with fury": the manner of a reaction states its polarity. */
export const REACTION_VERBS: ReadonlySet<string> = new Set(['react', 'reacted', 'reacts', 'respond', 'responded', 'responds', 'greet', 'greeted']);
export const REACTION_MANNERS: ReadonlyMap<string, Polarity> = polarities(
  ['oppose', 'angrily furiously fury anger outrage dismay disappointment alarm horror scorn contempt derision hostility indignation bitterly'],
  ['support', 'warmly positively enthusiastically delight relief joy approval enthusiasm jubilation celebration applause'],
);

/** Nouns for a collective action whose stance belongs to whoever started it: "a petition opposing the ban, started by X". */
export const CAMPAIGN_NOUNS: ReadonlySet<string> = new Set(['petition', 'campaign', 'letter', 'motion', 'lawsuit', 'appeal', 'protest', 'challenge', 'coalition', 'movement']);
/** Verbs that name who started a campaign: "launched by", "set up by". */
export const CAMPAIGN_STARTERS: ReadonlySet<string> = new Set(['started', 'launched', 'organised', 'organized', 'created', 'begun', 'begin', 'start', 'launch', 'organise', 'organize', 'set', 'lodged', 'filed', 'brought', 'signed', 'sign', 'led', 'backed', 'tabled', 'lodge', 'file', 'bring', 'table']);

/** Verbs that introduce an evaluation of their object: "called X …", "described X as …", "said X was …". */
export const EVALUATIVE_FRAMES: ReadonlySet<string> = new Set(['call', 'describe', 'brand', 'label', 'term', 'dub', 'say', 'insist', 'argue', 'believe', 'think', 'claim', 'deem', 'consider', 'warn', 'fear', 'predict', 'add', 'contend', 'maintain', 'suggest', 'tell', 'stress', 'complain', 'point', 'demand', 'propose', 'recommend']);

/** What a decision is said to do, and the position that states: "warned the move would cost jobs", "said the ban will save lives". */
export const CONSEQUENCES: ReadonlyMap<string, Polarity> = polarities(
  ['oppose', 'discourage hamper hinder cost hurt harm damage destroy threaten undermine violate breach kill cripple devastate punish penalise penalize discriminate endanger jeopardise jeopardize weaken worsen erode stifle deter wreck ruin betray infringe trample'],
  ['support', 'help benefit protect save improve boost strengthen safeguard create deliver transform'],
);
/** Effects whose denial is a criticism: "insisted the ban would not work", "said the cap will not help renters". */
export const DENIED_BENEFITS: ReadonlySet<string> = new Set(['work', 'help', 'succeed', 'solve', 'stop', 'prevent', 'reduce', 'fix', 'address', 'go far enough']);
/** Outcomes that are harms: "could lead to job losses", "will result in closures", "would cause chaos". */
export const HARMS: ReadonlySet<string> = new Set([
  'losses', 'loss', 'closures', 'closure', 'chaos', 'hardship', 'shortages', 'shortage', 'unemployment', 'redundancies', 'layoffs',
  'suffering', 'deaths', 'confusion', 'delays', 'disruption', 'bankruptcies', 'poverty', 'homelessness', 'harm', 'damage', 'injustice',
]);
/** Effects of several words, the first one a lemma: "said the ban goes too far". */
export const CONSEQUENCE_PHRASES: ReadonlyMap<string, Polarity> = new Map([['go too far', 'oppose'], ['make sense', 'support'], ['pay off', 'support'], ['backfire', 'oppose']]);

/** Nouns that carry a position: "expressed support for the ban", "voiced concern over the move", "has the backing of X". */
export const STANCE_NOUNS: ReadonlyMap<string, Polarity> = polarities(
  ['support', 'support backing approval endorsement blessing praise welcome weight'],
  ['oppose', 'unease misgivings disquiet scepticism skepticism frustration dissatisfaction displeasure opposition concern concerns anger dismay disappointment outrage objection objections criticism reservations doubts fury alarm disapproval condemnation backlash protest protests resistance'],
);
/** Verbs that state a position through such a noun: "expressed", "voiced", "gave its backing". */
export const EXPRESSING_VERBS: ReadonlySet<string> = new Set(['express', 'voice', 'declare', 'signal', 'pledge', 'give', 'offer', 'lend', 'throw', 'register', 'raise', 'state', 'reiterate', 'repeat']);
/** Verbs by which a decision has or meets a position: "has the backing of X", "faces opposition from X". */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'win', 'won', 'receive', 'received', 'get', 'got', 'enjoy', 'enjoys', 'face', 'faces', 'faced', 'meet', 'met', 'draw', 'drew', 'drawn', 'attract', 'attracted', 'gain', 'gained', 'spark', 'sparked', 'provoke', 'provoked', 'prompt', 'prompted', 'trigger', 'triggered']);
/** Positions stated after a copula: "X is in favour of the ban", "X is opposed to the decision". */
export const POSITION_PREDICATES: ReadonlyMap<string, Polarity> = new Map([
  ['in favour of', 'support'], ['in favor of', 'support'], ['in support of', 'support'], ['supportive of', 'support'],
  ['against', 'oppose'], ['opposed to', 'oppose'], ['critical of', 'oppose'], ['in opposition to', 'oppose'], ['hostile to', 'oppose'],
]);
/**
 * Positions a possessor holds: "Germany's opposition to the merger", "their support for the closure".
 * Not "approval" or "rejection", which for a decider are the decision itself ("the Senate's rejection of the bill").
 */
export const POSSESSED_POSITIONS: ReadonlyMap<string, Polarity> = polarities(
  ['support', 'support backing endorsement praise defence defense championing'],
  ['oppose', 'opposition criticism criticisms objection objections condemnation resistance hostility disapproval challenge boycott denunciation'],
);
/** Prepositions that take the decision after a possessed position: "support for", "opposition to", "criticism of". */
export const POSSESSED_POSITION_PREPS: ReadonlySet<string> = new Set(['for', 'to', 'of', 'against', 'over', 'behind']);

/** "resigned in protest at the bill", "marched in support of the strike": a position stated as the manner of an act. */
export const MANNER_POSITIONS: ReadonlyMap<string, Polarity> = new Map([
  ['in protest at', 'oppose'], ['in protest against', 'oppose'], ['in protest over', 'oppose'], ['in protest of', 'oppose'], ['in protest to', 'oppose'],
  ['in opposition to', 'oppose'], ['in support of', 'support'], ['in favour of', 'support'], ['in favor of', 'support'],
  ['in defence of', 'support'], ['in defense of', 'support'],
]);

/** People named by their side on a decision: "opponents of the ban, including X", "X, a vocal critic of the decision". */
export const PARTISAN_NOUNS: ReadonlyMap<string, Polarity> = polarities(
  ['support', 'supporter supporters proponent proponents backer backers defender defenders champion champions advocate advocates'],
  ['oppose', 'opponent opponents critic critics detractor detractors foe foes'],
);
/** Words that open the list of people a partisan noun names: "critics of the ban, including X". */
export const PARTISAN_LISTERS: ReadonlySet<string> = new Set(['including', 'include', 'includes', 'included', 'such', 'like', 'among']);

/** "would seek a judicial review of the decision", "launched a legal challenge to the ban": opposition through the courts. */
export const LEGAL_ACTION_VERBS: ReadonlySet<string> = new Set(['seek', 'launch', 'file', 'lodge', 'mount', 'bring', 'take', 'begin', 'pursue', 'start', 'issue', 'apply', 'threaten', 'sign', 'join', 'organise', 'organize', 'lead', 'consider', 'weigh', 'explore', 'prepare', 'hold', 'stage']);
/** Legal actions that need no object: "was considering an appeal" is against the ruling in view. */
export const OBJECTLESS_LEGAL_ACTIONS: ReadonlySet<string> = new Set(['appeal', 'challenge', 'lawsuit', 'injunction', 'review']);
export const LEGAL_ACTION_NOUNS: ReadonlySet<string> = new Set(['review', 'challenge', 'appeal', 'lawsuit', 'suit', 'action', 'case', 'injunction', 'complaint', 'campaign', 'petition', 'protest', 'fight', 'battle', 'boycott']);

/** Words before a cue that withhold a stance: "declined to criticise", "stopped short of opposing". */
export const HEDGES: ReadonlySet<string> = new Set(['declined', 'declines', 'stopped', 'stops', 'short', 'hesitated', 'avoided', 'reluctant', 'failed']);
/** "refused to back": a refusal that turns support into opposition. */
export const REFUSALS: ReadonlySet<string> = new Set(['refused', 'refuses', 'refuse', 'refusing']);
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** Modal negation flips support ("would not back"); plain "did not endorse" only withholds it. */
export const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'wo', 'could', 'can', 'ca', 'should', 'shall']);

/** Reactions that state a position on the decision in view: "Consumer advocates were dismayed". */
export const EMOTIONS: ReadonlyMap<string, Polarity> = polarities(
  ['oppose', 'unimpressed uneasy disappointed dismayed saddened angry furious outraged appalled shocked disgusted horrified devastated upset frustrated alarmed concerned worried troubled disturbed incensed livid aggrieved unhappy dissatisfied disheartened'],
  ['support', 'impressed enthusiastic delighted pleased thrilled relieved happy glad satisfied encouraged heartened elated grateful proud excited overjoyed gratified'],
);
