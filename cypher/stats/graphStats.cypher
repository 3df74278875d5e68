// @name graphStats
// Counts come from the count store, so this stays cheap on a large graph.
// @returns nodeCount, relationshipCount, labels, neo4jVersion
CALL () { MATCH (n) RETURN count(n) AS nodeCount }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
// db.labels() also lists labels whose nodes are all gone; keep those still in use.
CALL () {
  CALL db.labels() YIELD label
  WITH label WHERE EXISTS { MATCH (:$(label)) }
  WITH label ORDER BY label
  RETURN collect(label) AS labels
}
CALL () { CALL dbms.components() YIELD versions RETURN versions[0] AS neo4jVersion }
RETURN nodeCount, relationshipCount, labels, neo4jVersion

// @name ping
// The cheapest statement that proves the database answers.
RETURN 1 AS ok
