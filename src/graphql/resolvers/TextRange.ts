import type { TextRangeResolvers } from './../types.generated.js';

/** Ranges travel as [start, end] tuples. */
export const TextRange: TextRangeResolvers = {
  start: (range) => range[0],
  end: (range) => range[1],
};
