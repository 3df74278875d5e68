import { entityById } from './entity-by-id.js';
import { filteredList } from './filtered-list.js';
import { neighborhood } from './neighborhood.js';
import { nestedTraversal } from './nested-traversal.js';
import { partnerCandidates } from './partner-candidates.js';
import { search } from './search.js';
import { shortestPath } from './shortest-path.js';
import type { BenchQuery, BenchTargets } from './types.js';

/** The mix, in the order it is measured and reported. */
const FACTORIES = [entityById, nestedTraversal, filteredList, search, neighborhood, shortestPath, partnerCandidates];

export function benchQueries(targets: BenchTargets): BenchQuery[] {
  return FACTORIES.map((factory) => factory(targets));
}

/** The mix, or the named part of it; unknown names are an error naming them and the known ones. */
export function selectQueries(queries: BenchQuery[], only: string[] | null): BenchQuery[] {
  if (!only) return queries;
  const known = queries.map((q) => q.name);
  const unknown = only.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`--only: no query named ${unknown.join(', ')} (the mix: ${known.join(', ')})`);
  return queries.filter((q) => only.includes(q.name));
}
