// Prints the whole served schema (schema/*.graphql merged, with descriptions) as one SDL file on
// stdout: `npm run schema:print > schema.graphql`. The server serves the same at GET /schema.graphql.
import { printSchemaSdl } from '../src/graphql/type-defs.js';

process.stdout.write(`${printSchemaSdl()}\n`);
