// @name paths
// The connections between two entities over :Entity nodes only, either direction, at most
// $maxLength relationships (≤ 6, the pattern's upper bound), no entity visited twice: every path
// of the shortest length and of the next length there is, up to $maxLength (SHORTEST 2 GROUPS: a
// complete set, so the answer does not depend on search order). Ordered by length, then by the summed degree
// of the entities in between (paths through specific people and organisations before paths
// through hubs such as a new area), then by the ids and relationship types along the path;
// the first $first are returned. from/to are null when no entity has the id.
// @param fromId: string
// @param toId: string
// @param maxLength: int
// @param first: int
// @returns from, to, paths
OPTIONAL MATCH (a:Entity {id: $fromId})
OPTIONAL MATCH (b:Entity {id: $toId})
CALL (a, b) {
  // Paths of the two shortest lengths d and d + 1 revisit no entity without any predicate: a
  // closed detour takes at least two relationships once loops are excluded, so a path with one
  // would leave a path of length d - 1 or less. The length bound is checked on the result: as a
  // predicate inside the pattern it would be re-evaluated on every partial path (10× slower).
  OPTIONAL MATCH p = SHORTEST 2 GROUPS (a)(()-[r WHERE startNode(r) <> endNode(r)]-(x:Entity)){1,6}(b)
  WITH p
  WHERE p IS NOT NULL AND length(p) <= $maxLength
  WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)--(:Entity) }) AS hubWeight
  ORDER BY length(p), hubWeight, [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]
  LIMIT toInteger($first)
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    relationships: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
  }) AS paths
}
RETURN a.id AS from, b.id AS to, paths
