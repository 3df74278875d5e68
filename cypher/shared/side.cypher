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
  WITH e, homeRegions, CASE WHEN e:Person THEN [(e)-[:HOLDS_POSITION]->(body:Entity) | body] ELSE [e] END AS subjects
  WITH e, homeRegions, [s IN subjects | {
    own: CASE WHEN s:NewArea THEN s.id END,
    ties: [(s)-[t:LOCATED_IN|AFFILIATED_WITH]->(p:Entity) WHERE t.prospective IS NULL OR t.prospective = false
        | {place: p, isArea: p:NewArea, basis: CASE WHEN t.basis = 'NAME' THEN 'NAME' WHEN type(t) = 'LOCATED_IN' THEN 'LOCATION' ELSE 'STATED' END}]
      + [(s)-[t:LOCATED_IN|AFFILIATED_WITH]->(:Entity)-[u:LOCATED_IN|AFFILIATED_WITH]->(p:Entity)
          WHERE (t.prospective IS NULL OR t.prospective = false) AND (u.prospective IS NULL OR u.prospective = false)
        | {place: p, isArea: p:NewArea, basis: CASE WHEN t.basis = 'NAME' THEN 'NAME' WHEN type(t) = 'LOCATED_IN' THEN 'LOCATION' ELSE 'STATED' END}],
    governed: [(s)-[:ADMINISTERS]->(area:NewArea) | area.id] + [(s)<-[:ESTABLISHES]-(area:NewArea) | area.id]
  }] AS facts
  WITH e, reduce(all = [], f IN facts | all + CASE
      WHEN f.own IS NOT NULL THEN [{side: f.own, basis: 'OWN'}]
      WHEN any(t IN f.ties WHERE t.isArea) OR size(f.governed) > 0
        THEN [t IN f.ties WHERE t.isArea | {side: t.place.id, basis: t.basis}] + [g IN f.governed | {side: g, basis: 'ADMINISTRATION'}]
      ELSE [h IN homeRegions WHERE any(t IN f.ties WHERE t.place = h.region) | {side: h.side, basis: head([t IN f.ties WHERE t.place = h.region | t.basis])}]
    END) AS found
  RETURN
    COLLECT { UNWIND found AS f WITH DISTINCT f.side AS sideId ORDER BY sideId RETURN sideId } AS sideIds,
    CASE
      WHEN size(found) = 0 THEN 'NONE'
      WHEN e:Person THEN 'POSITION_HELD'
      ELSE head([b IN ['OWN', 'STATED', 'NAME', 'ADMINISTRATION', 'LOCATION'] WHERE any(f IN found WHERE f.basis = b)])
    END AS sideBasis
}
