/**
 * Shallow clause structure shared by the quote, decision and stance stages:
 * which mention is the subject of a verb, which follows it, which appositions to skip.
 */
import type { Doc } from '../document/index.js';
import type { MentionRec } from '../model/index.js';
import { lowerBound } from '../model/search.js';
import { ROLE_NOUNS, DESCRIPTOR_TYPES } from '../entities/lexicon.js';

/** Mentions indexed by their last and first token; the outermost wins. */
export class MentionIndex {
  private readonly byLast = new Map<number, MentionRec>();
  private readonly byFirst = new Map<number, MentionRec>();
  readonly all: readonly MentionRec[];

  constructor(mentions: readonly MentionRec[]) {
    this.all = [...mentions].sort((a, b) => a.first - b.first || b.last - a.last);
    for (const m of this.all) {
      const l = this.byLast.get(m.last - 1);
      if (!l || m.last - m.first > l.last - l.first) this.byLast.set(m.last - 1, m);
      const f = this.byFirst.get(m.first);
      if (!f || m.last - m.first > f.last - f.first) this.byFirst.set(m.first, m);
    }
  }

  endingAt(token: number): MentionRec | undefined {
    return this.byLast.get(token);
  }

  startingAt(token: number): MentionRec | undefined {
    return this.byFirst.get(token);
  }

  /** Mentions lying inside tokens [first, last). */
  within(first: number, last: number): MentionRec[] {
    const all = this.all;
    const lo = lowerBound(all.length, (i) => all[i]!.first < first);
    const out: MentionRec[] = [];
    for (let k = lo; k < all.length && all[k]!.first < last; k++) if (all[k]!.last <= last) out.push(all[k]!);
    return out;
  }
}

const VERB_CHAIN = new Set([
  'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'also', 'already', 'later', 'then', 'previously', 'swiftly',
  'quickly', 'strongly', 'publicly', 'openly', 'repeatedly', 'immediately', 'yesterday', 'today', 'earlier',
  'not', "n't", 'never', 'to', "'s", "'ve", "'d", "'ll", 'both', 'all', 'each', 'jointly', 'together',
]);
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Possessive determiners: "its plans", "our decision". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
const ROLE_HEADS = new Set([...ROLE_NOUNS, ...Object.keys(DESCRIPTOR_TYPES)]);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);
/** A role noun, singular or plural: "judge", "ministers". */
const isRoleHead = (w: string): boolean => ROLE_HEADS.has(w) || w.endsWith('s') && ROLE_HEADS.has(w.slice(0, -1));
const COORD_ADDERS = new Set(['along', 'together', 'alongside', 'as', 'including']);

