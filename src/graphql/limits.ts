import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationRule } from 'graphql';
import { queryTooComplex } from '../model/errors.js';

/**
 * What one operation may ask for. Tuned to this schema: every document of the explorer
 * (web/src/operations.ts), GraphiQL's introspection and every example in docs/queries pass with
 * room to spare (test/unit/limits.test.ts). Depth and cost ignore introspection; fragments count
 * as the fields they contain.
 */
export const OPERATION_LIMITS = {
  /** Nesting of fields; a Relay hop (`tasks { edges { node … } }`) takes three levels. The explorer needs 7. */
  maxDepth: 10,
  /** Aliased fields, `__typename` included. The explorer needs 11. */
  maxAliases: 30,
  /**
   * graphql-armor's estimate: 1 per scalar, 2 per object, ×1.5 per level, × a literal `first`
   * (a `first` from a variable counts 1). The explorer's costliest document, three nested
   * `first: 20` lists, costs about 400,000; three nested `first: 100` lists cost millions.
   */
  maxCost: 1_000_000,
  /** Lexical tokens of the document, counted while parsing, before anything else. The explorer needs 270. */
  maxTokens: 5_000,
  maxDirectives: 20,
} as const;

export type OperationLimit = keyof typeof OPERATION_LIMITS;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

/** Reports armor's rejection as QUERY_TOO_COMPLEX naming the limit, instead of throwing. */
function reportAs(limit: OperationLimit) {
  const onReject: RejectCallback = (context, error) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(queryTooComplex(message, limit, { maximum: OPERATION_LIMITS[limit] }));
  };
  return { onReject: [onReject], propagateOnRejection: false };
}

export interface OperationLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * graphql-armor's validation rules for depth, aliases, cost and directives, and in production its
 * plugin that hides "Did you mean …?" suggestions. The token limit is graphql-js's own parser
 * option: armor's token plugin throws outside Apollo's request pipeline, which answers HTTP 500.
 */
export function operationLimits(options: { production: boolean }): OperationLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, flattenFragments: true, ...reportAs('maxDepth') },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, allowList: [], ...reportAs('maxAliases') },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, flattenFragments: true, ...reportAs('maxCost') },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, ...reportAs('maxDirectives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  return {
    // armor is typed against Apollo's CommonJS declarations, this project against its ESM ones: same plugins.
    plugins: armor.plugins as unknown as ApolloServerPlugin[],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
  };
}

/** graphql-js 16 words it "Document contains more that N tokens. Parsing aborted." */
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens\. Parsing aborted\./;

/** Just the shape: Apollo may load graphql-js as CommonJS where this module has the ESM build. */
interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
  originalError?: unknown;
}

const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null && typeof (value as ErrorLike).message === 'string';

/**
 * The QUERY_TOO_COMPLEX error behind a rejection, or null. Apollo wraps validation errors as
 * GRAPHQL_VALIDATION_FAILED (keeping ours as `originalError`) and reports the parser's token
 * limit as GRAPHQL_PARSE_FAILED.
 */
export function limitErrorOf(error: unknown): GraphQLError | null {
  if (!isErrorLike(error)) return null;
  const original = error.originalError;
  if (isErrorLike(original) && original.extensions?.code === 'QUERY_TOO_COMPLEX') return original as GraphQLError;
  if (error.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(error.message)) {
    return queryTooComplex(`Token limit of ${OPERATION_LIMITS.maxTokens} exceeded.`, 'maxTokens', { maximum: OPERATION_LIMITS.maxTokens });
  }
  return null;
}
