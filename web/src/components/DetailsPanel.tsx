// 3. The selected entity or relationship: properties, relationships and citations. Every fact has
// its citation chips next to it; a click shows the quoted sentence inside its numbered paragraph.
import { useEffect, useState } from 'react';
import type { EntityDetailsQuery, RelationshipFieldsFragment } from '../gql/graphql.js';
import { useExplorer, useT } from '../lib/context.js';
import { nameOf, otherNameOf, quoted, relationshipLabel, summaryIn, translate, typeLabel } from '../lib/i18n.js';
import { type Lang } from '../lib/i18n.js';
import { enumLabel, propertyLabel, propertyValueLabel } from '../lib/vocabulary.js';
import { isEdgeId, parseEdgeId } from '../lib/url-state.js';
import { useViewer } from '../lib/viewer.js';
import { asApiError, cachedExecute, useQuery } from '../lib/use-query.js';
import { EdgeCitationsQuery, EntityDetailsQuery as DetailsDocument, EntityRefsQuery } from '../operations.js';
import { CitationList } from './Citation.js';
import { EntityEditor, UnlinkControl } from './EntityEditor.js';
import { EntityLink, TypeDot } from './EntityLink.js';
import type { GraphNode } from './GraphCanvas.js';
import { Empty, ErrorMessage, Loading } from './Status.js';

type Details = EntityDetailsQuery['node'];
type RelationshipEdge = NonNullable<Extract<Details, { relationships: unknown }>['relationships']>['edges'][number];

const COMMON_KEYS = new Set(['__typename', 'id', 'name', 'nameEn', 'nameEnOfficial', 'aliases', 'summary', 'summaryEn', 'citations', 'relationships', 'side']);
const RELATIONSHIP_KEYS = new Set(['type', 'direction', 'citations']);
/** Aliased fields (kind and status differ in type between entity types) shown under their own name. */
const FIELD_NAMES: Record<string, string> = {
  regionKind: 'kind',
  eventKind: 'kind',
  platformKind: 'kind',
  organizationKind: 'kind',
  policyKind: 'kind',
  projectKind: 'kind',
  industryKind: 'kind',
  initiativeKind: 'kind',
  taskStatus: 'status',
  platformStatus: 'status',
  projectStatus: 'status',
};

/** Properties whose value is the id of another entity: shown by its name. */
const ID_KEYS = new Set(['via', 'speaker', 'at', 'toPerson', 'byPerson', 'statedBy']);

function formatValue(key: string, value: unknown, lang: Lang, names: ReadonlyMap<string, { name: string; nameEn: string }>): string {
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, lang, names)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number') return Math.abs(value) >= 100_000 ? value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') : String(value);
  const text = String(value);
  if (ID_KEYS.has(key)) {
    const named = names.get(text);
    return named ? nameOf(named, lang) : '…';
  }
  const label = propertyValueLabel(key, text, lang);
  // The source's own words (a title, a note, a pledge) stay Chinese, quoted, in English.
  return lang === 'en' && /[\u3400-\u9fff]/.test(label) ? quoted(label) : label;
}

/** [label, value] of an object's own properties, in words of the language. */
function ownProperties(object: object, skip: Set<string>, lang: Lang, names: ReadonlyMap<string, { name: string; nameEn: string }> = new Map()): [string, string][] {
  return Object.entries(object)
    .filter(([key, value]) => !skip.has(key) && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => {
      const field = FIELD_NAMES[key] ?? key;
      return [propertyLabel(field, lang), formatValue(field, value, lang, names)];
    });
}

/** The names of the entities some relationship properties point at (via, speaker, …). */
function useReferencedNames(relationship: RelationshipFieldsFragment): ReadonlyMap<string, { name: string; nameEn: string }> {
  const ids = Object.entries(relationship)
    .filter(([key, value]) => ID_KEYS.has(key) && typeof value === 'string')
    .map(([, value]) => value as string);
  const found = useQuery(EntityRefsQuery, { ids }, { skip: ids.length === 0 });
  const names = new Map<string, { name: string; nameEn: string }>();
  for (const node of found.data?.nodes ?? []) if (node && 'name' in node) names.set(node.id, node);
  return names;
}

function RelationshipProperties({ relationship }: { relationship: RelationshipFieldsFragment }) {
  const { lang } = useT();
  const names = useReferencedNames(relationship);
  const properties = ownProperties(relationship, RELATIONSHIP_KEYS, lang, names);
  if (properties.length === 0) return null;
  return (
    <span className="relationship-properties">
      {properties.map(([key, value]) => (
        <span key={key} className="property-pill">
          {key}: {value}
        </span>
      ))}
    </span>
  );
}