/** The subject(s) of the verb at token i: the mention just before it, skipping auxiliaries, adverbs and appositions. */
export function subjectsBefore(doc: Doc, index: MentionIndex, i: number, maxSkip = 6, depth = 0): MentionRec[] {
  const t = doc.tokens;
  const sent = t[i]!.sent;
  const s0 = doc.sentences[sent]!.first;
  let j = i - 1;
  let skipped = 0;
  // a name may end in an adverb-like word ("Clean Sport Now"): a mention ending here stops the skip
  while (j >= s0 && skipped < maxSkip && (VERB_CHAIN.has(t[j]!.lower) || t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX') && !index.endingAt(j)) {
    j--;
    skipped++;
  }
  // "The Senate on Thursday passed …": a day or date between subject and verb
  while (j > s0 + 1 && t[j - 1]!.lower === 'on' && (WEEKDAYS.has(t[j]!.lower) || t[j]!.pos === 'NUM')) {
    j -= 2;
    while (j >= s0 && (t[j]!.pos === 'ADV' || VERB_CHAIN.has(t[j]!.lower)) && !index.endingAt(j)) j--;
  }
  if (j < s0) return [];
  // "X said …, and urged …": a second verb shares the first one's subject
  if ((t[j]!.lower === 'and' || t[j]!.lower === 'but') && depth === 0) {
    // the main clause's subject: the first verb of the sentence that has one
    return mainSubject(doc, index, j);
  }
  // "The Kingsbridge Students' Union (KSU) denounced": skip a bracketed acronym
  if (t[j]!.text === ')' && t[j - 2]?.text === '(') j -= 3;
  if (j < s0) return [];
  const extra: MentionRec[] = [];
  // "X, which campaigned against …": a relative pronoun takes the mention before its comma
  if (RELATIVE_PRONOUNS.has(t[j]!.lower) && t[j - 1]?.text === ',') {
    const antecedent = index.endingAt(j - 2) ?? (t[j - 2]?.text === ')' ? index.endingAt(j - 5) : undefined);
    return antecedent ? [antecedent] : [];
  }
  // "X (PIRA), which represents Fiji, Samoa and Tonga, endorsed": skip the whole relative clause
  if (t[j]!.text === ',') {
    for (let r = j - 1; r > s0 && r > j - 30; r--) {
      if (RELATIVE_PRONOUNS.has(t[r]!.lower) && t[r - 1]?.text === ',' && t[r]!.lower !== 'that') {
        let before = r - 2;
        if (t[before]?.text === ')' && t[before - 2]?.text === '(') before -= 3;
        // the antecedent is the subject, with any names coordinated before it ("X and Y, who …, said")
        if (index.endingAt(before)) j = before;
        break;
      }
    }
  }
  if (t[j]!.text === ',') {
    // apposition or parenthetical: "Momentum, the … movement set up under Corbyn, condemned"
    let k = j - 1;
    while (k > s0 && t[k]!.text !== ',' && j - k < 30) k--;
    // "X, a group representing A, B and C, said": the commas of a list inside the apposition are not its own
    const listEnd = t.slice(k + 1, j).some((u) => u.lower === 'and' || u.lower === 'or');
    for (let guard = 0; guard < 8 && listEnd && k > s0 && index.startingAt(k + 1); guard++) {
      const member = index.endingAt(k - 1);
      if (!member || member.kind === 'pronoun' || member.kind === 'nominal') break;
      const before = t[member.first - 1]?.lower === 'the' ? member.first - 2 : member.first - 1;
      if (t[before]?.text === ',') {
        k = before;
        continue;
      }
      // the list's first member follows a word of the apposition: back to the comma that opens it
      if (before > s0) {
        let open = before;
        while (open > s0 && t[open]!.text !== ',' && j - open < 30) open--;
        if (t[open]?.text === ',') k = open;
      }
      break;
    }
    if (k > s0 && t[k]!.text === ',') {
      const inner = index.within(k + 1, j);
      if (COORD_ADDERS.has(t[k + 1]!.lower)) extra.push(...inner.filter((m) => m.kind !== 'pronoun'));
      // "Its chair, Tomasz Wierzbicki, said", "The vice-chancellor, Professor Graham Tulloch, defended"
      // (a bracketed acronym may close it: "its party, the Christian Union (CU), said")
      const nameEnd = t[j - 1]?.text === ')' && t[j - 3]?.text === '(' ? j - 3 : j;
      const named = inner.find((m) => m.last === nameEnd && (m.kind === 'name' || m.kind === 'alias') && t.slice(k + 1, m.first).every((u) => u.cap || u.kind === 'punct' || DETERMINERS.has(u.lower)));
      // "Two backbenchers, Graham Oduya and Lesley Baird, said": coordinated names in the apposition
      const names = inner.filter((m) => m.kind === 'name' || m.kind === 'alias');
      const coordinated = names.length > 1 && names.every((m, n) => n === 0 || ['and', ','].includes(t[m.first - 1]!.lower)) && names[names.length - 1]!.last === j && names[0]!.first === k + 1;
      if (coordinated) return names;
      let before = k - 1;
      if (t[before]?.text === ')' && t[before - 2]?.text === '(') before -= 3;
      // "The local MP, Owen Baptiste, said": the name is more exact than the descriptor it follows
      // ("The MP for Northvale East, Priya Nair, said": a name after a preposition only qualifies the descriptor)
      const head = index.endingAt(before);
      if (named && (!head || head.kind === 'nominal' && head.entity !== named.entity || afterPreposition(doc, head))) return [named];
      j = before;
    } else return [];
  }
  let m = index.endingAt(j);
  // "A High Court judge has ruled", "a Kestrel spokesperson said", "European Union foreign ministers approved": a name before a role noun
  if (!m && t[j]!.pos === 'NOUN' && !t[j]!.cap && isRoleHead(t[j]!.lower)) {
    let n = j - 1;
    while (n > j - 3 && t[n] && !t[n]!.cap && (t[n]!.pos === 'ADJ' || t[n]!.pos === 'NOUN') && !index.endingAt(n)) n--;
    m = index.endingAt(n);
  }
  // "Veldania's foreign ministry condemned …": an unnamed body or role speaks for its possessor
  if (!m && t[j]!.pos === 'NOUN' && !t[j]!.cap && ROLE_HEADS.has(t[j]!.lower)) {
    let p = j - 1;
    while (p > j - 3 && t[p] && (t[p]!.pos === 'ADJ' || t[p]!.pos === 'NOUN' && !t[p]!.cap)) p--;
    if (t[p]?.lower === "'s" || t[p]?.lower === '’s') m = index.endingAt(p - 1);
  }
  if (!m) return [];
  const out = [m, ...extra];
  // coordination: "X and Y condemned", "X and the Y condemned", "neither X nor Y would …"
  const COORD = ['and', 'nor'];
  const andAt = COORD.includes(t[m.first - 1]?.lower ?? '') ? m.first - 1 : t[m.first - 1]?.lower === 'the' && COORD.includes(t[m.first - 2]?.lower ?? '') ? m.first - 2 : -1;
  if (andAt > 0) {
    // "X, Y and Z condemned" (and the serial comma, "X, Y, and Z"): every name of the list
    let x = index.endingAt(t[andAt - 1]?.text === ',' ? andAt - 2 : andAt - 1);
    for (let n = 0; x && x.kind !== 'pronoun' && n < 8; n++) {
      out.unshift(x);
      const sep = t[x.first - 1]?.lower === 'the' ? x.first - 2 : x.first - 1;
      if (t[sep]?.text !== ',' || sep <= s0) break;
      x = index.endingAt(sep - 1);
    }
  }
  return out;
}

/** Prepositions whose object is never the subject of the verb after it: "a rally in Lagos to protest …", "a judge in Texas has blocked …". */
const SUBJECT_BLOCKING_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'on', 'of', 'for', 'into', 'across', 'throughout', 'outside', 'inside', 'around']);

