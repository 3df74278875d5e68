// The one way the explorer talks to the API: POST /graphql with a typed document from ./gql (by hash).
// Failures become an ApiError whose kind says what went wrong, so every view can say it plainly.
import type { TypedDocumentString } from '../gql/graphql.js';
import { authorizationHeader } from './session.js';

export type ApiErrorKind =
  /** Nothing answered at /graphql: the server is down or the network is. */
  | 'unreachable'
  /** The API answered, but Neo4j behind it does not (GET /readyz says 503). */
  | 'database'
  /** The API refused the request: bad input, unknown id … (the message says which). */
  | 'request'
  /** Anything else: a 5xx without a GraphQL body, an internal error. */
  | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The GraphQL `extensions.code`, when the API gave one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Error codes that mean the API refused this request (it is up, and so is Neo4j). */
const REFUSALS = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COMPLEX', 'CONFLICT']);

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where the API is; the same origin as the page unless the page says otherwise (tests, dev). */
export function apiBase(): string {
  return new URL('/', window.location.href).toString();
}

/** Asks GET /readyz why the API cannot answer; null when it says the database is ready or cannot be asked. */
async function readinessProblem(): Promise<string | null> {
  try {
    const response = await fetch(new URL('/readyz', apiBase()), { cache: 'no-store' });
    if (response.ok) return null;
    const body = (await response.json()) as { reason?: string };
    return body.reason ?? `GET /readyz answered ${response.status}`;
  } catch {
    return null;
  }
}

function post(body: object, signal?: AbortSignal): Promise<Response> {
  return fetch(new URL('/graphql', apiBase()), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authorizationHeader() },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

async function persistedQueryNotFound(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as GraphQLBody<unknown>;
    return body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
  } catch {
    return false;
  }
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    // A trusted document goes by its hash (an automatic persisted query): shorter, and the only way
    // in on a server with TRUSTED_DOCUMENTS=only. A server that does not know the hash says
    // PERSISTED_QUERY_NOT_FOUND, and the text follows.
    const hash = typeof document.__meta__?.hash === 'string' ? document.__meta__.hash : null;
    response = await post(hash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: document.toString(), variables }, signal);
    if (hash && (await persistedQueryNotFound(response))) response = await post({ query: document.toString(), variables }, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('unreachable', 'the API at /graphql does not answer (the server is not running or the network is down)');
  }

  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    if (response.status >= 502 && response.status <= 504) {
      throw new ApiError('unreachable', `the API at /graphql does not answer (HTTP ${response.status} from a proxy)`);
    }
    throw new ApiError('server', `the API answered HTTP ${response.status} without a GraphQL response`);
  }

  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code && REFUSALS.has(code)) {
      throw new ApiError('request', first.message, code);
    }
    const problem = await readinessProblem();
    if (problem) throw new ApiError('database', problem, code);
    throw new ApiError('server', first.message, code);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError('server', `the API answered HTTP ${response.status} without data`);
  }
  return body.data;
}
