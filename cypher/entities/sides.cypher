// @name entitySides
// The side of each entity (fragment side, cypher/shared/side.cypher), in key order; sideIds null
// where no entity has the id.
// @param ids: string[]
// @returns sideIds, sideBasis
// @include sideHomes
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
// @include side
RETURN CASE WHEN e IS NOT NULL THEN sideIds END AS sideIds, CASE WHEN e IS NOT NULL THEN sideBasis END AS sideBasis

// @name entitiesInArea
// Ids of the entities `where: { area: $area }` keeps. For a new area: the entities on its side
// (fragment side) but itself, found among those tied to it or to one of its home regions (up to
// two LOCATED_IN/AFFILIATED_WITH steps, or ADMINISTERS/ESTABLISHES) and the people holding a
// position in those. For a region: the entities that lie in it or are affiliated with it or
// administer it, within three steps. No row when no entity has the id.
// @param area: string
// @returns ids
// @include sideHomes
MATCH (target:Entity {id: $area})
CALL (target, homeRegions) {
  WITH target, homeRegions WHERE target:NewArea
  CALL (target, homeRegions) {
    UNWIND [target] + [h IN homeRegions WHERE h.side = target.id | h.region] AS anchor
    MATCH (anchor)<-[:LOCATED_IN|AFFILIATED_WITH]-{0,2}(b:Entity)
    RETURN b
    UNION
    MATCH (target)-[r:ADMINISTERS|ESTABLISHES]-(b:Entity)
    RETURN b
  }
  WITH target, homeRegions, collect(b) AS bodies
  UNWIND bodies + COLLECT { UNWIND bodies AS b MATCH (b)<-[:HOLDS_POSITION]-(p:Person) RETURN p } AS e
  WITH DISTINCT target, homeRegions, e
  // @include side
  WITH target, e WHERE target.id IN sideIds AND e <> target
  RETURN collect(e.id) AS ids
  UNION
  WITH target WHERE NOT target:NewArea
  RETURN COLLECT { MATCH (target)<-[:LOCATED_IN|AFFILIATED_WITH|ADMINISTERS]-{1,3}(n:Entity) RETURN DISTINCT n.id } AS ids
}
RETURN ids
