import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// One decision per article, then one reaction: each row is [reaction sentence, holder, polarity or null].
const LEAD = 'The Harbour Board banned cruise ships from the old port on Monday.';

const ROWS: [string, string, 'support' | 'oppose' | null][] = [
  ['The Port Users Group condemned the ban.', 'Port Users Group', 'oppose'],
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
  ['The Port Users Group declined to criticise the ban.', 'Port Users Group', null],
  ['The Port Users Group refused to comment on the ban.', 'Port Users Group', null],
  ['The Port Users Group stopped short of opposing the ban.', 'Port Users Group', null],
  ['The Port Users Group did not endorse the ban.', 'Port Users Group', null],
  ['The Port Users Group did not oppose the ban.', 'Port Users Group', null],
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
