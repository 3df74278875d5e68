/** The analyst queries' results, built whole by src/data/explore.ts: no field needs a lookup. */
export type {
  TaskCoverageRow as TaskCoverageMapper,
  SideCoverageRow as SideCoverageMapper,
  SubgraphRow as SubgraphMapper,
  GraphEdgeRow as GraphEdgeMapper,
  PathRow as PathMapper,
  PathStepRow as PathStepMapper,
  PartnerCandidateRow as PartnerCandidateMapper,
  PartnerReasonRow as PartnerReasonMapper,
  CoverageGapRow as CoverageGapMapper,
} from '../../data/explore.js';
export type { EntitySideRow as EntitySideMapper } from '../../data/sides.js';
