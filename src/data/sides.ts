import { defineQuery, type QueryObserver } from '../db/cypher.js';
import type { Read } from '../db/request-database.js';

/**
 * The side of an entity (EntitySide in schema/explore.graphql): the rule itself is the Cypher
 * fragment `side` of cypher/shared/side.cypher; this module only reads it for a batch of ids.
 */

export type SideBasis = 'OWN' | 'STATED' | 'NAME' | 'ADMINISTRATION' | 'LOCATION' | 'POSITION_HELD' | 'NONE';
export type SidePlacement = 'ONE' | 'BOTH' | 'NEITHER';

export interface EntitySideRow {
  /** Ids of the new areas, sorted. */
  newAreaIds: string[];
  basis: SideBasis;
}

const entitySides = defineQuery<{ ids: readonly string[] }, { sideIds: string[] | null; sideBasis: SideBasis | null }>('entitySides');
const entitiesInArea = defineQuery<{ area: string }, { ids: string[] }>('entitiesInArea');

/** The sides of the entities, in key order; null where no entity has the id. */
export async function readSides(read: Read, observer: QueryObserver, ids: readonly string[]): Promise<(EntitySideRow | null)[]> {
  const rows = await read((tx) => entitySides.run(tx, { ids }, observer));
  return rows.map((row) => (row.sideIds === null ? null : { newAreaIds: row.sideIds, basis: row.sideBasis ?? 'NONE' }));
}

/** The ids `where: { area }` keeps (see cypher/entities/sides.cypher); [] for an unknown id. */
export async function readEntitiesInArea(read: Read, observer: QueryObserver, area: string): Promise<string[]> {
  const [row] = await read((tx) => entitiesInArea.run(tx, { area }, observer));
  return row?.ids ?? [];
}

export function placementOf(side: EntitySideRow): SidePlacement {
  return side.newAreaIds.length === 0 ? 'NEITHER' : side.newAreaIds.length === 1 ? 'ONE' : 'BOTH';
}
