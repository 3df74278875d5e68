import { PARTNER_HUB_TIES, PARTNER_SHORTLIST } from '../../src/data/explore/reads.js';
import { PARTNER_REASON_WEIGHTS, type PartnerReasonKind } from '../../src/data/explore/score.js';
import { toEntity } from '../../src/data/rows.js';
import { entityRef, listOf } from './canonical.js';
import type { BenchQueryFactory } from './types.js';

type Row = Record<string, unknown>;

const FIRST = 10;

/** Canonical: the candidates in order, each with its score and reasons. */
function canonical(candidates: Row[]) {
  return candidates.map((candidate) => ({
    score: candidate.score,
    entity: entityRef(candidate.entity),
    reasons: listOf<Row>(candidate.reasons).map((reason) => ({ kind: reason.kind, weight: reason.weight, via: entityRef(reason.via) })),
  }));
}

/** The same fields; entities are typed in a, `EntityRef { id name type }` in b. */
const SELECTION = (entity: string) => `score entity { ${entity} } reasons { kind weight via { ${entity} } }`;

/** Partner candidates of an enterprise on the side of a new area. */
export const partnerCandidates: BenchQueryFactory = (targets) => ({
  name: 'partnerCandidates',
  title: `partner candidates of an enterprise in a new area, first ${FIRST}`,
  ours: {
    query: /* GraphQL */ `
      query Partners($id: ID!, $area: ID!) { partnerCandidates(enterpriseId: $id, inArea: $area, candidateTypes: [ENTERPRISE, ORGANIZATION, PLATFORM], first: ${FIRST}) { ${SELECTION('__typename id name')} } }`,
    variables: { id: targets.partnerEnterprise, area: targets.partnerArea },
  },
  neo4jGraphQL: {
    query: /* GraphQL */ `
      query Partners($id: ID!, $area: ID!) { partnerCandidates(enterpriseId: $id, inArea: $area, first: ${FIRST}) { ${SELECTION('id name type')} } }`,
    variables: { id: targets.partnerEnterprise, area: targets.partnerArea },
  },
  raw: {
    statement: 'partnerCandidates',
    params: {
      enterpriseId: targets.partnerEnterprise,
      industry: null,
      inArea: targets.partnerArea,
      candidateLabels: ['Enterprise', 'Organization', 'Platform'],
      weights: { ...PARTNER_REASON_WEIGHTS },
      first: FIRST,
      hubTies: PARTNER_HUB_TIES,
      shortlist: PARTNER_SHORTLIST,
    },
    finish: (rows) =>
      listOf<Row>(rows[0]!.candidates).map((candidate) => ({
        score: candidate.score,
        entity: toEntity(candidate.entity as Row),
        reasons: listOf<Row>(candidate.reasons).map((reason) => ({
          kind: reason.kind,
          weight: PARTNER_REASON_WEIGHTS[reason.kind as PartnerReasonKind],
          via: toEntity(reason.via as Row),
        })),
      })),
  },
  canonical: {
    ours: (data) => canonical(data.partnerCandidates as Row[]),
    neo4jGraphQL: (data) => canonical(data.partnerCandidates as Row[]),
    raw: (candidates) => canonical(candidates as Row[]),
  },
});
