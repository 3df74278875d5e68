import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';

/**
 * Adds `extensions.neo4j.bookmarks`: after a mutation, the bookmarks of its commit; otherwise
 * those the client sent. Sending them back in the `neo4j-bookmarks` header makes the next
 * request wait until the database it reads from has these writes (read-your-writes on a cluster).
 */
export function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.consistency.bookmarks.length === 0) return;
          const extensions = response.body.singleResult.extensions ?? {};
          const neo4j = (extensions.neo4j ?? {}) as Record<string, unknown>;
          response.body.singleResult.extensions = { ...extensions, neo4j: { ...neo4j, bookmarks: contextValue.consistency.bookmarks } };
        },
      };
    },
  };
}
