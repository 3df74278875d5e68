// @name neighborhood
// The entities within $depth relationships of the centre (either direction, only :Entity nodes,
// only relationships of $relationshipTypes when given), nearest first and by id, at most $limit
// nodes including the centre; and every relationship of those types between the kept nodes.
// centre is null when no entity has the id. $depth is at most 3 (the pattern's upper bound).
// @param id: string
// @param depth: int
// @param relationshipTypes: string[] | null
// @param limit: int
// @param briefNodes: boolean — nodes carry only id, name, nameEn and labels (the query asks no more)
// @param relationshipProperties: boolean — edges carry their relationships' properties
// @returns center, nodes, edges, truncated
OPTIONAL MATCH (center:Entity {id: $id})
// Breadth first, one level at a time: a level is expanded only while the nodes kept so far leave
// room under $limit, so a hub's neighbourhood never walks the whole graph. Each level holds the
// entities first reached there (their shortest distance), so `NOT n IN` lists stay under $limit.
CALL (center) {
  OPTIONAL MATCH (center)-[r]-(n:Entity)
  WHERE n <> center AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
  RETURN collect(DISTINCT n) AS level1
}
CALL (center, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) + 1 <= $limit THEN level1 ELSE [] END AS a
  MATCH (a)-[r]-(n:Entity)
  WHERE n <> center AND NOT n IN level1 AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
  RETURN collect(DISTINCT n) AS level2
}
CALL (center, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) + 1 <= $limit THEN level2 ELSE [] END AS a
  MATCH (a)-[r]-(n:Entity)
  WHERE n <> center AND NOT n IN level1 AND NOT n IN level2 AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
  RETURN collect(DISTINCT n) AS level3
}
CALL (level1, level2, level3) {
  UNWIND [n IN level1 | {n: n, distance: 1}] + [n IN level2 | {n: n, distance: 2}] + [n IN level3 | {n: n, distance: 3}] AS hit
  WITH hit ORDER BY hit.distance, hit.n.id
  RETURN collect(hit.n) AS reached
}
WITH center, reached, CASE WHEN center IS NULL THEN [] ELSE [center] + reached[0..toInteger($limit) - 1] END AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
  WITH r, a, b ORDER BY a.id, type(r), b.id
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: CASE WHEN $relationshipProperties THEN properties(r) ELSE {} END}) AS edges
}
RETURN
  center.id AS center,
  [n IN kept | CASE WHEN $briefNodes THEN n {.id, .name, .nameEn, labels: labels(n)} ELSE n {.*, labels: labels(n)} END] AS nodes,
  edges,
  size(reached) + 1 > $limit AS truncated
