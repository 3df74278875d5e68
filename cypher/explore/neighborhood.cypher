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
// A level that would hold $limit entities or more is cut to the $limit - 1 first by id anyway, and
// ends the walk. When the relationships leading to a level are many (a hub: d of them against
// $limit * E entities, d * d > 4 * $limit * E), its first entities by id are looked for in the id
// index in order, keeping those next to the level before (about $limit * E / d index entries
// instead of d relationships, and a check of each from its own side), reading at most
// 4 * $limit * E / d entries; when that finds enough of them, they are the level's first by id
// and nothing else of the level matters. Otherwise (or for a level of few relationships) the level
// is read whole.
CALL (center) {
  OPTIONAL CALL (center) {
    WITH center, COUNT { (center)--() } AS degree, COUNT { (:Entity) } AS entities
    WHERE degree * degree > 4 * $limit * entities
    WITH center, 4 * $limit * entities / degree AS budget
    // LIMIT takes no variable: the budget is rounded up to 1,000, 10,000 or 100,000 entries
    CALL (center, budget) {
      // @repeat t in 3..5 separated by UNION ALL
      // (from the id index even when Neo4j's statistics are behind the graph; a null lower bound,
      // in the branches of other budgets, makes the index give nothing)
      MATCH (n:Entity)
      USING INDEX n:Entity(id)
      WHERE n.id >= CASE WHEN (budget <= 1e{t} OR {t} = 5) AND (budget > 1e{t} / 10 OR {t} = 3) THEN '' END
      WITH center, n ORDER BY n.id LIMIT toInteger(1e{t})
      WITH n WHERE n <> center AND EXISTS { (n)-[r]-(center) WHERE $relationshipTypes IS NULL OR type(r) IN $relationshipTypes }
      WITH n ORDER BY n.id LIMIT toInteger($limit)
      RETURN n
      // @end
    }
    WITH n ORDER BY n.id LIMIT toInteger($limit)
    RETURN collect(n) AS first
  }
  OPTIONAL MATCH (center)-[r]-(n:Entity)
  WHERE (first IS NULL OR size(first) < $limit)
    AND n <> center AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
  WITH first, collect(DISTINCT n) AS whole
  RETURN CASE WHEN size(first) >= $limit THEN first ELSE whole END AS level1
}
CALL (center, level1) {
  WITH center, level1 WHERE $depth >= 2 AND size(level1) + 1 <= $limit
  OPTIONAL CALL (center, level1) {
    WITH center, level1, reduce(d = 0, a IN level1 | d + COUNT { (a)--() }) AS degree, COUNT { (:Entity) } AS entities,
      toInteger($limit) - size(level1) AS wanted
    WHERE degree * degree > 4 * $limit * entities
    WITH center, level1, wanted, 4 * $limit * entities / degree AS budget
    CALL (center, level1, budget) {
      // @repeat t in 3..5 separated by UNION ALL
      MATCH (n:Entity)
      USING INDEX n:Entity(id)
      WHERE n.id >= CASE WHEN (budget <= 1e{t} OR {t} = 5) AND (budget > 1e{t} / 10 OR {t} = 3) THEN '' END
      WITH center, level1, n ORDER BY n.id LIMIT toInteger(1e{t})
      WITH n WHERE n <> center AND NOT n IN level1
        AND any(a IN level1 WHERE EXISTS { (n)-[r]-(a) WHERE $relationshipTypes IS NULL OR type(r) IN $relationshipTypes })
      WITH n ORDER BY n.id LIMIT toInteger($limit)
      RETURN n
      // @end
    }
    WITH wanted, n ORDER BY n.id
    WITH wanted, collect(n) AS found
    RETURN CASE WHEN size(found) >= wanted THEN found[0..wanted] END AS first
  }
  CALL (center, level1, first) {
    UNWIND CASE WHEN first IS NULL THEN level1 ELSE [] END AS a
    MATCH (a)-[r]-(n:Entity)
    WHERE n <> center AND NOT n IN level1 AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
    RETURN collect(DISTINCT n) AS whole
  }
  RETURN coalesce(first, whole) AS level2
  UNION
  WITH center, level1 WHERE NOT ($depth >= 2 AND size(level1) + 1 <= $limit)
  RETURN [] AS level2
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
