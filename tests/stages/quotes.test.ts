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
  // a request inside reported speech does not cut it short
  ['Maria Delgado said she would ask the harbour board to review the fares.', 'ask the harbour board to review', 'Maria Delgado', 'indirect'],
  ['Maria Delgado told reporters that the fares were too high.', 'the fares were too high', 'Maria Delgado', 'indirect'],
  ['The security firm Vantrex.com said the browser has flaws.', 'browser has flaws', 'Vantrex.com', 'indirect'],
  // what someone will say, inside another's report, is part of the report
  ['Maria Delgado said the harbour board would respond “proportionately”.', 'board would respond', 'Maria Delgado', null],
  ['Maria Delgado said the board would respond to the complaints.', 'board would respond', 'Maria Delgado', 'indirect'],
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
  ['Maria Delgado also told the court that, over the last year, the library had been closed.', 'library had been closed', 'Maria Delgado', 'indirect'],
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
  // a quote with its own dash line does not take the previous quote's speaker, even when the name is not recognised
  ['“The town cannot afford to wait any longer.” — Maria Delgado\n\n“The old bridge will stay closed to all traffic this winter.” — harbour gazette, 2008', 'old bridge', null, 'direct'],
  // the typewriter convention: ``…'' (or ``…")
  ["``We will not give up on this town,'' Maria Delgado said.", 'not give up', 'Maria Delgado', 'direct'],
  ['``We will not give up on this town," said Maria Delgado.', 'not give up', 'Maria Delgado', 'direct'],
  // "stated to X that …", with a that-clause whose verb the tagger misses
  ['Maria Delgado stated to the Daily Courier that the alleged crime involved five hard drives.', 'five hard drives', 'Maria Delgado', 'indirect'],
  // a parenthetical attribution with a short phrase after its cue
  ['The big hit of the evening, Maria Delgado observed from the long line, was the photo booth.', 'the photo booth', 'Maria Delgado', 'indirect'],
  // "told me the harbour …": one object pronoun, then the clause
  ['Maria Delgado told me the harbour would close in March.', 'the harbour would close', 'Maria Delgado', 'indirect'],
  ['Maria Delgado said her car was stolen from the harbour.', 'her car was stolen', 'Maria Delgado', 'indirect'],
  // a short quoted clause with an auxiliary and a verb is someone's words, with no speaker found
  ['The new form "must be completed in English" and returned within twenty days.', 'must be completed', null, 'direct'],
  // a telegraphic headline whose cue is tagged as a noun
  ['Retired harbour pilot claims Harbour Traders Guild broke safety rules\n\nThe guild denies it.', 'broke safety rules', null, 'indirect'],
  // "…, X said." with its subject found: the content is before the cue
  ['The ban on the three harbour groups was wrong, Maria Delgado said.', 'ban on the three', 'Maria Delgado', 'indirect'],
  ['The ban on the three harbour groups was wrong, Maria Delgado said yesterday.', 'ban on the three', 'Maria Delgado', 'indirect'],
  // an infinitive cue before a quote takes its clause's subject; "told X “…”" with the addressee running into the quote
  ['Maria Delgado spoke for an hour. She went on to say, "We will not give up on this town, not now and not ever."', 'not give up', 'Maria Delgado', 'direct'],
  ['Maria Delgado told Reuters "we will not give up on this town, not now and not ever".', 'not give up', 'Maria Delgado', 'direct'],
  // a straight mark after "said," read as closing while nothing is open opens the quote
  ['Maria Delgado said," [The town] cannot afford to wait any longer". She left early.', 'cannot afford', 'Maria Delgado', 'direct'],
  // a short bracketed aside between coordinated quotes
  ['The Harbour Traders Guild called the plan “reckless” (sic) and “cruel”.', 'cruel', 'Harbour Traders Guild', null],
  // a block quote: a paragraph without marks after "X denied the claims:", up to the next attribution
  ['The ferry was held for a week.\n\nIn a statement, the Harbour Traders Guild denied these claims:\n\nNo trader was ever forced to stay. All of them were paid in full. Residents also claimed the ferry was late.', 'paid in full', 'Harbour Traders Guild', 'direct'],
  // scare quotes stay unattributed
  ['The so-called “tier two” nations were not invited.', 'tier two', null, null],
];

