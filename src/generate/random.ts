/**
 * Seeded randomness for the synthetic graph. Everything the generator draws comes from here, so
 * the same seed gives the same graph on every machine and Node version.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit hash of a stream name. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The finaliser of MurmurHash3: spreads every input bit over the whole word. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: 32 bits of state, period 2^32, good enough for test data and fast. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * An independent stream per purpose (and per item, with `index`): adding draws to one part of
 * the generator does not shift the numbers any other part gets.
 */
export function randomStream(seed: number, name: string, index = 0): Random {
  return mulberry32(mix32(mix32(seed ^ hashString(name)) + Math.imul(index, 0x9e3779b9)));
}

/** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
export function permutation(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/**
 * Draws indexes 0..n-1 with probability proportional to 1 / (rank + 1)^exponent, where the rank
 * of each index is its position in a seeded shuffle: a few items get most draws (Zipf's law), and
 * which items those are depends on the seed, not on their order.
 */
export function zipfSampler(n: number, exponent: number, random: Random): (random: Random) => number {
  const ranked = permutation(n, random);
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return (draw) => {
    const target = draw.next() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return ranked[low]!;
  };
}
