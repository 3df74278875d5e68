// The typed client in a few lines: `npx tsx docs/client/example.ts [http://127.0.0.1:4000/graphql]`
// against a running API (`npm start`). Prints the platforms serving task 3 and each task's gaps.
import { createClient, PlatformsServingTask3Document, TaskCoverageDocument } from '../../clients/typescript/src/index.js';

const client = createClient({ url: process.argv[2] ?? 'http://127.0.0.1:4000/graphql', getQueries: true });

const { data, requestId } = await client.request(PlatformsServingTask3Document);
if ('platforms' in data.node) {
  console.log(`task ${data.node.number} ${data.node.title} (request ${requestId})`);
  for (const { node, relationship } of data.node.platforms.edges) {
    console.log(`  ${node.name} (${node.nameEn}): ${relationship?.role ?? ''} [P${relationship?.citations[0]?.paragraph}]`);
  }
}

const coverage = await client.request(TaskCoverageDocument);
for (const { task, gaps } of coverage.data.taskCoverage) {
  console.log(`task ${task.number}: ${gaps.length === 0 ? 'no gaps' : `no platform in ${gaps.map((gap) => gap.name).join(', ')}`}`);
}
