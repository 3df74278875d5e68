export { BOOKMARKS_HEADER, type Client, type ClientOptions, createClient, GraphQLRequestError, type RequestOptions, type Result } from './client.js';
export * from './gql/graphql.js';
