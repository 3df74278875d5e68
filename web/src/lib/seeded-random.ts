// Random numbers from a seed, so that a layout that draws random numbers gives the same positions
// for the same data: mulberry32 over a 32-bit FNV-1a hash of the seed text.

export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `work` with Math.random drawing from `random` (for libraries that take no seed). */
export function withRandom<T>(random: () => number, work: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
