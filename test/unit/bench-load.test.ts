import { describe, expect, it } from 'vitest';
import { type Batch, type LoadOptions, measureSides } from '../../bench/measure/load.js';

const OPTIONS: LoadOptions = { connections: 8, durationSeconds: 10, rounds: 3, warmupSeconds: 1, timeoutSeconds: 5 };

/** A side that answers `perSecond` requests a second and records every batch's size. */
function side(perSecond: number, sizes: number[]): Batch {
  return async (amount) => {
    sizes.push(amount);
    return { samples: Array.from({ length: amount }, () => 1), graphqlErrors: 0, non2xx: 0, failures: 0, seconds: amount / perSecond };
  };
}

describe('measureSides', () => {
  it('sends every batch of a mix in whole turns: each connection asks each question as often', async () => {
    const fast: number[] = [];
    const slow: number[] = [];
    await measureSides({ a: side(500, fast), b: side(3, slow) }, OPTIONS, () => {}, 7);
    for (const size of [...fast, ...slow]) expect(size % (8 * 7)).toBe(0);
    // the slow side's rate would size its runs below one turn; they are one turn each instead
    expect(slow.slice(-3)).toEqual([56, 56, 56]);
    expect(fast.slice(-3)).toEqual([1680, 1680, 1680]);
  });

  it('sizes the runs of one question from the warm-up rate, in whole rounds of the connections', async () => {
    const sizes: number[] = [];
    const measured = await measureSides({ a: side(100, sizes) }, OPTIONS, () => {});
    expect(sizes.slice(-3)).toEqual([336, 336, 336]);
    expect(measured.a.ok).toBe(3 * 336);
  });
});
