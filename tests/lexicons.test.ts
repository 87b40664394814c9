import { describe, expect, it } from 'vitest';
import { createExtractor, extract, type UserLexicons } from '../src/index.js';

// Sport: a points deduction, fans booing it, and a manager called "gaffer".
const TEXT =
  'The league docked Harbour City ten points on Friday for breaching spending rules. ' +
  'The Gulls’ supporters booed the deduction at Saturday’s match. Gaffer Tom Reyes said little.';

const SPORT: UserLexicons = {
  stanceCues: [{ verb: 'boo', polarity: 'oppose' }],
  decisionTriggers: [{ verb: 'dock', action: 'deduct' }, { noun: 'deduction', action: 'deduct' }],
  entities: [{ name: 'Harbour City FC', type: 'ORG', aliases: ['Harbour City', 'the Gulls'] }],
  roleNouns: ['gaffer'],
};

const names = (x: ReturnType<typeof extract>, ids: readonly (string | null)[]) => ids.map((id) => x.entities.find((e) => e.id === id)?.name);

describe('user lexicons', () => {
  it('without them, the sport article yields no decision and no stance', () => {
    const x = extract(TEXT);
    expect(x.stances).toEqual([]);
    expect(x.decisions.filter((d) => d.action === 'deduct')).toEqual([]);
  });

  it('teach a decision verb and noun, a stance cue, a known club with its nicknames and a role noun', () => {
    const x = extract(TEXT, { lexicons: SPORT });
    const club = x.entities.find((e) => e.name === 'Harbour City FC');
    expect(club?.type).toBe('ORG');
    expect(club?.aliases).toEqual(expect.arrayContaining(['Harbour City', 'Gulls']));
    const deduction = x.decisions.find((d) => d.action === 'deduct');
    expect(deduction && names(x, deduction.targets)).toEqual(['Harbour City FC']);
    expect(x.stances.map((s) => [x.entities.find((e) => e.id === s.holder)?.name, s.polarity, s.decision])).toEqual([
      ['Gulls’ supporters', 'oppose', deduction!.id],
    ]);
    expect(x.entities.find((e) => e.name === 'Tom Reyes')?.roles).toEqual(['Gaffer']);
  });

  it('do not leak into other extractors or the built-in tables', () => {
    createExtractor({ lexicons: SPORT })(TEXT);
    expect(extract(TEXT).stances).toEqual([]);
    expect(createExtractor()(TEXT).entities.some((e) => e.name === 'Harbour City FC')).toBe(false);
  });

  it.each([
    [{ lexicons: [] }, /lexicons/],
    [{ lexicons: { cues: [] } }, /unknown key "lexicons.cues".*stanceCues/],
    [{ lexicons: { stanceCues: [{ verb: 'boo', polarity: 'against' }] } }, /lexicons.stanceCues\[0\]/],
    [{ lexicons: { decisionTriggers: [{ action: 'deduct' }] } }, /lexicons.decisionTriggers\[0\].*verb or a noun/],
    [{ lexicons: { entities: [{ name: 'X', type: 'TEAM' }] } }, /lexicons.entities\[0\]/],
    [{ lexicons: { roleNouns: [3] } }, /lexicons.roleNouns\[0\]/],
  ])('rejects %j with a TypeError naming the entry', (options, message) => {
    expect(() => createExtractor(options as never)).toThrow(TypeError);
    expect(() => createExtractor(options as never)).toThrow(message);
  });
});
