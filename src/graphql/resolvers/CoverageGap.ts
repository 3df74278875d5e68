import type { CoverageGapResolvers } from './../types.generated.js';

/** Built whole by src/data/explore.ts; every field is a property of the mapper. */
export const CoverageGap: CoverageGapResolvers = {};
