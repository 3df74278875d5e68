// 1. Search in Chinese, English or by alias; hits grouped by entity type, best group first.
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type { SearchQuery as SearchResult } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';
import { nameOf, otherNameOf, typeLabel } from '../lib/i18n.js';
import { useQuery } from '../lib/use-query.js';
import { SearchQuery } from '../operations.js';
import { Empty, ErrorMessage, Loading } from './Status.js';
import { TypeDot } from './EntityLink.js';
import { ExportMenu } from './ExportMenu.js';
import { searchTable } from '../lib/export/entity-tables.js';
import { entityExtras } from '../lib/export/load-extras.js';
import { HitName, HitReason } from './SearchMatch.js';

type Hit = SearchResult['search'][number];

export function groupHits(hits: readonly Hit[]): { typename: string; hits: Hit[] }[] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.entity.__typename) ?? [];
    list.push(hit);
    groups.set(hit.entity.__typename, list);
  }
  // Groups in the order of their best hit; hits keep the API's order (best first).
  return [...groups].map(([typename, list]) => ({ typename, hits: list }));
}

export function SearchPanel() {
  const { state, update, openEntity } = useExplorer();
  const { lang, t } = useT();
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);

  // Searches as one types (after a pause) and at once on Enter.
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === state.q) return;
    const timer = window.setTimeout(() => update({ q: trimmed }), 300);
    return () => window.clearTimeout(timer);
  }, [text, state.q, update]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  const query = useQuery(SearchQuery, { text: state.q, first: 50 }, { skip: state.q === '' });
  const groups = useMemo(() => groupHits(query.data?.search ?? []), [query.data]);

  return (
    <section className="search-panel" aria-label={t('search.button')}>
      <form role="search" onSubmit={submit} className="search-form">
        <input
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          data-testid="search-input"
          maxLength={200}
        />
        <button type="submit">{t('search.button')}</button>
      </form>
      <div className="search-results" data-testid="search-results">
        {query.loading && <Loading />}
        {query.error && <ErrorMessage error={query.error} onRetry={query.retry} />}
        {query.data && groups.length === 0 && <Empty testId="search-empty">{t('search.none', { text: state.q })}</Empty>}
        {query.data && groups.length > 0 && (
          <div className="search-summary">
            <p className="muted">{t('search.hits', { n: query.data.search.length })}</p>
            <ExportMenu
              base="search"
              sheets={[{ file: 'search', sheet: t('export.sheet.search') }]}
              load={async () => {
                const hits = query.data?.search ?? [];
                return [searchTable(hits, await entityExtras(hits.map((hit) => hit.entity.id)), lang)];
              }}
            />
          </div>
        )}
        {groups.map((group) => (
          <div key={group.typename} className="search-group" data-testid="search-group" data-type={group.typename}>
            <h3>
              <TypeDot typename={group.typename} />
              {typeLabel(group.typename, lang)} <span className="count">{group.hits.length}</span>
            </h3>
            <ul>
              {group.hits.map((hit) => (
                <li key={hit.entity.id}>
                  <button
                    type="button"
                    className={`search-hit${state.sel === hit.entity.id ? ' active' : ''}`}
                    data-testid="search-hit"
                    data-entity-id={hit.entity.id}
                    onClick={() => openEntity(hit.entity.id)}
                  >
                    <span className="hit-name">
                      <HitName text={nameOf(hit.entity, lang)} hit={hit} />
                    </span>
                    <span className="hit-other">
                      <HitName text={otherNameOf(hit.entity, lang)} hit={hit} />
                    </span>
                    <HitReason hit={hit} shown={[hit.entity.name, hit.entity.nameEn]} lang={lang} />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
