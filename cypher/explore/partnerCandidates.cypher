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
  // the candidates tied to each anchor in the same way
  CALL (kind, via) {
    MATCH (c:Enterprise)-[r:IN_INDUSTRY]->(via) WHERE kind = 'SHARED_INDUSTRY'
    RETURN c, [r] AS tail
    UNION
    MATCH (c:Entity)-[r]-(via) WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM', 'SHARED_PROJECT', 'LINKING_PERSON']
    RETURN c, [r] AS tail
    UNION
    MATCH (c:Entity)-[r1:RUNS]->(:Project)-[r2]-(via) WHERE kind IN ['SHARED_TASK', 'SHARED_COOPERATION_AREA', 'SHARED_PLATFORM']
    RETURN c, [r1, r2] AS tail
    UNION
    MATCH (via)-[r:HOLDS_POSITION]->(c:Entity) WHERE kind = 'CONNECTED_PEOPLE'
    RETURN c, [r] AS tail
  }
  WITH area, homeRegions, kind, via, c AS e, chain + tail AS chain
  WHERE any(label IN labels(e) WHERE label IN $candidateLabels) AND e <> subject
  // one reason per (kind, via); nodes and relationships stay references until the LIMIT
  WITH area, homeRegions, e, kind, via, collect(chain) AS chains
  WITH area, homeRegions, e, collect({kind: kind, via: via, chains: chains}) AS found
  WITH area, homeRegions, e, found, reduce(total = 0.0, f IN found | total + $weights[f.kind]) AS score
  // best first, so that the side below is decided lazily, only until $first candidates are on it
  // (the planner sees this order already provided for the ORDER BY before the LIMIT)
  ORDER BY score DESC, e.id
  // @include side
  WITH e, found, score WHERE area.id IN sideIds
  ORDER BY score DESC, e.id
  LIMIT toInteger($first)
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
