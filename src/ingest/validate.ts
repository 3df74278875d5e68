import { parseDocument } from 'yaml';
import { labelPrefix } from '../model/ids.js';
import type { z } from 'zod';
import {
  type Citation,
  type Dataset,
  graphFileSchema,
  type Located,
  type Model,
  modelSchema,
  type NodeEntry,
  nodeSchema,
  type PropertySpec,
  type RelationshipEntry,
  relationshipSchema,
  type Source,
  sourceSchema,
  type ValidationError,
} from '../model/dataset-schema.js';

/** The raw text of every dataset file, keyed by a path used in error messages. */
export interface DatasetFiles {
  model: { file: string; text: string };
  graph: { file: string; text: string }[];
  sources: { file: string; text: string; paragraphs: { file: string; text: string } | undefined }[];
}

export interface ValidateOptions {
  /**
   * Every node and relationship cites the source (the curated dataset: the default). When false
   * (a backup of a database), a source note is enough.
   */
  requireCitations?: boolean;
  /**
   * Parses one YAML file, throwing on a syntax error or a duplicate key; the `yaml` library's
   * document parser unless given (a restore of a large backup gives a faster one).
   */
  parseYaml?: (text: string) => unknown;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: ValidationError[] };

/** Parses a numbered source text: one paragraph per `[Pn] text` line. */
export function parseParagraphs(text: string): Map<number, string> {
  const paragraphs = new Map<number, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\[P(\d+)\] (.*)$/.exec(line);
    if (match) paragraphs.set(Number(match[1]), match[2]!);
  }
  return paragraphs;
}

/** One reason per zod issue, prefixed with its path. */
export function zodReasons(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}

function parseYaml(file: string, text: string, errors: ValidationError[], parser?: (text: string) => unknown): unknown {
  if (parser) {
    try {
      return parser(text);
    } catch (error) {
      errors.push({ file, entry: '(file)', reason: `YAML: ${String((error as Error).message).split('\n')[0]}` });
      return undefined;
    }
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) errors.push({ file, entry: '(file)', reason: `YAML: ${error.message.split('\n')[0]}` });
    return undefined;
  }
  return doc.toJS();
}

function checkValue(value: unknown, spec: PropertySpec): string | undefined {
  switch (spec.type) {
    case 'string':
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string';
    case 'int':
      return Number.isInteger(value) ? undefined : 'must be a whole number';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'must be a date YYYY-MM-DD';
    case 'enum':
      return typeof value === 'string' && spec.values!.includes(value) ? undefined : `must be one of ${spec.values!.join(', ')}`;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of strings';
  }
}

/** Checks properties against their specs in model.yaml: declared, well-typed, required ones present. */
export function checkProperties(
  properties: Record<string, unknown>,
  specs: Record<string, PropertySpec>,
  owner: string,
): string[] {
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const spec = specs[key];
    if (!spec) {
      reasons.push(`property ${key} is not declared for ${owner} in model.yaml`);
      continue;
    }
    const problem = checkValue(value, spec);
    if (problem) reasons.push(`property ${key} ${problem}`);
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && !(key in properties)) reasons.push(`property ${key} is required for ${owner}`);
  }
  return reasons;
}

function checkCitations(citations: Citation[], sources: Map<string, Source>): string[] {
  return citations.flatMap((citation, i) => {
    const source = sources.get(citation.source);
    if (!source) return [`citations[${i}]: unknown source ${citation.source}`];
    const paragraph = source.paragraphTexts.get(citation.paragraph);
    if (paragraph === undefined) return [`citations[${i}]: source ${citation.source} has no paragraph ${citation.paragraph}`];
    if (!paragraph.includes(citation.quote)) {
      return [`citations[${i}]: quote "${citation.quote}" is not verbatim in [P${citation.paragraph}]`];
    }
    return [];
  });
}

/**
 * Checks every rule on every entry and returns all problems at once: file shapes, unique and
 * well-formed ids, declared labels, types and properties, relationship ends and the labels
 * allowed at each end, and that each quote is verbatim in its paragraph.
 */
/** Chinese left in English text once the source's words, quoted “…”, are taken out. */
const UNQUOTED_CJK = /[\u3400-\u9fff]/;

/** An English summary translates the Chinese one: none without it, and Chinese only inside quotes. */
export function checkSummaryEn(node: Pick<NodeEntry, 'summary' | 'summaryEn'>): string[] {
  if (node.summaryEn === undefined) return [];
  const reasons: string[] = [];
  if (node.summary === undefined) reasons.push('summaryEn: there is no summary for it to translate');
  if (UNQUOTED_CJK.test(node.summaryEn.replace(/“[^”]*”/g, ''))) reasons.push('summaryEn: Chinese outside “quotes”');
  return reasons;
}

