/**
 * The only door to compromise. We read its name lexicons (first names,
 * surnames, countries, cities, organisations, honorifics, role nouns) and never
 * run its tagger on unbounded text or write to its process-wide world.
 */
import nlp from 'compromise';

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

const WANTED = new Set<string>([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City', 'Region', 'Place',
  'Organization', 'SportsTeam', 'Demonym', 'Honorific', 'Actor', 'WeekDay', 'Month', 'Currency',
]);

let cache: ReadonlyMap<string, readonly LexClass[]> | null = null;
let common: ReadonlySet<string> | null = null;

/** A frozen copy of the classes we use, keyed by lower-case word or phrase. Built once, lazily. */
function lexicon(): ReadonlyMap<string, readonly LexClass[]> {
  if (cache) return cache;
  const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } };
  const map = new Map<string, LexClass[]>();
  const commonWords = new Set<string>();
  for (const [word, tags] of Object.entries(world.model.one.lexicon)) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter((t) => WANTED.has(t)) as LexClass[];
    if (list.length) map.set(word, list);
    else commonWords.add(word);
  }
  common = commonWords;
  cache = map;
  return map;
}

/** Lexical classes compromise gives a lower-case word or phrase, or an empty list. */
export function lexClasses(lower: string): readonly LexClass[] {
  return lexicon().get(lower) ?? [];
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
