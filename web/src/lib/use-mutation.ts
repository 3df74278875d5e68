// One write from a form: busy while it runs, the API's error when it fails, and every cached
// answer dropped when it succeeds (the graph has changed).
import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { type ApiError, execute } from './api.js';
import { asApiError, invalidateQueries } from './use-query.js';

export interface MutationState<TResult, TVariables> {
  run: (variables: TVariables) => Promise<TResult | null>;
  busy: boolean;
  error: ApiError | null;
  clearError: () => void;
}

export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>): MutationState<TResult, TVariables> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (variables: TVariables) => {
      setBusy(true);
      setError(null);
      try {
        const result = await execute(document, variables);
        invalidateQueries();
        return result;
      } catch (failure) {
        setError(asApiError(failure));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [document],
  );
  return { run, busy, error, clearError: useCallback(() => setError(null), []) };
}
