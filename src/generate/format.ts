import type { BulkLoadReport } from './bulk/load.js';
import type { GenerationReport } from './generate.js';

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (n: number, ms: number) => (ms > 0 ? `${count(Math.round(n / (ms / 1000)))}/s` : '-');
const breakdown = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${count(n)}`)
    .join(', ');

function whatOf(report: { seed: number; enterprises: number }): string {
  return `the synthetic graph (seed ${report.seed}, ${count(report.enterprises)} enterprises)`;
}

/** The summary `npm run generate` prints after a bulk load into a new data folder. */
export function formatBulkLoadReport(report: BulkLoadReport, dataDir: string): string[] {
  const { plan, files, import: imported, seed } = report.stepsMs;
  return [
    `loaded ${whatOf(report)} and the curated graph into the new database in ${dataDir} in ${seconds(report.durationMs)} (Neo4j's bulk importer)`,
    `  nodes: ${count(report.nodeCount)} (${breakdown(report.nodes)})`,
    `  relationships: ${count(report.relationshipCount)} (${breakdown(report.relationships)})`,
    `  steps: plan ${seconds(plan)}, files ${seconds(files)}, import ${seconds(imported)}, curated graph and indexes ${seconds(seed)}`,
    ...landmarkLines(report.landmarks),
  ];
}

/** The summary `npm run generate` prints. */
export function formatGenerationReport(report: GenerationReport, target: string): string[] {
  const what = whatOf(report);
  const lines =
    report.outcome === 'present'
      ? [
          `${what} is already in ${target}: nothing written (${seconds(report.durationMs)})`,
          `  nodes: ${count(report.nodeCount)} (${breakdown(report.nodes)})`,
          `  relationships: ${count(report.relationshipCount)} (${breakdown(report.relationships)})`,
        ]
      : [
          `generated ${what} into ${target} in ${seconds(report.durationMs)}`,
          `  nodes: ${count(report.nodesCreated)} in ${seconds(report.nodesMs)}, ${rate(report.nodesCreated, report.nodesMs)} (${breakdown(report.nodes)})`,
          `  relationships: ${count(report.relationshipsCreated)} in ${seconds(report.relationshipsMs)}, ` +
            `${rate(report.relationshipsCreated, report.relationshipsMs)} (${breakdown(report.relationships)})`,
        ];
  return [...lines, ...landmarkLines(report.landmarks)];
}

function landmarkLines(landmarks: GenerationReport['landmarks']): string[] {
  return [
    '  landmarks:',
    `    hub enterprise   ${landmarks.hubEnterprise.id} (${count(landmarks.hubEnterprise.partners)} partners)`,
    `    leaf enterprise  ${landmarks.leafEnterprise.id} (${count(landmarks.leafEnterprise.partners)} partners)`,
    `    hub platform     ${landmarks.hubPlatform.id} (${count(landmarks.hubPlatform.enterprises)} enterprises)`,
    `    hub industry     ${landmarks.hubIndustry.id} (${count(landmarks.hubIndustry.enterprises)} enterprises)`,
    `    busiest task     ${landmarks.busiestTask.id} (${count(landmarks.busiestTask.platforms)} synthetic platforms)`,
    `    two positions    ${landmarks.personWithTwoPositions ?? '(none)'}`,
    `    far apart        ${landmarks.farApart.from} – ${landmarks.farApart.to} (${landmarks.farApart.distance} relationships)`,
  ];
}

export function formatClearReport(
  result: { nodesDeleted: number; relationshipsDeleted: number },
  target: string,
  durationMs: number,
): string {
  return result.nodesDeleted === 0
    ? `no synthetic graph in ${target}: nothing to remove`
    : `removed ${count(result.nodesDeleted)} synthetic nodes and ${count(result.relationshipsDeleted)} relationships from ${target} in ${seconds(durationMs)}`;
}
