/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { graphStats as Query_graphStats } from './resolvers/Query/graphStats.js';
import    { GraphStats } from './resolvers/GraphStats.js';
    export const resolvers: Resolvers = {
      Query: { graphStats: Query_graphStats },
      
      
      GraphStats: GraphStats
    }