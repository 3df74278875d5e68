// @name taskCoverage
// For every key task: the platforms that SERVE it, grouped by the side (new area) each platform
// is tied to, the new areas with no platform (gaps), and the serving platforms that have no side.
//
// The side of an entity e is decided by the first rule that finds any new area (several areas
// are possible within one rule; a later rule is not consulted once an earlier one found some):
//   1. a NewArea is its own side;
//   2. e -[:LOCATED_IN|AFFILIATED_WITH]->{1,2} a NewArea (directly or through one place),
//      or e -[:ADMINISTERS]-> a NewArea, or a NewArea -[:ESTABLISHES]-> e;
//   3. e -[:LOCATED_IN|AFFILIATED_WITH]->{1,2} a Region that is, or is PART_OF, a home region of
//      a NewArea; a new area's home regions are the regions it is LOCATED_IN and the regions an
//      organisation that ADMINISTERS it is AFFILIATED_WITH.
// A LOCATED_IN with prospective: true never counts. The home regions (with every region PART_OF
// one) are found once per statement; the blocks between `side-homes:begin`/`side-homes:end` and
// `side:begin`/`side:end` are the same text in partnerCandidates.cypher (a unit test checks it).
// @returns task, sides, gaps, platformsWithoutSide
MATCH (area:NewArea)
WITH area ORDER BY area.id
WITH collect(area) AS areas
// side-homes:begin
CALL () {
  MATCH (side:NewArea), (region:Region)
  WHERE EXISTS {
    (region)-[:PART_OF]->{0,}(home:Region)
    WHERE (side)-[:LOCATED_IN]->(home) OR (side)<-[:ADMINISTERS]-(:Organization)-[:AFFILIATED_WITH]->(home)
  }
  RETURN collect({side: side.id, region: region}) AS homeRegions
}
// side-homes:end
MATCH (task:Task)
CALL (task, homeRegions) {
  OPTIONAL MATCH (e:Platform)-[:SERVES]->(task)
  // side:begin
  CALL (e, homeRegions) {
    WITH e, homeRegions,
      COLLECT {
        MATCH (e)(()-[t:LOCATED_IN|AFFILIATED_WITH WHERE t.prospective IS NULL OR t.prospective = false]->()){1,2}(place:Entity)
        RETURN DISTINCT place
      } AS places,
      COLLECT {
        MATCH (e)-[r:ADMINISTERS|ESTABLISHES]-(side:NewArea)
        WHERE (startNode(r) = e) = (type(r) = 'ADMINISTERS')
        RETURN side.id
      } AS governed
    WITH CASE WHEN e:NewArea THEN [e.id] ELSE [] END AS own,
      [p IN places WHERE p:NewArea | p.id] + governed AS direct,
      [h IN homeRegions WHERE h.region IN places | h.side] AS byRegion
    UNWIND CASE WHEN size(own) > 0 THEN own WHEN size(direct) > 0 THEN direct ELSE byRegion END AS sideId
    WITH DISTINCT sideId ORDER BY sideId
    RETURN collect(sideId) AS sideIds
  }
  // side:end
  WITH e, sideIds ORDER BY e.id
  RETURN collect(CASE WHEN e IS NOT NULL THEN {platform: e {.*, labels: labels(e)}, sideIds: sideIds} END) AS served
}
RETURN
  task {.*, labels: labels(task)} AS task,
  [a IN areas | {newArea: a {.*, labels: labels(a)}, platforms: [s IN served WHERE a.id IN s.sideIds | s.platform]}] AS sides,
  [a IN areas WHERE none(s IN served WHERE a.id IN s.sideIds) | a {.*, labels: labels(a)}] AS gaps,
  [s IN served WHERE size(s.sideIds) = 0 | s.platform] AS platformsWithoutSide
ORDER BY task.year, task.number, task.id
