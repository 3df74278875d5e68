/** Small helpers the normalisers share. */

type Row = Record<string, unknown>;

/** An entity as every side can state it: label, id and name. */
export interface EntityRef {
  type: string;
  id: string;
  name: string;
}

/** From `{ __typename id name }` (GraphQL) or `{ type id name }` (Cypher and the @cypher fields). */
export function entityRef(value: unknown): EntityRef {
  const row = value as Row;
  return { type: String(row.__typename ?? row.type), id: String(row.id), name: String(row.name) };
}

/** A list field that may be absent (null) on one side and empty on another. */
export function listOf<T>(value: unknown): T[] {
  return (value ?? []) as T[];
}

export function field(value: unknown, name: string): unknown {
  return (value as Row | null | undefined)?.[name];
}

/** A GraphQL connection's edges. */
export function edgesOf(connection: unknown): Row[] {
  return listOf<Row>(field(connection, 'edges'));
}
