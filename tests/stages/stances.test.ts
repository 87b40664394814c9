import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// One decision per article, then one reaction: each row is [reaction sentence, holder, polarity or null].
const LEAD = 'The Harbour Board banned cruise ships from the old port on Monday.';

const ROWS: [string, string, 'support' | 'oppose' | null][] = [
  ['The Port Users Group condemned the ban.', 'Port Users Group', 'oppose'],
  // "be among the … to V": the subject of "be among" holds
  ['The Port Users Group was among the groups to vote against the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group was among the first groups that backed the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group criticised the decision.', 'Port Users Group', 'oppose'],
  ['The Port Users Group slammed the move.', 'Port Users Group', 'oppose'],
  ['The Port Users Group disagreed with the decision.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said it would appeal the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group vowed to scrap the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group urged the board to reverse the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group called the ban “a disgrace”.', 'Port Users Group', 'oppose'],
  ['The Port Users Group would not back the ban.', 'Port Users Group', 'oppose'],
  ['The ban was criticised by the Port Users Group.', 'Port Users Group', 'oppose'],
  ['The Port Users Group, along with the Ferry Owners Association, condemned the ban.', 'Ferry Owners Association', 'oppose'],
  ['The Port Users Group welcomed the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group backed the decision.', 'Port Users Group', 'support'],
  ['The Port Users Group praised the move.', 'Port Users Group', 'support'],
  ['The Port Users Group said it was right to ban the ships.', 'Port Users Group', 'support'],
  ['The Port Users Group said the ban was welcome.', 'Port Users Group', 'support'],
  ['The ban was welcomed by the Port Users Group.', 'Port Users Group', 'support'],
  ['The Port Users Group rejected the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group reacted angrily.', 'Port Users Group', 'oppose'],
  ['The Port Users Group reacted with fury.', 'Port Users Group', 'oppose'],
  ['The Port Users Group responded warmly.', 'Port Users Group', 'support'],
  ['The Port Users Group urged the board to keep the ban in place.', 'Port Users Group', 'support'],
  ['The Port Users Group urged the board to reverse it.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said it was right to act.', 'Port Users Group', 'support'],
  ['The Port Users Group said banning the ships now was “the right thing to do”.', 'Port Users Group', 'support'],
  ['The Port Users Group said it was “the best news in years”.', 'Port Users Group', 'support'],
  ['The Port Users Group called the decision “a backward step”.', 'Port Users Group', 'oppose'],
  ['A petition opposing the ban, started by the Port Users Group, has 500 signatures.', 'Port Users Group', 'oppose'],
  ['The Port Users Group criticised the board’s approach.', 'Port Users Group', 'oppose'],
  ['Campaigners welcomed the ban. “It is overdue,” said Anna Berg, the chief executive of the Port Users Group.', 'Anna Berg', 'support'],
  // after "But", the quote speaks for itself, not for the group before it
  ['Campaigners welcomed the ban. But “it is a mistake,” said Anna Berg, the chief executive of the Port Users Group.', 'Anna Berg', 'oppose'],
  ['Campaigners welcomed the ban. But “we will see,” said Anna Berg, the chief executive of the Port Users Group.', 'Anna Berg', null],
  ['The Port Users Group said the move would cost jobs.', 'Port Users Group', 'oppose'],
  ['The Port Users Group warned the ban would hurt local shops.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban will save lives.', 'Port Users Group', 'support'],
  ['The Port Users Group said it would seek a judicial review of the decision.', 'Port Users Group', 'oppose'],
  ['The Port Users Group launched a legal challenge to the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the decision was politically motivated.', 'Port Users Group', 'oppose'],
  ['The Port Users Group described the ban as “a chilling moment for the town”.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban would not hurt anyone.', 'Port Users Group', null],
  ['The Port Users Group said it would take action against litter.', 'Port Users Group', null],
  ['The Ferry Owners Association and the Port Users Group both condemned the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has come out against the ban.', 'Port Users Group', 'oppose'],
  ['Ruth Kemp, the chair of the Port Users Group, said she was “appalled”.', 'Ruth Kemp', 'oppose'],
  ['The ban was defended by the board’s chief executive, Omar Said.', 'Omar Said', 'support'],
  ['The Port Users Group agreed, calling it “heartless”.', 'Port Users Group', 'oppose'],
  ['“This ban is a disgrace,” said Ruth Kemp, who chairs the Port Users Group.', 'Ruth Kemp', 'oppose'],
  ['Ruth Kemp said: “It was the right decision.”', 'Ruth Kemp', 'support'],
  // a contrast after a comma: the evaluation after "but" counts
  ['“It was a difficult decision, but the right one,” said Ruth Kemp.', 'Ruth Kemp', 'support'],
  ['The Port Users Group said the ban was a tough call, but the wrong one.', 'Port Users Group', 'oppose'],
  ['The Port Users Group described the ban as an ideological decision.', 'Port Users Group', 'oppose'],
  // a company named by a plural business noun is an organisation "it" can mean
  ['Fairway Foods said it was deeply disappointed by the ban.', 'Fairway Foods', 'oppose'],
  // an unnamed subject before "said it": nobody named earlier holds the position
  ['The chamber of commerce said it regretted the move.', 'Harbour Board', null],
  // a named owner's office or lawyers speak for the owner
  ['Jane Smith’s office condemned the ban.', 'Jane Smith', 'oppose'],
  ['Mayor Jane Smith’s lawyers said they would appeal the ban.', 'Jane Smith', 'oppose'],
  // a body's branch named by its place, with a descriptive apposition
  ['Clean Seas of Ireland, one of the plaintiffs, hailed the decision.', 'Clean Seas of Ireland', 'support'],
  ['“The ban is not fair,” said Ruth Kemp.', 'Ruth Kemp', 'oppose'],
  ['“Nobody thinks the ban is wrong,” said Ruth Kemp.', 'Ruth Kemp', null],
  ['The Port Users Group praised the Harbour Board, saying it had listened to residents.', 'Port Users Group', 'support'],
  ['Neither the Port Users Group nor the Ferry Owners Association would endorse the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group slammed the Harbour Board for a newspaper story about its chairman.', 'Port Users Group', null],
  ['The Port Users Group said it was pleased with the welcome it received.', 'Port Users Group', null],
  ['The Port Users Group celebrated its tenth anniversary on Friday.', 'Port Users Group', null],
  ['The Port Users Group backed down on its threat to strike.', 'Port Users Group', null],
  ['The Port Users Group said captains should be grateful.', 'Port Users Group', null],
  ['The Port Users Group sought to overturn the election results.', 'Port Users Group', null],
  ['The ban has the backing of the Port Users Group.', 'Port Users Group', 'support'],
  ['The Port Users Group also expressed support for the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group voiced concern over the ban.', 'Port Users Group', 'oppose'],
  ['The ban faces fierce opposition from the Port Users Group.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has threatened legal action over the ban.', 'Port Users Group', 'oppose'],
  ['The ban, the Port Users Group said, was a mistake.', 'Port Users Group', 'oppose'],
  ['The Port Users Group expressed support for the crew.', 'Port Users Group', null],
  ['The ban has been welcomed by the Ferry Owners Association but criticised by the Port Users Group.', 'Port Users Group', 'oppose'],
  ['Critics, including the Port Users Group, say the ban is short-sighted.', 'Critics', 'oppose'],
  ['The Port Users Group said the ban was heavy-handed.', 'Port Users Group', 'oppose'],
  ['The Port Users Group called for the ban to be lifted.', 'Port Users Group', 'oppose'],
  ['The Port Users Group wants the decision overturned.', 'Port Users Group', 'oppose'],
  ['The Port Users Group called for the ban to be extended.', 'Port Users Group', 'support'],
  ['The Port Users Group branded the ban “madness”.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban would be “devastating” for the town.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has launched a campaign against the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has thrown its weight behind the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group called for calm.', 'Port Users Group', null],
  ['The Port Users Group wants the ban explained.', 'Port Users Group', null],
  ['Save Oakwood, which set up a camp on the quay in March, hailed the ban as “a victory for common sense”.', 'Save Oakwood', 'support'],
  ['The Port Users Group reacted calmly.', 'Port Users Group', null],
  ['The Port Users Group urged the board to keep talking.', 'Port Users Group', null],
  ['The Port Users Group declined to criticise the ban.', 'Port Users Group', null],
  ['The Port Users Group refused to comment on the ban.', 'Port Users Group', null],
  ['The Port Users Group stopped short of opposing the ban.', 'Port Users Group', null],
  ['The Port Users Group did not endorse the ban.', 'Port Users Group', null],
  ['The Port Users Group did not oppose the ban.', 'Port Users Group', null],
  // an intention governs the cue: the intending subject holds the position
  ['The Port Users Group plans to oppose the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has pledged to support the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group decided to oppose the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group announced its intention to challenge the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has announced plans to oppose the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group refused to back the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group did not plan to oppose the ban.', 'Port Users Group', null],
  ['The Port Users Group is expected to oppose the ban.', 'Port Users Group', null],
  ['The Port Users Group was asked to support the ban.', 'Port Users Group', null],
  // a side named by a noun: a list after it, an apposition or a copula before it
  ['Opponents of the ban, including the Port Users Group, plan a protest.', 'Port Users Group', 'oppose'],
  ['Supporters of the ban, such as the Port Users Group, say it will cut pollution.', 'Port Users Group', 'support'],
  ['Critics of the ban include Anna Berg and the Port Users Group.', 'Port Users Group', 'oppose'],
  ['The Port Users Group, a vocal critic of the ban, said it would fight on.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has been a supporter of the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group is not a critic of the ban.', 'Port Users Group', null],
  ['The Port Users Group met critics of the ban.', 'Port Users Group', null],
  // a reaction received, with an auxiliary between
  ['The decision was met with anger from the Port Users Group.', 'Port Users Group', 'oppose'],
  ['The ban sparked outrage among the Port Users Group.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said it was deeply concerned by the decision.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban was unjustified.', 'Port Users Group', 'oppose'],
  ['The Port Users Group told reporters the ban would hurt local businesses.', 'Port Users Group', 'oppose'],
  ['According to the Port Users Group, the ban is unfair.', 'Port Users Group', 'oppose'],
  ['According to the Port Users Group, 500 ships were affected by the ban.', 'Port Users Group', null],
  ['The Port Users Group insisted the ban would not work.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban would not hurt anyone.', 'Port Users Group', null],
  // an unnamed body or role speaks for its possessor, unless an apposition names it
  ['The Port Users Group’s legal team condemned the ban.', 'Port Users Group', 'oppose'],
  ['Anna Berg’s own party, the Port Users Group (PUG), backed the ban.', 'Port Users Group', 'support'],
  ['Anna Berg’s own party, the Port Users Group (PUG), backed the ban.', 'Anna Berg', null],
  ['The Port Users Group castigated the decision.', 'Port Users Group', 'oppose'],
  // a position after a copula
  ['The Port Users Group is in favour of the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group is firmly opposed to the decision.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said it was strongly against the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group is not against the ban.', 'Port Users Group', null],
  ['The Port Users Group has come out in support of the ban.', 'Port Users Group', 'support'],
  ['The Port Users Group remains opposed to the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group gave the ban a cautious welcome.', 'Port Users Group', 'support'],
  ['The Port Users Group gave the ban its full backing.', 'Port Users Group', 'support'],
  ['The Port Users Group gave the ban a week to work.', 'Port Users Group', null],
  ['The Port Users Group said it would sue over the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group has vowed to keep fighting the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group will keep fighting the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group lauded the ban.', 'Port Users Group', 'support'],
  // what ought to happen to the decision
  ['Anna Berg said the ban must be scrapped.', 'Anna Berg', 'oppose'],
  ['Anna Berg said the ban should stay.', 'Anna Berg', 'support'],
  ['Anna Berg demanded that the ban be lifted.', 'Anna Berg', 'oppose'],
  ['“This ban must be overturned,” said Anna Berg.', 'Anna Berg', 'oppose'],
  ['Anna Berg said the ban has been lifted.', 'Anna Berg', null],
  ['Anna Berg said the ban should not be lifted.', 'Anna Berg', null],
  // the speaker's own first-person cue inside a direct quote
  ['“We welcome the decision,” said Anna Berg of the Port Users Group.', 'Anna Berg', 'support'],
  ['“We will fight this ban,” said Anna Berg.', 'Anna Berg', 'oppose'],
  ['“We would never back this ban,” said Anna Berg.', 'Anna Berg', 'oppose'],
  ['“I do not support the ban,” said Anna Berg.', 'Anna Berg', null],
  ['“We welcome the chance to talk,” said Anna Berg.', 'Anna Berg', null],
  ['“They welcome the ban,” said Anna Berg.', 'Anna Berg', null],
  // a plural pronoun stands for all the names coordinated with its antecedent
  ['The Ferry Owners Association and the Port Users Group have said they will oppose the ban.', 'Ferry Owners Association', 'oppose'],
  ['Anna Berg, Tom Reed and the Port Users Group said they would challenge the ban.', 'Anna Berg', 'oppose'],
  ['The Ferry Owners Association met the Port Users Group. They condemned the ban.', 'Port Users Group', null],
  // a position a possessor holds
  ['The Port Users Group’s opposition to the ban is well known.', 'Port Users Group', 'oppose'],
  ["Anna Berg's strong support for the ban surprised her colleagues.", 'Anna Berg', 'support'],
  ['Anna Berg’s criticism of the decision was muted.', 'Anna Berg', 'oppose'],
  ["Anna Berg's approval of the plan came late.", 'Anna Berg', null],
  // a relative clause whose gap is the stance verb's object
  ['The ban, which the Port Users Group criticised, starts in May.', 'Port Users Group', 'oppose'],
  ['The ban, which the Port Users Group has long supported, starts in May.', 'Port Users Group', 'support'],
  ['The ban, which the Port Users Group criticised the board for, starts in May.', 'Port Users Group', null],
  ['The ban, which the Port Users Group did not oppose, starts in May.', 'Port Users Group', null],
  // a position as the manner of an act
  ['Anna Berg resigned in protest at the ban.', 'Anna Berg', 'oppose'],
  ['Anna Berg spoke in support of the ban.', 'Anna Berg', 'support'],
  ['Anna Berg is in support of the ban.', 'Anna Berg', 'support'],
  // first-person position inside the speaker's quote
  ['“We are against this ban,” said Anna Berg.', 'Anna Berg', 'oppose'],
  ['“I am firmly opposed to the decision,” said Anna Berg.', 'Anna Berg', 'oppose'],
  ['“We are not against this ban,” said Anna Berg.', 'Anna Berg', null],
  ['“I am in favour of helping the port,” said Anna Berg.', 'Anna Berg', null],
  // effects of several words, a progressive, a denied sufficiency
  ['The Port Users Group said the ban did not go far enough.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban goes too far.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban is killing local shops.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban makes sense.', 'Port Users Group', 'support'],
  ['The Port Users Group called the ban “lousy”.', 'Port Users Group', 'oppose'],
  // unnamed collectives: capitalised only by the sentence start, or the source of a position noun
  ['Retailers have criticised the ban.', 'Retailers', 'oppose'],
  ['Others said nothing.', 'Others', null],
  ['The ban was met with protests from taxi drivers.', 'taxi drivers', 'oppose'],
  ['The ban sparked anger among fishermen.', 'fishermen', 'oppose'],
  ['Cyclists cheered the decision.', 'Cyclists', 'support'],
  // campaigns joined, votes and overrides promised
  ['Anna Berg signed a petition against the ban.', 'Anna Berg', 'oppose'],
  ['Anna Berg said she would vote to repeal the ban.', 'Anna Berg', 'oppose'],
  ['The Port Users Group vowed to override the ban.', 'Port Users Group', 'oppose'],
  // a reported clause's collective subject; a body named by its members; a name after a descriptor with a preposition
  ['Anna Berg said many fishermen opposed the ban.', 'fishermen', 'oppose'],
  ["The fishermen's union supported the ban.", "fishermen's union", 'support'],
  ['The MP for Seaview North, Anna Berg, backed the ban.', 'Anna Berg', 'support'],
  // proposing or sponsoring a decision backs it; proposing a clause does not
  ['Anna Berg, who proposed the ban, said little.', 'Anna Berg', 'support'],
  ['Anna Berg proposed that the ban be reviewed.', 'Anna Berg', null],
  // receiving positions in a relative clause, each noun with its source
  ['The ban, which has drawn criticism from the Port Users Group and praise from Anna Berg, starts in May.', 'Anna Berg', 'support'],
  ['The ban, which has drawn criticism from the Port Users Group and praise from Anna Berg, starts in May.', 'Port Users Group', 'oppose'],
  // every name of a list subject, also through an apposition or a relative clause
  ['The Ferry Owners Association, the Port Users Group and Anna Berg condemned the ban.', 'Ferry Owners Association', 'oppose'],
  ['The Ferry Owners Association and the Port Users Group, which met on Monday, condemned the ban.', 'Ferry Owners Association', 'oppose'],
  ['The Port Users Group, a body representing the Ferry Owners Association, Anna Berg and Tom Reed, condemned the ban.', 'Port Users Group', 'oppose'],
  ['The Port Users Group, a body representing the Ferry Owners Association, Anna Berg and Tom Reed, condemned the ban.', 'Anna Berg', null],
  // a subject pronoun after a speech verb means the verb's subject
  ['Anna Berg welcomed the ban, while the Port Users Group said it was deeply disappointed.', 'Port Users Group', 'oppose'],
  // an evaluation handed on by "part of", "an act of"
  ['Anna Berg described the ban as part of an unfriendly policy.', 'Anna Berg', 'oppose'],
  ['Anna Berg called the ban an act of vandalism.', 'Anna Berg', 'oppose'],
  ['Anna Berg said she would ask the board to review the ban.', 'Anna Berg', 'oppose'],
  // an unnamed reporting subject keeps its pronoun: "the government said it …" is not the union named before
  ['The Seaview Nurses Union backed the ban. The government said it was disappointed by the ban.', 'Seaview Nurses Union', 'support'],
  ['Anna Berg thanked the board for the decision.', 'Anna Berg', 'support'],
  ['Anna Berg called the ban “government overreach”.', 'Anna Berg', 'oppose'],
  ['Anna Berg said the ban was too lenient.', 'Anna Berg', 'oppose'],
  ['Anna Berg said the ban was “heartbreaking” for the town.', 'Anna Berg', 'oppose'],
  // a generic noun modifying another noun is no reference: "the decision makers"
  ['Anna Berg criticised the decision makers at the port.', 'Anna Berg', null],
  // a legal action with no object is against the decision in view; a direction decides a step
  ['The Port Users Group said it was considering an appeal.', 'Port Users Group', 'oppose'],
  ['The Port Users Group called the ban “a step in the wrong direction”.', 'Port Users Group', 'oppose'],
  ['The Port Users Group called the ban “a step in the right direction”.', 'Port Users Group', 'support'],
  ['The Port Users Group said the ban would discourage visitors.', 'Port Users Group', 'oppose'],
  // a positive reaction denied is a negative one; a negative one denied says nothing
  ['Shop owners were less enthusiastic.', 'Shop owners', 'oppose'],
  ['Anna Berg was not happy with the decision.', 'Anna Berg', 'oppose'],
  ['Anna Berg was not disappointed.', 'Anna Berg', null],
  ['Several MPs expressed unease about the decision.', 'MPs', 'oppose'],
  // harms an outcome is named as, progressives wink tags as nouns, "according to" before a consequence
  ['The Port Users Group warned the ban could lead to job losses.', 'Port Users Group', 'oppose'],
  ['The Port Users Group said the ban would lead to higher profits.', 'Port Users Group', null],
  ['The Port Users Group has been campaigning for the ban for years.', 'Port Users Group', 'support'],
  ['According to the Port Users Group, the ban will cost jobs.', 'Port Users Group', 'oppose'],
  // a capitalised plural inside a name is no group: "the Farmers Union"
  ['According to the Seaview Farmers Union, the ban is unfair.', 'Seaview Farmers Union', 'oppose'],
  // a collective after a quantity is the subject; a protest planned is a legal action
  ['Hundreds of fishermen protested against the ban on Saturday.', 'fishermen', 'oppose'],
  ['The Port Users Group plans to hold a protest against the ban next week.', 'Port Users Group', 'oppose'],
  // unnamed partisans that speak; "among those who"
  ['Opponents of the ban say it will hurt tourism.', 'Opponents of the ban', 'oppose'],
  ['The Harbour Board met opponents of the ban on Monday.', 'opponents of the ban', null],
  ['The Port Users Group is among those who have criticised the ban.', 'Port Users Group', 'oppose'],
  // judges' opinions on a ruling
  ['Judge Anna Berg dissented.', 'Anna Berg', 'oppose'],
  ['Judge Anna Berg wrote a dissent, joined by Judges Tom Reed and Ruth Kemp.', 'Ruth Kemp', 'oppose'],
  ['Judge Anna Berg, writing for the majority, said the ban was lawful.', 'Anna Berg', 'support'],
  // a name before a descriptive apposition acts
  ['Seacrest, one of the ferry firms, welcomed the ban.', 'Seacrest', 'support'],
  ['The Port Users Group had initially blocked the ban.', 'Port Users Group', 'oppose'],
];