export function validateDataset(files: DatasetFiles, options: ValidateOptions = {}): ValidationResult {
  const errors: ValidationError[] = [];
  const fail = (file: string, entry: string, reason: string) => errors.push({ file, entry, reason });
  const requireCitations = options.requireCitations ?? true;
  /** Why an entry's provenance is not enough, or undefined. */
  const unsourced = (entry: { citations?: Citation[]; sourceNotes?: string[] }): string | undefined => {
    if ((entry.citations?.length ?? 0) > 0) return undefined;
    if (requireCitations) return 'citations: needs at least one citation';
    return (entry.sourceNotes?.length ?? 0) > 0 ? undefined : 'citations: needs at least one citation or source note';
  };

  const rawModel = parseYaml(files.model.file, files.model.text, errors, options.parseYaml);
  let model: Model | undefined;
  if (rawModel === null) {
    fail(files.model.file, '(file)', 'missing or empty: it must declare labels and relationships');
  } else if (rawModel !== undefined) {
    const parsed = modelSchema.safeParse(rawModel);
    if (parsed.success) {
      model = parsed.data;
      for (const [type, spec] of Object.entries(model.relationships)) {
        for (const label of [...spec.from, ...spec.to]) {
          if (!model.labels[label]) fail(files.model.file, `relationships.${type}`, `unknown label ${label}`);
        }
      }
    } else {
      for (const reason of zodReasons(parsed.error)) fail(files.model.file, '(file)', reason);
    }
  }

  const sources = new Map<string, Source>();
  for (const { file, text, paragraphs } of files.sources) {
    const raw = parseYaml(file, text, errors, options.parseYaml);
    if (raw === undefined) continue;
    const parsed = sourceSchema.safeParse(raw);
    if (!parsed.success) {
      for (const reason of zodReasons(parsed.error)) fail(file, '(file)', reason);
      continue;
    }
    if (!paragraphs) {
      fail(file, parsed.data.id, `paragraph file ${parsed.data.paragraphs} not found`);
      continue;
    }
    const paragraphTexts = parseParagraphs(paragraphs.text);
    if (paragraphTexts.size === 0) fail(paragraphs.file, parsed.data.id, 'no "[Pn] " paragraphs found');
    if (sources.has(parsed.data.id)) fail(file, parsed.data.id, `duplicate source id ${parsed.data.id}`);
    sources.set(parsed.data.id, { ...parsed.data, paragraphTexts });
  }

  const nodes: Located<NodeEntry>[] = [];
  const relationships: Located<RelationshipEntry>[] = [];
  for (const { file, text } of files.graph) {
    const raw = parseYaml(file, text, errors, options.parseYaml);
    if (raw === undefined) continue;
    const shape = graphFileSchema.safeParse(raw ?? {});
    if (!shape.success) {
      for (const reason of zodReasons(shape.error)) fail(file, '(file)', reason);
      continue;
    }
    shape.data.nodes.forEach((rawNode, index) => {
      const parsed = nodeSchema.safeParse(rawNode);
      const id = (rawNode as { id?: unknown } | null)?.id;
      const entry = `nodes[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
      if (parsed.success) {
        const missing = unsourced(parsed.data);
        if (missing) fail(file, entry, missing);
        nodes.push({ file, index, entry: parsed.data });
      } else for (const reason of zodReasons(parsed.error)) fail(file, entry, reason);
    });
    shape.data.relationships.forEach((rawRel, index) => {
      const parsed = relationshipSchema.safeParse(rawRel);
      const r = rawRel as { from?: unknown; type?: unknown; to?: unknown } | null;
      const entry = `relationships[${index}] (${String(r?.from)} -${String(r?.type)}-> ${String(r?.to)})`;
      if (parsed.success) {
        const missing = unsourced(parsed.data);
        if (missing) fail(file, entry, missing);
        relationships.push({ file, index, entry: parsed.data });
      } else for (const reason of zodReasons(parsed.error)) fail(file, entry, reason);
    });
  }

  const nodesById = new Map<string, Located<NodeEntry>>();
  for (const located of nodes) {
    const { file, index, entry: node } = located;
    const where = `nodes[${index}] (${node.id})`;
    const first = nodesById.get(node.id);
    if (first) fail(file, where, `duplicate id ${node.id}, first defined in ${first.file} nodes[${first.index}]`);
    else nodesById.set(node.id, located);

    for (const reason of checkCitations(node.citations ?? [], sources)) fail(file, where, reason);
    for (const reason of checkSummaryEn(node)) fail(file, where, reason);
    if (!model) continue;
    const labelSpec = model.labels[node.label];
    if (!labelSpec) {
      fail(file, where, `unknown label ${node.label}`);
      continue;
    }
    const prefix = labelPrefix(node.label);
    if (!node.id.startsWith(`${prefix}:`)) fail(file, where, `id must start with "${prefix}:" for label ${node.label}`);
    for (const reason of checkProperties(node.properties, labelSpec.properties, node.label)) fail(file, where, reason);
  }

  const triples = new Map<string, Located<RelationshipEntry>>();
  for (const located of relationships) {
    const { file, index, entry: rel } = located;
    const where = `relationships[${index}] (${rel.from} -${rel.type}-> ${rel.to})`;
    const key = `${rel.from}|${rel.type}|${rel.to}`;
    const first = triples.get(key);
    if (first) fail(file, where, `duplicate relationship, first defined in ${first.file} relationships[${first.index}]`);
    else triples.set(key, located);

    for (const reason of checkCitations(rel.citations ?? [], sources)) fail(file, where, reason);
    const from = nodesById.get(rel.from);
    const to = nodesById.get(rel.to);
    if (!from) fail(file, where, `from: no node with id ${rel.from}`);
    if (!to) fail(file, where, `to: no node with id ${rel.to}`);
    if (rel.from === rel.to) fail(file, where, 'a relationship must connect two different nodes');
    if (!model) continue;
    const typeSpec = model.relationships[rel.type];
    if (!typeSpec) {
      fail(file, where, `unknown relationship type ${rel.type}`);
      continue;
    }
    if (from && !typeSpec.from.includes(from.entry.label)) {
      fail(file, where, `${rel.type} may not start at a ${from.entry.label} (allowed: ${typeSpec.from.join(', ')})`);
    }
    if (to && !typeSpec.to.includes(to.entry.label)) {
      fail(file, where, `${rel.type} may not end at a ${to.entry.label} (allowed: ${typeSpec.to.join(', ')})`);
    }
    for (const reason of checkProperties(rel.properties, typeSpec.properties, rel.type)) fail(file, where, reason);
  }

  if (errors.length > 0 || !model) return { ok: false, errors };
  return { ok: true, dataset: { model, sources, nodes, relationships } };
}
