// @fragment rankPaths
// Needs rows of a path `p`; orders them by length, then by the summed degree of the entities in
// between (paths through specific people and organisations before paths through hubs such as a
// new area), then by the ids and relationship types along the path; the statement cuts the list.
// hubWeight counts each inner entity's degree once however many paths pass through it (hubs are
// shared by most paths): its relationships with other entities, which are all it has but its
// change records (CHANGED) and progress updates (HAS_PROGRESS), counted from Neo4j's degree store
// rather than by reading a hub's hundreds of thousands of relationships. A path of length 1 has
// no inner entity; its null row keeps it, with weight 0.
UNWIND CASE length(p) WHEN 1 THEN [null] ELSE nodes(p)[1..-1] END AS inner
WITH inner, collect(p) AS through
WITH through, CASE WHEN inner IS NULL THEN 0 ELSE COUNT { (inner)--() } - COUNT { (inner)-[:CHANGED|HAS_PROGRESS]-() } END AS degree
UNWIND through AS p
WITH p, sum(degree) AS hubWeight
ORDER BY length(p), hubWeight, [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]

// @fragment collectPaths
// The ordered rows of `p` as the list `paths`: nodes with their labels, relationships with their ends.
RETURN collect({
  nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
  relationships: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
}) AS paths

// @name paths
// The connections between two entities over :Entity nodes only, either direction, at most
// $maxLength relationships (≤ 6), no entity visited twice: every path of the shortest length
// (the whole group, so the answer does not depend on search order), ranked (fragment
// rankPaths), the first $first. from/to are null when no entity has the id. No path passes through an entity of
// $excludeIds or with a label of $excludeLabels, or along a relationship of a type in
// $excludeRelationshipTypes (the two ends themselves are never excluded). shortestCount and
// shortestLength say whether the group of the next length is wanted too (pathsWiden): when the
// shortest group holds fewer than $first paths and is shorter than $maxLength.
// The group is Neo4j's allShortestPaths, a search from both ends at once that checks the
// predicates on every node and relationship while it searches: a hub met on the way is passed,
// where a quantified pattern's SHORTEST search lists the neighbours of every hub it reaches
// (minutes, not a second, at a million enterprises). A variable-length bound takes no parameter:
// one branch per bound, written once as a @repeat block; each branch's guard is checked before
// its search, so only one branch searches.
// @param fromId: string
// @param toId: string
// @param maxLength: int
// @param first: int
// @param excludeIds: string[]
// @param excludeLabels: string[]
// @param excludeRelationshipTypes: string[]
// @returns from, to, paths, shortestCount, shortestLength
OPTIONAL MATCH (a:Entity {id: $fromId})
OPTIONAL MATCH (b:Entity {id: $toId})
CALL (a, b) {
  CALL (a, b) {
    // @repeat n in 1..6 separated by UNION ALL
    WITH a, b WHERE $maxLength = {n}
    MATCH p = allShortestPaths((a)-[*..{n}]-(b))
    WHERE all(r IN relationships(p) WHERE startNode(r) <> endNode(r) AND NOT type(r) IN $excludeRelationshipTypes)
      AND all(x IN nodes(p) WHERE x = a OR x = b OR (x:Entity AND NOT (x.id IN $excludeIds OR any(l IN labels(x) WHERE l IN $excludeLabels))))
    RETURN p
    // @end
  }
  WITH collect(p) AS shortest
  CALL (shortest) {
    UNWIND shortest AS p
    // @include rankPaths
    LIMIT toInteger($first)
    // @include collectPaths
  }
  RETURN paths, size(shortest) AS shortestCount, CASE WHEN size(shortest) > 0 THEN length(shortest[0]) END AS shortestLength
}
RETURN a.id AS from, b.id AS to, paths, shortestCount, shortestLength

// @name pathsWiden
// The paths of the statement `paths` when the shortest group is too small: the paths of the two
// shortest lengths d and d + 1 (SHORTEST 2 GROUPS), same rules, same order, the first $first.
// Paths of these two lengths revisit no entity without any predicate: a closed detour takes at
// least two relationships once loops are excluded, so a path with one would leave a path of
// length d - 1 or less. One branch per length bound ($maxLength, 2 to 6), as in `paths`.
// @param fromId: string
// @param toId: string
// @param maxLength: int
// @param first: int
// @param excludeIds: string[]
// @param excludeLabels: string[]
// @param excludeRelationshipTypes: string[]
// @returns paths
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
CALL (a, b) {
  CALL (a, b) {
    // @repeat n in 2..6 separated by UNION ALL
    WITH a, b WHERE $maxLength = {n}
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r WHERE startNode(r) <> endNode(r) AND NOT type(r) IN $excludeRelationshipTypes]-(x:Entity WHERE x = b OR NOT (x.id IN $excludeIds OR any(l IN labels(x) WHERE l IN $excludeLabels)))){1,{n}}(b)
    RETURN p
    // @end
  }
  // @include rankPaths
  LIMIT toInteger($first)
  // @include collectPaths
}
RETURN paths
