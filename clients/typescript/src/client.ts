import type { TypedDocumentString } from './gql/graphql.js';

/** The header that carries bookmarks, comma-separated: the server waits until it has seen these writes. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent with every request, e.g. `{ authorization: 'Bearer <api key>' }`. */
  headers?: Record<string, string>;
  /**
   * Send queries as GET (by hash), so that HTTP caches can keep the public answers; mutations
   * always go by POST. Default false.
   */
  getQueries?: boolean;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Sent as `x-request-id` (1–128 of `A-Z a-z 0-9 . _ : -`); a new UUID otherwise. */
  requestId?: string;
  signal?: AbortSignal;
}

export interface Result<T> {
  data: T;
  /** The id the server logged the request under: quote it when reporting a problem. */
  requestId: string;
  /** What the server reported in `extensions.neo4j`. */
  roundTrips: number | undefined;
}

interface ErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

interface ResponseBody<T> {
  data?: T | null;
  errors?: ErrorBody[];
  extensions?: { neo4j?: { roundTrips?: number; bookmarks?: string[] } };
}

/** The API answered with errors (or not at all with GraphQL); `code` is the first error's `extensions.code`. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly requestId: string,
    readonly errors: ErrorBody[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface Client {
  request<T, V>(document: TypedDocumentString<T, V>, variables?: V, options?: RequestOptions): Promise<Result<T>>;
  /** The bookmarks of this client's last write, sent with every later request (read-your-writes). */
  readonly bookmarks: readonly string[];
}

const isMutation = (text: string) => /(^|\})\s*mutation\b/.test(text);

/**
 * A client for the typed documents of ./gql: each goes by its hash first (an automatic persisted
 * query; the only way in on a server with TRUSTED_DOCUMENTS=only), and by its text when the
 * server does not know the hash.
 */
export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? fetch;
  let bookmarks: string[] = [];

  async function send(payload: { query?: string; variables?: unknown; hash?: string }, get: boolean, requestId: string, signal?: AbortSignal) {
    const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json', 'x-request-id': requestId, ...options.headers };
    if (bookmarks.length > 0) headers[BOOKMARKS_HEADER] = bookmarks.join(',');
    const extensions = payload.hash ? { persistedQuery: { version: 1, sha256Hash: payload.hash } } : undefined;
    let response: Response;
    if (get) {
      const search = new URLSearchParams();
      if (payload.query) search.set('query', payload.query);
      if (payload.variables !== undefined) search.set('variables', JSON.stringify(payload.variables));
      if (extensions) search.set('extensions', JSON.stringify(extensions));
      response = await doFetch(`${options.url}?${search}`, { headers: { ...headers, 'apollo-require-preflight': 'true' }, signal: signal ?? null });
    } else {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query: payload.query, variables: payload.variables, extensions }),
        signal: signal ?? null,
      });
    }
    const answeredId = response.headers.get('x-request-id') ?? requestId;
    let body: ResponseBody<unknown>;
    try {
      body = (await response.json()) as ResponseBody<unknown>;
    } catch {
      throw new GraphQLRequestError(`the API answered HTTP ${response.status} without a GraphQL response`, response.status, answeredId, []);
    }
    return { response, body, requestId: answeredId };
  }

  return {
    get bookmarks() {
      return bookmarks;
    },
    async request(document, variables, requestOptions = {}) {
      const text = document.toString();
      const hash = typeof document.__meta__?.hash === 'string' ? document.__meta__.hash : undefined;
      const get = (options.getQueries ?? false) && !isMutation(text);
      const requestId = requestOptions.requestId ?? crypto.randomUUID();
      let answer = await send(hash ? { hash, variables } : { query: text, variables }, get, requestId, requestOptions.signal);
      if (hash && answer.body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
        answer = await send({ query: text, variables }, get, requestId, requestOptions.signal);
      }
      const { body, response } = answer;
      if (body.errors?.length || body.data == null) {
        const errors = body.errors ?? [];
        throw new GraphQLRequestError(errors[0]?.message ?? `the API answered HTTP ${response.status} without data`, response.status, answer.requestId, errors);
      }
      if (body.extensions?.neo4j?.bookmarks?.length) bookmarks = body.extensions.neo4j.bookmarks;
      return { data: body.data as never, requestId: answer.requestId, roundTrips: body.extensions?.neo4j?.roundTrips };
    },
  };
}
