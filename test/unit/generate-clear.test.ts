import { describe, expect, it } from 'vitest';
import { deletionBatches } from '../../src/generate/clear.js';

const nodes = (...degrees: number[]) => degrees.map((degree, i) => ({ id: `n${i}`, degree }));

describe('deletionBatches', () => {
  it.each([
    ['fills batches up to the budget', nodes(3, 3, 3, 3), 6, [['n0', 'n1'], ['n2', 'n3']]],
    ['counts a node without relationships as one', nodes(0, 0, 0), 2, [['n0', 'n1'], ['n2']]],
    ['puts a hub above the budget in a batch of its own', nodes(1, 50, 1), 10, [['n0'], ['n1'], ['n2']]],
    ['makes no batch for no nodes', [], 10, []],
  ])('%s', (_case, input, budget, expected) => {
    expect(deletionBatches(input, budget)).toEqual(expected);
  });

  it('keeps every node exactly once, in order', () => {
    const many = nodes(...Array.from({ length: 1000 }, (_, i) => (i * 37) % 101));
    const batches = deletionBatches(many, 500);
    expect(batches.flat()).toEqual(many.map((n) => n.id));
    const degree = new Map(many.map((n) => [n.id, Math.max(1, n.degree)]));
    for (const batch of batches) {
      const weight = batch.reduce((sum, id) => sum + degree.get(id)!, 0);
      expect(batch.length === 1 || weight <= 500).toBe(true);
    }
  });
});
