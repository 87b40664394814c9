import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nameOf = (x: ReturnType<typeof extract>, id: string | null): string | null => x.entities.find((e) => e.id === id)?.name ?? null;
const summary = (x: ReturnType<typeof extract>): string[] =>
  x.decisions.map((d) => `${d.action} by ${nameOf(x, d.decider) ?? '?'}${d.targets.length ? ` on ${d.targets.map((e) => nameOf(x, e)).join(', ')}` : ''}`);

// Each row: [text, the decisions expected as "action by decider (on targets)"].
const ROWS: [string, string[]][] = [
  // an overruling trigger's object is a decision of its own, filled in by a participle after it
  [
    'The Appeal Court has overturned a ban on night flights imposed by the Airports Authority in 2020.',
    ['overturn by Appeal Court', 'ban by Airports Authority'],
  ],
  [
    'The General Court annulled a €40m fine imposed on Brightline by the Trade Commission.',
    ['annul by General Court', 'fine by Trade Commission on Brightline'],
  ],
  // "introduced the measure" names the author of the overruled decision
  [
    'The High Court struck down a curfew order, ruling that the Marsh Borough Council acted unlawfully when it introduced the measure.',
    ['strike down by High Court', 'order by Marsh Borough Council'],
  ],
  // an unnamed institution decides, with no entity to name it
  ['The city council voted on Tuesday to close three public libraries.', ['close by ?']],
  ['The president vetoed the spending bill on Friday.', ['veto by ?']],
  ['A judge in Texas has blocked the Harlow Act.', ['block by ? on Harlow Act']],
  // a place acting as its government decides
  ['Amsterdam will ban cruise ships from its centre from next year.', ['ban by Amsterdam']],
  // a decision frame makes any verb a decision
  ['The Westvale School Board decided to remove the novel from its reading list.', ['remove by Westvale School Board']],
  ['The Westvale School Board decided not to comment.', []],
  // an unnamed institution's decision named only through a reference
  ['Unions have condemned the government’s decision to raise the state pension age to 68.', ['raise by ?']],
  // what an order requires is part of the order, not a second decision
  ['The Water Standards Office ordered Northern Water to cut bills by 10%.', ['order by Water Standards Office on Northern Water']],
  // verbs that decide only with the right kind of object, or with one at all
  ['The Reserve Bank raised interest rates to 4% on Thursday.', ['raise by Reserve Bank']],
  ['Senator Ann Holt raised questions about the deal.', []],
  ['Harlow Electronics introduced a new phone on Tuesday.', []],
  ['The Harlow Board introduced a congestion charge on Tuesday.', ['introduce by Harlow Board']],
  ['The FTSE 100 index closed up 2% on Friday.', []],
  ['Reported crimes have increased in Melbourne.', []],
  ['The rocket was launched from Florida.', []],
  ['Air Canada has ordered 20 new airliners.', []],
  ['Judge Maria Lind ordered Harlow Electronics to pay £2m.', ['order by Maria Lind on Harlow Electronics']],
  ['Japan’s ruling party proposed changes to the constitution.', []],
  ['The Fenwick Party agreed to support the bill.', ['support by Fenwick Party']],
  ['Maria Lind agreed to an interview.', []],
  // halting, withdrawing, granting and refusing, with the kind of object that makes them decisions
  ['The Harlow Council postponed the vote on Monday.', ['postpone by Harlow Council']],
  ['The Harlow Council granted planning permission for the stadium.', ['grant by Harlow Council']],
  ['The Harlow Council refused planning permission for the stadium.', ['refuse by Harlow Council']],
  ['The Harlow Council revoked the licence of the Red Lion pub.', ['revoke by Harlow Council on Red Lion']],
  ['The Harlow Council relaxed the rules on street parking.', ['relax by Harlow Council']],
  ['The Harlow Council refused to comment.', []],
  ['The Harlow Council denied the allegations.', []],
  ['The Harlow Council withdrew its reporters from the town.', []],
  ['Tom Reed was awarded a medal for bravery.', []],
  // a stance verb on an existing decision is not a second decision
  ['The Harbour Board banned cruise ships. The Port Users Group rejected the ban.', ['ban by Harbour Board']],
  ['The Harbour Board banned cruise ships. The Port Users Group rejected the proposal to extend it.', ['ban by Harbour Board']],
  // an announcement states a decision only through the decision noun it announces
  ['The Harbour Board announced a ban on cruise ships.', ['ban by Harbour Board']],
  ['The Harbour Board unveiled plans to close the old port.', ['close by Harbour Board']],
  ['The Harbour Board announced its results on Monday.', []],
  ['The Harbour Board announced 20 new orders.', []],
  ['The Harbour Board announced 300 job cuts.', ['cut by Harbour Board']],
  ['The new terminal was announced by the Harbour Board.', []],
  ['The Harbour Board banned cruise ships. It announced the decision on Monday.', ['ban by Harbour Board']],
  // a participle's by-agent decided the decision noun before it
  ['A ban imposed by the Harbour Board on Monday has angered residents.', ['ban by Harbour Board']],
  ['The fine, issued by the Water Office last week, was the largest ever.', ['fine by Water Office']],
  ['Residents condemned the ban on cruise ships introduced by the Harbour Board.', ['ban by Harbour Board']],
  ['A ban imposed last year is still in force.', []],
  // a capitalised institution on its own can decide
  ['Parliament passed a law banning plastic straws.', ['pass by ?']],
  ['A federal judge on Friday blocked a ban on cruise ships.', ['block by ?']],
  // scrapping a plan: the plan's verb is the overruled decision
  ['The Treasury has scrapped plans to raise fuel duty.', ['scrap by Treasury', 'raise by ?']],
  ['The Rail Board confirmed a freeze on fares.', ['freeze by Rail Board']],
  ['The Rail Board confirmed the report.', []],
  // a bare verb after a modal is a verb, whatever the tagger says
  ['Brightway Motors will close its Sunderland plant next year.', ['close by Brightway Motors']],
  ['The vote on the plant will be close.', []],
  ['Harrow Foods shares closed the day at 41p.', []],
  // a decision frame around a stance verb states a position, not a decision
  ['The Harbour Board banned cruise ships. The Port Users Group decided to oppose the ban.', ['ban by Harbour Board']],
  ['The Harbour Board banned cruise ships. The Port Users Group voted to support the ban.', ['ban by Harbour Board']],
  // restricting takes a policy object or a restricted activity; restrictions are a decision noun
  ['The Seaview Council restricted the sale of fireworks.', ['restrict by Seaview Council']],
  ['The Seaview Council announced new restrictions on parking.', ['restrict by Seaview Council']],
  ['Dr Amal Reyes restricted his diet.', []],
  // what should, could or would have been done was not done
  ['The Seaview Council should have banned the cars.', []],
  ['Critics said the Seaview Council could have gone further and banned the cars.', []],
  ['The Seaview Council has banned the cars.', ['ban by Seaview Council']],
  // a collective noun hands the decision to what it collects; a subject named before a plural role
  ['European Union foreign ministers on Monday approved a fresh package of sanctions against Iran.', ['sanction by European Union']],
  // blocking what an earlier decision made is a position on it, not a decision
  ['The Trade Council approved a package of tariffs. Veldania had blocked the package for a month.', ['approve by Trade Council']],
  // a headline's decision folds into the body's when the body's is future, whatever year it names
  ['Carmaker to close Seaview plant\n\nKestrel Motors will close its Seaview plant in 2021, the carmaker said.', ['close by Kestrel Motors on Seaview']],
  // lifting needs something imposed: a ban, sanctions, a state of emergency; not profit margins
  ['Analysts at Harlow Bank said the rise would lift profit margins.', []],
  ['The Seaview Council lifted its curfew on Monday.', ['lift by Seaview Council']],
  // a decision not taken, a proposal's purpose, a lawmaker's promised bill
  ['The Seaview Council did not ban the cars.', []],
  ['Kestrel Ferries filed a lawsuit to block the Seaview Council.', []],
  ['Senator Ada Holt said she would introduce a bill to ban such cars.', []],
  // requiring what people must do or carry; an announced agentless passive; a stated decision's author named later
  ['The Seaview Council will require masks on ferries.', ['require by Seaview Council']],
  ['Dr Ada Holt said approval would be required from the Seaview Council.', []],
  ['Officials in Seaview announced that masks will be required on ferries. The mandate was ordered by health officer Dr Ada Holt.', ['require by Ada Holt']],
];

