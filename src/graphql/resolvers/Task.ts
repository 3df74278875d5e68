import { entitySide } from '../entity-resolvers.js';
import { progressOf } from '../../data/progress.js';
import { relationshipField, relationships } from '../entity-resolvers.js';
import type { TaskResolvers } from './../types.generated.js';

export const Task: TaskResolvers = {
  cooperationAreas: relationshipField('Task', 'cooperationAreas'),
  platforms: relationshipField('Task', 'platforms'),
  policies: relationshipField('Task', 'policies'),
  projects: relationshipField('Task', 'projects'),
  setBy: relationshipField('Task', 'setBy'),
  relationships,
  progress: (parent, args, ctx) => progressOf(ctx, parent.id, args),
  side: entitySide,
};
