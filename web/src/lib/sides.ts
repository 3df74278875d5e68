// Which side (两江新区 or 天府新区) an entity is on, for colouring the graph. It follows the API's
// side rule (see SideCoverage in schema/explore.graphql) as far as the `area` filter of
// `entities(where: { area })` can state it:
//   1. a new area is on its own side;
//   2. otherwise, the new areas the entity is tied to (`area: <new area>`: it lies in it, directly or
//      through a platform, is affiliated with it, or administers it);
//   3. otherwise, the new areas one of whose home regions it is tied to (`area: <region>`), a home
//      region being a region the new area lies in (两江新区 → 重庆, 天府新区 → 四川) or one a body
//      administering it is affiliated with (天府新区成都党工委 → 成都).
// An entity no rule reaches has no side. Pure functions, unit-tested in test/unit/web-sides.test.ts.

export interface SideArea {
  id: string;
  name: string;
  nameEn: string;
  /** Ids of the regions that are home to this new area. */
  homeRegions: string[];
}

export interface SideIndex {
  /** The new areas, each a side, in a fixed order (by id): the first is drawn on the left. */
  areas: SideArea[];
  /** Entity id → ids of the new areas whose side it is on (one, or several when tied to both). */
  sides: Map<string, string[]>;
}

/**
 * Builds the index from the new areas and, for every new area and home region id, the ids of the
 * entities `entities(where: { area })` returns for it.
 */
export function buildSideIndex(areas: SideArea[], membersOf: ReadonlyMap<string, readonly string[]>): SideIndex {
  const ordered = [...areas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const direct = new Map<string, Set<string>>();
  const viaRegion = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, entity: string, area: string) => {
    const set = map.get(entity) ?? new Set<string>();
    set.add(area);
    map.set(entity, set);
  };
  for (const area of ordered) {
    for (const member of membersOf.get(area.id) ?? []) add(direct, member, area.id);
    for (const region of area.homeRegions) {
      for (const member of membersOf.get(region) ?? []) add(viaRegion, member, area.id);
    }
  }
  const order = (set: Set<string>) => ordered.map((area) => area.id).filter((id) => set.has(id));
  const sides = new Map<string, string[]>();
  for (const [entity, set] of viaRegion) sides.set(entity, order(set));
  for (const [entity, set] of direct) sides.set(entity, order(set));
  for (const area of ordered) sides.set(area.id, [area.id]);
  return { areas: ordered, sides };
}

/** The single new area whose side the entity is on; null for none or both. */
export function sideOf(index: SideIndex | null, id: string): string | null {
  const sides = index?.sides.get(id);
  return sides && sides.length === 1 ? sides[0]! : null;
}
