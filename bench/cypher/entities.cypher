// @name benchEntityById
// An enterprise with the first 20 entities of each of its typed relationship fields (by name, then
// id) and their counts: Enterprise.industries, locatedIn, expandsTo, cooperatesWith (either way)
// and people of the API. Null when no enterprise has the id.
// @param id: string
// @returns entity
MATCH (n:Entity {id: $id})
WHERE n:Enterprise
CALL (n) {
  MATCH (n)-[:IN_INDUSTRY]->(m:Industry)
  WITH m ORDER BY m.name, m.id LIMIT 20
  RETURN collect({node: m {.id, .name}}) AS industries
}
CALL (n) {
  MATCH (n)-[r:LOCATED_IN]->(m:Entity)
  WITH r, m ORDER BY m.name, m.id LIMIT 20
  RETURN collect({node: m {.id, .name, type: [l IN labels(m) WHERE l <> 'Entity'][0]}, basis: r.basis}) AS locatedIn
}
CALL (n) {
  MATCH (n)-[r:EXPANDS_TO]->(m:Entity)
  WITH r, m ORDER BY m.name, m.id LIMIT 20
  RETURN collect({node: m {.id, .name, type: [l IN labels(m) WHERE l <> 'Entity'][0]}, stage: r.stage}) AS expandsTo
}
CALL (n) {
  MATCH (n)-[r:COOPERATES_WITH]-(m:Entity)
  WITH r, m ORDER BY m.name, m.id LIMIT 20
  RETURN collect({node: m {.id, .name, type: [l IN labels(m) WHERE l <> 'Entity'][0]}, basis: r.basis, mode: r.mode}) AS cooperatesWith
}
CALL (n) {
  MATCH (n)<-[r:HOLDS_POSITION]-(m:Person)
  WITH r, m ORDER BY m.name, m.id LIMIT 20
  RETURN collect({node: m {.id, .name}, title: r.title}) AS people
}
RETURN n {
  .id, .name, .nameEn, .aliases, .businessType,
  industries: {totalCount: COUNT { (n)-[:IN_INDUSTRY]->(:Industry) }, edges: industries},
  locatedIn: {totalCount: COUNT { (n)-[:LOCATED_IN]->(:Entity) }, edges: locatedIn},
  expandsTo: {totalCount: COUNT { (n)-[:EXPANDS_TO]->(:Entity) }, edges: expandsTo},
  cooperatesWith: {totalCount: COUNT { (n)-[:COOPERATES_WITH]-(:Entity) }, edges: cooperatesWith},
  people: {totalCount: COUNT { (n)<-[:HOLDS_POSITION]-(:Person) }, edges: people}
} AS entity

// @name benchNestedTraversal
// The first 20 tasks by name (then id), the first 20 platforms serving each (SERVES), and the first
// 20 entities lying in each platform (LOCATED_IN), with the count at every level: Query.tasks →
// Task.platforms → Platform.contains of the API.
// @returns totalCount, nodes
CALL () {
  MATCH (t:Task)
  RETURN count(t) AS totalCount
}
MATCH (t:Task)
WITH totalCount, t ORDER BY t.name, t.id LIMIT 20
CALL (t) {
  MATCH (t)<-[:SERVES]-(p:Platform)
  WITH p ORDER BY p.name, p.id LIMIT 20
  CALL (p) {
    MATCH (p)<-[:LOCATED_IN]-(m:Entity)
    WITH m ORDER BY m.name, m.id LIMIT 20
    RETURN collect(m {.id, .name, type: [l IN labels(m) WHERE l <> 'Entity'][0]}) AS contained
  }
  RETURN collect(p {.id, .name, contains: {totalCount: COUNT { (p)<-[:LOCATED_IN]-(:Entity) }, nodes: contained}}) AS platforms
}
RETURN totalCount, collect(t {.id, .name, platforms: {totalCount: COUNT { (t)<-[:SERVES]-(:Platform) }, nodes: platforms}}) AS nodes

// @name benchFilteredList
// One page of the enterprises in an industry, by name then id, and their count:
// Query.enterprises(where: {industry}). IN_INDUSTRY is the only relationship the model allows
// between the two, and only from an enterprise, so the count is the industry's degree.
// @param industry: string
// @param offset: int
// @param first: int
// @returns totalCount, nodes
MATCH (i:Entity {id: $industry})
WHERE i:Industry
CALL (i) {
  MATCH (i)<-[:IN_INDUSTRY]-(n:Enterprise)
  WITH n ORDER BY n.name, n.id SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {.id, .name, .nameEn}) AS nodes
}
RETURN COUNT { (i)<-[:IN_INDUSTRY]-() } AS totalCount, nodes
