import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type Model, modelSchema } from './dataset-schema.js';

/** The curated dataset: model.yaml, graph/ and sources/. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

let loaded: Model | undefined;

/** data/model.yaml, parsed with the dataset's own zod schema once, on first use. */
export function dataModel(): Model {
  loaded ??= modelSchema.parse(parse(fs.readFileSync(path.join(DATA_DIR, 'model.yaml'), 'utf8')));
  return loaded;
}

/** The labels the API creates and updates (`editable: true`); any label may be deleted and linked. */
export function editableLabels(): string[] {
  return Object.entries(dataModel().labels)
    .filter(([, spec]) => spec.editable)
    .map(([label]) => label);
}

/** The labels progress is recorded on, each with the statuses its `status` enum allows. */
export function progressStatuses(label: string): readonly string[] | undefined {
  if (label !== 'Task' && label !== 'Project') return undefined;
  return dataModel().labels[label]?.properties.status?.values;
}

/** Relationship types stored once per pair and read both ways (`symmetric: true`). */
export function isSymmetric(type: string): boolean {
  return dataModel().relationships[type]?.symmetric === true;
}

/**
 * Every label the model allows at the other end of a relationship of one of `types`, seen from an
 * entity in `direction` (INCOMING: the types' `from` labels, OUTGOING: their `to` labels, BOTH:
 * either); null when a type is not in the model.
 */
export function otherEndLabels(types: readonly string[], direction: 'OUTGOING' | 'INCOMING' | 'BOTH'): Set<string> | null {
  const labels = new Set<string>();
  for (const type of types) {
    const spec = dataModel().relationships[type];
    if (!spec) return null;
    if (direction !== 'OUTGOING') spec.from.forEach((label) => labels.add(label));
    if (direction !== 'INCOMING') spec.to.forEach((label) => labels.add(label));
  }
  return labels;
}
