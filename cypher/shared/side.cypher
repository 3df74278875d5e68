// @fragment sideHomes
// The home regions of every new area, found once per statement: the regions a new area is
// LOCATED_IN (两江新区 → 重庆, 天府新区 → 四川) and the regions an organisation that ADMINISTERS it
// is AFFILIATED_WITH (天府新区成都党工委 → 成都), each with every region PART_OF it.
// Yields homeRegions: [{side: new area id, region: Region node}].
CALL () {
  MATCH (side:NewArea), (region:Region)
  WHERE EXISTS {
    (region)-[:PART_OF]->{0,}(home:Region)
    WHERE (side)-[:LOCATED_IN]->(home) OR (side)<-[:ADMINISTERS]-(:Organization)-[:AFFILIATED_WITH]->(home)
  }
  RETURN collect({side: side.id, region: region}) AS homeRegions
}

// @fragment side
// The side of the entity `e`: the new area(s) it belongs with, and the basis of that. Needs `e`
// and `homeRegions` (fragment sideHomes); yields sideIds (sorted; [] for none, two for both) and
// sideBasis. A person is on the side of the bodies they hold a position in (POSITION_HELD); for
// any other entity (and for each such body) the first of these rules that finds a new area decides:
//   1. a new area is on its own side (OWN);
//   2. the entity is LOCATED_IN or AFFILIATED_WITH the new area, directly or through one other
//      place (LOCATION for LOCATED_IN, STATED for AFFILIATED_WITH, NAME when the first
//      relationship's basis is NAME: the entity's name states it, e.g. 天府总部商务区), or it
//      ADMINISTERS the new area or the new area ESTABLISHES it (ADMINISTRATION);
//   3. the entity is LOCATED_IN or AFFILIATED_WITH (directly or through one place) a home region
//      of the new area (basis as in 2).
// A LOCATED_IN with prospective: true never counts. With several bases the first of STATED, NAME,
// ADMINISTRATION, LOCATION is given; NONE when no rule finds a new area.
CALL (e, homeRegions) {
  WITH e, COLLECT {
    UNWIND CASE WHEN e:Person THEN COLLECT { MATCH (e)-[:HOLDS_POSITION]->(body:Entity) RETURN DISTINCT body } ELSE [e] END AS s
    CALL (s, homeRegions) {
      WITH s, homeRegions,
        COLLECT {
          MATCH (s)-[t:LOCATED_IN|AFFILIATED_WITH WHERE t.prospective IS NULL OR t.prospective = false]->(:Entity)
            (()-[u:LOCATED_IN|AFFILIATED_WITH WHERE u.prospective IS NULL OR u.prospective = false]->()){0,1}(place:Entity)
          RETURN DISTINCT {place: place, basis: CASE WHEN t.basis = 'NAME' THEN 'NAME' WHEN type(t) = 'LOCATED_IN' THEN 'LOCATION' ELSE 'STATED' END}
        } AS ties,
        COLLECT {
          MATCH (s)-[r:ADMINISTERS|ESTABLISHES]-(area:NewArea)
          WHERE (startNode(r) = s) = (type(r) = 'ADMINISTERS')
          RETURN DISTINCT {side: area.id, basis: 'ADMINISTRATION'}
        } AS governed
      WITH CASE WHEN s:NewArea THEN [{side: s.id, basis: 'OWN'}] ELSE [] END AS own,
        [t IN ties WHERE t.place:NewArea | {side: t.place.id, basis: t.basis}] + governed AS direct,
        [h IN homeRegions WHERE any(t IN ties WHERE t.place = h.region) | {side: h.side, basis: head([t IN ties WHERE t.place = h.region | t.basis])}] AS byRegion
      RETURN CASE WHEN size(own) > 0 THEN own WHEN size(direct) > 0 THEN direct ELSE byRegion END AS found
    }
    UNWIND found AS f
    RETURN f
  } AS found
  RETURN
    COLLECT { UNWIND found AS f WITH DISTINCT f.side AS sideId ORDER BY sideId RETURN sideId } AS sideIds,
    CASE
      WHEN size(found) = 0 THEN 'NONE'
      WHEN e:Person THEN 'POSITION_HELD'
      ELSE head([b IN ['OWN', 'STATED', 'NAME', 'ADMINISTRATION', 'LOCATION'] WHERE any(f IN found WHERE f.basis = b)])
    END AS sideBasis
}
