// Which box of the graph an entity is drawn in: the API decides its side (Entity.side); this only
// names the box. One box per new area, one for entities on both sides, one for those on neither.

export interface SideArea {
  id: string;
  name: string;
  nameEn: string;
}

export interface EntitySideRef {
  placement: 'ONE' | 'BOTH' | 'NEITHER';
  newAreas: { id: string }[];
}

/** The box of the entities on both sides, and of those on neither. */
export const BOTH_BOX = 'both';
export const NEITHER_BOX = 'neither';

export function sideBox(side: EntitySideRef | null | undefined): string {
  if (!side || side.placement === 'NEITHER') return NEITHER_BOX;
  if (side.placement === 'BOTH') return BOTH_BOX;
  return side.newAreas[0]!.id;
}

/** The single new area an entity is on; null for both or neither. */
export function singleSide(side: EntitySideRef | null | undefined): string | null {
  return side?.placement === 'ONE' ? side.newAreas[0]!.id : null;
}
