// Statements of the editing mutations (src/editing/). Each runs inside the mutation's one write
// transaction; the lock statements come first, so what a mutation reads as "before" is what it
// replaces, however many editors write at once.

// @name paragraphText
// The text of a stored paragraph (`<source>#<number>`); sourceExists tells an unknown source
// from an unknown paragraph.
// @param sourceId: string
// @param paragraphId: string
// @returns sourceExists, text
OPTIONAL MATCH (s:Source {id: $sourceId})
OPTIONAL MATCH (p:Paragraph {id: $paragraphId})
RETURN s IS NOT NULL AS sourceExists, p.text AS text

// @name lockLabel
// Takes the write lock of the label's lock node until the transaction ends: creates and renames
// within a label queue here, so two of them cannot both find a name free.
// @param key: string
MERGE (l:EditLock {key: $key})
SET l.editLock = true
REMOVE l.editLock

// @name lockEntities
// Takes the write lock of each entity (in id order, so two mutations locking the same pair do
// not deadlock), then reads it: the values read are the latest committed ones and stay so until
// this transaction ends. Ids without an entity are missing from the result.
// @param ids: string[]
// @returns node
MATCH (n:Entity) WHERE n.id IN $ids
WITH n ORDER BY n.id
SET n.editLock = true
REMOVE n.editLock
RETURN n {.*, labels: labels(n)} AS node

// @name nameTaken
// Another entity of the label with this name, compared case-insensitively; null when none.
// @param label: string
// @param name: string
// @param exceptId: string | null
// @returns id
OPTIONAL MATCH (n:$($label))
WHERE n:Entity AND toLower(n.name) = toLower($name) AND ($exceptId IS NULL OR n.id <> $exceptId)
WITH n ORDER BY n.id
LIMIT 1
RETURN n.id AS id

// @name idsLike
// Ids in use that are $base or $base followed by a hyphen and more.
// @param base: string
// @returns ids
OPTIONAL MATCH (n:Entity)
WHERE n.id = $base OR n.id STARTS WITH $base + '-'
RETURN collect(n.id) AS ids

// @name createEntity
// @param id: string
// @param label: string
// @param properties: map
// @returns node
CREATE (n:Entity {id: $id})
SET n:$($label)
SET n += $properties
RETURN n {.*, labels: labels(n)} AS node

// @name setEntityProperties
// Sets the given properties; a null value removes the property.
// @param id: string
// @param properties: map
// @returns node
MATCH (n:Entity {id: $id})
SET n += $properties
RETURN n {.*, labels: labels(n)} AS node

// @name entityNeighbourhood
// What deleting an entity removes besides itself: its relationships to entities and its
// progress updates, as they are.
// @param id: string
// @returns relationships, progress
MATCH (n:Entity {id: $id})
RETURN
  [(n)-[r]->(m:Entity) | {from: n.id, type: type(r), to: m.id, properties: properties(r)}]
    + [(n)<-[r]-(m:Entity) WHERE m <> n | {from: m.id, type: type(r), to: n.id, properties: properties(r)}] AS relationships,
  [(n)-[:HAS_PROGRESS]->(p:ProgressUpdate) | p {.*, recordedAt: toString(p.recordedAt)}] AS progress

// @name deleteEntity
// Removes the entity, its relationships and its progress updates (change records stay).
// @param id: string
// @returns deleted
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_PROGRESS]->(p:ProgressUpdate)
  DETACH DELETE p
}
DETACH DELETE n
RETURN count(*) AS deleted

// @name relationshipProperties
// The properties of `from -type-> to`, and of `to -type-> from`; null where there is none.
// @param from: string
// @param type: string
// @param to: string
// @returns forward, backward
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH (a)-[f:$($type)]->(b)
OPTIONAL MATCH (b)-[r:$($type)]->(a)
RETURN properties(f) AS forward, properties(r) AS backward

// @name createRelationship
// @param from: string
// @param type: string
// @param to: string
// @param properties: map
// @returns properties
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $properties
RETURN properties(r) AS properties

// @name replaceRelationshipProperties
// Replaces every property of `from -type-> to` with $properties.
// @param from: string
// @param type: string
// @param to: string
// @param properties: map
// @returns properties
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
SET r = $properties
RETURN properties(r) AS properties

// @name deleteRelationship
// Removes `from -type-> to`; the result is empty when there was none.
// @param from: string
// @param type: string
// @param to: string
// @returns properties
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
WITH r, properties(r) AS properties
DELETE r
RETURN properties

// @name createProgressUpdate
// A progress update on the entity; recordedAt is the database clock.
// @param entityId: string
// @param progress: map
// @returns progress
MATCH (e:Entity {id: $entityId})
CREATE (e)-[:HAS_PROGRESS]->(p:ProgressUpdate)
SET p = $progress, p.recordedAt = datetime.realtime()
RETURN p {.*, recordedAt: toString(p.recordedAt)} AS progress

// @name progressPages
// One page of progress updates per key, newest date first, then newest recorded, then id: the
// `first + 1` after the sort key `after` ([date, recordedAt, id] of the update before; null: from
// the start).
// @param keys: { id: string, after: [string, string, string] | null, first: int }[]
// @returns totalCount, items
UNWIND $keys AS k
CALL (k) {
  OPTIONAL MATCH (:Entity {id: k.id})-[:HAS_PROGRESS]->(p:ProgressUpdate)
  WITH p ORDER BY p.date DESC, p.recordedAt DESC, p.id DESC
  WITH collect(p) AS updates
  WITH updates, CASE WHEN k.after IS NULL THEN null ELSE datetime(k.after[1]) END AS afterRecorded
  WITH updates, [p IN updates WHERE k.after IS NULL
    OR p.date < k.after[0]
    OR (p.date = k.after[0] AND (p.recordedAt < afterRecorded OR (p.recordedAt = afterRecorded AND p.id < k.after[2])))] AS rest
  RETURN size(updates) AS totalCount, [p IN rest[0..(k.first + 1)] | p {.*, recordedAt: toString(p.recordedAt)}] AS items
}
RETURN totalCount, items
