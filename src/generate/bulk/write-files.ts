/**
 * Writes the files Neo4j's bulk importer reads for a new database: the curated entities as bare
 * nodes (id and labels; the seed that follows gives them everything else), and the synthetic
 * graph of a plan with its provenance, one node file per label and one relationship file per group.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BulkImportFiles } from '../../db/bulk-import.js';
import { KEYS_VERSION, nameKeysOf } from '../../data/name-matcher/keys.js';
import type { Properties } from '../../ingest/properties.js';
import { type PlanTotals, planTotals, relationshipRow, type SyntheticPlan } from '../plan.js';
import { type Column, ColumnSet, nodeHeader, nodeLine, relationshipHeader, relationshipLine } from './csv.js';

const FLUSH_AT = 1 << 20;

/** A file written in large synchronous appends: the importer cannot start before every file is whole. */
class FileWriter {
  readonly #fd: number;
  #pending: string[] = [];
  #size = 0;

  constructor(readonly file: string) {
    this.#fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#size += text.length;
    if (this.#size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.#pending.length > 0) fs.writeSync(this.#fd, this.#pending.join(''));
    this.#pending = [];
    this.#size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.#fd);
  }
}

export interface BulkFiles extends BulkImportFiles {
  /** Per label, the properties some synthetic node holds as an empty list: the importer stores none for them. */
  emptyLists: Record<string, string[]>;
  totals: PlanTotals;
}

export interface CuratedNode {
  id: string;
  label: string;
}

function withProvenance(properties: Properties, plan: SyntheticPlan): Properties {
  return { ...properties, synthetic: true, sourceNotes: [plan.sourceNote] };
}

/** A node's properties as stored: its own, its provenance, and the search keys of its names (as writeNameKeys sets them). */
function storedNode(properties: Properties, labels: readonly string[], plan: SyntheticPlan): Properties {
  const name = properties.name as string;
  const nameEn = (properties.nameEn as string | null) ?? null;
  const aliases = (properties.aliases as string[] | null) ?? [];
  return {
    ...withProvenance(properties, plan),
    nameKeys: nameKeysOf({ name, nameEn, aliases, labels }),
    nameKeysFor: [KEYS_VERSION, name, nameEn ?? '', ...aliases, ...labels],
  };
}

function emptyListKeys(properties: Properties, into: Set<string>): void {
  for (const [key, value] of Object.entries(properties)) if (Array.isArray(value) && value.length === 0) into.add(key);
}

/**
 * Writes every file into `dir` (created), calling `advance` with the rows written. Rows are
 * generated twice per group, once to learn the columns and once to write them, so nothing of the
 * graph is held in memory.
 */
export function writeBulkFiles(dir: string, plan: SyntheticPlan, curated: readonly CuratedNode[], advance: (rows: number) => void): BulkFiles {
  fs.mkdirSync(dir, { recursive: true });
  const files: BulkFiles = { nodes: [], relationships: [], emptyLists: {}, totals: planTotals(plan) };

  const curatedFile = new FileWriter(path.join(dir, 'nodes-curated.csv'));
  curatedFile.write(nodeHeader([]));
  for (const node of curated) curatedFile.write(nodeLine(node.id, ['Entity', node.label], {}, []));
  curatedFile.close();
  files.nodes.push(curatedFile.file);

  for (const group of plan.nodeGroups) {
    const columns = new ColumnSet();
    const empty = new Set<string>();
    const labels = ['Entity', group.label];
    // Every node has the same search-key columns: one node's keys name them, without computing all keys twice.
    if (group.nodes.size > 0) columns.add(storedNode(group.properties(0), labels, plan));
    for (let i = 0; i < group.nodes.size; i++) {
      const properties = withProvenance(group.properties(i), plan);
      columns.add(properties);
      emptyListKeys(properties, empty);
    }
    const ordered: Column[] = columns.columns().filter((column) => column.key !== 'id');
    const file = new FileWriter(path.join(dir, `nodes-${group.label}.csv`));
    file.write(nodeHeader(ordered));
    for (let i = 0; i < group.nodes.size; i++) {
      file.write(nodeLine(group.nodes.id(i), labels, storedNode(group.properties(i), labels, plan), ordered));
      if ((i + 1) % 10_000 === 0) advance(10_000);
    }
    advance(group.nodes.size % 10_000);
    file.close();
    files.nodes.push(file.file);
    if (empty.size > 0) files.emptyLists[group.label] = [...empty].sort();
  }

  plan.relationshipGroups.forEach((group, n) => {
    const columns = new ColumnSet();
    for (const variant of group.variants) columns.add(withProvenance(variant, plan));
    const ordered = columns.columns();
    const lines = group.variants.map((variant) => withProvenance(variant, plan));
    const file = new FileWriter(path.join(dir, `relationships-${n + 1}-${group.type}.csv`));
    file.write(relationshipHeader(ordered));
    for (let i = 0; i < group.size; i++) {
      const row = relationshipRow(group, i);
      file.write(relationshipLine(row.from, row.to, group.type, lines[group.variant[i]!]!, ordered));
      if ((i + 1) % 10_000 === 0) advance(10_000);
    }
    advance(group.size % 10_000);
    file.close();
    files.relationships.push(file.file);
  });
  return files;
}
