import { type QueryObserver, type QueryRunner, requireDeclaredParams, statement } from './cypher.js';
import { EACH_END, EACH_START } from './cypher-files.js';

const PIECE = Symbol('Cypher piece');

/**
 * Cypher text for a slot of a composed statement. Only the builders of this module make one, from
 * identifiers they check, so no text from a request reaches a statement: the values of a request
 * stay parameters.
 */
export interface CypherPiece {
  readonly text: string;
  readonly [PIECE]: true;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

function checkedIdentifiers(names: readonly string[], what: string): string {
  if (names.length === 0) throw new Error(`relationship pattern: an empty list of ${what}`);
  for (const name of names) {
    if (!IDENTIFIER.test(name)) throw new Error(`relationship pattern: ${JSON.stringify(name)} is not a ${what.replace(/s$/, '')} name`);
  }
  return names.join('|');
}

export type PatternDirection = 'OUTGOING' | 'INCOMING' | 'BOTH';

/**
 * `(n)-[r:A|B]->(m:L|M)`: the relationships `r` of `n` of one of the types (any type: null), in the
 * direction seen from `n`, to an `m` with one of the labels (any node: null). Neo4j 5.26 follows
 * only the relationships of a type that is written in the statement; a type given as a value makes
 * it walk every relationship of `n`.
 */
export function relationshipPattern(
  types: readonly string[] | null,
  direction: PatternDirection,
  labels: readonly string[] | null,
): CypherPiece {
  const type = types ? `:${checkedIdentifiers(types, 'relationship types')}` : '';
  const label = labels ? `:${checkedIdentifiers(labels, 'labels')}` : '';
  const [left, right] = direction === 'OUTGOING' ? ['-', '->'] : direction === 'INCOMING' ? ['<-', '-'] : ['-', '-'];
  return { text: `(n)${left}[r${type}]${right}(m${label})`, [PIECE]: true };
}

interface ComposedParts {
  before: string[];
  block: string;
  after: string[];
  copy: string;
  slots: string[];
}

const partsByName = new Map<string, ComposedParts>();

/** A statement's text around its @each block, and the block, split once per statement. */
function partsOf(name: string): ComposedParts {
  let parts = partsByName.get(name);
  if (!parts) {
    const found = statement(name);
    if (!found.each) throw new Error(`${name} has no // @each block to compose`);
    const lines = found.text.split('\n');
    const start = lines.findIndex((line) => EACH_START.test(line));
    const end = lines.findIndex((line) => EACH_END.test(line));
    parts = { before: lines.slice(0, start), block: lines.slice(start + 1, end).join('\n'), after: lines.slice(end + 1), ...found.each };
    partsByName.set(name, parts);
  }
  return parts;
}

/** A statement's text with its @each block written once per copy (none: the block left out). */
export function composeText(name: string, copies: readonly Record<string, CypherPiece>[]): string {
  const { before, block, after, copy, slots } = partsOf(name);
  const written = copies.map((pieces, i) =>
    slots.reduce((text, slot) => {
      const piece = pieces[slot];
      if (!piece || piece[PIECE] !== true) throw new Error(`${name}: copy ${i} has no Cypher piece for {${slot}}`);
      return text.replaceAll(`{${slot}}`, piece.text);
    }, block.replaceAll(`{${copy}}`, String(i))),
  );
  return [...before, ...written, ...after].join('\n');
}

export interface ComposedQuery<P extends Record<string, unknown>, R> {
  readonly name: string;
  run(tx: QueryRunner, copies: readonly Record<string, CypherPiece>[], params: P, observer?: QueryObserver): Promise<R[]>;
}

/**
 * A typed runner for a named statement with an @each block, like defineQuery: the parameters must
 * match its @param header, and each run writes the block once per copy given.
 */
export function defineComposedQuery<P extends Record<string, unknown>, R>(name: string): ComposedQuery<P, R> {
  const stmt = statement(name);
  return {
    name,
    async run(tx, copies, params, observer) {
      requireDeclaredParams(stmt, params);
      const text = composeText(name, copies);
      observer?.onQuery(name);
      const result = await tx.run(text, params);
      return result.records.map((record) => record.toObject() as R);
    },
  };
}
