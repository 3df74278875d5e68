// How each entity type is drawn: a colour and a cytoscape shape, shared by the graph and the legend.
import type { Typename } from './i18n.js';

export interface TypeStyle {
  color: string;
  shape: string;
  size: number;
}

export const TYPE_STYLES: Record<Typename, TypeStyle> = {
  NewArea: { color: '#c62828', shape: 'star', size: 46 },
  Region: { color: '#6d4c41', shape: 'hexagon', size: 34 },
  Agreement: { color: '#37474f', shape: 'rectangle', size: 34 },
  Event: { color: '#8e24aa', shape: 'vee', size: 30 },
  CooperationArea: { color: '#00838f', shape: 'octagon', size: 32 },
  Task: { color: '#ef6c00', shape: 'diamond', size: 34 },
  Platform: { color: '#1565c0', shape: 'round-rectangle', size: 30 },
  Enterprise: { color: '#2e7d32', shape: 'ellipse', size: 30 },
  Organization: { color: '#5e35b1', shape: 'barrel', size: 30 },
  Person: { color: '#ad1457', shape: 'ellipse', size: 22 },
  Policy: { color: '#827717', shape: 'tag', size: 28 },
  Project: { color: '#00695c', shape: 'pentagon', size: 30 },
  Industry: { color: '#f9a825', shape: 'round-diamond', size: 28 },
  Initiative: { color: '#283593', shape: 'concave-hexagon', size: 30 },
  Proposal: { color: '#757575', shape: 'rhomboid', size: 26 },
  Article: { color: '#546e7a', shape: 'cut-rectangle', size: 26 },
};

export function typeStyle(typename: string): TypeStyle {
  return TYPE_STYLES[typename as Typename] ?? { color: '#999999', shape: 'ellipse', size: 26 };
}

/** Side colours: the first new area (by id) on the left in indigo, the second on the right in amber. */
export const SIDE_COLORS = [
  { fill: '#e8eaf6', border: '#3949ab', text: '#283593' },
  { fill: '#fff3e0', border: '#fb8c00', text: '#e65100' },
  { fill: '#e0f2f1', border: '#00897b', text: '#00695c' },
];

/** The box of the entities on no side, or on both. */
export const NO_SIDE_COLORS = { fill: '#f4f5f7', border: '#9aa5b1', text: '#52606d' };
export const BOTH_SIDES_COLORS = { fill: '#eef7ee', border: '#5b8f5b', text: '#2f5d2f' };