describe('stance cues, hedges and negation', () => {
  it.each(ROWS)('%s → %s %s', (sentence, holder, polarity) => {
    const x = extract(`${LEAD} ${sentence}`);
    const ban = x.decisions[0];
    expect(ban?.action).toBe('ban');
    const own = x.stances.filter((s) => x.entities.find((e) => e.id === s.holder)?.name === holder);
    if (polarity === null) expect(own).toEqual([]);
    else expect(own.map((s) => [s.polarity, s.decision])).toEqual([[polarity, ban!.id]]);
  });
});

// A ruling that overturns an earlier decision: each row is [reaction sentence, holder, polarity, which decision].
const RULING = 'The Appeal Court has overturned a ban on night flights imposed by the Airports Authority in 2020.';
const RULING_ROWS: [string, string, 'support' | 'oppose', 'overturn' | 'ban'][] = [
  ['The Residents Alliance said it disagreed with the judges.', 'Residents Alliance', 'oppose', 'overturn'],
  ['The Residents Alliance urged the authority to keep the ban.', 'Residents Alliance', 'support', 'ban'],
  ['The Residents Alliance welcomed the ruling.', 'Residents Alliance', 'support', 'overturn'],
  ['The Residents Alliance said the ban had been “a disgrace”.', 'Residents Alliance', 'oppose', 'ban'],
];

