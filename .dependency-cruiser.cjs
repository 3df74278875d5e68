// The layers of src/ (docs/architecture.md), lowest first; each imports only layers below it:
// db/ → model/ → data/, editing/, ingest/, sources/, backup/ → context.ts → graphql/ → http/, server.ts → main.ts
const above = {
  db: '^src/(model|data|editing|ingest|sources|backup|context\\.ts|graphql|http|server\\.ts|main\\.ts)',
  model: '^src/(data|editing|ingest|sources|backup|context\\.ts|graphql|http|server\\.ts|main\\.ts)',
  data: '^src/(context\\.ts|graphql|http|server\\.ts|main\\.ts)',
  context: '^src/(graphql|http|server\\.ts|main\\.ts)',
  graphql: '^src/(http|server\\.ts|main\\.ts)',
  http: '^src/(server\\.ts|main\\.ts)',
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Imports form no circle, type imports included.', from: { path: '^src/' }, to: { circular: true } },
    { name: 'db-is-the-bottom', severity: 'error', from: { path: '^src/db/' }, to: { path: above.db } },
    { name: 'model-above-db-only', severity: 'error', from: { path: '^src/model/' }, to: { path: above.model } },
    {
      name: 'data-below-context',
      severity: 'error',
      comment: 'Reads, edits, imports and documents take a narrow port, never the Context or anything of GraphQL.',
      from: { path: '^src/(data|editing|ingest|sources|backup)/' },
      to: { path: above.data },
    },
    { name: 'context-below-graphql', severity: 'error', from: { path: '^src/context\\.ts$' }, to: { path: above.context } },
    { name: 'graphql-below-http', severity: 'error', from: { path: '^src/graphql/' }, to: { path: above.graphql } },
    { name: 'http-below-server', severity: 'error', from: { path: '^src/http/' }, to: { path: above.http } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
