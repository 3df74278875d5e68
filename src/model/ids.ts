/** Entity ids: `<label-in-kebab-case>:<slug>`, readable and stable (`platform:chongqing-international-expo-center`). */
export const ENTITY_ID = /^[a-z]+(-[a-z]+)*:[a-z0-9]+(-[a-z0-9]+)*$/;

/** The id prefix of a label: NewArea → new-area. */
export function labelPrefix(label: string): string {
  return label.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const MAX_SLUG = 60;

/**
 * The slug of an English name: ASCII letters and digits in lowercase, runs of anything else as
 * one hyphen, accents dropped, at most 60 characters (cut at a hyphen where possible).
 * `entity` when nothing is left.
 */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii === '') return 'entity';
  if (ascii.length <= MAX_SLUG) return ascii;
  const cut = ascii.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** The first of `base`, `base-2`, `base-3`, … that is not in `taken`. */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
