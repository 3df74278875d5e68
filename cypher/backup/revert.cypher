// Statements of `npm run revert` (src/backup/revert.ts), run in its one write transaction. The
// entity and relationship writes reuse those of the editing mutations (cypher/editing/).

// @name revertChangeRecord
// The change record to undo; empty when there is none.
// @param id: string
// @returns record
MATCH (c:Change {id: $id})
RETURN c {.*, at: toString(c.at)} AS record

// @name revertLaterChanges
// Change records written after $id that name any entity it names: while there are any, the
// change cannot be undone without undoing theirs.
// @param id: string
// @returns id, at, operation, actor, shared
MATCH (c:Change {id: $id})
MATCH (later:Change)
WHERE (later.at > c.at OR (later.at = c.at AND later.id > c.id))
  AND any(entityId IN later.entityIds WHERE entityId IN c.entityIds)
RETURN later.id AS id, toString(later.at) AS at, later.operation AS operation, later.actor AS actor,
  [entityId IN later.entityIds WHERE entityId IN c.entityIds] AS shared
ORDER BY later.at, later.id

// @name revertRelationships
// The properties of each relationship `from -type-> to`; null where there is none.
// @param keys: { from, type, to }[]
// @returns from, type, to, properties
UNWIND $keys AS k
OPTIONAL MATCH (:Entity {id: k.from})-[r]->(:Entity {id: k.to})
WHERE type(r) = k.type
RETURN k.from AS from, k.type AS type, k.to AS to, properties(r) AS properties

// @name revertProgressUpdates
// The stored progress updates among $ids.
// @param ids: string[]
// @returns id, progress
UNWIND $ids AS id
MATCH (p:ProgressUpdate {id: id})
RETURN id, p {.*, recordedAt: toString(p.recordedAt)} AS progress

// @name revertDeleteEntity
// Deletes an entity the change created, only when nothing but change records is linked to it.
// @param id: string
// @returns deleted
MATCH (n:Entity {id: $id})
WHERE NOT EXISTS { (n)--(m) WHERE NOT m:Change }
DETACH DELETE n
RETURN count(*) AS deleted

// @name revertDeleteProgressUpdate
// @param id: string
// @returns deleted
MATCH (p:ProgressUpdate {id: $id})
DETACH DELETE p
RETURN count(*) AS deleted

// @name revertCreateProgressUpdate
// A deleted progress update back as it was, on its entity.
// @param entityId: string
// @param recordedAt: string
// @param properties: map
// @returns created
MATCH (e:Entity {id: $entityId})
CREATE (e)-[:HAS_PROGRESS]->(p:ProgressUpdate)
SET p = $properties, p.recordedAt = datetime($recordedAt)
RETURN count(p) AS created
