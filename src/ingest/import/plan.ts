import type { QueryRunner } from '../../db/cypher.js';
import { defineQuery } from '../../db/cypher.js';
import type { ValidationError } from '../../model/dataset-schema.js';
import { batches } from '../properties.js';
import { type PlannedChange, planNode, planRelationship, type StoredProperties } from './diff.js';
import type { ImportFields } from './fields.js';
import type { ImportRow, RowValidation } from './rows.js';

const entityLabels = defineQuery<{ ids: string[] }, { id: string; labels: string[] }>('importEntityLabels');
const enterprisesNamed = defineQuery<{ names: string[] }, { name: string; id: string }>('importEnterprisesNamed');
const citedParagraphs = defineQuery<
  { paragraphs: { id: string; source: string }[] },
  { id: string; sourceExists: boolean; text: string | null }
>('importCitedParagraphs');
const storedRows = defineQuery<
  { ids: string[]; types: string[]; symmetricTypes: string[] },
  { id: string; labels: string[]; properties: StoredProperties; relationships: { key: string; properties: StoredProperties }[] }
>('importStoredRows');

export interface PlannedNode extends PlannedChange {
  id: string;
}

export interface PlannedRelationship extends PlannedChange {
  /** The row that asks for it. */
  rowId: string;
  from: string;
  type: string;
  to: string;
}

export interface ImportPlan {
  /** Problems only the database can show; when there are any, nodes and relationships are empty. */
  errors: ValidationError[];
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
}

export interface ImportProgress {
  /** Comparing rows with the database, writing what changed, committing (done 0 of 1 until it is over). */
  phase: 'check' | 'write' | 'commit';
  done: number;
  total: number;
}

const relKey = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

function primaryLabel(labels: string[]): string {
  return labels.find((label) => label !== 'Entity') ?? 'Entity';
}

/**
 * Checks the rows against the database and compares each with what is stored, reading only:
 * one statement each for all link targets, all names and all cited paragraphs, then one per
 * batch of rows for what is stored of them (node and relationships together). Runs in the
 * import's own write transaction, so what it compares is what the writes will meet (a dry run
 * reads without writing).
 */
export async function planImport(
  tx: QueryRunner,
  file: string,
  validation: RowValidation,
  fields: ImportFields,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportPlan> {
  const { rows, fileIds } = validation;
  const errors: ValidationError[] = [];
  const fail = (row: ImportRow, reason: string) => errors.push({ file, entry: row.entry, reason });

  const targets = new Set<string>();
  for (const row of rows) for (const link of row.links) if (!fileIds.has(link.to)) targets.add(link.to);
  const labelsById = new Map((await entityLabels.run(tx, { ids: [...targets] })).map((r) => [r.id, r.labels]));
  for (const row of rows) {
    for (const link of row.links) {
      if (fileIds.has(link.to)) continue;
      const at = `${link.field}[${link.index}] (${link.to})`;
      const labels = labelsById.get(link.to);
      const allowed = fields.linksByType.get(link.type)!.to;
      if (!labels) fail(row, `${at}: no such node in the database or in this file`);
      else if (!labels.some((label) => allowed.includes(label))) {
        fail(row, `${at}: ${link.type} may not end at a ${primaryLabel(labels)} (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  const rowsById = new Map(rows.map((row) => [row.id, row]));
  const holders = new Map<string, string[]>();
  const names = [...new Set(rows.map((row) => row.name.toLowerCase()))];
  for (const { name, id } of await enterprisesNamed.run(tx, { names })) holders.set(name, [...(holders.get(name) ?? []), id]);
  for (const row of rows) {
    const name = row.name.toLowerCase();
    for (const other of holders.get(name) ?? []) {
      // Taken by this very enterprise, or by one this file renames: no conflict once imported.
      if (other === row.id || (rowsById.has(other) && rowsById.get(other)!.name.toLowerCase() !== name)) continue;
      fail(row, `name ${row.name}: already the name of ${other} in the database (names are compared ignoring case)`);
    }
  }

  const cited = new Map<string, string>();
  for (const row of rows) if (row.citation) cited.set(`${row.citation.source}#${row.citation.paragraph}`, row.citation.source);
  if (cited.size > 0) {
    const paragraphs = new Map(
      (await citedParagraphs.run(tx, { paragraphs: [...cited].map(([id, source]) => ({ id, source })) })).map((p) => [p.id, p]),
    );
    for (const row of rows) {
      const c = row.citation;
      if (!c) continue;
      const stored = paragraphs.get(`${c.source}#${c.paragraph}`);
      if (!stored?.sourceExists) fail(row, `source: no source ${c.source} in the database (npm run seed loads the curated sources)`);
      else if (stored.text === null) fail(row, `paragraph: source ${c.source} has no paragraph ${c.paragraph}`);
      else if (!stored.text.includes(c.quote)) fail(row, `quote: "${c.quote}" is not verbatim in [P${c.paragraph}] of ${c.source}`);
    }
  }

  const types = [...fields.linksByType.keys()];
  const symmetricTypes = types.filter((type) => fields.linksByType.get(type)!.symmetric);
  const nodes: PlannedNode[] = [];
  const relationships: PlannedRelationship[] = [];
  let done = 0;
  for (const batch of batches(rows)) {
    const stored = new Map((await storedRows.run(tx, { ids: batch.map((row) => row.id), types, symmetricTypes })).map((r) => [r.id, r]));
    for (const row of batch) {
      const node = stored.get(row.id);
      if (node && !node.labels.includes(fields.label)) fail(row, `id ${row.id}: already the id of a ${primaryLabel(node.labels)} in the database`);
      // Once anything is wrong nothing is written: the remaining batches only look for more errors.
      if (errors.length > 0 || validation.errors.length > 0) continue;
      nodes.push({ id: row.id, ...planNode(row, node?.properties, fields.properties) });
      const storedRels = new Map(node?.relationships.map((r) => [r.key, r.properties]));
      for (const link of row.links) {
        const symmetric = fields.linksByType.get(link.type)!.symmetric;
        let [from, to] = [row.id, link.to];
        let storedRel = storedRels.get(relKey(from, link.type, to));
        const reverse = symmetric ? storedRels.get(relKey(to, link.type, from)) : undefined;
        // A pair stored once and read both ways is found, and updated, in the direction it has.
        if (!storedRel && reverse) [from, to, storedRel] = [link.to, row.id, reverse];
        const planned = planRelationship(link, row, storedRel, fields.linksByType.get(link.type)!.properties);
        relationships.push({ rowId: row.id, from, type: link.type, to, ...planned });
      }
    }
    done += batch.length;
    onProgress?.({ phase: 'check', done, total: rows.length });
  }
  if (errors.length > 0) return { errors, nodes: [], relationships: [] };
  return { errors, nodes, relationships };
}
