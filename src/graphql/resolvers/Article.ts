import { entitySide, relationships } from '../entity-resolvers.js';
import type { ArticleResolvers } from './../types.generated.js';

export const Article: ArticleResolvers = {
  relationships,
  side: entitySide,
};
