// Reads of the bulk import (src/ingest/import/): everything it checks against the database and
// compares with the file, each one statement for the whole file or for one batch of rows. The
// writes reuse mergeEntities and mergeRelationships of merge.cypher, as the seed does.

// @name importEntityLabels
// Which of the link targets exist, and with which labels: one statement for the whole file.
// @param ids: string[]
// @returns id, labels
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, labels(n) AS labels

// @name importEnterprisesNamed
// Enterprises whose name is one of $names (given in lowercase), compared ignoring case as the
// mutations compare names. One scan of the label, whatever the number of names.
// @param names: string[]
// @returns name, id
MATCH (n:Enterprise)
WHERE n:Entity AND toLower(n.name) IN $names
RETURN toLower(n.name) AS name, n.id AS id

// @name importCitedParagraphs
// The stored text of each cited paragraph (id `<source>#<number>`), and whether its source exists.
// @param paragraphs: { id, source }[]
// @returns id, sourceExists, text
UNWIND $paragraphs AS cited
OPTIONAL MATCH (s:Source {id: cited.source})
OPTIONAL MATCH (p:Paragraph {id: cited.id})
RETURN cited.id AS id, s IS NOT NULL AS sourceExists, p.text AS text

// @name importStoredRows
// What is stored for one batch of rows that exist: labels, properties, and the relationships of
// the import's types from the row (and, for the types stored once per pair, to it), keyed
// `<from>|<type>|<to>`. One index seek per row, whatever its number of links.
// @param ids: string[]
// @param types: string[]
// @param symmetricTypes: string[]
// @returns id, labels, properties, relationships
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, labels(n) AS labels, properties(n) AS properties,
  [(n)-[r]->(m:Entity) WHERE type(r) IN $types | {key: id + '|' + type(r) + '|' + m.id, properties: properties(r)}] +
  [(n)<-[r]-(m:Entity) WHERE type(r) IN $symmetricTypes | {key: m.id + '|' + type(r) + '|' + id, properties: properties(r)}]
    AS relationships
