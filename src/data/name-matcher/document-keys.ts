import type { NamedEntity } from './entity-match.js';
import { foldedString, foldText, isHan } from './fold.js';
import { escapeTerm, nameHeadKey, nameHeadLength, writtenNameKey } from './keys.js';
import { variantsOf } from './variants.js';

/**
 * The lookups in `entity_names` (keys.ts) that find the entities a document may name, in two
 * steps, neither of which reads the postings of a key most names share (有限, 公司):
 * 1. `writtenNameQueries`: the names written in the text. A name (or a variant of it) written in
 *    the text is a run of its folded characters, so each position asks for the whole-name keys
 *    of the runs starting there, up to a name's head, and for the head key of longer names: term
 *    lookups in Lucene's term dictionary, no postings of common keys, about one posting per hit.
 * 2. `shortFormQueries`: what a short form may stand for, once the names written are known:
 *    - grown from a name written (四川天府新区党工委 → 天府新区成都党工委): the names holding
 *      every pair of characters of that name and one pair of the text around it, all of its
 *      pairs required, so Lucene reads the postings of its rarest pair only;
 *    - in the text left over (no name written there): the pairs of characters of that text,
 *      each looked up on its own, and skipped when more than a limit of names hold it (a pair
 *      that common says nothing about which name a short form stands for).
 */

/** Terms per Lucene query, below Lucene's 1,024 clauses. */
const TERMS_PER_QUERY = 1_000;
/** How far a name written is grown into a longer short form (mentions.ts: GROW_LEFT, GROW_RIGHT). */
const GROW_LEFT = 4;
const GROW_RIGHT = 6;
/** Pairs of the text around a name per grow query, at most. */
const MAX_WINDOW_PAIRS = 200;

/** The folded characters (code points) of each paragraph. */
const foldedParagraphs = (paragraphs: readonly string[]): string[][] => paragraphs.map((p) => foldText(p).chars);

/**
 * Lucene queries of `entity_names` for the names written in a document: at each position of its
 * folded text where a name may start (a Chinese character, or the start of a Latin word), the
 * `n_` keys of the text from there up to the head length (n_两江, n_两江新, …, n_两江新区与天)
 * and the `h_` key of the head (h_两江新区与天: the longer names starting so). Every term is a
 * lookup in Lucene's term dictionary, held by a few names at most.
 */
export function writtenNameQueries(paragraphs: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const paragraph of paragraphs) {
    const { chars, words } = foldText(paragraph);
    const wordStarts = new Set(words.map((w) => w.start));
    for (let i = 0; i + 1 < chars.length; i++) {
      if (!isHan(chars[i]!) && !wordStarts.has(i)) continue;
      const head = nameHeadLength(chars[i]!);
      let run = chars[i]!;
      for (let k = i + 1; k < Math.min(chars.length, i + head); k++) {
        run += chars[k]!;
        terms.add(writtenNameKey(run));
      }
      if (i + head < chars.length) terms.add(nameHeadKey(run));
    }
  }
  const all = [...terms].map(escapeTerm);
  return Array.from({ length: Math.ceil(all.length / TERMS_PER_QUERY) }, (_, k) => all.slice(k * TERMS_PER_QUERY, (k + 1) * TERMS_PER_QUERY).join(' '));
}

/** The pairs of adjacent Chinese characters of chars[from, to). */
function pairsOf(chars: readonly string[], from: number, to: number, into: Set<string>): Set<string> {
  for (let i = Math.max(0, from); i + 1 < Math.min(chars.length, to); i++) if (isHan(chars[i]!) && isHan(chars[i + 1]!)) into.add(chars[i]! + chars[i + 1]!);
  return into;
}

export interface ShortFormQueries {
  /** Lucene queries: per name written, the names holding all its pairs and one pair around it. */
  grown: string[];
  /** Pairs of characters of the text where no name is written, each to be looked up alone. */
  pairs: string[];
}

/**
 * Where names are written in a folded text, as mention linking finds them first
 * (mentions.ts): from left to right, the longest name starting at each position, the text it
 * covers skipped.
 */
function writtenSpans(chars: readonly string[], lengthsOf: ReadonlyMap<string, number[]>, names: ReadonlySet<string>): [from: number, to: number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    for (const length of lengthsOf.get(chars[i]!) ?? []) {
      if (i + length > chars.length || !names.has(chars.slice(i, i + length).join(''))) continue;
      spans.push([i, i + length]);
      i += length - 1;
      break;
    }
  }
  return spans;
}

/** The folded names and variants of entities: the whole-name keys they may have been found by. */
function writtenForms(entities: Iterable<NamedEntity>): string[] {
  const forms: string[] = [];
  for (const entity of entities) {
    for (const text of [entity.name, entity.nameEn, ...entity.aliases]) {
      const folded = foldedString(text);
      if (folded.length > 0) forms.push(folded, ...variantsOf(folded));
    }
  }
  return forms;
}

/**
 * The lookups for the short forms of a document, given the entities `writtenNameQueries` found
 * (those not written in the text are passed over).
 */
export function shortFormQueries(paragraphs: readonly string[], found: Iterable<NamedEntity>): ShortFormQueries {
  const names = new Set<string>();
  const lengthsOf = new Map<string, number[]>();
  for (const name of writtenForms(found)) {
    const chars = [...name];
    if (chars.length < 2 || names.has(name)) continue;
    names.add(name);
    const lengths = lengthsOf.get(chars[0]!) ?? [];
    if (!lengths.includes(chars.length)) lengthsOf.set(chars[0]!, [...lengths, chars.length].sort((a, b) => b - a));
  }
  const windows = new Map<string, Set<string>>();
  const pairs = new Set<string>();
  for (const chars of foldedParagraphs(paragraphs)) {
    // Which name written covers each character (0: none), so that a pair across two names counts as left over.
    const owner = new Int32Array(chars.length);
    const spans = writtenSpans(chars, lengthsOf, names);
    for (const [k, [from, to]] of spans.entries()) {
      owner.fill(k + 1, from, to);
      const name = chars.slice(from, to).join('');
      let window = windows.get(name);
      if (!window) windows.set(name, (window = new Set()));
      // A grown span swallows other names written only whole: it stops before one it would cut.
      let left = from - GROW_LEFT;
      let right = to + GROW_RIGHT;
      for (const [otherFrom, otherTo] of spans) {
        if (otherTo <= from && otherTo > left && otherFrom < left) left = otherTo;
        if (otherFrom >= to && otherFrom < right && otherTo > right) right = otherFrom;
      }
      pairsOf(chars, left, from + 1, window);
      pairsOf(chars, to - 1, right, window);
      // Words written another way around it (管委会 for 管理委员会).
      for (const v of variantsOf(chars.slice(Math.max(0, left), right).join(''))) pairsOf([...v], 0, v.length, window);
    }
    for (let i = 0; i + 1 < chars.length; i++) if (owner[i] === 0 || owner[i] !== owner[i + 1]) pairsOf(chars, i, i + 2, pairs);
  }
  const grown: string[] = [];
  for (const [name, window] of windows) {
    const own = pairsOf([...name], 0, name.length, new Set());
    const around = [...window].filter((p) => !own.has(p)).slice(0, MAX_WINDOW_PAIRS);
    if (own.size === 0 || around.length === 0) continue;
    grown.push(`${[...own].map((p) => `+${escapeTerm(p)}`).join(' ')} +(${around.map(escapeTerm).join(' ')})`);
  }
  return { grown, pairs: [...pairs] };
}