describe('decision triggers and the decisions they overrule', () => {
  it.each(ROWS)('%s', (text, expected) => {
    expect(summary(extract(text))).toEqual(expected);
  });
});

// Each row: [text, the reference expected among the first decision's mentions].
const REFERENCES: [string, string][] = [
  ['The Seaview Council suspended the ferry service on Monday. The Islanders Association condemned the closure.', 'the closure'],
  ['The Rail Board scrapped Sunday services on two lines. The union vowed to fight the cuts.', 'the cuts'],
  ['The Seaview Council introduced a tourist levy. The Hotel Owners Guild criticised the council’s approach.', 'the council’s approach'],
  ['The Harbour Board banned cruise ships. The Port Users Group urged the board to reverse it.', 'it'],
  ['The Water Standards Office fined Trentvale Water £2m. Trentvale Water disagreed with the Water Standards Office’s findings.', 'Water Standards Office’s findings'],
  ['The Competition Board blocked the merger. Harlow Foods called the ruling “a bad day for shoppers”.', 'the ruling'],
  // a policy instrument refers to the decision that has it as its object
  ['The Trade Office imposed tariffs on steel imports. Kestrel Steel condemned the tariffs.', 'the tariffs'],
  ['The Seaview Council introduced a curfew for teenagers. Parents criticised the curfew.', 'the curfew'],
  // an order's ordered act names it; so does an indefinite "in a decision that …"
  ['The Water Office ordered Trentvale Water to cut bills. Customers welcomed the cut.', 'the cut'],
  ['The Water Office ordered Trentvale Water to cut bills, in a decision that surprised investors.', 'a decision'],
  ['Plans for 300 homes were approved by the Seaview Council. Councillor Ada Holt voted against the scheme.', 'the scheme'],
  // "the agreement" names an approval; "the U-turn" (a letter compound the tagger reads as a name) a reversal
  ['The Harbour Board approved a plan to dredge the port. The Port Users Group praised the agreement.', 'the agreement'],
  ['The Seaview Council reversed its decision to close the library. Residents welcomed the U-turn.', 'the U-turn'],
  // what a trigger removed is not that decision; what another trigger created is
  ['The mayor scrapped the congestion charge. The charge was introduced by the Transport Board in 2019. Critics defended the charge.', 'the decision'],
];

