// A small query hook over ./api: loading, data, error and retry for one typed operation, with
// answers cached by operation and variables for the life of the page (the graph does not change
// while the page is open; retry drops the cached failure).
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { ApiError, execute } from './api.js';

const cache = new Map<string, Promise<unknown>>();
/** Bumped when a write (or a sign-in) makes every cached answer stale; mounted queries then ask again. */
let generation = 0;
const listeners = new Set<() => void>();

/** Forgets every cached answer and has every mounted query ask again: after a write changed the graph. */
export function invalidateQueries(): void {
  cache.clear();
  generation += 1;
  for (const listener of listeners) listener();
}

function useGeneration(): number {
  const [seen, setSeen] = useState(generation);
  useEffect(() => {
    const listener = () => setSeen(generation);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return seen;
}

function keyOf(document: TypedDocumentString<unknown, unknown>, variables: unknown): string {
  return `${document.toString()}\u0000${JSON.stringify(variables)}`;
}

/** Runs the operation once per distinct variables; failed answers are not kept. */
export function cachedExecute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const key = keyOf(document as TypedDocumentString<unknown, unknown>, variables);
  let promise = cache.get(key) as Promise<TResult> | undefined;
  if (!promise) {
    promise = execute(document, variables);
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('server', error instanceof Error ? error.message : String(error));
}

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  retry: () => void;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const fresh = useGeneration();
  const [state, setState] = useState<{ key: string | null; data: TResult | null; error: ApiError | null }>({ key: null, data: null, error: null });

  useEffect(() => {
    if (options.skip) return;
    let current = true;
    cachedExecute(document, JSON.parse(key) as TVariables).then(
      (data) => current && setState({ key, data, error: null }),
      (error: unknown) => current && setState({ key, data: null, error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [document, key, attempt, fresh, options.skip]);

  const retry = useCallback(() => {
    setState({ key: null, data: null, error: null });
    setAttempt((n) => n + 1);
  }, []);

  if (options.skip) return { data: null, error: null, loading: false, retry };
  const settled = state.key === key;
  return { data: settled ? state.data : null, error: settled ? state.error : null, loading: !settled, retry };
}
