// @name fulltextEntitySearch
// Names, aliases and summaries in both languages; the cjk analyzer splits Chinese into bigrams.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