// Each row: [text, a phrase no quote may contain].
const NOT_QUOTED: [string, string][] = [
  // '' without an opening `` is no quotation mark
  ["The rock''n''roll band Delgado and Sons played the harbour festival all night long.", 'roll band'],
  // "continue that study": a weak cue with a determiner "that" reports nothing
  ['Maria Delgado went back to the harbour to continue that study.', 'study'],
  // "Speaking to X, Y said, “…”": the parenthetical test stops at a quote
  ['Speaking to the Daily Courier, Maria Delgado said, "This was a very tough race for all of us."', 'Speaking to'],
  // "wrote her first poems, …": a possessive object, not a reported clause
  ['Maria Delgado wrote her first poems, and that was the start of it all.', 'first poems'],
  // a short quoted title with a verb but no auxiliary stays a scare quote
  ['Maria Delgado starred in "Gone with the Wind" in the harbour theatre.', 'Gone with'],
  // "insurance claims rise": a noun, not a cue, when a verb follows it
  ['Insurance claims rise sharply after the harbour storm\n\nThe storm hit on Friday.', 'sharply'],
  // a cue closing a short sentence with no content before it
  ['Asked about the ban, Maria Delgado said nothing.', 'Asked about'],
  // an infinitive cue's object is not reported speech
  ['Maria Delgado continues to write books about the harbour; her latest was a bestseller.', 'books about'],
  // one stray closing mark opens nothing
  ['Maria Delgado stayed home," the neighbours said. The town was quiet.', 'the neighbours'],
  // a long aside breaks the coordination: the second quote is a scare quote
  ['The Harbour Traders Guild called the plan “reckless” (a word the council had heard from every trader on the quay this year) and “cruel”.', 'cruel'],
  // a block quote stops before a sentence with its own attribution
  ['The ferry was held for a week.\n\nIn a statement, the Harbour Traders Guild denied these claims:\n\nNo trader was ever forced to stay. Residents also claimed the ferry was late.', 'Residents also claimed'],
  // a colon without a speech cue introduces a list, not a quote
  ['The council gave three reasons:\n\nThe roads are too narrow for buses. The bridge is closed. The budget is spent.', 'roads are too narrow'],
  // a cue with an object and a to-infinitive makes a request, not reported speech
  ['Maria Delgado asked the harbour board to review the fares.', 'review the fares'],
  ['Maria Delgado told reporters to expect delays at the harbour.', 'expect delays'],
  ['The drivers had been told to offer masks to passengers.', 'offer masks'],
];

describe('quotes: not quotes', () => {
  for (const [text, phrase] of NOT_QUOTED) {
    it(`${text.slice(0, 70)} ✗ ${phrase}`, () => {
      const x = extract(text);
      expect(x.quotes.filter((q) => q.text.includes(phrase))).toEqual([]);
      for (const y of x.quotes) expect(text.slice(y.start, y.end)).toBe(y.text);
    });
  }
});

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
    // or with a dash and the name after the quote's last sentence
    [
      'The museum opened on Friday.\n\nThis was a very difficult decision, but we made it with visitors in mind. — Maria Delgado\n\nThe doors open at nine.',
      [['very difficult decision', 'Maria Delgado']],
    ],
    // an interview: "I" in an answer is the one person the lead says was interviewed
    [
      'Wikinews interviewed poet Maria Delgado.\n\nWhat do you write?\n\nI write poems about the harbour.\n\nWhy poems?\n\nMy husband asked me that once and I said, "Poems are shorter than novels and nobody has to pay for them."',
      [['Poems are shorter', 'Maria Delgado']],
    ],
    [
      'Maria Delgado: An interview with the harbour poet\n\nWhat do you write?\n\nI write poems about the harbour.\n\nWhy poems?\n\nMy husband asked me that once and I said, "Poems are shorter than novels and nobody has to pay for them."',
      [['Poems are shorter', 'Maria Delgado']],
    ],
    // two people named in the lead, or no questions: "I" stays unresolved
    [
      'Wikinews interviewed Maria Delgado and Tom Baker.\n\nWhat do you write?\n\nI write poems about the harbour.\n\nWhy poems?\n\nI said, "Poems are shorter than novels and nobody has to pay for them."',
      [['Poems are shorter', null]],
    ],
    [
      'Maria Delgado gave an interview to the Courier.\n\nI write poems about the harbour.\n\nI said, "Poems are shorter than novels and nobody has to pay for them."',
      [['Poems are shorter', null]],
    ],
    // labelled turns: "I" is the labelled person, on through unlabelled paragraphs up to the next label
    [
      'WN: How did it start?\n\nMaria Delgado: I grew up by the harbour.\n\nLater I said, "The harbour is the heart of this town and always will be."\n\nWN: And then?\n\nMaria Delgado: We built the library.\n\nWN: Why?\n\nI said, "Nobody should have to travel two hours to borrow a book."',
      [['heart of this town', 'Maria Delgado'], ['borrow a book', null]],
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
