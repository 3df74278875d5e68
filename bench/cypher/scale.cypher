// @name benchGraphScale
// What the benchmark ran on: node and relationship counts and the Neo4j version.
// @returns nodes, relationships, entities, enterprises, neo4jVersion
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Enterprise) RETURN count(n) AS enterprises }
CALL dbms.components() YIELD name, versions
WITH nodes, relationships, entities, enterprises, name, versions WHERE name = 'Neo4j Kernel'
RETURN nodes, relationships, entities, enterprises, versions[0] AS neo4jVersion
