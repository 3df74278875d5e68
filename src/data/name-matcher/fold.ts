import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text folded for matching: NFKC (full-width ＡＢＣ, （）and １２ become ASCII), traditional
 * characters converted to simplified (OpenCC), lower case; punctuation, brackets and spaces
 * dropped. `origin` keeps, for every folded character, where it came from in the original
 * text (UTF-16 offsets), so a match can be shown on the text as written.
 */
export interface FoldedText {
  /** The folded characters, one code point each. */
  chars: string[];
  /** chars[i] came from original.slice(origin[i], originEnd[i]). */
  origin: number[];
  originEnd: number[];
  /** Index in `chars` where each Latin/digit word starts, and its length (words: runs of [a-z0-9]). */
  words: { start: number; length: number }[];
}

/** English words too common to match on: the stop words of Neo4j's `cjk` analyzer. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on',
  'or', 's', 'such', 't', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will',
  'with', 'www',
]);

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const KEPT = /[\p{L}\p{N}]/u;

/** Whether a character is Han; the CJK Unified Ideographs block and ASCII without the regular expression. */
export function isHan(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return HAN.test(c);
}

const foldedCodePoints = new Map<string, string[]>();

/** One code point folded: zero or more folded characters (NFKC can expand, ㈱ → (株)); cached. */
function foldCodePoint(c: string): string[] {
  let folded = foldedCodePoints.get(c);
  if (!folded) {
    const simplified = isHan(c) ? toSimplified(c) : c;
    folded = [...simplified.normalize('NFKC').toLowerCase()].filter((f) => KEPT.test(f));
    if (foldedCodePoints.size < 100_000) foldedCodePoints.set(c, folded);
  }
  return folded;
}

/**
 * Folds a name or a query, keeping the origin of each character. With `phrases`, traditional
 * phrases are converted as phrases first (a query may be typed in traditional characters; names
 * are stored simplified, and character by character is enough for them).
 */
export function foldText(original: string, { phrases = false }: { phrases?: boolean } = {}): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  const words: { start: number; length: number }[] = [];
  // Phrase-level conversion first (OpenCC converts some traditional phrases better than their
  // characters one by one); it keeps the length, else we fall back to character by character.
  const phrase = phrases ? toSimplified(original) : original;
  const source = phrase.length === original.length ? phrase : original;
  let offset = 0;
  let wordStart = -1;
  let previousWasSpace = true;
  for (const c of source) {
    const folded = foldCodePoint(c);
    for (const f of folded) {
      const latin = !isHan(f);
      if (latin && (wordStart < 0 || previousWasSpace)) {
        if (wordStart >= 0) words.push({ start: wordStart, length: chars.length - wordStart });
        wordStart = chars.length;
      } else if (!latin && wordStart >= 0) {
        words.push({ start: wordStart, length: chars.length - wordStart });
        wordStart = -1;
      }
      previousWasSpace = false;
      chars.push(f);
      origin.push(offset);
      originEnd.push(offset + c.length);
    }
    if (folded.length === 0) {
      // A space or punctuation ends a Latin word.
      if (wordStart >= 0) words.push({ start: wordStart, length: chars.length - wordStart });
      wordStart = -1;
      previousWasSpace = true;
    }
    offset += c.length;
  }
  if (wordStart >= 0) words.push({ start: wordStart, length: chars.length - wordStart });
  return { chars, origin, originEnd, words };
}

/** The folded text as one string (no spaces). */
export const foldedString = (text: string): string => foldText(text).chars.join('');
