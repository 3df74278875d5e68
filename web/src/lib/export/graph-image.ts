// The graph view as a picture: PNG from cytoscape's own renderer, SVG through the cytoscape-svg
// extension (loaded on first use). Both show the whole graph, not only the part in view.
import cytoscape, { type Core } from 'cytoscape';

const BACKGROUND = '#ffffff';

/** Twice the model's size, for sharp text, unless that would pass the longest side browsers allow a canvas. */
function pngScale(cy: Core): number {
  const bounds = cy.elements().boundingBox();
  return Math.min(2, 8000 / Math.max(1, bounds.w), 8000 / Math.max(1, bounds.h));
}

export function graphPng(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, bg: BACKGROUND, scale: pngScale(cy) });
}

let svgRegistered: Promise<void> | null = null;

function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgRegistered;
}

export async function graphSvg(cy: Core): Promise<Blob> {
  await registerSvg();
  const text = (cy as Core & { svg(options: { full: boolean; bg: string; scale: number }): string }).svg({ full: true, bg: BACKGROUND, scale: 1 });
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
}
