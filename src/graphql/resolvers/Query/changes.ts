import { listChanges } from '../../../data/audit/history.js';
import type { QueryResolvers } from './../../types.generated.js';

export const changes: NonNullable<QueryResolvers['changes']> = async (_parent, args, ctx) => listChanges(ctx, args);
