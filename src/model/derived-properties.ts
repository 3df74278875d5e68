/**
 * Properties the database keeps on an entity beside its data: the keys search looks its names up
 * by (src/data/name-keys.ts), derived from the names and rewritten with them. They are never
 * data: entity rows, change records and backups leave them out.
 */
export const DERIVED_PROPERTIES: ReadonlySet<string> = new Set(['nameKeys', 'nameKeysFor']);

export function withoutDerivedProperties<T extends Record<string, unknown>>(properties: T): T {
  if (!Object.keys(properties).some((key) => DERIVED_PROPERTIES.has(key))) return properties;
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !DERIVED_PROPERTIES.has(key))) as T;
}
