import type { ConnectionRow, EdgeRow, EntityRow } from './entity.mappers.js';

export type { CitationRow as CitationMapper } from './entity.mappers.js';
export type EntityMapper = EntityRow;
export type NodeMapper = EntityRow;
export type EntityEdgeMapper = EdgeRow;
export type EntityConnectionMapper = ConnectionRow;
