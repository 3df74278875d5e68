// Who is signed in to this tab, and what they may do: readers see no editing controls.
import { createContext, useContext } from 'react';
import type { ViewerRole } from '../gql/graphql.js';
import type { ApiError } from './api.js';

export interface ViewerState {
  /** `api-key:<name>` or `jwt:<sub>`; null when signed out. */
  actor: string | null;
  role: ViewerRole | null;
  /** Editors and admins: the Sources actions and the edit forms. */
  canEdit: boolean;
  /** Checks the credentials with the API and keeps them for the tab; the error says why not. */
  signIn: (token: string) => Promise<ApiError | null>;
  signOut: () => void;
}

export const SIGNED_OUT: ViewerState = {
  actor: null,
  role: null,
  canEdit: false,
  signIn: async () => null,
  signOut: () => undefined,
};

export const ViewerContext = createContext<ViewerState>(SIGNED_OUT);

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

export function canEdit(role: ViewerRole | null): boolean {
  return role === 'EDITOR' || role === 'ADMIN';
}
