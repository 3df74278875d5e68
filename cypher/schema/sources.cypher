// Documents added through addSource: their mentions and fact candidates.

// @name constraintFactCandidateId
CREATE CONSTRAINT fact_candidate_id IF NOT EXISTS FOR (c:FactCandidate) REQUIRE c.id IS UNIQUE

// @name indexFactCandidateSource
CREATE INDEX fact_candidate_source IF NOT EXISTS FOR (c:FactCandidate) ON (c.source)

// @name indexMentionSource
CREATE INDEX mention_source IF NOT EXISTS FOR (m:Mention) ON (m.source)

// @name indexSourceContentHash
CREATE INDEX source_content_hash IF NOT EXISTS FOR (s:Source) ON (s.contentHash)

// @name indexMentionId
// A restore merges mentions on their ids; a backup reads them in id order.
CREATE INDEX mention_id IF NOT EXISTS FOR (m:Mention) ON (m.id)
