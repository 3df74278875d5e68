// @name paths
// The connections between two entities over :Entity nodes only, either direction, at most
// $maxLength relationships (≤ 6, the pattern's upper bound), no entity visited twice: every path
// of the shortest length and of the next length there is, up to $maxLength (SHORTEST 2 GROUPS: a
// complete set, so the answer does not depend on search order). Ordered by length, then by the summed degree
// of the entities in between (paths through specific people and organisations before paths
// through hubs such as a new area), then by the ids and relationship types along the path;
// the first $first are returned. from/to are null when no entity has the id. No path passes
// through an entity of $excludeIds or with a label of $excludeLabels, or along a relationship of
// a type in $excludeRelationshipTypes (the two ends themselves are never excluded).
// @param fromId: string
// @param toId: string
// @param maxLength: int
// @param first: int
// @param excludeIds: string[]
// @param excludeLabels: string[]
// @param excludeRelationshipTypes: string[]
// @returns from, to, paths
OPTIONAL MATCH (a:Entity {id: $fromId})
OPTIONAL MATCH (b:Entity {id: $toId})
CALL (a, b) {
  // Paths of the two shortest lengths d and d + 1 revisit no entity without any predicate: a
  // closed detour takes at least two relationships once loops are excluded, so a path with one
  // would leave a path of length d - 1 or less.
  // The pattern's upper bound is $maxLength itself (at most 6), one branch per bound written once
  // as a @repeat block (a quantifier takes no parameter; each branch's guard is checked before its
  // search, so only one branch searches):
  // the two shortest lengths up to $maxLength are the two shortest lengths up to 6 that are not
  // longer than $maxLength, so the answer is that of a {1,6} search filtered by length, without
  // enumerating the often huge group just beyond $maxLength. A length predicate inside the
  // pattern instead would be re-evaluated on every partial path (10× slower).
  CALL (a, b) {
    // @repeat n in 1..6 separated by UNION ALL
    WITH a, b WHERE $maxLength = {n}
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r WHERE startNode(r) <> endNode(r) AND NOT type(r) IN $excludeRelationshipTypes]-(x:Entity WHERE x = b OR NOT (x.id IN $excludeIds OR any(l IN labels(x) WHERE l IN $excludeLabels)))){1,{n}}(b)
    RETURN p
    // @end
  }
  // Every path of the shortest group sorts before the next group, so the next group is searched
  // only when the shortest holds fewer than $first paths and is shorter than $maxLength.
  WITH a, b, collect(p) AS shortest
  WITH a, b, shortest, size(shortest) > 0 AND size(shortest) < $first AND length(shortest[0]) < $maxLength AS widen
  CALL (a, b, shortest, widen) {
    WITH shortest, widen WHERE NOT widen
    UNWIND shortest AS p
    RETURN p
    UNION ALL
    // @repeat n in 2..6 separated by UNION ALL
    WITH a, b, widen WHERE widen AND $maxLength = {n}
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r WHERE startNode(r) <> endNode(r) AND NOT type(r) IN $excludeRelationshipTypes]-(x:Entity WHERE x = b OR NOT (x.id IN $excludeIds OR any(l IN labels(x) WHERE l IN $excludeLabels)))){1,{n}}(b)
    RETURN p
    // @end
  }
  // hubWeight: the summed degree of the inner entities, each entity's degree counted once however
  // many paths pass through it (hubs are shared by most paths). A path of length 1 has no inner
  // entity; its null row keeps it, with weight 0.
  UNWIND CASE length(p) WHEN 1 THEN [null] ELSE nodes(p)[1..-1] END AS inner
  WITH inner, collect(p) AS through
  WITH through, CASE WHEN inner IS NULL THEN 0 ELSE COUNT { (inner)--(:Entity) } END AS degree
  UNWIND through AS p
  WITH p, sum(degree) AS hubWeight
  ORDER BY length(p), hubWeight, [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]
  LIMIT toInteger($first)
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    relationships: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
  }) AS paths
}
RETURN a.id AS from, b.id AS to, paths
