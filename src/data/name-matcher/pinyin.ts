import { pinyin } from 'pinyin-pro';

/**
 * Pinyin of single characters, from pinyin-pro: every reading of a character (polyphones such as
 * 重 chong/zhong or 行 hang/xing keep all of theirs, since people type either), without tones.
 */
const readingsCache = new Map<string, readonly string[]>();

export function readingsOf(han: string): readonly string[] {
  let readings = readingsCache.get(han);
  if (!readings) {
    const all = pinyin(han, { multiple: true, type: 'array', toneType: 'none', v: true }) as string[];
    readings = [...new Set(all.map((r) => r.toLowerCase()).filter((r) => /^[a-z]+$/.test(r)))];
    readingsCache.set(han, readings);
  }
  return readings;
}

const initialsCache = new Map<string, readonly string[]>();

/** The initials a reading can be typed with: its first letter, and zh/ch/sh as written. */
export function initialsOf(reading: string): readonly string[] {
  let initials = initialsCache.get(reading);
  if (!initials) {
    const two = reading.slice(0, 2);
    initials = two === 'zh' || two === 'ch' || two === 'sh' ? [reading[0]!, two] : [reading[0]!];
    initialsCache.set(reading, initials);
  }
  return initials;
}

/**
 * A query written in pinyin, as people type it: tone marks (liǎngjiāng) and tone digits
 * (liang3 jiang1) dropped, ü as v, lower case, spaces and apostrophes removed. Null when the
 * text is not Latin letters only.
 */
export function romanize(text: string): string | null {
  const plain = text
    .toLowerCase()
    .replace(/ü|u:/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])[1-5]/g, '$1')
    .replace(/[\s'’·-]+/g, '');
  return /^[a-z]+$/.test(plain) ? plain : null;
}
