/**
 * Role phrases next to a name: appositions after it ("Kieran Oyelaran, the union's regional
 * organiser,") and descriptions before it ("Its chief operating officer, Greta Lindahl",
 * "Aviation minister Rosalind Mbeki-Hart", "Consumer group Fairtrip").
 */
import type { Doc, Token } from '../document/index.js';

/** A role phrase: its tokens [first, last), its head noun, and the owner named before a possessive. */
export interface RolePhrase {
  readonly first: number;
  readonly last: number;
  readonly head: string;
  /** last token of the owner's name before "'s" ("the union's", "Greater Halford Transport's"), or -1 */
  readonly ownerEnd: number;
  /** first token of a named complement ("chief economist at Nordvik Bank"), or -1 */
  readonly complement: number;
}

const DETS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this']);
const POSSESSIVE = new Set(["'s", '’s']);
const COMPLEMENT_PREPS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on']);
const MAX_WORDS = 5;

function isPossessive(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.spaceBefore) return false;
  // "players’ union": a bare apostrophe after a plural
  return POSSESSIVE.has(t.lower) || ((t.text === '’' || t.text === "'") && /s$/u.test(doc.tokens[k - 1]?.lower ?? ''));
}

/** A word that can sit inside a role phrase: lower case, or an upper-case role acronym ("MP", "GP"). */
function roleWord(t: Token | undefined, heads: (w: string) => boolean): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.cap) return t.text === t.text.toUpperCase() && t.text.length <= 4 && heads(t.lower);
  if (t.pos === 'VERB' || t.pos === 'AUX') return /(?:ing|ed)$/u.test(t.lower) && t.lower.length > 5;
  return t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADP' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && t.pos !== 'PART';
}

function hyphenJoin(t: Token | undefined): boolean {
  return !!t && (t.text === '-' || t.text === '‐') && !t.spaceBefore;
}

/** "X, the union's regional organiser, …": the role phrase after the comma that follows a name. */
export function roleAfter(doc: Doc, after: number, heads: (w: string) => boolean): RolePhrase | null {
  const t = doc.tokens;
  if (t[after]?.text !== ',') return null;
  const sent = t[after]!.sent;
  let k = after + 1;
  if (t[k] && DETS.has(t[k]!.lower) && !t[k]!.cap) k++;
  else if (t[k] && DETS.has(t[k]!.lower)) return null;
  let ownerEnd = -1;
  // "the union's …", "Greater Halford Transport's …": an owner before a possessive
  for (let p = k; p < k + 6 && t[p] && t[p]!.sent === sent && t[p]!.text !== ','; p++) {
    if (t[p]!.pos === 'ADP' || t[p]!.pos === 'VERB' || t[p]!.pos === 'AUX') break;
    if (isPossessive(doc, p)) {
      ownerEnd = p - 1;
      k = p + 1;
      break;
    }
  }
  const first = k;
  let lastHead = -1;
  let n = 0;
  while (t[k] && t[k]!.sent === sent && n < MAX_WORDS) {
    if (hyphenJoin(t[k]) && roleWord(t[k + 1], heads)) {
      k++;
      continue;
    }
    if (!roleWord(t[k], heads)) break;
    if (heads(t[k]!.lower) || hyphenJoin(t[k - 1]) && heads(`${t[k - 2]!.lower}-${t[k]!.lower}`)) lastHead = k;
    else if (t[k]!.lower.includes('-') && heads(t[k]!.lower)) lastHead = k;
    k++;
    n++;
  }
  if (lastHead < 0 || lastHead !== k - 1 && t[lastHead + 1]?.pos === 'NOUN') return null;
  let last = lastHead + 1;
  let complement = -1;
  // "cabinet member for culture", "mother of two", "chief economist at Nordvik Bank"
  const prep = t[last];
  if (prep && prep.sent === sent && COMPLEMENT_PREPS.has(prep.lower)) {
    let c = last + 1;
    while (t[c] && t[c]!.sent === sent && DETS.has(t[c]!.lower) && !t[c]!.cap) c++;
    if (t[c]?.cap && t[c]!.kind === 'word') complement = c;
    else {
      // lower-case words up to the next preposition, name or punctuation: "for culture", "of two"
      let e = last + 1;
      while (t[e] && t[e]!.sent === sent && !t[e]!.cap && (t[e]!.kind === 'word' || t[e]!.pos === 'NUM') && t[e]!.pos !== 'VERB' && t[e]!.pos !== 'AUX' && t[e]!.pos !== 'ADP' && e < last + 6) e++;
      if (e > last + 1 && !DETS.has(t[e - 1]!.lower)) last = e;
    }
  }
  return { first, last, head: t[lastHead]!.lower, ownerEnd, complement };
}

/**
 * "Its chief operating officer, Greta Lindahl", "Aviation minister Rosalind Mbeki-Hart":
 * the role phrase that ends right before a name (at `start`, the first token of the name or its title).
 */
export function roleBefore(doc: Doc, start: number, heads: (w: string) => boolean, isNamed: (token: number) => boolean = () => false): RolePhrase | null {
  const t = doc.tokens;
  const first0 = t[start];
  if (!first0) return null;
  // "the players' union, the International Rugby Players' Forum": a determiner after the comma
  if (t[start - 1]?.lower === 'the' && !t[start - 1]!.cap && t[start - 2]?.text === ',') start--;
  const comma = t[start - 1]?.text === ',';
  let k = start - (comma ? 2 : 1);
  const headTok = t[k];
  if (!headTok || headTok.sent !== first0.sent || !roleWord(headTok, heads) || !heads(headTok.lower)) return null;
  const sent = headTok.sent;
  const s0 = doc.sentences[sent]!.first;
  let first = k;
  let n = 1;
  k--;
  while (k >= s0 && n < MAX_WORDS) {
    const u = t[k]!;
    if (hyphenJoin(u) && roleWord(t[k - 1], heads)) {
      k--;
      continue;
    }
    // "Aviation minister …", "Consumer group …": a capitalised first word of the sentence
    const initial = u.cap && u.kind === 'word' && k === s0 && u.pos !== 'DET' && u.pos !== 'PRON' && !isNamed(k);
    if (!roleWord(u, heads) && !initial) break;
    first = k;
    n++;
    k--;
  }
  let ownerEnd = -1;
  if (k >= s0 && isPossessive(doc, k)) ownerEnd = k - 1;
  else if (!comma) {
    // without a comma the phrase must open a noun phrase: "the finance minister X", "said economist X"
    const before = t[k];
    if (before && before.sent === sent && k >= s0 && !(DETS.has(before.lower) || before.pos === 'VERB' || before.pos === 'ADP' || before.kind !== 'word')) return null;
  }
  return { first, last: start - (comma ? 1 : 0), head: headTok.lower, ownerEnd, complement: -1 };
}
