// @name searchCandidates
// Full-text candidates of Query.search, and the version of the names the in-process name index
// was built from, in one round trip: the hits of the `entity_search` full-text index (cjk
// analyzer) over names, aliases and summaries, as lists [id, name, nameEn, aliases, labels]
// with their score (the driver decodes lists faster than maps); the number of entities and the
// newest change record. src/data/search.ts builds the Lucene query from the user's text, and
// matches names with the name matcher (src/data/name-matcher/), which reads no database.
// @param lucene: string | null — escaped Lucene query; null when the text has no full-text term
// @param labels: string[] | null — only entities with one of these labels; null for all
// @param candidateLimit: int — at most this many full-text candidates
// @returns entityCount, lastChangeId, lastChangeAt, hits
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS entityCount
}
CALL () {
  OPTIONAL MATCH (c:Change) WHERE c.at IS NOT NULL
  WITH c ORDER BY c.at DESC LIMIT 1
  RETURN c.id AS lastChangeId, toString(c.at) AS lastChangeAt
}
CALL () {
  WITH $lucene AS lucene
  WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', lucene, {limit: toInteger($candidateLimit)}) YIELD node, score
  WITH node, score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN collect([[node.id, node.name, node.nameEn, node.aliases, labels(node)], score]) AS hits
}
RETURN entityCount, lastChangeId, lastChangeAt, hits

// @name nameIndexEntities
// Every entity's names, for the in-process name index (src/data/name-index-store.ts).
// @returns entity
MATCH (n:Entity)
RETURN [n.id, n.name, n.nameEn, n.aliases, labels(n)] AS entity

// @name nameIndexChangedSince
// The entities named by change records from $since on (ISO date-time), as they are now: a
// deleted one has entity null. For refreshing the name index after writes.
// @param since: string
// @returns id, entity
MATCH (c:Change) WHERE c.at >= datetime($since)
UNWIND c.entityIds AS id
WITH DISTINCT id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, CASE WHEN n IS NULL THEN null ELSE [n.id, n.name, n.nameEn, n.aliases, labels(n)] END AS entity
