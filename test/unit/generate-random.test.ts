import { describe, expect, it } from 'vitest';
import { mulberry32, permutation, randomStream, zipfSampler } from '../../src/generate/random.js';

const draws = (random: { next(): number }, n: number) => Array.from({ length: n }, () => random.next());

describe('mulberry32 and randomStream', () => {
  it('repeat their sequence for the same seed and stream', () => {
    expect(draws(mulberry32(42), 5)).toEqual(draws(mulberry32(42), 5));
    expect(draws(randomStream(42, 'people', 3), 5)).toEqual(draws(randomStream(42, 'people', 3), 5));
  });

  it('differ between seeds, stream names and indexes', () => {
    const base = draws(randomStream(42, 'people', 3), 5);
    expect(draws(randomStream(43, 'people', 3), 5)).not.toEqual(base);
    expect(draws(randomStream(42, 'projects', 3), 5)).not.toEqual(base);
    expect(draws(randomStream(42, 'people', 4), 5)).not.toEqual(base);
  });

  it('draw floats in [0, 1) and integers in [0, n)', () => {
    const random = mulberry32(7);
    const floats = draws(random, 10_000);
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    const ints = Array.from({ length: 10_000 }, () => random.int(6));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});

describe('permutation', () => {
  it('holds every index exactly once, in a seeded order', () => {
    const order = [...permutation(1000, mulberry32(1))];
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(order).not.toEqual([...permutation(1000, mulberry32(2))]);
  });
});

describe('zipfSampler', () => {
  it('gives the first rank about 1/H(n) of the draws and falls off with rank', () => {
    const n = 100;
    const sample = zipfSampler(n, 1, mulberry32(3));
    const random = mulberry32(4);
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < 100_000; i++) counts[sample(random)]!++;
    const sorted = [...counts].sort((a, b) => b - a);
    const harmonic = Array.from({ length: n }, (_, k) => 1 / (k + 1)).reduce((s, x) => s + x, 0);
    expect(sorted[0]! / 100_000).toBeCloseTo(1 / harmonic, 1);
    expect(sorted[0]! / sorted[9]!).toBeGreaterThan(7);
    expect(sorted[0]! / sorted[9]!).toBeLessThan(13);
  });

  it('ranks items by the seed, not by their order', () => {
    const top = (seed: number) => {
      const sample = zipfSampler(50, 1.5, mulberry32(seed));
      const random = mulberry32(0);
      const counts = new Array<number>(50).fill(0);
      for (let i = 0; i < 5_000; i++) counts[sample(random)]!++;
      return counts.indexOf(Math.max(...counts));
    };
    expect(new Set([1, 2, 3, 4, 5, 6].map(top)).size).toBeGreaterThan(1);
  });
});
