// The graph drawing: cytoscape.js with the fcose layout. Nodes are coloured and shaped by label.
// Entities sit in a dashed box for their side (the API's Entity.side): once fcose has laid
// everything out, the boxes are set apart: the first new area's top left, the second's top right,
// the entities on both sides and those on neither in boxes below. The layout is seeded by the
// elements themselves, so the same data gives the same positions. Labels are horizontal and at
// least 12 px at 100 % zoom; where two would overlap, the less important one (lower degree) is
// hidden. Click selects, double-click expands.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type EventObject, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { type Lang, nameOf, relationshipText, translate } from '../lib/i18n.js';
import { seededRandom, withRandom } from '../lib/seeded-random.js';
import type { HubNode } from '../lib/hub-groups.js';
import { BOTH_BOX, NEITHER_BOX, type SideArea, sideBox } from '../lib/side-boxes.js';
import { BOTH_SIDES_COLORS, NO_SIDE_COLORS, SIDE_COLORS, typeStyle } from '../lib/styles.js';

cytoscape.use(fcose);

/** An entity drawn, or a folded group of a hub's lone neighbours (lib/hub-groups.ts): opens on click. */
export type GraphNode = HubNode;

export interface GraphEdgeData {
  id: string;
  type: string;
  source: string;
  target: string;
  detail: string | null;
  /** How many relationships of this type the edge stands for (to a folded group). */
  count?: number;
}

export interface RenderStats {
  nodes: number;
  edges: number;
  /** From handing the elements to cytoscape to the first frame drawn after the layout. */
  ms: number;
  /** Of which the layout (fcose) took. */
  layoutMs: number;
}

declare global {
  interface Window {
    /** For the browser tests and the screenshot script: the cytoscape instance and the last render. */
    __explorerGraph?: { cy: Core; lastRender: RenderStats | null; renders: number };
  }
}

interface Props {
  nodes: GraphNode[];
  edges: GraphEdgeData[];
  areas: SideArea[] | null;
  lang: Lang;
  selectedId: string | null;
  /** The centre and the expanded nodes, drawn with a heavy border. */
  centreIds: string[];
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onRendered: (stats: RenderStats) => void;
}

/** Space between two boxes. */
const BOX_GAP = 140;

/** Edge labels are drawn for every edge only in small graphs; otherwise around the selection. */
const ALL_EDGE_LABELS_UP_TO = 60;