function EntityDetails({ id, graphNodes }: { id: string; graphNodes: ReadonlyMap<string, GraphNode> }) {
  const { state, update, areas } = useExplorer();
  const { lang, t } = useT();
  const { canEdit } = useViewer();
  const query = useQuery(DetailsDocument, { id });
  // Relationships past the first page; `next` is undefined until a further page was asked for.
  const [more, setMore] = useState<{ edges: RelationshipEdge[]; next: string | null | undefined; loading: boolean }>({ edges: [], next: undefined, loading: false });
  useEffect(() => setMore({ edges: [], next: undefined, loading: false }), [id]);

  const node = query.data?.node;
  const entity = node && 'relationships' in node ? node : null;
  const relationships = entity ? [...entity.relationships.edges, ...more.edges] : [];
  const groups = new Map<string, RelationshipEdge[]>();
  for (const edge of relationships) {
    if (!edge.relationship) continue;
    const key = `${edge.relationship.direction}:${edge.relationship.type}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  const grouped = [...groups];

  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} onRetry={query.retry} />;
  if (!entity) return null;

  const firstPage = entity.relationships.pageInfo;
  const nextCursor = more.next === undefined ? (firstPage.hasNextPage ? firstPage.endCursor : null) : more.next;
  const loadMore = async () => {
    if (!nextCursor) return;
    setMore((m) => ({ ...m, loading: true }));
    const data = await cachedExecute(DetailsDocument, { id, after: nextCursor }).catch(() => null);
    if (!data) {
      setMore((m) => ({ ...m, loading: false }));
      return;
    }
    const page = data.node && 'relationships' in data.node ? data.node.relationships : null;
    setMore((m) => ({
      edges: [...m.edges, ...(page?.edges ?? [])],
      next: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
      loading: false,
    }));
  };
  const remaining = entity.relationships.totalCount - relationships.length;
  const sideAreas = entity.side.newAreas.map((ref) => areas?.find((area) => area.id === ref.id)).filter((area) => area !== undefined);
  const sideText =
    entity.side.placement === 'ONE' && sideAreas[0]
      ? translate(lang, 'side.of', { area: nameOf(sideAreas[0], lang) })
      : enumLabel('SidePlacement', entity.side.placement, lang);
  const inGraph = graphNodes.has(entity.id);

  return (
    <article className="details" data-testid="details" data-entity-id={entity.id}>
      <header>
        <span className="type-badge">
          <TypeDot typename={entity.__typename} />
          {typeLabel(entity.__typename, lang)}
        </span>
        <h2 data-testid="details-name">{nameOf(entity, lang)}</h2>
        <p className="other-name">
          {otherNameOf(entity, lang)}
          {lang === 'zh' || entity.nameEnOfficial ? '' : ` (${t('details.translation')})`}
          {lang === 'en' && entity.nameEnOfficial ? ` (${t('details.official')})` : ''}
        </p>
        <div className="details-actions">
          {state.focus !== entity.id && (
            <button type="button" onClick={() => update({ focus: entity.id, sel: entity.id, x: [] }, true)}>
              {t('details.focus')}
            </button>
          )}
          {inGraph && !state.x.includes(entity.id) && (state.focus !== entity.id || state.depth < 3) && (
            <button
              type="button"
              data-testid="expand-button"
              onClick={() => update(state.focus === entity.id ? { depth: state.depth + 1 } : { x: [...state.x, entity.id] }, true)}
            >
              {t('details.expand')}
            </button>
          )}
        </div>
      </header>
      <dl className="facts">
        <dt>{t('details.id')}</dt>
        <dd>
          <code>{entity.id}</code>
        </dd>
        <dt>{t('details.side')}</dt>
        <dd data-testid="details-side">
          {sideText}
          <span className="muted">
            {' '}
            ({t('details.sideBasis')}: {enumLabel('SideBasis', entity.side.basis, lang)})
          </span>
        </dd>
        {entity.aliases.length > 0 && (
          <>
            <dt>{t('details.aliases')}</dt>
            <dd className="aliases">{entity.aliases.join(lang === 'zh' ? '、' : ', ')}</dd>
          </>
        )}
        {ownProperties(entity, COMMON_KEYS, lang).map(([key, value]) => (
          <FactRow key={key} name={key} value={value} />
        ))}
      </dl>
      {summaryIn(entity, lang) && <p className="summary" data-testid="details-summary">{summaryIn(entity, lang)}</p>}
      {canEdit && <EntityEditor entity={entity} />}
      <section>
        <h3>{t('details.citations')}</h3>
        <CitationList citations={entity.citations} />
      </section>
      <section>
        <h3>
          {t('details.relationships')} <span className="count">{entity.relationships.totalCount}</span>
        </h3>
        {grouped.map(([key, edges]) => {
          const [direction, type] = key.split(':') as [string, string];
          return (
            <div key={key} className="relationship-group" data-testid="relationship-group" data-type={type}>
              <h4>
                {direction === 'OUTGOING' ? '→' : '←'} {relationshipLabel(type, lang)}
              </h4>
              <ul>
                {edges.map((edge) => (
                  <li key={`${edge.node.id}`} className="relationship" data-testid="relationship">
                    <EntityLink entity={edge.node} />
                    {edge.relationship && <RelationshipProperties relationship={edge.relationship} />}
                    {edge.relationship && <CitationList citations={edge.relationship.citations} showQuote={false} />}
                    {canEdit && edge.relationship && (
                      <UnlinkControl
                        from={edge.relationship.direction === 'OUTGOING' ? entity.id : edge.node.id}
                        type={edge.relationship.type}
                        to={edge.relationship.direction === 'OUTGOING' ? edge.node.id : entity.id}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {remaining > 0 && nextCursor && (
          <button type="button" onClick={loadMore} disabled={more.loading}>
            {t('details.more', { n: remaining })}
          </button>
        )}
      </section>
    </article>
  );
}

function FactRow({ name, value }: { name: string; value: string }) {
  const long = value.length > 40;
  return (
    <>
      <dt>{name}</dt>
      <dd className={long ? 'long-text' : undefined}>{value}</dd>
    </>
  );
}

/** A relationship of the graph: its two ends, properties and citations (fetched when selected). */
function EdgeDetails({ id, graphNodes }: { id: string; graphNodes: ReadonlyMap<string, GraphNode> }) {
  const { lang, t } = useT();
  const parts = parseEdgeId(id);
  const [state, setState] = useState<{ relationship: RelationshipFieldsFragment | null; error: ReturnType<typeof asApiError> | null; attempt: number }>({
    relationship: null,
    error: null,
    attempt: 0,
  });
  useEffect(() => {
    if (!parts) return;
    let current = true;
    setState((s) => ({ ...s, relationship: null, error: null }));
    cachedExecute(EdgeCitationsQuery, { source: parts.source, type: parts.type as RelationshipFieldsFragment['type'] }).then(
      (data) => {
        const found =
          data.node && 'relationships' in data.node ? data.node.relationships.edges.find((edge) => edge.node.id === parts.target) : undefined;
        if (current) setState((s) => ({ ...s, relationship: found?.relationship ?? null }));
      },
      (error: unknown) => current && setState((s) => ({ ...s, error: asApiError(error) })),
    );
    return () => {
      current = false;
    };
  }, [id, state.attempt]);

  if (!parts) return null;
  const source = graphNodes.get(parts.source);
  const target = graphNodes.get(parts.target);
  return (
    <article className="details" data-testid="details" data-edge-id={id}>
      <header>
        <span className="type-badge">{t('details.edge')}</span>
        <h2>
          {relationshipLabel(parts.type, lang)}
        </h2>
      </header>
      <p className="edge-ends">
        {source ? <EntityLink entity={source} /> : <code>{parts.source}</code>} <span className="arrow">→</span>{' '}
        {target ? <EntityLink entity={target} /> : <code>{parts.target}</code>}
      </p>
      {state.error && <ErrorMessage error={state.error} onRetry={() => setState((s) => ({ ...s, attempt: s.attempt + 1 }))} />}
      {!state.error && !state.relationship && <Loading />}
      {state.relationship && (
        <>
          <RelationshipProperties relationship={state.relationship} />
          <section>
            <h3>{t('details.citations')}</h3>
            <CitationList citations={state.relationship.citations} />
          </section>
        </>
      )}
    </article>
  );
}

export function DetailsPanel({ graphNodes }: { graphNodes: ReadonlyMap<string, GraphNode> }) {
  const { state } = useExplorer();
  const { t } = useT();
  return (
    <aside className="details-panel" aria-label={translate(state.lang, 'details.properties')}>
      {!state.sel && <Empty testId="details-empty">{t('details.empty')}</Empty>}
      {state.sel && isEdgeId(state.sel) && <EdgeDetails id={state.sel} graphNodes={graphNodes} />}
      {state.sel && !isEdgeId(state.sel) && <EntityDetails id={state.sel} graphNodes={graphNodes} />}
    </aside>
  );
}
