// @name searchCandidates
// Candidates of Query.search, in one round trip: the hits of the `entity_search` full-text
// index (cjk analyzer) plus the entities whose name, English name or an alias contains the
// text, or all of its terms, case-insensitively. The CONTAINS branch is the fallback for what
// the bigram index cannot find: a single Chinese character (港), infixes of English words,
// terms split by punctuation. src/data/search.ts builds every parameter from the user's text,
// ranks the candidates and keeps the first ones. Candidates carry only what ranking reads, as
// lists [id, name, nameEn, aliases, labels], which the driver decodes faster than maps.
// @param lucene: string | null — escaped Lucene query; null when the text has no full-text term
// @param needle: string — the whole text, normalised and lower-cased
// @param terms: string[] — its words and Chinese runs, lower-cased; empty when it has none
// @param labels: string[] | null — only entities with one of these labels; null for all
// @param candidateLimit: int — at most this many candidates from each branch
// @returns entity, fulltextScore
CALL () {
  WITH $lucene AS lucene
  WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', lucene, {limit: toInteger($candidateLimit)}) YIELD node, score
  WITH node, score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN collect({node: node, score: score}) AS indexed
}
// The CONTAINS branch reads every entity, so it runs only when the index gives fewer than
// $candidateLimit candidates: a text with that many hits has its best matches among them.
CALL (indexed) {
  UNWIND CASE WHEN size(indexed) < $candidateLimit THEN [true] ELSE [] END AS needed
  MATCH (node:Entity)
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  WITH node, [s IN [node.name, node.nameEn] + coalesce(node.aliases, []) WHERE s IS NOT NULL | toLower(s)] AS names
  WHERE any(s IN names WHERE s CONTAINS $needle)
     OR (size($terms) > 0 AND all(t IN $terms WHERE any(s IN names WHERE s CONTAINS t)))
  WITH node ORDER BY size(node.name), node.id LIMIT toInteger($candidateLimit)
  RETURN collect({node: node, score: null}) AS contained
}
UNWIND indexed + contained AS candidate
WITH candidate.node AS node, max(candidate.score) AS fulltextScore
RETURN [node.id, node.name, node.nameEn, node.aliases, labels(node)] AS entity, fulltextScore