describe('later references to a decision', () => {
  it('makes the decision a reversal overrules, its own decider\'s, and points "the original decision" at it', () => {
    const x = extract('The Seaview Council reversed its decision to close the library. Critics said the original decision had been a mistake.');
    const council = x.entities.find((e) => e.name === 'Seaview Council')!.id;
    const close = x.decisions.find((d) => d.action === 'close');
    expect(close?.decider).toBe(council);
    expect(close?.mentions.map((m) => m.text)).toEqual(['its decision to close the library', 'the original decision']);
    expect(x.decisions.find((d) => d.action === 'reverse')?.mentions.map((m) => m.text) ?? []).not.toContain('the original decision');
  });

  it('leaves a reference whose noun modifier the decision never used: "the border agreement"', () => {
    const x = extract('The Harbour Board signed an agreement to build a marina. Critics attacked the border agreement.');
    expect(x.decisions.flatMap((d) => d.mentions.map((m) => m.text))).not.toContain('the border agreement');
  });

  it.each(REFERENCES)('%s → %s', (text, reference) => {
    const x = extract(text);
    if (reference === 'the decision') {
      // the third sentence's "the charge" belongs to the introduction, not the scrapping
      const introduce = x.decisions.find((d) => d.action === 'introduce');
      expect(introduce?.mentions.map((m) => m.text)).toContain('the charge');
      const scrap = x.decisions.find((d) => d.action === 'scrap');
      expect(scrap?.mentions.map((m) => m.text) ?? []).not.toContain('the charge');
      return;
    }
    expect(x.decisions[0]?.mentions.map((m) => m.text)).toContain(reference);
  });
});
