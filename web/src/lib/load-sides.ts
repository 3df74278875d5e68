// Loads what lib/sides.ts needs: the new areas, their home regions, and the entities tied to each.
import type { AreaMembersQuery } from '../gql/graphql.js';
import { AreaMembersQuery as AreaMembersDocument, SideAnchorsQuery } from '../operations.js';
import { type SideArea, type SideIndex, buildSideIndex } from './sides.js';
import { cachedExecute } from './use-query.js';

async function membersOf(area: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { entities }: AreaMembersQuery = await cachedExecute(AreaMembersDocument, { area, after });
    ids.push(...entities.nodes.map((node) => node.id));
    if (!entities.pageInfo.hasNextPage || !entities.pageInfo.endCursor) return ids;
    after = entities.pageInfo.endCursor;
  }
}

export async function loadSideIndex(): Promise<SideIndex> {
  const { newAreas } = await cachedExecute(SideAnchorsQuery, {});
  const areas: SideArea[] = newAreas.nodes.map((area) => ({
    id: area.id,
    name: area.name,
    nameEn: area.nameEn,
    homeRegions: [
      ...new Set([
        ...area.locatedIn.nodes.map((region) => region.id),
        ...area.administeredBy.nodes.flatMap((body) => body.relationships.nodes.filter((node) => node.__typename === 'Region').map((node) => node.id)),
      ]),
    ],
  }));
  const keys = [...new Set(areas.flatMap((area) => [area.id, ...area.homeRegions]))];
  const lists = await Promise.all(keys.map((key) => membersOf(key)));
  return buildSideIndex(areas, new Map(keys.map((key, i) => [key, lists[i]!])));
}
