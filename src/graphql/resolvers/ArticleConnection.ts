import type   { ArticleConnectionResolvers } from './../types.generated.js';
    export const ArticleConnection: ArticleConnectionResolvers = {
    /* Implement ArticleConnection resolver logic here */
  };