import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { type Role, requireRole } from './caller.js';

export interface AuthPluginOptions {
  readsRequireAuth: boolean;
  /** Who may read the audit trail (`changes`). */
  changesReadRole: Role | 'anyone';
}

/** Names of the root fields an operation selects, through fragments and inline fragments. */
function rootFieldNames(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]!.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/**
 * Refuses a whole operation before it runs: a rejected bearer token always (UNAUTHENTICATED,
 * also for reads, so a client with a broken token notices); a mutation without the editor role
 * (UNAUTHENTICATED without credentials, FORBIDDEN for a reader); a query without credentials
 * when reads require them; a query of the audit trail (`changes`, which names the people who
 * wrote) below CHANGES_READ_ROLE. deleteEntity checks for admin itself.
 */
export function authPlugin(options: AuthPluginOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, document }) {
          const { caller } = contextValue;
          if (caller.kind === 'rejected') throw caller.error;
          if (operation?.operation === 'mutation') requireRole(caller, 'editor');
          else if (options.readsRequireAuth) requireRole(caller, 'reader');
          if (operation?.operation === 'query' && options.changesReadRole !== 'anyone') {
            const fragments = Object.fromEntries(
              document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
            );
            if (rootFieldNames(operation, fragments).has('changes')) requireRole(caller, options.changesReadRole);
          }
        },
      };
    },
  };
}
