/** The editing API's rows, built whole by src/editing/ and src/data/: no field needs a lookup. */
import type { ChangeRow, ChangeEntryRow, ChangePage } from '../../data/audit.js';
import type { ProgressPage, ProgressRow } from '../../data/progress.js';
import type { EntityResult, LinkResult } from '../../editing/mutations.js';
import type { RelationshipKey } from '../../data/audit.js';
import type { EnterpriseMapper, OrganizationMapper, PersonMapper, PlatformMapper, ProjectMapper } from './entities.mappers.js';
import type { EntityRow } from './entity.mappers.js';

export type ChangeMapper = ChangeRow;
export type ChangeEntryMapper = ChangeEntryRow;
export type ChangedRelationshipMapper = RelationshipKey;
export type ChangeConnectionMapper = ChangePage;
export type ChangeEdgeMapper = ChangePage['edges'][number];
export type ProgressUpdateMapper = ProgressRow;
export type ProgressUpdateConnectionMapper = ProgressPage;
export type ProgressUpdateEdgeMapper = ProgressPage['edges'][number];

export type EnterprisePayloadMapper = { enterprise: EnterpriseMapper; change: ChangeRow | null };
export type OrganizationPayloadMapper = { organization: OrganizationMapper; change: ChangeRow | null };
export type PlatformPayloadMapper = { platform: PlatformMapper; change: ChangeRow | null };
export type ProjectPayloadMapper = { project: ProjectMapper; change: ChangeRow | null };
export type PersonPayloadMapper = { person: PersonMapper; change: ChangeRow | null };
export type DeleteEntityPayloadMapper = { deletedId: string; change: ChangeRow };
export type LinkPayloadMapper = LinkResult;
export type UnlinkPayloadMapper = { from: EntityRow; to: EntityRow; change: ChangeRow };
export type RecordProgressPayloadMapper = { progress: ProgressRow; entity: EntityRow; change: ChangeRow };
export type { EntityResult };
