// @name fulltextEntitySearch
// Names, aliases and summaries in both languages; the cjk analyzer splits Chinese into bigrams.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }

// @name fulltextEntityNames
// The name keys of entities (src/data/name-matcher/keys.ts): already folded and split into
// keys, so the whitespace analyzer keeps them as written.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.nameKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } }
