// @name partnerCandidates
// Entities with one of the labels $candidateLabels (enterprises, organisations, platforms) on the
// side of $inArea (fragment side, cypher/shared/side.cypher) that share something with the subject: the enterprise $enterpriseId, or
// the industry $industry together with the industries PART_OF it. What the subject stands on
// (its anchors), with the relationships that tie it there:
//   SHARED_INDUSTRY          an industry the enterprise is IN_INDUSTRY; for an industry, itself and its sub-industries;
//   SHARED_TASK / _COOPERATION_AREA / _PLATFORM / _PROJECT
//                            a task, cooperation area, platform or project directly related to the
//                            subject (any type, either way), or (task, area, platform) related to a
//                            project the subject RUNS;
//   LINKING_PERSON           a person directly related to the subject;
//   CONNECTED_PEOPLE         a person directly related to someone who HOLDS_POSITION in the subject.
// A candidate shares an anchor when it is tied to it the same way (SHARED_INDUSTRY: IN_INDUSTRY;
// CONNECTED_PEOPLE: the person HOLDS_POSITION in the candidate). Each (kind, via) pair is one
// reason worth $weights[kind]; the score is their sum. Candidates with a reason, by score
// (highest first) then id; the first $first. subject/area are null when no entity has the id.
// @param enterpriseId: string | null
// @param industry: string | null
// @param inArea: string
// @param candidateLabels: string[]
// @param weights: { [kind: string]: float }
// @param first: int
// @param hubTies: int — an anchor with more candidate ties is a hub (PARTNER_HUB_TIES, src/data/explore/reads.ts)
// @param shortlist: int — the candidates of the other anchors scored with every reason first (PARTNER_SHORTLIST, same file)
// @returns subject, subjectLabels, area, areaLabels, candidates
OPTIONAL MATCH (subject:Entity {id: coalesce($enterpriseId, $industry)})
OPTIONAL MATCH (area:Entity {id: $inArea})
// @include sideHomes
CALL (subject, area, homeRegions) {
  // nothing to find unless both ids name entities of the right type (the caller reports which)
  WITH subject, area, homeRegions
  WHERE area:NewArea AND ((subject:Enterprise AND $enterpriseId IS NOT NULL) OR (subject:Industry AND $industry IS NOT NULL))
  // the subject itself and, for an industry, the industries PART_OF it
  OPTIONAL MATCH down = (subject)<-[:PART_OF]-{0,}(s:Entity)
  CALL (s, down) {
    MATCH (s)-[r:IN_INDUSTRY]->(via:Industry)
    RETURN 'SHARED_INDUSTRY' AS kind, via, relationships(down) + [r] AS chain
    UNION
    MATCH (via:Industry) WHERE via = s
    RETURN 'SHARED_INDUSTRY' AS kind, via, relationships(down) AS chain
    UNION
    MATCH (s)-[r]-(via:Entity)
    WHERE via:Task OR via:CooperationArea OR via:Platform OR via:Project OR via:Person
    RETURN CASE
        WHEN via:Task THEN 'SHARED_TASK' WHEN via:CooperationArea THEN 'SHARED_COOPERATION_AREA'
        WHEN via:Platform THEN 'SHARED_PLATFORM' WHEN via:Project THEN 'SHARED_PROJECT'
        ELSE 'LINKING_PERSON' END AS kind,
      via, relationships(down) + [r] AS chain
    UNION
    MATCH (s)-[r1:RUNS]->(:Project)-[r2]-(via:Entity)
    WHERE via:Task OR via:CooperationArea OR via:Platform
    RETURN CASE WHEN via:Task THEN 'SHARED_TASK' WHEN via:CooperationArea THEN 'SHARED_COOPERATION_AREA' ELSE 'SHARED_PLATFORM' END AS kind,
      via, relationships(down) + [r1, r2] AS chain
    UNION
    MATCH (s)<-[r1:HOLDS_POSITION]-(:Person)-[r2]-(via:Person)
    RETURN 'CONNECTED_PEOPLE' AS kind, via, relationships(down) + [r1, r2] AS chain
  }
  // one row per anchor, with every chain that ties the subject to it. An anchor with more than
  // $hubTies candidate ties (counted from its degree) is a hub: an industry or platform of a large graph.
  WITH area, homeRegions, subject, kind, via, collect(chain) AS chains
  WITH area, homeRegions, subject, kind, via, chains,
    CASE WHEN kind = 'SHARED_INDUSTRY' THEN COUNT { (via)<-[:IN_INDUSTRY]-() } ELSE COUNT { (via)--() } END > $hubTies AS hub
  WITH area, homeRegions, subject, collect({kind: kind, via: via, chains: chains, hub: hub}) AS anchors
  WITH area, homeRegions, subject, anchors, [a IN anchors WHERE a.hub] AS hubs
  // The candidates of the anchors that are not hubs, read whole, each with its score from those
  // anchors alone (`near`), as node references only. The ranking is looked for in three steps, each
  // taken only when the one before did not settle it:
  //   1. The best $shortlist of them by `near` then id are scored with every reason, hubs included
  //      (checked from the candidate's side), and ranked.
  //   2. All of them are, as in 1 (when the shortlist did not hold them all), read again: kept in
  //      a list from step 1 and unwound, they were charged against the transaction's memory once
  //      per row, past its 1.4 GB at a million enterprises.
  //   3. Every anchor's candidates are read and ranked.
  // A step's ranking is the answer when $first of its candidates are on the side and no candidate
  // it left out could rank before the last of them: one tied to hubs alone scores at most the sum
  // of the hubs' weights (`hubMost`); one beyond the shortlist, whose `near` is at most that of the
  // next after it (`beyond`, null when there is none), at most `beyond` + `hubMost`, and as much
  // only with `near` = `beyond`, its id then coming after those of the shortlist with that `near`.
  // So the hubs' candidates are read only when a candidate tied to hubs alone could rank, and the
  // candidates of a large anchor are checked against the hubs only when its best could not settle it.
  CALL (subject, anchors) {
    UNWIND [a IN anchors WHERE NOT a.hub] AS anchor
    WITH subject, anchor.kind AS kind, anchor.via AS via
    // @include partnerTies
    WITH c AS e, kind
    WHERE any(label IN labels(e) WHERE label IN $candidateLabels) AND e <> subject
    WITH e, sum($weights[kind]) AS near
    ORDER BY near DESC, e.id
    LIMIT toInteger($shortlist) + 1
    RETURN collect({e: e, near: near}) AS best
  }
  WITH area, homeRegions, subject, anchors, hubs, best[..toInteger($shortlist)] AS shortlist, best[toInteger($shortlist)].near AS beyond,
    reduce(most = 0.0, hub IN hubs | most + $weights[hub.kind]) AS hubMost
  CALL (area, homeRegions, hubs, shortlist) {
    UNWIND shortlist AS candidate
    WITH area, homeRegions, hubs, candidate.e AS e, candidate.near AS near
    // @include partnerHubKinds
    WITH area, homeRegions, e, near, near + reduce(sum = 0.0, kind IN hubKinds | sum + $weights[kind]) AS score
    ORDER BY score DESC, e.id
    // @include side
    WITH e, near, score WHERE area.id IN sideIds
    ORDER BY score DESC, e.id
    LIMIT toInteger($first)
    RETURN collect({e: e, near: near, score: score}) AS ranked
  }
  WITH area, homeRegions, subject, anchors, hubs, hubMost, ranked, beyond,
    size(ranked) >= $first AND (size(hubs) = 0 OR hubMost < last(ranked).score)
      AND (beyond IS NULL OR beyond + hubMost < last(ranked).score
        OR (beyond + hubMost = last(ranked).score AND last(ranked).near = beyond)) AS shortlisted
  CALL (area, homeRegions, subject, anchors, hubs, shortlisted, beyond) {
    WITH area, homeRegions, subject, anchors, hubs WHERE NOT shortlisted AND beyond IS NOT NULL
    UNWIND [a IN anchors WHERE NOT a.hub] AS anchor
    WITH area, homeRegions, subject, hubs, anchor.kind AS kind, anchor.via AS via
    // @include partnerTies
    WITH area, homeRegions, hubs, c AS e, kind
    WHERE any(label IN labels(e) WHERE label IN $candidateLabels) AND e <> subject
    WITH area, homeRegions, hubs, e, sum($weights[kind]) AS near
    // @include partnerHubKinds
    WITH area, homeRegions, e, near + reduce(sum = 0.0, kind IN hubKinds | sum + $weights[kind]) AS score
    ORDER BY score DESC, e.id
    // @include side
    WITH e, score WHERE area.id IN sideIds
    ORDER BY score DESC, e.id
    LIMIT toInteger($first)
    RETURN collect({e: e, score: score}) AS read
  }
  WITH area, homeRegions, subject, anchors, hubs, hubMost, CASE WHEN shortlisted OR beyond IS NULL THEN ranked ELSE read END AS ranked
  WITH area, homeRegions, subject, anchors, ranked, size(hubs) = 0 OR (size(ranked) >= $first AND hubMost < last(ranked).score) AS settled
  CALL (area, homeRegions, subject, anchors, settled) {
    WITH area, homeRegions, subject, anchors WHERE NOT settled
    UNWIND anchors AS anchor
    WITH area, homeRegions, subject, anchor.kind AS kind, anchor.via AS via
    // @include partnerTies
    WITH area, homeRegions, c AS e, kind
    WHERE any(label IN labels(e) WHERE label IN $candidateLabels) AND e <> subject
    WITH area, homeRegions, e, sum($weights[kind]) AS score
    // best first, so that the side below is decided lazily, only until $first candidates are on it
    // (the planner sees this order already provided for the ORDER BY before the LIMIT)
    ORDER BY score DESC, e.id
    // @include side
    WITH e, score WHERE area.id IN sideIds
    ORDER BY score DESC, e.id
    LIMIT toInteger($first)
    RETURN collect({e: e, score: score}) AS whole
  }
  UNWIND CASE WHEN settled THEN ranked ELSE whole END AS candidate
  WITH anchors, candidate.e AS e, candidate.score AS score
  // each reason of a candidate returned: its anchor's chains, each followed by every way the
  // candidate is tied to the anchor
  CALL (e, anchors) {
    UNWIND anchors AS anchor
    CALL (e, anchor) {
      WITH e, anchor.kind AS kind, anchor.via AS via
      MATCH (e)-[r:IN_INDUSTRY]->(via) WHERE kind = 'SHARED_INDUSTRY' AND e:Enterprise
      RETURN [r] AS tail
      UNION
      WITH e, anchor.kind AS kind, anchor.via AS via
      MATCH (e)-[r]-(via) WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM', 'SHARED_PROJECT', 'LINKING_PERSON']
      RETURN [r] AS tail
      UNION
      WITH e, anchor.kind AS kind, anchor.via AS via
      MATCH (e)-[r1:RUNS]->(:Project)-[r2]-(via) WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM']
      RETURN [r1, r2] AS tail
      UNION
      WITH e, anchor.kind AS kind, anchor.via AS via
      MATCH (via)-[r:HOLDS_POSITION]->(e) WHERE kind = 'CONNECTED_PEOPLE'
      RETURN [r] AS tail
    }
    WITH anchor, collect(tail) AS tails
    RETURN collect({kind: anchor.kind, via: anchor.via, chains: reduce(all = [], chain IN anchor.chains | all + [tail IN tails | chain + tail])}) AS found
  }
  // the reasons of the candidates returned: each chain of relationships by [source, type, target],
  // the reasons by weight (highest first), kind and via id
  CALL (found) {
    UNWIND found AS f
    CALL (f) {
      UNWIND f.chains AS chain
      WITH [r IN chain | {type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS rels
      ORDER BY [r IN rels | [r.source, r.type, r.target]]
      RETURN collect(rels) AS relationships
    }
    WITH f.kind AS kind, f.via AS via, relationships ORDER BY $weights[kind] DESC, kind, via.id
    RETURN collect({kind: kind, via: via {.*, labels: labels(via)}, relationships: relationships}) AS reasons
  }
  WITH e, score, reasons ORDER BY score DESC, e.id
  RETURN collect({
    entity: e {.*, labels: labels(e)},
    score: score,
    reasons: reasons
  }) AS candidates
}
RETURN subject.id AS subject, labels(subject) AS subjectLabels, area.id AS area, labels(area) AS areaLabels, candidates

// @fragment partnerTies
// The candidates `c` tied to the anchor (`kind`, `via`) the way the subject is (partnerCandidates),
// each once.
CALL (kind, via) {
  MATCH (c:Enterprise)-[:IN_INDUSTRY]->(via) WHERE kind = 'SHARED_INDUSTRY'
  RETURN c
  UNION
  MATCH (c:Entity)--(via) WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM', 'SHARED_PROJECT', 'LINKING_PERSON']
  RETURN c
  UNION
  MATCH (c:Entity)-[:RUNS]->(:Project)--(via) WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM']
  RETURN c
  UNION
  MATCH (via)-[:HOLDS_POSITION]->(c:Entity) WHERE kind = 'CONNECTED_PEOPLE'
  RETURN c
}

// @fragment partnerHubKinds
// `hubKinds`: the kind of each hub (anchor of `hubs`) the candidate `e` is tied to as
// partnerTies finds its candidates, checked between the two (from the side with fewer
// relationships: a hub's are never listed).
CALL (e, hubs) {
  UNWIND hubs AS hub
  WITH e, hub.kind AS kind, hub.via AS via
  CALL (e, kind, via) {
    WITH e, kind, via WHERE kind = 'SHARED_INDUSTRY' AND e:Enterprise AND EXISTS { (e)-[:IN_INDUSTRY]->(via) }
    RETURN kind AS tiedKind
    UNION
    WITH e, kind, via WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM', 'SHARED_PROJECT', 'LINKING_PERSON']
      AND (EXISTS { (e)--(via) } OR (kind <> 'SHARED_PROJECT' AND kind <> 'LINKING_PERSON' AND EXISTS { (e)-[:RUNS]->(:Project)--(via) }))
    RETURN kind AS tiedKind
    UNION
    WITH e, kind, via WHERE kind = 'CONNECTED_PEOPLE' AND EXISTS { (via)-[:HOLDS_POSITION]->(e) }
    RETURN kind AS tiedKind
  }
  RETURN collect(tiedKind) AS hubKinds
}
