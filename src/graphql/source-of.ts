import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { type SourceRow, toSourceRow } from '../sources/rows.js';

/** The source a citation, mention or candidate names by id, through the request's loader. */
export async function sourceOfCitation(ctx: Context, id: string): Promise<SourceRow> {
  const found = await ctx.loaders.source.load(id);
  if (!found) throw new GraphQLError(`source "${id}" is not in the graph`);
  return toSourceRow(found as unknown as Record<string, unknown>);
}
