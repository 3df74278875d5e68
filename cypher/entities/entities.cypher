// @name entitiesByIds
// Entities in key order, null where no entity has the id.
// @param ids: string[]
// @returns node
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN n {.*, labels: labels(n)} AS node

// @name relatedPages
// The entities of `ids` (node(id) and nodes(ids); node null where no entity has the id) and one
// page of related entities per key, in one statement. The keys come in groups, one per
// relationship pattern, page size and projection, and the @each block is written once per group
// with its pattern (`(n)<-[r:LOCATED_IN]-(m)`, src/db/composed-statement.ts): Neo4j 5.26 follows
// only the relationship types written in the statement (given as values, it walks every
// relationship of the entity), and LIMIT takes no value of a row. A group lists its keys' entities
// (`ids`) and the sort key of the edge before each page (`afters`: [name, id, type, 1 if outgoing];
// null: from the start), and says how much of each edge to return: the relationship's properties
// or null (relationshipProperties), every property of the node or only [id, name, nameEn]
// (briefNodes). One row per entity (`group` null, `at` its place in `ids`, `node`) and one per page
// (`group` and `at` the key's place in `groups`, `totalCount`, `edges`): the driver decodes many
// small records several times faster than one large one, and edges are lists, which it decodes
// faster than maps. Pages are keyset pages of `first + 1` edges, by the other end's name and id,
// then the type, incoming before outgoing, so Neo4j keeps only the top of them.
// @param ids: string[]
// @param groups: { first: int, briefNodes: boolean, relationshipProperties: boolean, ids: string[], afters: ([string, string, string, int] | null)[] }[]
// @returns group, at, node, totalCount, edges
UNWIND range(0, size($ids) - 1) AS at
OPTIONAL MATCH (n:Entity {id: $ids[at]})
RETURN null AS group, at, n {.*, labels: labels(n)} AS node, null AS totalCount, null AS edges
// @each group with pattern
UNION ALL
WITH $groups[{group}] AS group
UNWIND range(0, size(group.ids) - 1) AS at
WITH group, at, group.afters[at] AS after
OPTIONAL MATCH (n:Entity {id: group.ids[at]})
CALL (group, n, after) {
  MATCH {pattern}
  WITH group, r, m, CASE WHEN startNode(r) = n THEN 1 ELSE 0 END AS out
  WHERE after IS NULL
    OR m.name > after[0]
    OR (m.name = after[0] AND (m.id > after[1]
      OR (m.id = after[1] AND (type(r) > after[2] OR (type(r) = after[2] AND out > after[3])))))
  WITH group, r, m, out ORDER BY m.name, m.id, type(r), out LIMIT toInteger($groups[{group}].first) + 1
  RETURN collect([
    type(r),
    out = 1,
    CASE WHEN group.relationshipProperties THEN properties(r) END,
    labels(m),
    CASE WHEN group.briefNodes THEN [m.id, m.name, m.nameEn] ELSE properties(m) END
  ]) AS edges
}
RETURN {group} AS group, at, null AS node, COUNT { {pattern} } AS totalCount, edges
// @end

// @name listEntities
// A filtered, sorted page of entities and their count; every filter is optional (null: no filter).
// The candidates come from the filter named by `anchor` (src/data/entities.ts picks the most
// selective one given): the ids, the entities linked to the task or to the industry, those of
// $areaIds (the entities the area filter keeps, read first by entitiesInArea), or else the id ranges of the labels, `idPrefixes` (every id starts with its
// label's prefix; [''] for every entity). The other filters are checked on the candidates only,
// and only the page is projected.
// @param anchor: string
// @param idPrefixes: string[]
// @param labels: string[] | null
// @param ids: string[] | null
// @param kinds: string[] | null
// @param statuses: string[] | null
// @param nameContains: string | null
// @param areaIds: string[] | null
// @param industry: string | null
// @param task: string | null
// @param orderBy: string
// @param afterValue: string | null
// @param afterId: string | null
// @param first: int
// @returns totalCount, nodes
// An industry's list with no other filter than the labels, in an order an index holds, is counted
// from degrees, without reading its enterprises: IN_INDUSTRY only ever starts at an enterprise, one
// per enterprise and industry, and the industry's other relationships (STRONG_IN, CONCERNS,
// PART_OF) are few and counted by walking them. When the industry has a relationship of any other
// type, the count is not taken (null) and the list is read as any other.
OPTIONAL MATCH (hub:Entity {id: CASE
  WHEN $anchor = 'industry' AND $ids IS NULL AND $kinds IS NULL AND $statuses IS NULL AND $nameContains IS NULL
    AND $areaIds IS NULL AND $task IS NULL AND $orderBy <> 'NAME_EN_ASC' THEN $industry END})
