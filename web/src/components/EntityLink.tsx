import { useExplorer, useT } from '../lib/context.js';
import { type Named, nameOf, otherNameOf, typeLabel } from '../lib/i18n.js';
import { typeStyle } from '../lib/styles.js';

export interface EntityLike extends Named {
  __typename?: string;
  id: string;
}

/** A type-coloured dot in the shape's colour; the type in words as its title. */
export function TypeDot({ typename }: { typename: string }) {
  const { lang } = useT();
  return <span className="type-dot" style={{ background: typeStyle(typename).color }} title={typeLabel(typename, lang)} aria-hidden="true" />;
}

/** An entity's name in the chosen language, opening it in the graph view when clicked. */
export function EntityLink({ entity, onClick, secondary = false }: { entity: EntityLike; onClick?: () => void; secondary?: boolean }) {
  const { openEntity } = useExplorer();
  const { lang } = useT();
  return (
    <button
      type="button"
      className="entity-link"
      data-entity-id={entity.id}
      title={`${otherNameOf(entity, lang)} · ${entity.id}`}
      onClick={onClick ?? (() => openEntity(entity.id))}
    >
      {entity.__typename && <TypeDot typename={entity.__typename} />}
      <span className="entity-name">{nameOf(entity, lang)}</span>
      {secondary && <span className="entity-other-name">{otherNameOf(entity, lang)}</span>}
    </button>
  );
}
