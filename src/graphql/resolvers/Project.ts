import { entitySide } from '../entity-resolvers.js';
import { progressOf } from '../../data/progress.js';
import { relationshipField, relationships } from '../entity-resolvers.js';
import type { ProjectResolvers } from './../types.generated.js';

export const Project: ProjectResolvers = {
  cooperationAreas: relationshipField('Project', 'cooperationAreas'),
  involves: relationshipField('Project', 'involves'),
  runBy: relationshipField('Project', 'runBy'),
  tasks: relationshipField('Project', 'tasks'),
  relationships,
  progress: (parent, args, ctx) => progressOf(ctx, parent.id, args),
  side: entitySide,
};
