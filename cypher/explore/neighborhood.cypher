// @name neighborhood
// The entities within $depth relationships of the centre (either direction, only :Entity nodes,
// only relationships of $relationshipTypes when given), nearest first and by id, at most $limit
// nodes including the centre; and every relationship of those types between the kept nodes.
// centre is null when no entity has the id. $depth is at most 3 (the pattern's upper bound).
// @param id: string
// @param depth: int
// @param relationshipTypes: string[] | null
// @param limit: int
// @returns center, nodes, edges, truncated
OPTIONAL MATCH (center:Entity {id: $id})
CALL (center) {
  OPTIONAL MATCH p = SHORTEST 1 (center)(()-[r WHERE $relationshipTypes IS NULL OR type(r) IN $relationshipTypes]-(:Entity)){1,3}(n:Entity)
  WHERE n <> center AND length(p) <= $depth
  WITH n, length(p) AS distance ORDER BY distance, n.id
  RETURN collect(n) AS reached
}
WITH center, reached, CASE WHEN center IS NULL THEN [] ELSE [center] + reached[0..toInteger($limit) - 1] END AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
  WITH r, a, b ORDER BY a.id, type(r), b.id
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN
  center.id AS center,
  [n IN kept | n {.*, labels: labels(n)}] AS nodes,
  edges,
  size(reached) + 1 > $limit AS truncated
