import { isDeepStrictEqual } from 'node:util';
import type { BenchQuery } from '../queries/types.js';
import { postGraphQL } from './graphql-client.js';
import { type RawTarget, runRaw } from './raw-client.js';

/** Where the three sides are. */
export interface SideEndpoints {
  oursUrl: string;
  neo4jGraphQLUrl: string;
  raw: RawTarget;
}

export interface CanonicalAnswers {
  ours: unknown;
  neo4jGraphQL: unknown;
  raw: unknown;
}

export class AnswerMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerMismatchError';
  }
}

/** One side could not answer at all (an error, not a different answer). */
export class SideFailedError extends AnswerMismatchError {
  constructor(
    readonly side: 'a' | 'b' | 'c',
    message: string,
  ) {
    super(message);
    this.name = 'SideFailedError';
  }
}

/** Asks one question of each side once and returns the three canonical answers. */
export async function canonicalAnswers(query: BenchQuery, sides: SideEndpoints): Promise<CanonicalAnswers> {
  const step = async <T>(side: 'a' | 'b' | 'c', work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new SideFailedError(side, `${query.name}: side ${side} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    ours: query.canonical.ours(await step('a', () => postGraphQL(sides.oursUrl, query.ours))),
    neo4jGraphQL: query.canonical.neo4jGraphQL(await step('b', () => postGraphQL(sides.neo4jGraphQLUrl, query.neo4jGraphQL))),
    raw: query.canonical.raw(await step('c', () => runRaw(sides.raw, query.raw))),
  };
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The path and the two values of the first place where `a` and `b` differ; null when deeply equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return `${path}: ${a.length} items against ${b.length} (${show(a.slice(b.length))} against ${show(b.slice(a.length))} past the shorter)`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const inner = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return `${path}: ${show(a)} against ${show(b)}`;
}

/** Fails loudly, naming the query, the sides and the first difference, unless all three answers are equal. */
export function assertSameAnswers(query: BenchQuery, answers: CanonicalAnswers): void {
  const problems = [
    ['b (@neo4j/graphql)', answers.neo4jGraphQL],
    ['c (raw Cypher)', answers.raw],
  ].flatMap(([side, answer]) => {
    const difference = firstDifference(answers.ours, answer);
    return difference ? [`a (this API) and ${side as string} differ at ${difference}`] : [];
  });
  if (problems.length > 0) throw new AnswerMismatchError(`${query.name}: ${problems.join('; ')}`);
}
