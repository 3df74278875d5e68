import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';

/**
 * Reports in `extensions.neo4j.roundTrips` how many Cypher statements the operation sent, so
 * clients and tests can see that a nested query costs one round trip per level.
 */
export function roundTripsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const extensions = response.body.singleResult.extensions ?? {};
          response.body.singleResult.extensions = {
            ...extensions,
            neo4j: { ...(extensions.neo4j as Record<string, unknown> | undefined), roundTrips: contextValue.roundTrips.count },
          };
        },
      };
    },
  };
}