WHERE hub:Industry AND COUNT { (hub)--() } = COUNT { (hub)<-[:IN_INDUSTRY]-() } + COUNT { (hub)<-[:STRONG_IN]-() }
  + COUNT { (hub)<-[:CONCERNS]-() } + COUNT { (hub)-[:PART_OF]-() }
WITH hub, CASE WHEN hub IS NOT NULL THEN
    CASE WHEN $labels IS NULL OR 'Enterprise' IN $labels THEN COUNT { (hub)<-[:IN_INDUSTRY]-() } ELSE 0 END
    + size(COLLECT { MATCH (hub)-[:STRONG_IN|CONCERNS|PART_OF]-(n:Entity)
        WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)) AND NOT (n)-[:IN_INDUSTRY]->(hub)
        RETURN DISTINCT n })
  END AS hubCount
// A long list of such an industry is read from the name or id index in order, keeping the
// industry's neighbours (the dense plan below); a short one is read and sorted as any other.
WITH hub, hubCount, coalesce(hubCount * hubCount > 4 * ($first + 1) * COUNT { (:Entity) }, false) AS dense
OPTIONAL CALL (dense) {
  UNWIND CASE $anchor WHEN 'ids' THEN $ids ELSE [] END AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (task:Entity {id: CASE $anchor WHEN 'task' THEN $task END})--(n:Entity)
  WHERE task:Task
  RETURN n
  UNION
  MATCH (industry:Entity {id: CASE WHEN $anchor = 'industry' AND NOT dense THEN $industry END})--(n:Entity)
  WHERE industry:Industry
  RETURN n
  UNION
  UNWIND CASE $anchor WHEN 'area' THEN $areaIds ELSE [] END AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  UNWIND CASE $anchor WHEN 'idPrefixes' THEN $idPrefixes ELSE [] END AS prefix
  MATCH (n:Entity) WHERE n.id STARTS WITH prefix
  RETURN n
}
WITH hub, hubCount, dense, [n IN collect(n) WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)] AS candidates
// Most lists have one filter besides the labels, the anchor's: then nothing is left to check.
WITH hub, hubCount, dense, CASE
  WHEN ($ids IS NULL OR $anchor = 'ids') AND $kinds IS NULL AND $statuses IS NULL AND $nameContains IS NULL
    AND ($areaIds IS NULL OR $anchor = 'area') AND ($industry IS NULL OR $anchor = 'industry') AND ($task IS NULL OR $anchor = 'task')
  THEN candidates
  ELSE [n IN candidates WHERE ($ids IS NULL OR $anchor = 'ids' OR n.id IN $ids)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($statuses IS NULL OR n.status IN $statuses)
    AND ($nameContains IS NULL
         OR toLower(n.name) CONTAINS toLower($nameContains)
         OR toLower(n.nameEn) CONTAINS toLower($nameContains)
         OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
    AND ($areaIds IS NULL OR $anchor = 'area' OR n.id IN $areaIds)
    AND ($industry IS NULL OR $anchor = 'industry' OR EXISTS { (n)--(:Industry {id: $industry}) })
    AND ($task IS NULL OR $anchor = 'task' OR EXISTS { (n)--(:Task {id: $task}) })]
END AS matched
// The page of a long list is read from the name or id index in order from the cursor (the hint
// keeps that plan when Neo4j's statistics are behind the graph, as after a bulk load), keeping
// the matches: that reads about first × entities / matches index entries instead of the sort key
// of every match (an entity's name is never null). A short list, or one by English name, is
// sorted whole. Pages are keyset pages: the items after the cursor's sort key ($afterValue, the
// order's value, and $afterId), `first + 1` of them (the one more says whether a next page exists).
WITH hub, dense, CASE WHEN dense THEN hubCount ELSE size(matched) END AS totalCount, matched,
  dense OR size(matched) * size(matched) > 4 * ($first + 1) * COUNT { (:Entity) } AS byIndex
CALL (matched, byIndex, dense, hub) {
  CALL (matched, byIndex, dense, hub) {
    MATCH (n:Entity)
    USING INDEX n:Entity(name)
    WHERE n.name >= CASE WHEN byIndex AND $orderBy = 'NAME_ASC' THEN coalesce($afterValue, '') END AND CASE WHEN dense THEN (EXISTS { (n)-[:IN_INDUSTRY]->(hub) } OR EXISTS { (n)-[:STRONG_IN|CONCERNS|PART_OF]-(hub) }) AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)) ELSE n IN matched END
      AND ($afterId IS NULL OR n.name > $afterValue OR n.id > $afterId)
    WITH n ORDER BY n.name, n.id LIMIT toInteger($first) + 1
    RETURN n
    UNION ALL
    MATCH (n:Entity)
    USING INDEX n:Entity(name)
    WHERE n.name <= CASE WHEN byIndex AND $orderBy = 'NAME_DESC' THEN coalesce($afterValue, '\uffff') END AND CASE WHEN dense THEN (EXISTS { (n)-[:IN_INDUSTRY]->(hub) } OR EXISTS { (n)-[:STRONG_IN|CONCERNS|PART_OF]-(hub) }) AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)) ELSE n IN matched END
      AND ($afterId IS NULL OR n.name < $afterValue OR n.id > $afterId)
    WITH n ORDER BY n.name DESC, n.id LIMIT toInteger($first) + 1
    RETURN n
    UNION ALL
    MATCH (n:Entity)
    USING INDEX n:Entity(id)
    WHERE n.id >= CASE WHEN byIndex AND $orderBy = 'ID_ASC' THEN coalesce($afterId, '') END AND CASE WHEN dense THEN (EXISTS { (n)-[:IN_INDUSTRY]->(hub) } OR EXISTS { (n)-[:STRONG_IN|CONCERNS|PART_OF]-(hub) }) AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)) ELSE n IN matched END
      AND ($afterId IS NULL OR n.id > $afterId)
    WITH n ORDER BY n.id LIMIT toInteger($first) + 1
    RETURN n
  }
  RETURN collect(n) AS indexPage
}
// The whole sort runs on rows that hold one entity: a subquery would give every buffered row the
// list of matches too, which Neo4j's memory accounting counts once per row. The null row keeps
// one row when there is nothing to sort.
WITH totalCount, indexPage, CASE WHEN byIndex AND $orderBy <> 'NAME_EN_ASC' THEN [] ELSE [n IN matched WHERE $afterId IS NULL OR CASE $orderBy
  WHEN 'NAME_ASC' THEN n.name > $afterValue OR (n.name = $afterValue AND n.id > $afterId)
  WHEN 'NAME_DESC' THEN n.name < $afterValue OR (n.name = $afterValue AND n.id > $afterId)
  WHEN 'NAME_EN_ASC' THEN n.nameEn > $afterValue OR (n.nameEn = $afterValue AND n.id > $afterId)
  ELSE n.id > $afterId
END] END AS unsorted
UNWIND unsorted + [null] AS n
WITH totalCount, indexPage, n ORDER BY
  CASE $orderBy WHEN 'NAME_ASC' THEN n.name WHEN 'NAME_EN_ASC' THEN n.nameEn WHEN 'ID_ASC' THEN n.id END ASC,
  CASE $orderBy WHEN 'NAME_DESC' THEN n.name END DESC,
  n.id ASC
WITH totalCount, indexPage, collect(n) AS sorted
RETURN totalCount, [n IN indexPage + sorted[0..toInteger($first) + 1] | n {.*, labels: labels(n)}] AS nodes

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
