// 1-3. Search, the graph of the selected entity's neighbourhood, and the details panel.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DetailsPanel } from '../components/DetailsPanel.js';
import { Drawer } from '../components/Drawer.js';
import { type GraphEdgeData, type GraphNode, GraphCanvas, type RenderStats, fitGraph } from '../components/GraphCanvas.js';
import { Legend } from '../components/Legend.js';
import { SearchPanel } from '../components/SearchPanel.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import type { RelationshipType } from '../gql/graphql.js';
import type { ApiError } from '../lib/api.js';
import { useExplorer, useT } from '../lib/context.js';
import { RELATIONSHIP_TYPES, nameOf, relationshipLabel } from '../lib/i18n.js';
import { foldHubs, isGroupId } from '../lib/hub-groups.js';
import { parseEdgeId } from '../lib/url-state.js';
import { asApiError, cachedExecute, useQuery } from '../lib/use-query.js';
import { EntityRefsQuery, NeighborhoodQuery } from '../operations.js';
import { TypeDot } from '../components/EntityLink.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { graphTables } from '../lib/export/entity-tables.js';
import { type NeighborhoodRequest, graphExtras } from '../lib/export/load-extras.js';

/** Most nodes the centre's neighbourhood brings (the API's maximum); an expansion brings its direct neighbours. */
const CENTRE_LIMIT = 500;
const EXPAND_LIMIT = 200;

interface GraphData {
  key: string;
  nodes: GraphNode[];
  edges: GraphEdgeData[];
  truncated: boolean;
}

/** The neighbourhoods the graph merges: the centre's at `depth`, and every expanded node's direct one. */
function neighborhoodRequests(focus: string, depth: number, rel: string[], expanded: string[]): NeighborhoodRequest[] {
  const relationshipTypes = rel.length > 0 ? (rel as RelationshipType[]) : null;
  return [{ id: focus, depth, relationshipTypes, limit: CENTRE_LIMIT }, ...expanded.map((id) => ({ id, depth: 1, relationshipTypes, limit: EXPAND_LIMIT }))];
}

