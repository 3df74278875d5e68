/** Names the API derives from the labels of data/model.yaml. */

/** NewArea → NEW_AREA, the value of the EntityType enum. */
export function entityTypeValue(label: string): string {
  return label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** NEW_AREA → NewArea. */
export function labelOfEntityType(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Filters every collection offers, besides `kind` and `status` where the label has them. */
export const FILTERS = [
  { name: 'ids', type: '[ID!]', description: 'Only entities with these ids.' },
  {
    name: 'nameContains',
    type: 'String',
    description: 'Only entities whose name, English name or an alias contains this text (case-insensitive).',
  },
  {
    name: 'area',
    type: 'ID',
    description:
      'Only entities tied to this new area or region. A new area: the entities on its side (EntitySide), itself excepted. A region: the entities that lie in it, are affiliated with it or administer it, directly or through up to two other entities.',
  },
  {
    name: 'industry',
    type: 'ID',
    description: 'Only entities linked to this industry by any relationship (works in it, is strong in it, is about it).',
  },
  {
    name: 'task',
    type: 'ID',
    description: 'Only entities linked to this key task by any relationship (serve, implement, support, set it).',
  },
] as const;
