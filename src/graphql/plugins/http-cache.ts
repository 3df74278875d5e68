import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';
import { BOOKMARKS_HEADER } from '../../model/errors.js';

/**
 * Which responses may be cached: only GET queries without credentials or bookmarks get the policy
 * of the schema's cache hints (`@cacheControl`, else the default max-age, public). Everything else
 * is marked uncacheable before execution, which also spares it the per-field hint bookkeeping.
 */
export function httpCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, overallCachePolicy }) {
          const headers = request.http?.headers;
          const userSpecific = headers?.has('authorization') || headers?.has(BOOKMARKS_HEADER);
          if (request.http?.method !== 'GET' || operation?.operation !== 'query' || userSpecific) {
            overallCachePolicy.restrict({ maxAge: 0 });
          }
        },
        async willSendResponse({ request, response }) {
          // A cached answer must not reach a request whose answer would differ: one with credentials
          // or with bookmarks of writes it has to see.
          if (request.http?.method !== 'GET') return;
          const vary = response.http.headers.get('vary');
          response.http.headers.set('vary', [vary, 'authorization', BOOKMARKS_HEADER].filter(Boolean).join(', '));
        },
      };
    },
  };
}
