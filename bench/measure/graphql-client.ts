import type { GraphQLData, GraphQLRequest } from '../queries/types.js';

export class GraphQLRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** The request body both HTTP sides are sent. */
export function requestBody(request: GraphQLRequest): string {
  return JSON.stringify({ query: request.query, variables: request.variables });
}

/** POSTs one operation; anything but a 200 with data and no errors is an error saying what came back. */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<GraphQLData> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(request) });
  const text = await response.text();
  let body: { data?: GraphQLData | null; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLRequestError(`${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || body.errors?.length || !body.data) {
    const errors = body.errors?.map((e) => e.message).join('; ') ?? 'no data';
    throw new GraphQLRequestError(`${url} answered ${response.status}: ${errors}`);
  }
  return body.data;
}
