import type   { ArticleEdgeResolvers } from './../types.generated.js';
    export const ArticleEdge: ArticleEdgeResolvers = {
    /* Implement ArticleEdge resolver logic here */
  };