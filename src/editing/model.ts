import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type Model, modelSchema } from '../ingest/dataset-schema.js';
import { DATA_DIR } from '../ingest/read-dataset.js';

let loaded: Model | undefined;

/** data/model.yaml, parsed with the dataset's own zod schema once, on first use. */
export function dataModel(): Model {
  loaded ??= modelSchema.parse(parse(fs.readFileSync(path.join(DATA_DIR, 'model.yaml'), 'utf8')));
  return loaded;
}

/** The labels the API creates and updates; any label may be deleted and linked. */
export const EDITABLE_LABELS = ['Enterprise', 'Organization', 'Platform', 'Project', 'Person'] as const;
export type EditableLabel = (typeof EDITABLE_LABELS)[number];

/** The labels progress is recorded on, each with the statuses its `status` enum allows. */
export function progressStatuses(label: string): readonly string[] | undefined {
  if (label !== 'Task' && label !== 'Project') return undefined;
  return dataModel().labels[label]?.properties.status?.values;
}

/** Relationship types stored once per pair and read both ways (data/model.yaml says so in prose). */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['COOPERATES_WITH']);