/** The centre's neighbourhood at `depth` merged with the direct neighbourhood of every expanded node. */
function useGraph(focus: string | null, depth: number, rel: string[], expanded: string[]) {
  const key = JSON.stringify([focus, depth, rel, expanded]);
  const [data, setData] = useState<GraphData | null>(null);
  const [error, setError] = useState<{ key: string; error: ApiError } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!focus) return;
    let current = true;
    const requests = neighborhoodRequests(focus, depth, rel, expanded).map((request) => cachedExecute(NeighborhoodQuery, request));
    Promise.all(requests).then(
      (results) => {
        if (!current) return;
        const nodes = new Map<string, GraphNode>();
        const edges = new Map<string, GraphEdgeData>();
        let truncated = false;
        for (const { neighborhood } of results) {
          truncated ||= neighborhood.truncated;
          for (const node of neighborhood.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
          for (const edge of neighborhood.edges) edges.set(edge.id, edge);
        }
        setData({ key, nodes: [...nodes.values()], edges: [...edges.values()], truncated });
        setError(null);
      },
      (reason: unknown) => current && setError({ key, error: asApiError(reason) }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    data: focus ? data : null,
    loading: Boolean(focus) && data?.key !== key && error?.key !== key,
    error: error?.key === key ? error.error : null,
    retry,
  };
}

const SUGGESTIONS = [
  'new-area:liangjiang',
  'new-area:tianfu',
  'agreement:liangjiang-tianfu-strategic-cooperation',
  'platform:chongqing-international-expo-center',
  'enterprise:zhubajie',
];

function RelationshipFilter() {
  const { state, update } = useExplorer();
  const { lang, t } = useT();
  const chosen = new Set(state.rel);
  const toggle = (type: string) => {
    const next = chosen.has(type) ? state.rel.filter((r) => r !== type) : [...state.rel, type];
    update({ rel: RELATIONSHIP_TYPES.filter((r) => next.includes(r)) }, true);
  };
  return (
    <details className="relationship-filter" data-testid="relationship-filter">
      <summary>
        {t('graph.types')}: {state.rel.length === 0 ? t('graph.allTypes') : state.rel.length}
      </summary>
      <div className="filter-body">
        <button type="button" onClick={() => update({ rel: [] }, true)} disabled={state.rel.length === 0}>
          {t('graph.allTypes')}
        </button>
        <ul>
          {RELATIONSHIP_TYPES.map((type) => (
            <li key={type}>
              <label>
                <input type="checkbox" checked={chosen.has(type)} onChange={() => toggle(type)} data-type={type} />
                {relationshipLabel(type, lang)}
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export function ExploreView() {
  const { state, update, areas, areasSettled } = useExplorer();
  const { lang, t } = useT();
  const graph = useGraph(state.focus, state.depth, state.rel, state.x);
  const shown = areasSettled ? graph.data : null;
  const [stats, setStats] = useState<RenderStats | null>(null);

  const graphNodes = useMemo(() => new Map((graph.data?.nodes ?? []).map((node) => [node.id, node])), [graph.data]);
  const centreIds = useMemo(() => (state.focus ? [state.focus, ...state.x] : []), [state.focus, state.x]);
  // From depth 2 on, the lone neighbours of hubs are folded into groups, and their edges by type.
  const drawn = useMemo(
    () => (shown && state.depth >= 2 ? foldHubs(shown.nodes, shown.edges, state.focus ? [state.focus] : [], new Set(centreIds), new Set(state.open)) : shown),
    [shown, state.depth, centreIds, state.open],
  );
  // A folded group (or its edge) opens on a click; anything else is selected.
  const openGroup = useCallback(
    (id: string) => {
      const ends = parseEdgeId(id);
      const group = isGroupId(id) ? id : [ends?.source, ends?.target].find((end) => end !== undefined && isGroupId(end));
      if (!group) return false;
      if (!state.open.includes(group)) update({ open: [...state.open, group] }, true);
      return true;
    },
    [state.open, update],
  );
  const onSelect = useCallback((id: string | null) => (id !== null && openGroup(id)) || update({ sel: id }), [openGroup, update]);
  // Double-click: a node's direct neighbours join the graph; on the centre, one level more (up to 3).
  const onExpand = useCallback(
    (id: string) => {
      if (openGroup(id)) return;
      if (id === state.focus) {
        if (state.depth < 3) update({ depth: state.depth + 1, sel: id }, true);
      } else if (!state.x.includes(id)) update({ x: [...state.x, id], sel: id }, true);
    },
    [state.focus, state.depth, state.x, update, openGroup],
  );
  const emptyNodes = useMemo<GraphNode[]>(() => [], []);
  const emptyEdges = useMemo<GraphEdgeData[]>(() => [], []);

  return (
    <div className="explore-view">
      <Drawer title={t('search.button')} open={!state.focus || state.q !== ''} testId="search-drawer">
        <SearchPanel />
      </Drawer>
      <section className="graph-panel" aria-label={t('view.explore')}>
        <div className="graph-toolbar">
          <label>
            {t('graph.depth')}{' '}
            <select
              value={state.depth}
              data-testid="depth-select"
              onChange={(event) => update({ depth: Number(event.target.value) }, true)}
              disabled={!state.focus}
            >
              {[1, 2, 3].map((depth) => (
                <option key={depth} value={depth}>
                  {depth}
                </option>
              ))}
            </select>
          </label>
          <RelationshipFilter />
          <button type="button" onClick={fitGraph} disabled={!graph.data}>
            {t('graph.fit')}
          </button>
          <button type="button" onClick={() => update({ x: [], open: [], sel: state.focus }, true)} disabled={state.x.length === 0 && state.open.length === 0}>
            {t('graph.reset')}
          </button>
          <ExportMenu
            base="graph"
            sheets={[
              { file: 'nodes', sheet: t('export.sheet.nodes') },
              { file: 'relationships', sheet: t('export.sheet.edges') },
            ]}
            load={async () => {
              const extras = await graphExtras(neighborhoodRequests(state.focus!, state.depth, state.rel, state.x));
              return graphTables(graph.data?.nodes ?? [], graph.data?.edges ?? [], areas ?? [], extras.nodes, extras.edges, lang);
            }}
            graph={() => window.__explorerGraph?.cy ?? null}
            disabled={!graph.data}
          />
          <span className="graph-stats" data-testid="graph-stats">
            {graph.loading && <Loading />}
            {!graph.loading && stats && graph.data && t('graph.stats', { nodes: stats.nodes, edges: stats.edges, ms: stats.ms })}
            {!graph.loading && graph.data?.truncated && <span className="warning"> · {t('graph.truncated')}</span>}
          </span>
          <span className="muted hint">{t('graph.hint')}</span>
        </div>
        <div className="graph-area">
          <GraphCanvas
            nodes={drawn?.nodes ?? emptyNodes}
            edges={drawn?.edges ?? emptyEdges}
            areas={areas}
            lang={lang}
            selectedId={state.sel}
            centreIds={centreIds}
            onSelect={onSelect}
            onExpand={onExpand}
            onRendered={setStats}
          />
          <Legend areas={areas} />
          {graph.error && (
            <div className="graph-overlay">
              <ErrorMessage error={graph.error} onRetry={graph.retry} />
            </div>
          )}
          {graph.data && graph.data.nodes.length === 1 && (
            <div className="graph-overlay">
              <Empty>{t('graph.empty')}</Empty>
            </div>
          )}
          {!state.focus && <Welcome />}
        </div>
      </section>
      <Drawer title={t('details.title')} open={state.sel !== null} testId="details-drawer">
        <DetailsPanel graphNodes={graphNodes} />
      </Drawer>
    </div>
  );
}

/** The landing state: what to do, and a few entities to start from (by id, named by the API). */
function Welcome() {
  const { openEntity } = useExplorer();
  const { lang, t } = useT();
  const query = useQuery(EntityRefsQuery, { ids: SUGGESTIONS });
  return (
    <div className="graph-overlay welcome" data-testid="welcome">
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.text')}</p>
      {query.loading && <Loading />}
      {query.error && <ErrorMessage error={query.error} onRetry={query.retry} />}
      <ul className="suggestions">
        {(query.data?.nodes ?? []).map((node) =>
          node && 'name' in node ? (
            <li key={node.id}>
              <button type="button" onClick={() => openEntity(node.id)}>
                <TypeDot typename={node.__typename} />
                {nameOf(node, lang)}
              </button>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