/** Is mention m the object of a preposition ("with" counts only when `withToo`: "along with X condemned" keeps X as a holder)? */
export function afterPreposition(doc: Doc, m: MentionRec, withToo = false): boolean {
  const before = doc.tokens[m.first - 1]?.lower ?? '';
  // "Hundreds of people protested": "of" after a quantity leaves its noun the subject
  if (before === 'of' && QUANTITY_HEADS.has(doc.tokens[m.first - 2]?.lower ?? '')) return false;
  return SUBJECT_BLOCKING_PREPOSITIONS.has(before) || withToo && before === 'with';
}
/** Quantities whose "of" phrase is the subject itself: "hundreds of people", "many of the residents". */
export const QUANTITY_HEADS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'tens', 'dozens', 'millions', 'scores', 'some', 'many', 'most', 'several', 'lots']);

const DETERMINERS = new Set(['its', 'their', 'the', 'a', 'an', 'his', 'her']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/** The next name in a coordination after mention m: after ", ", "and" or ", and" ("X, Y and the Z"). */
export function nextCoordinated(doc: Doc, index: MentionIndex, m: MentionRec): MentionRec | undefined {
  const t = doc.tokens;
  let sep = m.last;
  if (t[sep]?.text !== ',' && t[sep]?.lower !== 'and') return undefined;
  if (t[sep]!.text === ',' && t[sep + 1]?.lower === 'and') sep++;
  return mentionAfter(doc, index, sep);
}

/** The name before mention m in a coordination: before "and", ", " or ", and" ("X, Y and the Z" from Z). */
export function previousCoordinated(doc: Doc, index: MentionIndex, m: MentionRec): MentionRec | undefined {
  const t = doc.tokens;
  const sep = t[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  if (t[sep]?.lower !== 'and' && t[sep]?.text !== ',') return undefined;
  return index.endingAt(t[sep]!.lower === 'and' && t[sep - 1]?.text === ',' ? sep - 2 : sep - 1);
}

/** The mention right after token i ("said Lewis", "said its chief executive, Martin Hale"). */
export function mentionAfter(doc: Doc, index: MentionIndex, i: number): MentionRec | undefined {
  const found = mentionRightAfter(doc, index, i);
  // "according to Saudi Arabia's Civil Defense Authority": the possessed name is the one meant
  const t = doc.tokens;
  if (found && (t[found.last]?.lower === "'s" || t[found.last]?.lower === 's')) {
    const possessed = index.startingAt(found.last + 1);
    if (possessed) return possessed;
    // "by the trust's chief executive, Omar Said": the name after the possessed title
    for (let k = found.last + 1; k < found.last + 6 && t[k] && t[k]!.sent === t[i]!.sent; k++) {
      if (t[k]!.text === ',') {
        const named = index.startingAt(k + 1);
        return named && named.kind !== 'pronoun' ? named : found;
      }
      if (t[k]!.kind !== 'word') break;
    }
    return found;
  }
  return found;
}

function mentionRightAfter(doc: Doc, index: MentionIndex, i: number): MentionRec | undefined {
  const t = doc.tokens;
  const direct = index.startingAt(i + 1);
  if (direct && direct.kind !== 'pronoun') {
    // "said its chief executive, Martin Hale" → prefer the name after the comma
    const afterComma = t[direct.last]?.text === ',' ? index.startingAt(direct.last + 1) : undefined;
    if (afterComma && (afterComma.kind === 'name' || afterComma.kind === 'alias') && direct.kind === 'nominal') return afterComma;
    return direct;
  }
  // "by his predecessor, Frances Holbrook": a possessive pronoun is the determiner, not the mention meant
  if (direct && !(POSSESSIVES.has(t[i + 1]!.lower) && t[i + 2]?.pos === 'NOUN')) return direct;
  if (t[i + 1] && DETERMINERS.has(t[i + 1]!.lower)) {
    for (let k = i + 2; k < i + 7 && t[k] && t[k]!.sent === t[i]!.sent; k++) {
      if (t[k]!.text === ',') return index.startingAt(k + 1);
      const m = index.startingAt(k);
      if (m) return m;
      if (t[k]!.kind !== 'word') break;
    }
  }
  return undefined;
}

/** The subject of the first verb in the sentence that has one, looking no further than token i. */
export function mainSubject(doc: Doc, index: MentionIndex, i: number): MentionRec[] {
  const t = doc.tokens;
  const s0 = doc.sentences[t[i]!.sent]!.first;
  for (let v = Math.max(s0, i - 40); v < i; v++) {
    if (t[v]!.pos !== 'VERB') continue;
    const subj = subjectsBefore(doc, index, v, 6, 1);
    if (subj.length) return subj;
  }
  return [];
}
