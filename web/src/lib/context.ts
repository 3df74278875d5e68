// What every part of the explorer shares: the URL state, the language and the new areas.
import { createContext, useContext } from 'react';
import type { CitationFieldsFragment } from '../gql/graphql.js';
import { type Lang, type StringKey, translate } from './i18n.js';
import type { SideArea } from './side-boxes.js';
import type { AppState } from './url-state.js';

export interface ExplorerContextValue {
  state: AppState;
  /** Changes the state; `push` adds a history entry (a new selection), otherwise it replaces it. */
  update: (patch: Partial<AppState>, push?: boolean) => void;
  /** Opens an entity in the graph view: centre and selection, a new history entry. */
  openEntity: (id: string) => void;
  /** Shows a citation with its whole paragraph. */
  showCitation: (citation: CitationFieldsFragment) => void;
  /** The new areas, by id: one box of the graph each (the API's Entity.side says who is in which). */
  areas: SideArea[] | null;
  /** True once the new areas have loaded or failed to: the graph waits for them, to be laid out once. */
  areasSettled: boolean;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer outside ExplorerContext');
  return value;
}

export function useT(): { lang: Lang; t: (key: StringKey, params?: Record<string, string | number>) => string } {
  const { state } = useExplorer();
  return { lang: state.lang, t: (key, params) => translate(state.lang, key, params) };
}