// A judge blocks a council's ban: an appeal is against the ruling, "the measure" is the ban.
const BLOCKED = 'A federal judge on Friday blocked a ban on cruise ships. The Harbour Board approved the ban in March.';
const BLOCKED_ROWS: [string, string, 'support' | 'oppose', 'block' | 'ban'][] = [
  ['Mayor Dan Holt said the city would appeal.', 'Dan Holt', 'oppose', 'block'],
  ['The Ferry Owners Association, which had lobbied against the measure, praised the decision.', 'Ferry Owners Association', 'oppose', 'ban'],
  ['The Ferry Owners Association, which had lobbied against the measure, praised the decision.', 'Ferry Owners Association', 'support', 'block'],
];

describe('an appeal and a policy reference after a judge blocks a decision', () => {
  it.each(BLOCKED_ROWS)('%s → %s %s the %s', (sentence, holder, polarity, action) => {
    const x = extract(`${BLOCKED} ${sentence}`);
    const decision = x.decisions.find((d) => d.action === action);
    expect(decision, x.decisions.map((d) => d.action).join(', ')).toBeDefined();
    const own = x.stances.filter((s) => x.entities.find((e) => e.id === s.holder)?.name === holder && s.polarity === polarity);
    expect(own.map((s) => s.decision)).toEqual([decision!.id]);
  });
});

describe('stances on a ruling and on the decision it overturned', () => {
  it.each(RULING_ROWS)('%s → %s %s the %s', (sentence, holder, polarity, action) => {
    const x = extract(`${RULING} ${sentence}`);
    const decision = x.decisions.find((d) => d.action === action);
    expect(decision, x.decisions.map((d) => d.action).join(', ')).toBeDefined();
    const own = x.stances.filter((s) => x.entities.find((e) => e.id === s.holder)?.name === holder);
    expect(own.map((s) => [s.polarity, s.decision])).toEqual([[polarity, decision!.id]]);
  });
});
