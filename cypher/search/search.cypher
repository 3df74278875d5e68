// @name searchCandidates
// The candidates of Query.search in one round trip: the entities whose name keys (the folded
// names, their pinyin and initials, written with the names: src/data/name-keys.ts) best match
// the text's keys in the `entity_names` full-text index, which the name matcher then scores
// (src/data/name-matcher/); and the hits of the `entity_search` full-text index (cjk analyzer)
// over names, aliases and summaries. Entities as lists [id, name, nameEn, aliases, labels] (the
// driver decodes lists faster than maps). src/data/search.ts builds both Lucene queries from
// the user's text, which becomes parameters only.
// @param nameQuery: string | null — Lucene query of name keys; null when the text has none
// @param nameLimit: int — at most this many name candidates
// @param lucene: string | null — escaped Lucene query; null when the text has no full-text term
// @param labels: string[] | null — only entities with one of these labels; null for all
// @param candidateLimit: int — at most this many full-text candidates
// @returns names, hits
CALL () {
  WITH $nameQuery AS nameQuery
  WHERE nameQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', nameQuery, {limit: toInteger($nameLimit)}) YIELD node
  RETURN collect([node.id, node.name, node.nameEn, node.aliases, labels(node)]) AS names
}
CALL () {
  WITH $lucene AS lucene
  WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', lucene, {limit: toInteger($candidateLimit)}) YIELD node, score
  WITH node, score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN collect([[node.id, node.name, node.nameEn, node.aliases, labels(node)], score]) AS hits
}
RETURN names, hits

// @name documentNameCandidates
// The entities a document may name: per query (src/data/name-matcher/document-keys.ts: the
// names written at some positions of its text, or the names holding a name written and a pair
// of characters around it), the entities whose name keys match.
// @param queries: string[]
// @param limit: int — entities per query at most
// @returns entity
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes('entity_names', query, {limit: toInteger($limit)}) YIELD node
WITH DISTINCT node
RETURN [node.id, node.name, node.nameEn, node.aliases, labels(node)] AS entity

// @name documentPairNames
// The entities holding a pair of characters of a document's text, for each pair that at most
// $limit entities hold: a pair more hold says little about which one a short form stands for,
// and reading its postings per document is what does not scale.
// @param pairs: string[] — pairs of Chinese characters (no Lucene syntax in them)
// @param limit: int — pairs held by more entities than this are skipped
// @returns entity
UNWIND $pairs AS pair
CALL (pair) {
  CALL db.index.fulltext.queryNodes('entity_names', pair, {limit: toInteger($limit) + 1}) YIELD node
  RETURN collect(node) AS holders
}
WITH holders WHERE size(holders) <= $limit
UNWIND holders AS node
WITH DISTINCT node
RETURN [node.id, node.name, node.nameEn, node.aliases, labels(node)] AS entity
