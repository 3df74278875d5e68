// Writes of the restore (src/backup/restore.ts). Sources, entities and relationships reuse the
// seed's MERGE statements (cypher/ingest/merge.cypher); these add the records the dataset format
// of data/ does not have. All merge on ids, so running a restore again changes nothing.

// @name restoreForeignRecords
// What the database holds that the backup does not, by kind: a count and a few ids. All zero:
// the database is empty, or holds (part of) this backup.
// @param entityIds: string[]
// @param sourceIds: string[]
// @param changeIds: string[]
// @param progressIds: string[]
// @param mentionIds: string[]
// @param candidateIds: string[]
// @returns entities, sources, changes, progress, mentions, candidates, sample
CALL () {
  MATCH (n:Entity) WHERE NOT n.id IN $entityIds
  RETURN count(n) AS entities, collect(n.id)[0..5] AS entitySample
}
CALL () {
  MATCH (s:Source) WHERE NOT s.id IN $sourceIds
  RETURN count(s) AS sources, collect(s.id)[0..5] AS sourceSample
}
CALL () {
  MATCH (c:Change) WHERE NOT c.id IN $changeIds
  RETURN count(c) AS changes, collect(c.id)[0..5] AS changeSample
}
CALL () {
  MATCH (p:ProgressUpdate) WHERE NOT p.id IN $progressIds
  RETURN count(p) AS progress, collect(p.id)[0..5] AS progressSample
}
CALL () {
  MATCH (m:Mention) WHERE NOT m.id IN $mentionIds
  RETURN count(m) AS mentions, collect(m.id)[0..5] AS mentionSample
}
CALL () {
  MATCH (c:FactCandidate) WHERE NOT c.id IN $candidateIds
  RETURN count(c) AS candidates, collect(c.id)[0..5] AS candidateSample
}
RETURN entities, sources, changes, progress, mentions, candidates,
  entitySample + sourceSample + changeSample + progressSample + mentionSample + candidateSample AS sample

// @name restoreSources
// Source documents with every stored property (addedAt a date-time again) and their numbered paragraphs.
// @param sources: { id, properties, addedAt, paragraphs: { number, text }[] }[]
UNWIND $sources AS s
MERGE (source:Source {id: s.id})
SET source = s.properties, source.id = s.id, source.addedAt = CASE WHEN s.addedAt IS NULL THEN null ELSE datetime(s.addedAt) END
WITH source, s
UNWIND s.paragraphs AS p
MERGE (paragraph:Paragraph {id: s.id + '#' + p.number})
SET paragraph.source = s.id, paragraph.number = p.number, paragraph.text = p.text
MERGE (source)-[:HAS_PARAGRAPH]->(paragraph)

// @name restoreChanges
// Change records as they were, with CHANGED to the entities listed in `changed`.
// @param records: { id, at, properties, changed: string[] }[]
UNWIND $records AS r
MERGE (c:Change {id: r.id})
SET c = r.properties, c.id = r.id, c.at = datetime(r.at)
WITH c, r
CALL (c, r) {
  UNWIND r.changed AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (c)-[:CHANGED]->(e)
}

// @name restoreProgressUpdates
// Progress updates as they were, each hanging from its entity.
// @param records: { id, entityId, recordedAt, properties }[]
UNWIND $records AS r
MATCH (e:Entity {id: r.entityId})
MERGE (p:ProgressUpdate {id: r.id})
SET p = r.properties, p.id = r.id, p.entityId = r.entityId, p.recordedAt = datetime(r.recordedAt)
MERGE (e)-[:HAS_PROGRESS]->(p)

// @name restoreTargetState
// Whether the database holds entities, and relationships between them, yet: an empty one is
// written with CREATE (no lookup per row), one a restore was interrupted in with MERGE.
// @returns entities, relationships
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN entities, relationships

// @name restoreCreateEntities
// Entities into a database that holds none: the same properties and labels as mergeEntities.
// @param nodes: { id, label, properties }[]
UNWIND $nodes AS n
CREATE (e:Entity {id: n.id})
SET e += n.properties
SET e:$(n.label)

// @name restoreCreateRelationships
// Relationships into a database that holds none between entities; both ends were written first.
// @param relationships: { from, type, to, properties }[]
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
CREATE (a)-[rel:$(r.type)]->(b)
SET rel += r.properties

// @name restoreMentions
// Mentions as they were: plain nodes naming their source and the entities they may stand for.
// @param records: { id, properties }[]
UNWIND $records AS r
MERGE (m:Mention {id: r.id})
SET m = r.properties

// @name restoreFactCandidates
// Fact candidates as they were, review state included.
// @param records: { id, proposedAt, reviewedAt, properties }[]
UNWIND $records AS r
MERGE (c:FactCandidate {id: r.id})
SET c = r.properties,
  c.proposedAt = CASE WHEN r.proposedAt IS NULL THEN null ELSE datetime(r.proposedAt) END,
  c.reviewedAt = CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END

// @name restoreCounts
// What the database holds after a restore, to compare with the backup's manifest.
// @returns entities, relationships, sources, paragraphs, changes, progress
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (p:Paragraph) RETURN count(p) AS paragraphs }
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
CALL () { MATCH (p:ProgressUpdate) RETURN count(p) AS progress }
RETURN entities, relationships, sources, paragraphs, changes, progress
