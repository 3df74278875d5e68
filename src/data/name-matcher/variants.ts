/**
 * Ways one name is written shorter or longer: a query or a text span written one way also
 * matches a name written the other way. Words, not characters: character conversion
 * (traditional → simplified, full-width → half-width) is fold.ts's job.
 */

/** [long, short]: either form in a query is tried as the other. */
export const WORD_VARIANTS: readonly (readonly [long: string, short: string])[] = [
  ['网络', '网'],
  ['产业集团', '集团'],
  ['管理委员会', '管委会'],
  ['国家级新区', '新区'],
  ['工作委员会', '工委'],
  ['党工作委员会', '党工委'],
  ['有限责任公司', '有限公司'],
  ['股份有限公司', '公司'],
  ['有限公司', '公司'],
];

/** Province and city prefixes that names drop: 重庆两江新区 = 两江新区, 四川天府新区 = 天府新区. */
export const PLACE_PREFIXES: readonly string[] = ['重庆市', '重庆', '四川省', '四川', '成都市', '成都', '渝', '川'];

/** At most this many variants of one text are tried. */
const MAX_VARIANTS = 8;

/**
 * The folded text written other ways (not the text itself): each word variant swapped in
 * either direction, and a leading place prefix dropped; one change or two at most.
 */
export function variantsOf(folded: string): string[] {
  const found = new Set<string>();
  const once = (text: string): string[] => {
    const out: string[] = [];
    for (const [long, short] of WORD_VARIANTS) {
      if (long === short) continue;
      if (text.includes(long)) out.push(text.replace(long, short));
      else if (text.includes(short)) out.push(text.replace(short, long));
    }
    for (const prefix of PLACE_PREFIXES) {
      // Only before a name of three characters or more (重庆果园港 → 果园港; 重庆博览 stays).
      if (text.startsWith(prefix) && [...text].length - [...prefix].length >= 3) {
        out.push(text.slice(prefix.length));
        break;
      }
    }
    return out;
  };
  for (const first of once(folded)) {
    found.add(first);
    for (const second of once(first)) found.add(second);
  }
  found.delete(folded);
  return [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_VARIANTS);
}
