// Reads of the backup export (src/backup/export.ts): every kind of record in pages ordered by its
// unique id (an index seek per page), all inside the export's one read transaction.

// @name backupFingerprint
// What changes with every write: node and relationship counts (from the count store) and the
// newest change record. Equal before and after an export means no write ran during it.
// @returns nodes, relationships, lastChange, entities
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  OPTIONAL MATCH (c:Change)
  WITH c ORDER BY c.at DESC, c.id DESC
  LIMIT 1
  RETURN c.id AS lastChange
}
RETURN nodes, relationships, lastChange, entities

// @name backupEntities
// One page of entities in id order, each with its outgoing relationships to entities.
// @param after: string
// @param limit: int
// @returns id, labels, properties, relationships
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id
LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  [(n)-[r]->(m:Entity) | {type: type(r), to: m.id, properties: properties(r)}] AS relationships

// @name backupSources
// Every source document with its paragraphs.
// @returns source, paragraphs
MATCH (s:Source)
RETURN s {.*, addedAt: toString(s.addedAt)} AS source,
  [(s)-[:HAS_PARAGRAPH]->(p:Paragraph) | properties(p)] AS paragraphs
ORDER BY s.id

// @name backupChanges
// One page of change records in id order, with the entities their CHANGED relationships reach.
// @param after: string
// @param limit: int
// @returns id, record, changed
MATCH (c:Change)
WHERE c.id > $after
WITH c ORDER BY c.id
LIMIT $limit
RETURN c.id AS id, c {.*, at: toString(c.at)} AS record, [(c)-[:CHANGED]->(e:Entity) | e.id] AS changed

// @name backupProgressUpdates
// One page of progress updates in id order, with the entities they hang from.
// @param after: string
// @param limit: int
// @returns id, record, entities
MATCH (p:ProgressUpdate)
WHERE p.id > $after
WITH p ORDER BY p.id
LIMIT $limit
RETURN p.id AS id, p {.*, recordedAt: toString(p.recordedAt)} AS record, [(e:Entity)-[:HAS_PROGRESS]->(p) | e.id] AS entities

// @name backupMentions
// One page of the mentions of sources in id order.
// @param after: string
// @param limit: int
// @returns id, record
MATCH (m:Mention)
WHERE m.id > $after
WITH m ORDER BY m.id
LIMIT $limit
RETURN m.id AS id, m {.*} AS record

// @name backupFactCandidates
// One page of fact candidates in id order, with their review state.
// @param after: string
// @param limit: int
// @returns id, record
MATCH (c:FactCandidate)
WHERE c.id > $after
WITH c ORDER BY c.id
LIMIT $limit
RETURN c.id AS id, c {.*, proposedAt: toString(c.proposedAt), reviewedAt: toString(c.reviewedAt)} AS record
