// @name mergeSources
// Source documents and their numbered paragraphs, the targets of every citation.
// @param sources: { id, properties, paragraphs: { number, text }[] }[]
UNWIND $sources AS s
MERGE (source:Source {id: s.id})
SET source += s.properties
WITH source, s
UNWIND s.paragraphs AS p
MERGE (paragraph:Paragraph {id: s.id + '#' + p.number})
SET paragraph.source = s.id, paragraph.number = p.number, paragraph.text = p.text
MERGE (source)-[:HAS_PARAGRAPH]->(paragraph)

// @name mergeEntities
// @param nodes: { id, label, properties }[]
UNWIND $nodes AS n
MERGE (e:Entity {id: n.id})
SET e += n.properties
SET e:$(n.label)

// @name mergeRelationships
// Both ends exist: the dataset was validated and its nodes merged first, in the same transaction.
// @param relationships: { from, type, to, properties }[]
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[rel:$(r.type)]->(b)
SET rel += r.properties

// @name countEntities
// @returns count
MATCH (n:Entity) RETURN count(n) AS count

// @name awaitIndexes
CALL db.awaitIndexes(60)
