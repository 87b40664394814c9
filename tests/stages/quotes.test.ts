import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Each row: [text, a phrase inside the quote, expected speaker's entity name (null: no speaker; '*': any), expected kind or null for any].
const ROWS: [string, string, string | null, 'direct' | 'indirect' | 'mixed' | null][] = [
  // cue after the quote, inverted, with a title or a descriptor before the name
  ['“We will not give up,” Maria Delgado said.', 'not give up', 'Maria Delgado', 'direct'],
  ['“We will not give up,” said Maria Delgado.', 'not give up', 'Maria Delgado', 'direct'],
  ['“We will not give up,” said Ambassador Maria Delgado.', 'not give up', 'Maria Delgado', 'direct'],
  ['“We will not give up,” team captain Maria Delgado told reporters.', 'not give up', 'Maria Delgado', 'direct'],
  ['“We will not give up,” Ms Delgado said.', 'not give up', 'Delgado', 'direct'],
  // cue before, with a place phrase or an object between
  ['Maria Delgado said: “We will not give up.”', 'not give up', 'Maria Delgado', 'direct'],
  ['Maria Delgado said in a statement: “We will not give up.”', 'not give up', 'Maria Delgado', 'direct'],
  ['Maria Delgado told the Daily Courier, “We will not give up on this town.”', 'not give up', 'Maria Delgado', 'direct'],
  // framing verbs: object, then "as" (or nothing, for "called")
  ['The Harbour Traders Guild called the plan “a disaster for small shops”.', 'a disaster', 'Harbour Traders Guild', null],
  ['The Harbour Traders Guild described the plan as “a disaster for small shops”.', 'a disaster', 'Harbour Traders Guild', null],
  ['The Harbour Traders Guild denounced the plan as “a disaster for small shops”.', 'a disaster', 'Harbour Traders Guild', null],
  // participles share the main clause's subject
  ['The Harbour Traders Guild criticised the plan, calling it “a disaster for small shops”.', 'a disaster', 'Harbour Traders Guild', null],
  ['The Harbour Traders Guild opposed the plan, saying shops would close within a year.', 'shops would close', 'Harbour Traders Guild', 'indirect'],
  ['The Harbour Traders Guild opposed the plan, saying only that it would “consider its options”.', 'consider its options', 'Harbour Traders Guild', null],
  // a colon closing a clause introduces the quote
  ['The mayor, Maria Delgado, defended the plan: “The town cannot afford to wait.”', 'cannot afford', 'Maria Delgado', 'direct'],
  // source phrases
  ['According to Dr Maria Delgado, an economist at Hollis College, the plan will cost £9m a year.', 'cost £9m', 'Maria Delgado', 'indirect'],
  ['In the words of the mayor, Maria Delgado, “the town cannot afford to wait any longer”.', 'cannot afford', 'Maria Delgado', null],
  ['There is a famous line attributed to Maria Delgado — “The town cannot afford to wait any longer.”', 'cannot afford', 'Maria Delgado', null],
  // "it added" continues the previous speaker, not a name inside what that speaker reported
  ['In a statement, the Harbour Traders Guild said the Quay Residents Group had ignored warnings. “Their behaviour put people at risk,” it added.', 'put people at risk', 'Harbour Traders Guild', 'direct'],
  // a dash and a name after a quote
  ['“The town cannot afford to wait any longer.” — Maria Delgado', 'cannot afford', 'Maria Delgado', 'direct'],
  ['“The town cannot afford to wait any longer.” — The Dunmore Courier', 'cannot afford', 'Dunmore Courier', 'direct'],
  // reported content runs past a passive or an object cue word, and past "that" + a preposition
  ['Maria Delgado said the law had been written to make strikes almost impossible.', 'almost impossible', 'Maria Delgado', 'indirect'],
  ['Maria Delgado said the move would add two weeks to the season.', 'two weeks to the season', 'Maria Delgado', 'indirect'],
  ['Maria Delgado said that in 2022 alone the firm had spilled sewage 300 times.', '300 times', 'Maria Delgado', 'indirect'],
  ['Maria Delgado said cancelling the flights now was the responsible thing to do.', 'responsible thing', 'Maria Delgado', 'indirect'],
  // clauses after "that,", a subordinator, or "As X told Y,"; a that-clause after a speech verb with no known speaker
  ['Maria Delgado said that, as the town had grown, the library was too small.', 'the library was too small', 'Maria Delgado', 'indirect'],
  ['Maria Delgado said although the town had grown, the library was too small.', 'the library was too small', 'Maria Delgado', 'indirect'],
  ['As Maria Delgado told the Daily Courier, the library has been too small for years.', 'too small for years', 'Maria Delgado', 'indirect'],
  ['Several local websites have stated that they will keep hosting the video.', 'keep hosting', '*', 'indirect'],
  ['According to the regional director of the museum trust Maria Delgado, visitor numbers doubled last year.', 'visitor numbers doubled', 'Maria Delgado', 'indirect'],
  ['Maria Delgado said she believed the new library had helped the town.', 'helped the town', 'Maria Delgado', 'indirect'],
  ['Maria Delgado told the Daily Courier in a statement that the library would reopen.', 'would reopen', 'Maria Delgado', 'indirect'],
  ['The report says the decline in visitors appears to be due to the weather.', 'due to the weather', '*', 'indirect'],
  // a quote coordinated with an attributed one shares its speaker; a cue with an unresolved pronoun still makes a quote
  ['The Harbour Traders Guild called the plan “reckless” and “cruel”.', 'cruel', 'Harbour Traders Guild', null],
  ['They call for “urgent action on the harbour before the winter storms arrive”.', 'urgent action', null, null],
  // a parenthetical attribution inside the sentence
  ['Institutional recipients, said Maria Delgado, are required to exhibit the prints within five years.', 'required to exhibit', 'Maria Delgado', 'indirect'],
  // a passive cue's "by" agent speaks
  ['It was claimed by Maria Delgado that the library had been closed without notice.', 'closed without notice', 'Maria Delgado', 'indirect'],
  // a clause after the quote is not its attribution
  ['Maria Delgado hailed the vote as “a historic day”, although she said the cap was too high.', 'the cap was too high', 'Maria Delgado', 'indirect'],
  // a quote continued into the next paragraph without reopening its mark
  ['Maria Delgado said, "We played well in the first half.\n\nWe could have scored three goals." The match ended in a draw.', 'scored three goals', 'Maria Delgado', 'direct'],
  // a stray opening mark used as a closing one
  ['Maria Delgado added, "There is no question the town should have been chosen.“ The decision is final.', 'no question', 'Maria Delgado', 'direct'],
  // a speech cue beside the quote marks it as speech even without a speaker
  ['The e-mail said, "Thank you for everything you have done for the club."', 'Thank you', null, 'direct'],
  // scare quotes stay unattributed
  ['The so-called “tier two” nations were not invited.', 'tier two', null, null],
];

describe('quotes: attribution patterns', () => {
  for (const [text, phrase, speaker, kind] of ROWS) {
    it(`${text.slice(0, 70)} → ${speaker ?? 'no speaker'}`, () => {
      const x = extract(text);
      const q = x.quotes.find((y) => y.text.includes(phrase));
      if (speaker === null && phrase === 'tier two') {
        expect(q).toBeUndefined();
        return;
      }
      expect(q, `no quote contains "${phrase}": ${JSON.stringify(x.quotes.map((y) => y.text))}`).toBeDefined();
      const name = q!.speaker ? x.entities.find((e) => e.id === q!.speaker)?.name ?? null : null;
      if (speaker !== '*') expect(name).toBe(speaker);
      if (kind) expect(q!.kind).toBe(kind);
      for (const y of x.quotes) expect(text.slice(y.start, y.end)).toBe(y.text);
    });
  }
});

describe('quotes: interview turns', () => {
  const rows: [string, [string, string | null][]][] = [
    [
      'Our reporter spoke to Jane Smith.\n\nQ: How did you start writing poems?\n\nJS: I started when I was twelve, in a small flat.\n\nQ: What do readers take away?\n\nJS: Mostly that poetry is for everyone, not just critics.',
      [['How did you start', null], ['I started when I was twelve', 'Jane Smith'], ['poetry is for everyone', 'Jane Smith']],
    ],
    [
      'Q: Why now?\n\nJane Smith: Because the town cannot afford to wait any longer.\n\nQ: And then?\n\nJane Smith: We will build the new library next spring.',
      [['cannot afford to wait', 'Jane Smith'], ['new library next spring', 'Jane Smith']],
    ],
    // a pull quote: a paragraph ending with a bare name and title
    [
      'The museum opened on Friday.\n\nThis was a very difficult decision, but we made it with visitors in mind. Maria Delgado, Museum Director\n\nThe doors open at nine.',
      [['very difficult decision', 'Maria Delgado']],
    ],
    // captions are not turns, and one labelled paragraph (a headline) is not an interview
    ['Image: Australian Paralympic Committee archive photo.\n\nImage: Australian Paralympic Committee archive photo.', []],
    ['Jane Smith: An interview with the poet of the terraces\n\nThe poet spoke to us on Friday.', []],
  ];
  for (const [text, want] of rows) {
    it(text.slice(0, 60), () => {
      const x = extract(text);
      if (!want.length) expect(x.quotes).toEqual([]);
      for (const [phrase, speaker] of want) {
        const q = x.quotes.find((y) => y.text.includes(phrase));
        expect(q, phrase).toBeDefined();
        expect(q!.speaker ? x.entities.find((e) => e.id === q!.speaker)?.name : null).toBe(speaker);
      }
    });
  }
});

describe('quotes: hostile input stays linear', () => {
  it('10,000 unbalanced marks and a 1 MB paragraph finish quickly', () => {
    for (const text of ['"he said L'.repeat(10000), '“he said ”'.repeat(5000) + '“'.repeat(5000), 'Lewis said the ban was “wrong”, calling it “a disgrace”. '.repeat(18000)]) {
      const t0 = performance.now();
      const x = extract(text);
      expect(performance.now() - t0).toBeLessThan(30000);
      for (const q of x.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  }, 120000);
});
