import type { CitationRow } from '../../model/citations.js';
import type { EntityRow, NewAreaRow, PlatformRow, RelationshipRow, RelationshipType, TaskRow } from '../../model/rows.generated.js';
import type { RawProperties } from '../rows.js';
import type { PartnerReasonKind } from './score.js';

/** The analyst queries' results, built whole here: no GraphQL field needs a lookup. */

/** A relationship as the explore statements return it: `{type, source, target, properties}`. */
export interface RawRelationship {
  type: RelationshipType;
  /** Id of the start node. */
  source: string;
  /** Id of the end node. */
  target: string;
  properties: RawProperties;
}

export interface SideCoverageRow {
  newArea: NewAreaRow;
  platforms: PlatformRow[];
}

export type CoverageGapReason = 'NO_PLATFORM_NAMED' | 'NONE_NAMED_ON_THIS_SIDE' | 'PLATFORM_SIDE_UNKNOWN';

export interface CoverageGapRow {
  newArea: NewAreaRow;
  reason: CoverageGapReason;
}

export interface TaskCoverageRow {
  task: TaskRow;
  sides: SideCoverageRow[];
  gaps: NewAreaRow[];
  gapReasons: CoverageGapRow[];
  platformsWithoutSide: PlatformRow[];
}

export interface GraphEdgeRow {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  detail: string | null;
  citations: CitationRow[];
  /** The relationship seen from its source (direction OUTGOING), with all its properties. */
  relationship: RelationshipRow;
}

export interface SubgraphRow {
  nodes: EntityRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

export type StepDirection = 'FORWARD' | 'BACKWARD';

export interface PathStepRow {
  from: EntityRow;
  to: EntityRow;
  type: RelationshipType;
  direction: StepDirection;
  detail: string | null;
  citations: CitationRow[];
  sentence: string;
  /** The relationship seen from `from`: OUTGOING when the step goes forward. */
  relationship: RelationshipRow;
}

export interface PathRow {
  length: number;
  steps: PathStepRow[];
  sentence: string;
  /** The answer's: whether the search for paths of the next length may have left some out. */
  truncated: boolean;
}

export interface PartnerReasonRow {
  kind: PartnerReasonKind;
  via: EntityRow;
  weight: number;
  citations: CitationRow[];
}

export interface PartnerCandidateRow {
  entity: EntityRow;
  score: number;
  reasons: PartnerReasonRow[];
}

