import { useT } from '../lib/context.js';
import { TYPENAMES, nameOf, translate, typeLabel } from '../lib/i18n.js';
import type { SideArea } from '../lib/side-boxes.js';
import { BOTH_SIDES_COLORS, NO_SIDE_COLORS, SIDE_COLORS, typeStyle } from '../lib/styles.js';

/** Outline of a cytoscape node shape in a 20×20 box, close enough for a legend. */
function shapePath(shape: string): string {
  const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
  const regular = (n: number, r: number, rotation = -Math.PI / 2) =>
    polygon(Array.from({ length: n }, (_, i) => [10 + r * Math.cos(rotation + (2 * Math.PI * i) / n), 10 + r * Math.sin(rotation + (2 * Math.PI * i) / n)]));
  switch (shape) {
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const r = i % 2 === 0 ? 9.5 : 4;
          const a = -Math.PI / 2 + (Math.PI * i) / 5;
          return [10 + r * Math.cos(a), 10 + r * Math.sin(a)] as [number, number];
        }),
      );
    case 'hexagon':
    case 'concave-hexagon':
      return regular(6, 9, 0);
    case 'octagon':
      return regular(8, 9, Math.PI / 8);
    case 'pentagon':
      return regular(5, 9.5);
    case 'diamond':
    case 'round-diamond':
      return polygon([[10, 1], [19, 10], [10, 19], [1, 10]]);
    case 'vee':
      return polygon([[1, 2], [10, 8], [19, 2], [10, 19]]);
    case 'tag':
      return polygon([[1, 3], [13, 3], [19, 10], [13, 17], [1, 17]]);
    case 'rhomboid':
      return polygon([[5, 3], [19, 3], [15, 17], [1, 17]]);
    case 'cut-rectangle':
      return polygon([[4, 2], [16, 2], [19, 5], [19, 15], [16, 18], [4, 18], [1, 15], [1, 5]]);
    case 'rectangle':
      return polygon([[2, 3], [18, 3], [18, 17], [2, 17]]);
    case 'round-rectangle':
    case 'barrel':
      return 'M5,3H15Q18,3 18,6V14Q18,17 15,17H5Q2,17 2,14V6Q2,3 5,3Z';
    default:
      return 'M10,1A9,9 0 1,1 9.99,1Z';
  }
}

export function ShapeIcon({ typename }: { typename: string }) {
  const style = typeStyle(typename);
  return (
    <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
      <path d={shapePath(style.shape)} fill={style.color} />
    </svg>
  );
}

export function Legend({ areas }: { areas: SideArea[] | null }) {
  const { lang, t } = useT();
  return (
    <details className="legend" data-testid="legend">
      <summary>{t('graph.legend')}</summary>
      <ul>
        {(areas ?? []).map((area, i) => {
          const colors = SIDE_COLORS[i % SIDE_COLORS.length]!;
          return (
            <li key={area.id}>
              <span className="side-swatch" style={{ background: colors.fill, borderColor: colors.border }} />
              {translate(lang, 'side.of', { area: nameOf(area, lang) })}
            </li>
          );
        })}
        {areas && (
          <li>
            <span className="side-swatch" style={{ background: BOTH_SIDES_COLORS.fill, borderColor: BOTH_SIDES_COLORS.border }} />
            {t('side.both')}
          </li>
        )}
        {areas && (
          <li>
            <span className="side-swatch" style={{ background: NO_SIDE_COLORS.fill, borderColor: NO_SIDE_COLORS.border }} />
            {t('side.none')}
          </li>
        )}
        <li>
          <span className="group-swatch">+N</span>
          {t('graph.legendGroup')}
        </li>
        {TYPENAMES.map((typename) => (
          <li key={typename}>
            <ShapeIcon typename={typename} />
            {typeLabel(typename, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
