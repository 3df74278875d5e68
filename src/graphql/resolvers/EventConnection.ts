import type   { EventConnectionResolvers } from './../types.generated.js';
    export const EventConnection: EventConnectionResolvers = {
    /* Implement EventConnection resolver logic here */
  };