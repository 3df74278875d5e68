// Mappers only where the row differs from the GraphQL type: a citation names its source by id,
// and entities carry their labels; every other result type is built whole by the data layer.
export type { CitationRow } from '../../model/citations.js';
export type { EntityRow, EntityRow as NodeRow } from '../../model/rows.generated.js';
export type { EntitySideRow } from '../../data/sides.js';
