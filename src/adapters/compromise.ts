/**
 * The only door to compromise's data. We read its name lexicons (first names,
 * surnames, countries, cities, organisations, honorifics, role nouns) and never
 * run its tagger. The words come from `./compromise-lexicon.ts`, generated from the
 * installed compromise by `npm run gen:lexicon`: importing compromise itself
 * unpacks its whole lexicon and model, which was most of a cold start.
 */
import { CLASS_WORDS, COMMON_WORDS } from './compromise-lexicon.js';
import { SUPPLEMENT } from './compromise-supplement.js';

/** Lexical classes we take from compromise's lexicon. */
export type LexClass =
  | 'FirstName'
  | 'MaleName'
  | 'FemaleName'
  | 'LastName'
  | 'Country'
  | 'City'
  | 'Region'
  | 'Place'
  | 'Organization'
  | 'SportsTeam'
  | 'Demonym'
  | 'Honorific'
  | 'Actor'
  | 'WeekDay'
  | 'Month'
  | 'Currency';

let cache: ReadonlyMap<string, readonly LexClass[]> | null = null;
let common: ReadonlySet<string> | null = null;

/** The classes we use, keyed by lower-case word or phrase. Built once per process, lazily (a few ms). */
function lexicon(): ReadonlyMap<string, readonly LexClass[]> {
  if (cache) return cache;
  const map = new Map<string, LexClass[]>();
  for (const [cls, words] of Object.entries(CLASS_WORDS)) {
    if (!words) continue;
    for (const word of words.split('\n')) {
      const list = map.get(word);
      if (list) list.push(cls as LexClass);
      else map.set(word, [cls as LexClass]);
    }
  }
  const commonWords = new Set(COMMON_WORDS.split('\n'));
  for (const [cls, words] of Object.entries(SUPPLEMENT)) {
    for (const line of words.split('\n')) {
      const word = line.trim();
      if (!word) continue;
      const list = map.get(word);
      if (!list) map.set(word, [cls as LexClass]);
      else if (!list.includes(cls as LexClass)) list.push(cls as LexClass);
      commonWords.delete(word);
    }
  }
  common = commonWords;
  cache = map;
  return map;
}

/**
 * The empty answer, with the same array elements kind as the stored lists: a literal `[]` has
 * another, and callers that see both shapes are deoptimised by V8 once warm.
 */
const NO_CLASSES: readonly LexClass[] = (['FirstName'] as LexClass[]).slice(0, 0);

/** Lexical classes compromise gives a lower-case word or phrase, or an empty list. */
export function lexClasses(lower: string): readonly LexClass[] {
  return lexicon().get(lower) ?? NO_CLASSES;
}

/** True when compromise lists the word with this class. */
export function hasLexClass(lower: string, cls: LexClass): boolean {
  return lexClasses(lower).includes(cls);
}

/** True when compromise knows the word only as an ordinary word (noun, adjective, verb…), not as a name. */
export function isCommonWord(lower: string): boolean {
  lexicon();
  return common!.has(lower);
}
