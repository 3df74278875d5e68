// @name recordChange
// One audit record, written in the caller's transaction, with a CHANGED relationship to each
// entity it names that exists at this point. `at` is the database clock when the record is
// written (after the mutation took its locks), so records of one entity sort in commit order.
// @param change: { id, actor, role, operation, entityIds, changes, citationSources, citationParagraphs, citationQuotes, sourceNotes }
// @returns id, at
CREATE (c:Change)
SET c = $change, c.at = datetime.realtime('UTC')
WITH c
CALL (c) {
  UNWIND c.entityIds AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (c)-[:CHANGED]->(e)
}
RETURN c.id AS id, toString(c.at) AS at

// @name changesOf
// The audit records naming an entity (alive or deleted: matched on entityIds, not on CHANGED),
// newest first (at, then id, descending); $afterId is the last record of the previous page.
// cursorValid is false when $afterId names no record of this entity.
// @param entityId: string
// @param afterId: string | null
// @param first: int
// @returns totalCount, cursorValid, hasNextPage, changes
OPTIONAL MATCH (cursor:Change {id: $afterId})
CALL () {
  MATCH (c:Change) WHERE $entityId IN c.entityIds
  WITH c ORDER BY c.at DESC, c.id DESC
  RETURN collect(c) AS matched
}
WITH cursor, matched,
  [c IN matched WHERE cursor IS NULL OR c.at < cursor.at OR (c.at = cursor.at AND c.id < cursor.id)] AS rest
RETURN
  size(matched) AS totalCount,
  $afterId IS NULL OR (cursor IS NOT NULL AND $entityId IN cursor.entityIds) AS cursorValid,
  size(rest) > $first AS hasNextPage,
  [c IN rest[0..$first] | c {.*, at: toString(c.at)}] AS changes
