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

// @fragment allowedPath
// Whether the path `p` between `a` and `b` keeps to the rules of `paths`: every entity in between
// is an :Entity, neither one of `excludedIds` nor of a label in `excludedLabels`, and no
// relationship has a type in `excludedTypes`. Empty lists are tested first, so the usual
// question reads no property of the entities on the way.
(size(excludedTypes) = 0 OR none(r IN relationships(p) WHERE type(r) IN excludedTypes))
AND all(x IN nodes(p) WHERE x = a OR x = b OR (x:Entity
  AND (size(excludedIds) = 0 OR NOT x.id IN excludedIds)
  AND (size(excludedLabels) = 0 OR none(l IN labels(x) WHERE l IN excludedLabels))))

// @name paths
// The connections between two entities over :Entity nodes only, either direction, at most
// $maxLength relationships (≤ 6), no entity visited twice: every path of the shortest length
// (the whole group, so the answer does not depend on search order), ranked (fragment
// rankPaths), the first $first. from/to are null when no entity has the id. No path passes through an entity of
// $excludeIds or with a label of $excludeLabels, or along a relationship of a type in
// $excludeRelationshipTypes (the two ends themselves are never excluded). shortestCount and
// shortestLength say whether the group of the next length is wanted too (pathsWiden): when the
// shortest group holds fewer than $first paths and is shorter than $maxLength.
// The group is Neo4j's allShortestPaths, a search from both ends at once: a hub met on the way
// is passed, where a quantified pattern's SHORTEST search lists the neighbours of every hub it
// reaches (minutes, not a second, at a million enterprises). It searches first without the rules
// (fragment allowedPath), as fast as a search can be, and keeps the paths that follow them: when
// any does, they are the whole group (a shortest path that follows the rules is also a shortest
// path of the search that has none). Only when none does is the search run again with the rules,
// which it checks on every node and relationship it meets (about twice as slow). Shortest paths
// have no self-loop, so none is tested for. A variable-length bound takes no parameter: one
// branch per bound, written once as a @repeat block; each branch's guard is checked before its
// search, so only one branch searches.
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
  WITH a, b, $excludeIds AS excludedIds, $excludeLabels AS excludedLabels, $excludeRelationshipTypes AS excludedTypes
  CALL (a, b) {
    // @repeat n in 1..6 separated by UNION ALL
    WITH a, b WHERE $maxLength = {n}
    MATCH p = allShortestPaths((a)-[*..{n}]-(b))
    RETURN p
    // @end
  }
  WITH a, b, excludedIds, excludedLabels, excludedTypes, collect(p) AS unruled
  WITH a, b, excludedIds, excludedLabels, excludedTypes, size(unruled) > 0 AS connected, [p IN unruled WHERE
    // @include allowedPath
  ] AS kept
  CALL (a, b, excludedIds, excludedLabels, excludedTypes, connected, kept) {
    UNWIND kept AS p
    RETURN p
    UNION ALL
    WITH a, b, excludedIds, excludedLabels, excludedTypes WHERE connected AND size(kept) = 0
    CALL (a, b, excludedIds, excludedLabels, excludedTypes) {
      // @repeat n in 1..6 separated by UNION ALL
      WITH a, b, excludedIds, excludedLabels, excludedTypes WHERE $maxLength = {n}
      MATCH p = allShortestPaths((a)-[*..{n}]-(b))
      WHERE
        // @include allowedPath
      RETURN p
      // @end
    }
    RETURN p
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
// The paths of the next length after the shortest length $shortestLength of the statement
// `paths` (the shortest length above it that a path has, up to $maxLength), wanted when the
// shortest group is too small: same rules, same order, the first $first. The search never passes
// through an entity of more than $hubDegree relationships (the ends excepted), which keeps its
// work bounded: searched from one end (SHORTEST 2 GROUPS over a quantified pattern), a hub's
// hundreds of thousands of neighbours would each be listed. truncated says whether that bound may
// have cut a path out: an inner entity of a path of length $maxLength or less lies at most
// $maxLength / 2 relationships from one of the ends, so it is true when an entity of more than
// $hubDegree relationships lies that close to an end, reached through entities the paths may pass
// (false guarantees that no path was left out). A quantified pattern may revisit an entity
// (only its relationships are distinct), so paths that do are left out. One branch per length
// bound ($maxLength, 2 to 6), as in `paths`.
// @param fromId: string
// @param toId: string
// @param shortestLength: int
// @param maxLength: int
// @param first: int
// @param hubDegree: int
// @param excludeIds: string[]
// @param excludeLabels: string[]
// @param excludeRelationshipTypes: string[]
// @returns paths, truncated
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
CALL (a, b) {
  CALL (a, b) {
    // @repeat n in 2..6 separated by UNION ALL
    WITH a, b WHERE $maxLength = {n}
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r WHERE startNode(r) <> endNode(r) AND NOT type(r) IN $excludeRelationshipTypes]-(x:Entity WHERE x = b OR (COUNT { (x)--() } <= $hubDegree AND NOT (x.id IN $excludeIds OR any(l IN labels(x) WHERE l IN $excludeLabels))))){1,{n}}(b)
    RETURN p
    // @end
  }
  WITH p WHERE length(p) > $shortestLength AND none(i IN range(1, length(p)) WHERE nodes(p)[i] IN nodes(p)[0..i])
  WITH collect(p) AS longer
  UNWIND longer AS p
  WITH p, longer WHERE length(p) = reduce(least = $maxLength, q IN longer | CASE WHEN length(q) < least THEN length(q) ELSE least END)
  // @include rankPaths
  LIMIT toInteger($first)
  // @include collectPaths
}
RETURN paths, any(end IN [a, b] WHERE
  // @repeat n in 1..3 separated by OR
  ($maxLength >= 2 * {n} AND EXISTS {
    MATCH (end)((m WHERE m = a OR m = b OR COUNT { (m)--() } <= $hubDegree)-[r WHERE NOT type(r) IN $excludeRelationshipTypes]-(x:Entity WHERE x <> a AND x <> b AND NOT (x.id IN $excludeIds OR any(l IN labels(x) WHERE l IN $excludeLabels)))){{n}}(hub)
    WHERE COUNT { (hub)--() } > $hubDegree
  })
  // @end
) AS truncated
