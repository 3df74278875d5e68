import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { requireRole } from './caller.js';

/**
 * Refuses a whole operation before it runs: a rejected bearer token always (UNAUTHENTICATED,
 * also for reads, so a client with a broken token notices); a mutation without the editor role
 * (UNAUTHENTICATED without credentials, FORBIDDEN for a reader); a query without credentials
 * when reads require them. deleteEntity checks for admin itself.
 */
export function authPlugin(options: { readsRequireAuth: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { caller } = contextValue;
          if (caller.kind === 'rejected') throw caller.error;
          if (operation?.operation === 'mutation') requireRole(caller, 'editor');
          else if (options.readsRequireAuth) requireRole(caller, 'reader');
        },
      };
    },
  };
}
