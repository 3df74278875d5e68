import { parsePartnerArgs, readPartnerCandidates } from '../../../data/explore.js';
import type { QueryResolvers } from './../../types.generated.js';

export const partnerCandidates: NonNullable<QueryResolvers['partnerCandidates']> = async (_parent, args, ctx) =>
  readPartnerCandidates(ctx, parsePartnerArgs(args));
