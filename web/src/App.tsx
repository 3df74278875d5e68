// The explorer: header (views, language, GraphiQL), the current view, and the source viewer.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SourceViewer } from './components/Citation.js';
import { SignInControl } from './components/SignIn.js';
import { ErrorMessage } from './components/Status.js';
import type { CitationFieldsFragment } from './gql/graphql.js';
import type { ApiError } from './lib/api.js';
import { ExplorerContext, type ExplorerContextValue } from './lib/context.js';
import { translate } from './lib/i18n.js';
import type { SideArea } from './lib/side-boxes.js';
import { type AppState, VIEWS, parseState, serializeState } from './lib/url-state.js';
import { asApiError, cachedExecute } from './lib/use-query.js';
import { NewAreasQuery } from './operations.js';
import { ExploreView } from './views/ExploreView.js';
import { MatrixView } from './views/MatrixView.js';
import { PartnersView } from './views/PartnersView.js';
import { PathsView } from './views/PathsView.js';
import { SourcesView } from './views/SourcesView.js';

function useUrlState(): [AppState, (patch: Partial<AppState>, push?: boolean) => void] {
  const [state, setState] = useState<AppState>(() => parseState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<AppState>, push = false) => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      const url = `${window.location.pathname}${serializeState(next)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (push) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);
  return [state, update];
}

function useAreas(): { areas: SideArea[] | null; error: ApiError | null; retry: () => void } {
  const [areas, setAreas] = useState<SideArea[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    cachedExecute(NewAreasQuery, {}).then(
      (data) => current && (setAreas(data.newAreas.nodes), setError(null)),
      (reason: unknown) => current && setError(asApiError(reason)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  return { areas, error, retry: useCallback(() => setAttempt((n) => n + 1), []) };
}

export function App() {
  const [state, update] = useUrlState();
  const sides = useAreas();
  const [citation, setCitation] = useState<CitationFieldsFragment | null>(null);
  const t = (key: Parameters<typeof translate>[1]) => translate(state.lang, key);

  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(state.lang, 'title')} · ${translate(state.lang, `view.${state.view}`)}`;
  }, [state.lang, state.view]);

  const context = useMemo<ExplorerContextValue>(
    () => ({
      state,
      update,
      openEntity: (id) => update({ view: 'explore', focus: id, sel: id, x: [], open: [] }, true),
      showCitation: setCitation,
      areas: sides.areas,
      areasSettled: sides.areas !== null || sides.error !== null,
    }),
    [state, update, sides.areas, sides.error],
  );

  return (
    <ExplorerContext.Provider value={context}>
      <div className="app" data-view={state.view}>
        <header className="app-header">
          <div className="brand">
            <h1>{t('title')}</h1>
            <span className="subtitle">{t('subtitle')}</span>
          </div>
          <nav className="tabs" role="tablist">
            {VIEWS.map((view) => (
              <button
                key={view}
                type="button"
                role="tab"
                aria-selected={state.view === view}
                className={state.view === view ? 'active' : ''}
                data-testid={`tab-${view}`}
                onClick={() => update({ view }, true)}
              >
                {t(`view.${view}`)}
              </button>
            ))}
          </nav>
          <div className="header-tools">
            <SignInControl />
            <button
              type="button"
              className="lang-toggle"
              data-testid="lang-toggle"
              title={t('lang.toggleTitle')}
              onClick={() => update({ lang: state.lang === 'zh' ? 'en' : 'zh' })}
            >
              {t('lang.toggle')}
            </button>
            <a href="/graphiql" className="graphiql-link">
              {t('graphiql')}
            </a>
          </div>
        </header>
        {sides.error && (
          <div className="banner" data-testid="api-banner">
            <ErrorMessage error={sides.error} onRetry={sides.retry} />
          </div>
        )}
        <main className="app-main">
          {state.view === 'explore' && <ExploreView />}
          {state.view === 'matrix' && <MatrixView />}
          {state.view === 'paths' && <PathsView />}
          {state.view === 'partners' && <PartnersView />}
          {state.view === 'sources' && <SourcesView />}
        </main>
        {citation && <SourceViewer key={`${citation.paragraph}:${citation.quote}`} citation={citation} onClose={() => setCitation(null)} />}
      </div>
    </ExplorerContext.Provider>
  );
}
