import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses, at validation (HTTP 400, GRAPHQL_VALIDATION_FAILED), an operation of a type the schema
 * has no root for: this API has no subscriptions, and graphql-js would only notice while
 * executing, as an unexpected error.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`this API has no ${node.operation} operations: send a query or a mutation`, { nodes: node }));
    }
  },
});