const STYLE: StylesheetJson = [
  {
    selector: 'node[size]',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
    },
  },
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 12,
      'font-family': '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node:parent',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(fill)',
      'background-opacity': 0.55,
      'border-color': 'data(border)',
      'border-width': 2,
      'border-style': 'dashed',
      label: 'data(label)',
      color: 'data(textColor)',
      'font-size': 18,
      'font-weight': 'bold',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -6,
      'text-outline-width': 0,
      'min-zoomed-font-size': 0,
      'text-wrap': 'none',
      padding: '24px',
    },
  },
  { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#212121' } },
  { selector: 'node.group', style: { 'border-width': 2.5, 'border-color': '#486581', 'border-style': 'dashed', 'background-opacity': 0.55, 'font-weight': 'bold' } },
  { selector: 'node.pending', style: { 'border-width': 4, 'border-color': '#90a4ae', 'border-style': 'dotted' } },
  {
    selector: 'edge',
    style: {
      width: 1.3,
      'line-color': '#9fb3c8',
      'target-arrow-color': '#9fb3c8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 12,
      color: '#334e68',
      'text-rotation': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge[width]', style: { width: 'data(width)' } },
  { selector: 'edge.labelled', style: { label: 'data(label)' } },
  { selector: '.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#ffb300', 'overlay-opacity': 0 } },
  { selector: 'node:parent:selected', style: { 'border-width': 2, 'border-color': 'data(border)' } },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', label: 'data(label)' } },
  { selector: 'edge.highlight', style: { width: 2.2, 'line-color': '#627d98', 'target-arrow-color': '#627d98' } },
];

/** Bigger with more relationships: the type's size, plus up to 24 px on a logarithmic scale. */
function sizeFor(typename: string, degree: number): number {
  return typeStyle(typename).size + Math.min(24, Math.round(5 * Math.log2(1 + degree)));
}

function nodeElement(node: GraphNode, lang: Lang, areas: SideArea[] | null, random: () => number): ElementDefinition {
  const style = typeStyle(node.__typename);
  const side = areas ? sideBox(node.side) : null;
  return {
    group: 'nodes',
    classes: node.group ? 'group' : '',
    // Spread out before the layout runs, so that nothing is drawn with all nodes on one point.
    position: { x: random() * 800, y: random() * 600 },
    data: {
      id: node.id,
      label: nameOf(node, lang),
      typename: node.__typename,
      color: style.color,
      shape: style.shape,
      size: style.size,
      ...(side ? { parent: `side:${side}` } : {}),
    },
  };
}

function edgeLabel(edge: GraphEdgeData, lang: Lang): string {
  const text = relationshipText(edge.type, edge.detail, lang);
  return edge.count && edge.count > 1 ? `${text} ×${edge.count}` : text;
}

/** Wider for an edge standing for several relationships. */
function edgeWidth(edge: GraphEdgeData): number {
  return 1.3 + Math.min(4, Math.log2(edge.count ?? 1));
}

/**
 * Places the boxes, each moved whole (its layout kept): the first side's box top left, the second
 * side's top right, the box of the entities on no side (or on both) below, between them. A third
 * side, were there one, goes right of the second.
 */
function arrangeBoxes(cy: Core, sideIds: string[]): void {
  const box = (id: string) => {
    const element = cy.getElementById(`side:${id}`);
    return element.empty() ? null : { element, bounds: element.boundingBox({ includeLabels: false }) };
  };
  const move = (target: NonNullable<ReturnType<typeof box>>, x1: number, y1: number) => {
    const dx = x1 - target.bounds.x1;
    const dy = y1 - target.bounds.y1;
    target.element.children().positions((node) => ({ x: node.position('x') + dx, y: node.position('y') + dy }));
  };
  const sides = sideIds.map(box).filter((b): b is NonNullable<typeof b> => b !== null);
  const below = [BOTH_BOX, NEITHER_BOX].map(box).filter((b): b is NonNullable<typeof b> => b !== null);
  const widthOf = (row: typeof sides) => row.reduce((sum, b) => sum + b.bounds.w, 0) + BOX_GAP * Math.max(0, row.length - 1);
  const width = Math.max(widthOf(sides), widthOf(below));
  const rowHeight = Math.max(0, ...sides.map((b) => b.bounds.h));
  // The side boxes spread over the whole width: the first at the left edge, the last at the right.
  const spare = sides.length > 1 ? (width - widthOf(sides)) / (sides.length - 1) : 0;
  let x = -width / 2;
  for (const side of sides) {
    move(side, x, -rowHeight - BOX_GAP / 2 + (rowHeight - side.bounds.h) / 2);
    x += side.bounds.w + BOX_GAP + spare;
  }
  // Both sides, then neither: centred in a row below.
  x = -widthOf(below) / 2;
  for (const other of below) {
    move(other, x, sides.length > 0 ? BOX_GAP / 2 : -other.bounds.h / 2);
    x += other.bounds.w + BOX_GAP;
  }
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Hides the labels that would overlap one already shown: node labels first (the centre, then by
 * degree, then by id), then the edge labels drawn, by the degree of their ends. Box titles count
 * as shown. Labels keep their place when hidden, so this needs doing only after a layout.
 */
export function declutterLabels(cy: Core, centreIds: readonly string[]): void {
  cy.elements().removeClass('label-hidden');
  const shown: Box[] = cy.nodes(':parent').map((box) => box.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
  const centre = new Set(centreIds);
  const byId = (a: { id(): string }, b: { id(): string }) => (a.id() < b.id() ? -1 : 1);
  const nodes = (cy.nodes().not(':parent').toArray() as NodeSingular[]).sort(
    (a, b) => Number(centre.has(b.id())) - Number(centre.has(a.id())) || b.degree(false) - a.degree(false) || byId(a, b),
  );
  const weight = (edge: EdgeSingular) => edge.source().degree(false) + edge.target().degree(false);
  const edges = (cy.edges('.labelled').toArray() as EdgeSingular[]).sort((a, b) => weight(b) - weight(a) || byId(a, b));
  cy.batch(() => {
    for (const element of [...nodes, ...edges]) {
      const label = element.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (label.w === 0 || label.h === 0) continue;
      if (shown.some((other) => overlaps(label, other))) element.addClass('label-hidden');
      else shown.push(label);
    }
  });
}

export function GraphCanvas({ nodes, edges, areas, lang, selectedId, centreIds, onSelect, onExpand, onRendered }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const sidesRef = useRef<SideArea[] | null>(null);
  const callbacks = useRef({ onSelect, onExpand, onRendered });
  callbacks.current = { onSelect, onExpand, onRendered };

  // One cytoscape instance for the life of the component.
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: false,
    });
    cyRef.current = cy;
    window.__explorerGraph = { cy, lastRender: null, renders: 0 };
    cy.on('tap', 'node', (event: EventObject) => {
      if (!event.target.isParent()) callbacks.current.onSelect(event.target.id());
    });
    cy.on('tap', 'edge', (event: EventObject) => callbacks.current.onSelect(event.target.id()));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event: EventObject) => {
      if (!event.target.isParent()) callbacks.current.onExpand(event.target.id());
    });
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.__explorerGraph?.cy === cy) delete window.__explorerGraph;
    };
  }, []);

  // The elements: added and removed incrementally, then laid out (incrementally when nodes stayed).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const started = performance.now();
    const sidesChanged = sidesRef.current !== areas;
    sidesRef.current = areas;
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    // The same elements give the same random numbers, hence the same layout.
    const random = seededRandom([...wanted].sort().join('|'));

    const usedSides = new Set(nodes.map((node) => (areas ? sideBox(node.side) : null)).filter((side): side is string => side !== null));
    const boxes = [
      ...(areas ?? []).map((area, i) => ({
        id: area.id,
        label: translate(lang, 'side.of', { area: nameOf(area, lang) }),
        colors: SIDE_COLORS[i % SIDE_COLORS.length]!,
      })),
      { id: BOTH_BOX, label: translate(lang, 'side.both'), colors: BOTH_SIDES_COLORS },
      { id: NEITHER_BOX, label: translate(lang, 'side.none'), colors: NO_SIDE_COLORS },
    ];
    const parents: ElementDefinition[] = boxes
      .filter((box) => usedSides.has(box.id))
      .map(({ id, label, colors }) => ({
        group: 'nodes',
        data: { id: `side:${id}`, label, fill: colors.fill, border: colors.border, textColor: colors.text },
        selectable: false,
      }));
    for (const parent of parents) wanted.add(parent.data.id!);

    let structureChanged = false;
    let kept = 0;
    cy.batch(() => {
      if (sidesChanged) {
        structureChanged = cy.elements().length > 0;
        cy.elements().remove();
      }
      const gone = cy.elements().filter((element) => !wanted.has(element.id()));
      if (gone.length > 0) structureChanged = true;
      gone.remove();
      kept = cy.nodes().not(':parent').length;
      const added: ElementDefinition[] = [];
      for (const parent of parents) {
        const existing = cy.getElementById(parent.data.id!);
        if (existing.empty()) added.push(parent);
        else existing.data('label', parent.data.label);
      }
      for (const node of nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.empty()) added.push(nodeElement(node, lang, areas, random));
        else existing.data('label', nameOf(node, lang));
      }
      for (const edge of edges) {
        const existing = cy.getElementById(edge.id);
        const label = edgeLabel(edge, lang);
        if (existing.empty()) added.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label, width: edgeWidth(edge) } });
        else existing.data({ label, width: edgeWidth(edge) });
      }
      if (added.length > 0) {
        structureChanged = true;
        // New nodes start next to a neighbour already placed, so an incremental layout moves little.
        const addedElements = cy.add(added);
        addedElements.nodes().not(':parent').forEach((node) => {
          const placed = node.neighborhood('node').filter((other) => !addedElements.contains(other));
          const anchor = placed.first() as NodeSingular;
          if (anchor.nonempty()) {
            const at = anchor.position();
            node.position({ x: at.x + (random() - 0.5) * 80, y: at.y + (random() - 0.5) * 80 });
          }
        });
      }
      cy.nodes('[typename]').forEach((node) => {
        node.data('size', sizeFor(node.data('typename') as string, node.degree(false)));
      });
      cy.nodes().removeClass('centre');
      for (const id of centreIds) cy.getElementById(id).addClass('centre');
      cy.edges().toggleClass('labelled', cy.edges().length <= ALL_EDGE_LABELS_UP_TO);
    });

    if (!structureChanged) {
      declutterLabels(cy, centreIds);
      return;
    }
    const entityCount = cy.nodes().not(':parent').length;
    const incremental = kept > 0 && !sidesChanged;
    const layout = cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: !incremental,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: entityCount <= 100,
      packComponents: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      edgeElasticity: () => 0.45,
      nestingFactor: 0.1,
      gravity: 0.25,
      numIter: 2500,
      tile: true,
      tilingPaddingVertical: 20,
      tilingPaddingHorizontal: 20,
    } as unknown as cytoscape.LayoutOptions);
    const layoutStarted = performance.now();
    layout.one('layoutstop', () => {
      const layoutMs = Math.round(performance.now() - layoutStarted);
      if (areas) arrangeBoxes(cy, areas.map((area) => area.id));
      cy.fit(undefined, 30);
      declutterLabels(cy, centreIds);
      cy.one('render', () => {
        const stats = { nodes: entityCount, edges: cy.edges().length, ms: Math.round(performance.now() - started), layoutMs };
        if (window.__explorerGraph) {
          window.__explorerGraph.lastRender = stats;
          window.__explorerGraph.renders += 1;
        }
        callbacks.current.onRendered(stats);
      });
    });
    // fcose draws its random numbers while it runs (synchronously: no animation).
    withRandom(random, () => layout.run());
  }, [nodes, edges, areas, lang, centreIds]);

  // Selection: the selected element, its neighbours and their edges stand out, the rest fades.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded highlight');
      cy.edges().removeClass('labelled');
      cy.edges().toggleClass('labelled', cy.edges().length <= ALL_EDGE_LABELS_UP_TO);
      if (!selectedId) return;
      const selected = cy.getElementById(selectedId);
      if (selected.empty()) return;
      selected.select();
      const near = selected.isNode() ? (selected as NodeSingular).closedNeighborhood() : (selected as EdgeSingular).union((selected as EdgeSingular).connectedNodes());
      const keep = near.union(near.nodes().parents());
      cy.elements().not(keep).addClass('faded');
      near.edges().addClass('highlight labelled');
    });
  }, [selectedId, nodes, edges]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}

/** Fits the whole graph into view (the toolbar's button). */
export function fitGraph(): void {
  window.__explorerGraph?.cy.fit(undefined, 30);
}
