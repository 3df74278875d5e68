// @name sourceClashes
// A stored source with the same text (by content hash), and one with the same title, for addSource.
// @param contentHash: string
// @param title: string
// @returns sameText, sameTitle
OPTIONAL MATCH (byHash:Source {contentHash: $contentHash})
WITH byHash LIMIT 1
OPTIONAL MATCH (byTitle:Source) WHERE toLower(byTitle.title) = toLower($title)
WITH byHash, byTitle LIMIT 1
RETURN byHash {.*} AS sameText, byTitle {.*} AS sameTitle

// @name lockSources
// Serialises addSource: two requests adding the same text or title cannot both pass the checks.
MERGE (lock:SourceLock {id: 'sources'})
SET lock.touched = coalesce(lock.touched, 0) + 1

// @name createSource
// A document and its numbered paragraphs, in the shape the seed stores (Source, Paragraph, HAS_PARAGRAPH).
// @param source: { id, title, publisher, publishedOn, url, language, contentHash, addedBy, paragraphCount }
// @param paragraphs: { number, text }[]
// @returns source
CREATE (s:Source)
SET s = $source, s.addedAt = datetime()
WITH s
UNWIND $paragraphs AS p
CREATE (paragraph:Paragraph {id: s.id + '#' + p.number, source: s.id, number: p.number, text: p.text})
CREATE (s)-[:HAS_PARAGRAPH]->(paragraph)
WITH s LIMIT 1
RETURN s {.*, addedAt: toString(s.addedAt)} AS source

// @name sourceList
// Stored sources, the newest first (the seeded ones, which have no addedAt, last).
// @param first: int
// @returns source
MATCH (s:Source)
WITH s ORDER BY s.addedAt DESC, s.id
LIMIT toInteger($first)
RETURN s {.*, addedAt: toString(s.addedAt)} AS source

// @name sourceById
// @param id: string
// @returns source
MATCH (s:Source {id: $id})
RETURN s {.*, addedAt: toString(s.addedAt)} AS source

// @name sourceParagraphs
// A source's paragraphs in order.
// @param id: string
// @returns number, text
MATCH (:Source {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)
RETURN p.number AS number, p.text AS text
ORDER BY p.number

// @name replaceMentions
// A source's mentions, replaced whole: plain nodes naming the entities they may stand for.
// @param source: string
// @param mentions: { id, paragraph, start, end, text, entityIds, matchKinds, ambiguous }[]
OPTIONAL MATCH (old:Mention {source: $source})
DETACH DELETE old
WITH count(*) AS removed
UNWIND $mentions AS m
CREATE (mention:Mention)
SET mention = m, mention.source = $source

// @name candidateStates
// The review state of a source's candidates, by id.
// @param source: string
// @returns id, status
MATCH (c:FactCandidate {source: $source})
RETURN c.id AS id, c.status AS status

// @name writeCandidates
// New candidates created; still-pending ones that the text no longer yields removed. Reviewed
// candidates (ACCEPTED, REJECTED) are never touched: a rejected one is not proposed again.
// @param source: string
// @param candidates: { id, paragraph, quote, rule, confidence, kind, label, name, nameEn, fromId, fromName, fromLabel, relType, toId, toName, toLabel, properties }[]
// @returns created
OPTIONAL MATCH (stale:FactCandidate {source: $source, status: 'PENDING'})
WHERE NOT stale.id IN [c IN $candidates | c.id]
DETACH DELETE stale
WITH count(*) AS removed
UNWIND $candidates AS c
MERGE (candidate:FactCandidate {id: c.id})
ON CREATE SET candidate = c, candidate.source = $source, candidate.status = 'PENDING', candidate.proposedAt = datetime()
RETURN count(candidate) AS created

// @name mentionsOfSource
// @param source: string
// @returns mention
MATCH (m:Mention {source: $source})
RETURN m {.*} AS mention
ORDER BY m.paragraph, m.start

// @name mentionsOfEntities
// The mentions that may stand for each entity, in every source: one row per key, in key order.
// @param keys: { entityId: string, first: int }[]
// @returns mentions
UNWIND $keys AS key
CALL (key) {
  MATCH (m:Mention) WHERE key.entityId IN m.entityIds
  WITH m ORDER BY m.source, m.paragraph, m.start
  WITH collect(m {.*}) AS all
  // LIMIT takes no row variable: the list is cut instead.
  RETURN all[..toInteger(key.first)] AS mentions
}
RETURN mentions

// @name candidatesOfSource
// @param source: string
// @param status: string | null
// @returns candidate
MATCH (c:FactCandidate {source: $source})
WHERE $status IS NULL OR c.status = $status
RETURN c {.*, proposedAt: toString(c.proposedAt), reviewedAt: toString(c.reviewedAt)} AS candidate
ORDER BY c.paragraph, c.id

// @name lockCandidate
// Locks a candidate for review and reads it.
// @param id: string
// @returns candidate
MATCH (c:FactCandidate {id: $id})
SET c.reviewLock = coalesce(c.reviewLock, 0) + 1
RETURN c {.*, proposedAt: toString(c.proposedAt), reviewedAt: toString(c.reviewedAt)} AS candidate

// @name setCandidateReview
// @param id: string
// @param review: { status, reviewedBy, reason, entityIds, changeIds }
// @returns candidate
MATCH (c:FactCandidate {id: $id})
SET c += $review, c.reviewedAt = datetime()
RETURN c {.*, proposedAt: toString(c.proposedAt), reviewedAt: toString(c.reviewedAt)} AS candidate

// @name factsExisting
// For each proposed fact, in key order, whether the graph holds it already: a relationship of
// the type between the two entities (either way), or an entity of the label with the name.
// @param keys: { from, type, to, label, name }[]
// @returns exists
UNWIND $keys AS k
CALL (k) {
  OPTIONAL MATCH (a:Entity {id: k.from})-[r]-(b:Entity {id: k.to})
  WHERE k.type IS NOT NULL AND type(r) = k.type
  WITH count(r) AS relationships
  OPTIONAL MATCH (n:Entity {name: k.name})
  WHERE k.label IS NOT NULL AND k.label IN labels(n)
  WITH relationships, count(n) AS entities
  RETURN relationships + entities > 0 AS exists
}
RETURN exists
