// @name entitiesByIds
// Entities in key order, null where no entity has the id.
// @param ids: string[]
// @returns node
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN n {.*, labels: labels(n)} AS node

// @name relatedPages
// One page of related entities per key, in key order. A key picks relationship types (null: all),
// a direction seen from the entity (OUT, IN, BOTH) and labels at the other end (null: all).
// @param keys: { id: string, types: string[] | null, direction: string, labels: string[] | null, offset: int, first: int }[]
// @returns totalCount, edges
UNWIND $keys AS k
CALL (k) {
  OPTIONAL MATCH (n:Entity {id: k.id})-[r]-(m:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.direction = 'BOTH' OR (startNode(r) = n) = (k.direction = 'OUT'))
    AND (k.labels IS NULL OR any(label IN labels(m) WHERE label IN k.labels))
  WITH n, r, m ORDER BY m.name, m.id, type(r)
  // LIMIT cannot take a per-row value, so the page is sliced from the sorted list.
  WITH collect(CASE WHEN r IS NOT NULL THEN { type: type(r), outgoing: startNode(r) = n, properties: properties(r), node: m {.*, labels: labels(m)} } END) AS matched
  RETURN size(matched) AS totalCount, matched[k.offset..(k.offset + k.first)] AS edges
}
RETURN totalCount, edges

// @name listEntities
// A filtered, sorted page of entities; every filter is optional (null: no filter).
// @param labels: string[] | null
// @param ids: string[] | null
// @param kinds: string[] | null
// @param statuses: string[] | null
// @param nameContains: string | null
// @param area: string | null
// @param industry: string | null
// @param task: string | null
// @param orderBy: string
// @param offset: int
// @param first: int
// @returns totalCount, nodes
MATCH (n:Entity)
WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($nameContains IS NULL
       OR toLower(n.name) CONTAINS toLower($nameContains)
       OR toLower(n.nameEn) CONTAINS toLower($nameContains)
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($area IS NULL OR EXISTS { (n)-[:LOCATED_IN|AFFILIATED_WITH|ADMINISTERS]->{1,3}(:Entity {id: $area}) })
  AND ($industry IS NULL OR EXISTS { (n)--(:Industry {id: $industry}) })
  AND ($task IS NULL OR EXISTS { (n)--(:Task {id: $task}) })
WITH n ORDER BY
  CASE $orderBy WHEN 'NAME_ASC' THEN n.name WHEN 'NAME_EN_ASC' THEN n.nameEn WHEN 'ID_ASC' THEN n.id END ASC,
  CASE $orderBy WHEN 'NAME_DESC' THEN n.name END DESC,
  n.id ASC
WITH collect(n) AS matched
RETURN size(matched) AS totalCount, [m IN matched[$offset..($offset + $first)] | m {.*, labels: labels(m)}] AS nodes

// @name paragraphsByIds
// Paragraph texts in key order; ids read `<source>#<number>`.
// @param ids: string[]
// @returns text
UNWIND $ids AS id
OPTIONAL MATCH (p:Paragraph {id: id})
RETURN p.text AS text

// @name sourcesByIds
// @param ids: string[]
// @returns source
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN s {.*} AS source
