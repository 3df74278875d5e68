// The paths of the path finder drawn one per row, left to right from the first entity to the last,
// each arrow pointing from the relationship's subject to its object.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { PathsQuery } from '../gql/graphql.js';
import { type Lang, nameOf, relationshipText } from '../lib/i18n.js';
import { typeStyle } from '../lib/styles.js';

type Path = PathsQuery['paths'][number];

const STEP_X = 230;
const ROW_Y = 80;

export function PathDiagram({ paths, lang, selected, onSelect }: { paths: Path[]; lang: Lang; selected: number; onSelect: (index: number) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const elements: ElementDefinition[] = [];
    paths.forEach((path, i) => {
      const entities = [path.steps[0]!.from, ...path.steps.map((step) => step.to)];
      entities.forEach((entity, j) => {
        const style = typeStyle(entity.__typename);
        elements.push({
          group: 'nodes',
          data: { id: `${i}:${j}`, path: i, label: nameOf(entity, lang), color: style.color, shape: style.shape },
          position: { x: j * STEP_X, y: i * ROW_Y },
        });
      });
      path.steps.forEach((step, j) => {
        const forward = step.direction === 'FORWARD';
        const label = relationshipText(step.type, step.detail, lang);
        elements.push({
          group: 'edges',
          data: { id: `${i}:e${j}`, path: i, source: `${i}:${forward ? j : j + 1}`, target: `${i}:${forward ? j + 1 : j}`, label },
        });
      });
    });
    const cy = cytoscape({
      container: container.current,
      elements,
      layout: { name: 'preset', padding: 30 },
      maxZoom: 1.2,
      userZoomingEnabled: true,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            shape: 'data(shape)' as never,
            width: 26,
            height: 26,
            label: 'data(label)',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '150px',
            'text-outline-color': '#fff',
            'text-outline-width': 2,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': '#9fb3c8',
            'target-arrow-color': '#9fb3c8',
            'target-arrow-shape': 'triangle',
            'curve-style': 'straight',
            label: 'data(label)',
            'font-size': 11,
            color: '#334e68',
            'text-margin-y': -10,
            'text-background-color': '#fff',
            'text-background-opacity': 0.9,
          },
        },
        { selector: '.dim', style: { opacity: 0.3 } },
        { selector: 'edge.chosen', style: { 'line-color': '#ef6c00', 'target-arrow-color': '#ef6c00', width: 3 } },
      ],
    });
    cy.on('tap', 'node, edge', (event) => onSelectRef.current(Number(event.target.data('path'))));
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [paths, lang]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dim chosen');
      cy.elements().filter((element) => element.data('path') !== selected).addClass('dim');
      cy.edges().filter((edge) => edge.data('path') === selected).addClass('chosen');
    });
  }, [selected, paths, lang]);

  const height = Math.max(160, paths.length * ROW_Y + 60);
  return <div ref={container} className="path-diagram" style={{ height }} data-testid="path-diagram" />;
}
