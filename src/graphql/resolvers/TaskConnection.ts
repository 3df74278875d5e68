import type   { TaskConnectionResolvers } from './../types.generated.js';
    export const TaskConnection: TaskConnectionResolvers = {
    /* Implement TaskConnection resolver logic here */
  };