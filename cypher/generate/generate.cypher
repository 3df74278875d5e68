// The synthetic graph for scale tests (src/generate/): loaded in batches, one transaction each,
// every node and relationship marked `synthetic: true` with its source note. Every synthetic
// relationship starts at a synthetic node, so deleting those nodes deletes them all.

// @name generateEntityLabels
// The label of each id (null when no entity has it): are the curated entities the synthetic
// graph links to there, and is a stored synthetic graph the one asked for.
// @param ids: string[]
// @returns id, label
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label

// @name generateSyntheticNodeCounts
// Synthetic nodes by label, with the source notes that say which runs made them.
// @returns label, count, notes
MATCH (n:Entity)
WHERE n.synthetic = true
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, count(*) AS count, collect(DISTINCT n.sourceNotes[0]) AS notes

// @name generateSyntheticRelationshipCounts
// @returns type, count
MATCH (n:Entity)-[r]->()
WHERE n.synthetic = true AND r.synthetic = true
RETURN type(r) AS type, count(*) AS count

// @name generateCreateNodes
// One batch of one label. Generation starts only on a database without synthetic nodes, so the
// ids are new: CREATE, which need not look for an existing node first.
// @param label: string
// @param nodes: { id, ...properties }[]
// @param sourceNotes: string[]
UNWIND $nodes AS properties
CREATE (n:Entity:$($label))
SET n = properties, n.synthetic = true, n.sourceNotes = $sourceNotes

// @name generateCreateRelationships
// One batch of one type; both ends exist (nodes are loaded first) and are found through the
// unique Entity.id constraint.
// @param type: string
// @param relationships: { from, to, properties }[]
// @param sourceNotes: string[]
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.properties, r.synthetic = true, r.sourceNotes = $sourceNotes

// @name generateSyntheticDegrees
// Every synthetic node with its number of relationships (from the degree store, not by reading
// them), so that the deletion can be cut into transactions of bounded size.
// @returns id, degree
MATCH (n:Entity)
WHERE n.synthetic = true
RETURN n.id AS id, COUNT { (n)--() } AS degree

// @name generateDeleteNodes
// One batch of synthetic nodes, with all their relationships.
// @param ids: string[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n

// @name generateFillEmptyLists
// After a bulk import, which stores no empty lists: `key` of the synthetic nodes of `label` that
// were written with an empty list. Run outside an explicit transaction (its own batches).
// @param label: string
// @param key: string
// @param value: map
MATCH (n:Entity)
WHERE n.synthetic = true AND $label IN labels(n) AND n[$key] IS NULL
CALL (n) {
  SET n += $value
} IN TRANSACTIONS OF 50000 ROWS

// @name generateAwaitIndexes
// The indexes of a freshly bulk-loaded database are built from millions of nodes: longer than the
// seed's own wait allows.
// @param seconds: int
CALL db.awaitIndexes($seconds)
