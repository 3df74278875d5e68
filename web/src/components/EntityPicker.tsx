// Choose one entity by typing part of its name (the search API) and picking a hit.
import { useEffect, useId, useState } from 'react';
import type { EntityType } from '../gql/graphql.js';
import { useT } from '../lib/context.js';
import { nameOf, otherNameOf, typeLabel } from '../lib/i18n.js';
import { useQuery } from '../lib/use-query.js';
import { EntityRefsQuery, SearchQuery } from '../operations.js';
import { TypeDot } from './EntityLink.js';
import { HitName, HitReason } from './SearchMatch.js';
import { ErrorMessage } from './Status.js';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  types?: EntityType[];
  testId: string;
}

export function EntityPicker({ label, value, onChange, types, testId }: Props) {
  const { lang, t } = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);

  const chosen = useQuery(EntityRefsQuery, { ids: value ? [value] : [] }, { skip: !value });
  const hits = useQuery(SearchQuery, { text: debounced, types: types ?? null, first: 10 }, { skip: debounced === '' || value !== null });
  const entity = chosen.data?.nodes[0];

  return (
    <div className="entity-picker" data-testid={testId}>
      <label htmlFor={inputId}>{label}</label>
      {value ? (
        <div className="picked" data-testid={`${testId}-value`} data-entity-id={value}>
          {entity && 'name' in entity ? (
            <>
              <TypeDot typename={entity.__typename} />
              <span className="entity-name">{nameOf(entity, lang)}</span>
              <span className="entity-other-name">{otherNameOf(entity, lang)}</span>
            </>
          ) : (
            <code>{value}</code>
          )}
          <button
            type="button"
            className="clear"
            onClick={() => {
              setText('');
              onChange(null);
            }}
            aria-label={t('picker.clear')}
          >
            ×
          </button>
        </div>
      ) : (
        <>
          <input
            id={inputId}
            type="search"
            value={text}
            placeholder={t('picker.placeholder')}
            onChange={(event) => setText(event.target.value)}
            data-testid={`${testId}-input`}
            autoComplete="off"
          />
          {hits.error && <ErrorMessage error={hits.error} onRetry={hits.retry} />}
          {hits.data && debounced === text.trim() && (
            <ul className="picker-hits" role="listbox">
              {hits.data.search.length === 0 && <li className="muted">{t('search.none', { text: debounced })}</li>}
              {hits.data.search.map((hit) => (
                <li key={hit.entity.id}>
                  <button type="button" role="option" aria-selected="false" data-testid="picker-hit" data-entity-id={hit.entity.id} onClick={() => onChange(hit.entity.id)}>
                    <TypeDot typename={hit.entity.__typename} />
                    <HitName text={nameOf(hit.entity, lang)} hit={hit} /> <span className="muted">{typeLabel(hit.entity.__typename, lang)}</span>
                    <HitReason hit={hit} shown={[nameOf(hit.entity, lang)]} lang={lang} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {chosen.error && <ErrorMessage error={chosen.error} onRetry={chosen.retry} />}
    </div>
  );
}
