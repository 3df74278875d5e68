import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitErrorOf, OPERATION_LIMITS, operationLimits } from '../../src/graphql/limits.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import * as explorerDocuments from '../../web/src/gql/graphql.js';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const limits = operationLimits({ production: false });

/** Parses and validates `text` as the server does; returns every error. */
function check(text: string): GraphQLError[] {
  let document;
  try {
    document = parse(text, limits.parseOptions);
  } catch (error) {
    return [error as GraphQLError];
  }
  return [...validate(schema, document, [...specifiedRules, ...limits.validationRules])];
}

function limitErrors(errors: GraphQLError[]): Record<string, unknown>[] {
  return errors
    .filter((error) => error.extensions.code === 'QUERY_TOO_COMPLEX')
    .map((error) => ({ message: error.message, limit: error.extensions.limit, maximum: error.extensions.maximum }));
}

/** The explorer's operations, with their fragments, as codegen wrote them from web/src/operations*.ts. */
const explorer = Object.entries(explorerDocuments)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => [name, String(document)] as const);

const EXAMPLES_DIR = 'docs/queries';
const examples = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file, fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')] as const);

/** `{ node(id: "x") { ... on Entity { relationships(first: 1) { nodes { … id } } } } }`, `depth` levels deep. */
function nestedQuery(depth: number): string {
  const hops = Math.floor((depth - 2) / 2);
  const open = 'relationships(first: 1) { nodes { '.repeat(hops);
  const padding = (depth - 2) % 2 === 1 ? 'relationships(first: 1) { totalCount } ' : 'id ';
  return `{ node(id: "x") { ... on Entity { ${open}${padding}${'} } '.repeat(hops)}} } }`;
}

function aliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
}

describe('operation limits', () => {
  it('sees every operation of web/src/operations*.ts', () => {
    const source = fs
      .readdirSync('web/src')
      .filter((file) => /^operations.*\.ts$/.test(file))
      .map((file) => fs.readFileSync(`web/src/${file}`, 'utf8'))
      .join('\n');
    const names = [...source.matchAll(/^\s*(query|mutation) (\w+)/gm)].map((match) => `${match[2]}Document`);
    expect(names.length).toBeGreaterThan(0);
    expect(explorer.map(([name]) => name).sort()).toEqual(names.sort());
  });

  it.each(explorer)('lets the explorer send %s', (_name, text) => {
    expect(check(text)).toEqual([]);
  });

  it.each(examples)('lets docs/queries/%s through', (_file, text) => {
    expect(check(text)).toEqual([]);
  });

  it("lets GraphiQL's introspection query through", () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });

  it(`accepts depth ${OPERATION_LIMITS.maxDepth} and refuses one level more, naming maxDepth`, () => {
    expect(check(nestedQuery(OPERATION_LIMITS.maxDepth))).toEqual([]);
    expect(limitErrors(check(nestedQuery(OPERATION_LIMITS.maxDepth + 1)))).toEqual([
      {
        message: `Query depth limit of ${OPERATION_LIMITS.maxDepth} exceeded, found ${OPERATION_LIMITS.maxDepth + 1}.`,
        limit: 'maxDepth',
        maximum: OPERATION_LIMITS.maxDepth,
      },
    ]);
  });

  it('refuses depth 50', () => {
    expect(limitErrors(check(nestedQuery(50)))).toContainEqual({
      message: `Query depth limit of ${OPERATION_LIMITS.maxDepth} exceeded, found 50.`,
      limit: 'maxDepth',
      maximum: OPERATION_LIMITS.maxDepth,
    });
  });

  it(`accepts ${OPERATION_LIMITS.maxAliases} aliases, __typename's included, and refuses one more`, () => {
    expect(check(aliases(OPERATION_LIMITS.maxAliases))).toEqual([]);
    expect(limitErrors(check(aliases(OPERATION_LIMITS.maxAliases + 1)))).toEqual([
      { message: `Aliases limit of ${OPERATION_LIMITS.maxAliases} exceeded, found ${OPERATION_LIMITS.maxAliases + 1}.`, limit: 'maxAliases', maximum: 30 },
    ]);
  });

  it('refuses 1,000 aliases', () => {
    expect(limitErrors(check(aliases(1000)))).toEqual([
      { message: `Aliases limit of ${OPERATION_LIMITS.maxAliases} exceeded, found 1000.`, limit: 'maxAliases', maximum: OPERATION_LIMITS.maxAliases },
    ]);
  });

  it('refuses three nested pages of 100 by cost alone', () => {
    const expensive = '{ platforms(first: 100) { nodes { tasks(first: 100) { nodes { platforms(first: 100) { nodes { id name } } } } } } }';
    const errors = limitErrors(check(expensive));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ limit: 'maxCost', maximum: OPERATION_LIMITS.maxCost });
    expect(errors[0]!.message).toMatch(new RegExp(`^Query Cost limit of ${OPERATION_LIMITS.maxCost} exceeded, found \\d+\\.$`));
  });

  it('refuses more directives than maxDirectives', () => {
    const fields = (count: number) => `{ ${Array.from({ length: count }, () => '__typename @include(if: true)').join(' ')} }`;
    expect(check(fields(OPERATION_LIMITS.maxDirectives))).toEqual([]);
    expect(limitErrors(check(fields(OPERATION_LIMITS.maxDirectives + 1)))).toMatchObject([{ limit: 'maxDirectives' }]);
  });

  it(`stops parsing after ${OPERATION_LIMITS.maxTokens} tokens, reported as QUERY_TOO_COMPLEX once Apollo wraps it`, () => {
    // `{ nodes ( ids : [ … ] ) { id } }`: 12 tokens around the list
    const tokens = (count: number) => `{ nodes(ids: [${'"x" '.repeat(count - 12)}]) { id } }`;
    expect(check(tokens(OPERATION_LIMITS.maxTokens))).toEqual([]);
    const [error] = check(tokens(OPERATION_LIMITS.maxTokens + 1));
    const wrapped = new GraphQLError(error!.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' }, originalError: error });
    expect(limitErrorOf(wrapped)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxTokens', maximum: OPERATION_LIMITS.maxTokens });
  });

  it('leaves fragment cycles and unknown fields to GraphQL validation', () => {
    const cycle = check('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(limitErrors(cycle)).toEqual([]);
    expect(cycle.map((error) => error.message)).toContain('Cannot spread fragment "A" within itself via "B".');
    const unknown = check('{ graphStats { nodeCount unknownField } }');
    expect(limitErrors(unknown)).toEqual([]);
    expect(unknown.map((error) => error.message)).toEqual(['Cannot query field "unknownField" on type "GraphStats".']);
  });

  it('adds the plugin that hides field suggestions in production only', () => {
    expect(limits.plugins).toHaveLength(0);
    expect(operationLimits({ production: true }).plugins).toHaveLength(1);
  });
});
