import { parsePartnerArgs } from '../../../data/explore/arguments.js';
import { readPartnerCandidates } from '../../../data/explore/reads.js';
import type { QueryResolvers } from './../../types.generated.js';

export const partnerCandidates: NonNullable<QueryResolvers['partnerCandidates']> = async (_parent, args, ctx) =>
  readPartnerCandidates(ctx, parsePartnerArgs(args));
