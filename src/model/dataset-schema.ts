import { z } from 'zod';
import { ENTITY_ID } from './ids.js';

/** Shapes of the files under data/: model.yaml, graph/*.yaml and sources/*.yaml. */

export const PROPERTY_TYPES = ['string', 'text', 'int', 'float', 'boolean', 'date', 'enum', 'string[]'] as const;

const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be an identifier');
const upperIdentifier = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE');

export const propertySpecSchema = z
  .object({
    type: z.enum(PROPERTY_TYPES),
    values: z.array(upperIdentifier).min(1).optional(),
    required: z.boolean().default(false),
    description: z.string().min(1),
  })
  .strict()
  .refine((spec) => (spec.type === 'enum') === (spec.values !== undefined), {
    message: 'an enum property lists its values, and only an enum property does',
  });
export type PropertySpec = z.infer<typeof propertySpecSchema>;

const propertySpecs = z.record(identifier, propertySpecSchema).default({});

export const modelSchema = z
  .object({
    labels: z.record(
      z.string().regex(/^[A-Z][A-Za-z]*$/, 'a label must be PascalCase'),
      z
        .object({
          description: z.string().min(1),
          /** The API's top-level list of the label (`platforms`). */
          collection: identifier,
          /** The API creates and updates entities of the label; any label may be deleted and linked. */
          editable: z.boolean().default(false),
          properties: propertySpecs,
        })
        .strict(),
    ),
    relationships: z.record(
      upperIdentifier,
      z
        .object({
          description: z.string().min(1),
          from: z.array(z.string()).min(1),
          to: z.array(z.string()).min(1),
          /** Stored once per pair and read both ways. */
          symmetric: z.boolean().default(false),
          properties: propertySpecs,
        })
        .strict(),
    ),
  })
  .strict();
export type Model = z.infer<typeof modelSchema>;

export const citationSchema = z
  .object({
    source: z.string().min(1),
    paragraph: z.number().int().positive(),
    quote: z.string().min(2, 'must quote at least two characters').max(400, 'must be at most 400 characters'),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

/**
 * Where a node or relationship comes from. Curated entries cite the source; entries written by the
 * API, the bulk import or the generator (and so found in backups) may carry free-text source
 * notes instead, and synthetic ones say so. The validator decides which are enough (see
 * ValidateOptions.requireCitations).
 */
const provenanceFields = {
  /** Left out only by backups of entries stored without citation lists (synthetic ones). */
  citations: z.array(citationSchema).optional(),
  sourceNotes: z.array(z.string().min(1)).optional(),
  synthetic: z.boolean().optional(),
};

const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const nodeSchema = z
  .object({
    id: z.string().regex(ENTITY_ID, 'must read <label-in-kebab-case>:<slug>'),
    label: z.string().min(1),
    name: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(300),
    nameEnOfficial: z.boolean(),
    aliases: z.array(z.string().trim().min(1).max(200)).default([]),
    summary: z.string().trim().min(1).max(1000).optional(),
    summaryEn: z.string().trim().min(1).max(1000).optional(),
    properties: z.record(identifier, propertyValue).default({}),
    ...provenanceFields,
  })
  .strict();
export type NodeEntry = z.infer<typeof nodeSchema>;

export const relationshipSchema = z
  .object({
    type: z.string().min(1),
    from: z.string().min(1),
    to: z.string().min(1),
    properties: z.record(identifier, propertyValue).default({}),
    ...provenanceFields,
  })
  .strict();
export type RelationshipEntry = z.infer<typeof relationshipSchema>;

export const graphFileSchema = z
  .object({
    nodes: z.array(z.unknown()).default([]),
    relationships: z.array(z.unknown()).default([]),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: z.string().min(1),
    language: z.string().min(2),
    publisher: z.string().min(1).optional(),
    paragraphs: z.string().min(1),
    original: z.string().min(1).optional(),
    // What a document added through the API also records (src/sources/); a backup carries it.
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').optional(),
    url: z.string().min(1).optional(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex').optional(),
    addedBy: z.string().min(1).optional(),
    addedAt: z.string().min(1).optional(),
    paragraphCount: z.number().int().positive().optional(),
  })
  .strict();
export type SourceMeta = z.infer<typeof sourceSchema>;

export interface Source extends SourceMeta {
  /** Paragraph number → text, parsed from the `[Pn] ` lines of the numbered file. */
  paragraphTexts: Map<number, string>;
}

/** A node or relationship together with the file it was read from. */
export interface Located<T> {
  file: string;
  index: number;
  entry: T;
}

export interface Dataset {
  model: Model;
  sources: Map<string, Source>;
  nodes: Located<NodeEntry>[];
  relationships: Located<RelationshipEntry>[];
}

export interface ValidationError {
  file: string;
  entry: string;
  reason: string;
}

export function formatValidationError(error: ValidationError): string {
  return `${error.file}: ${error.entry}: ${error.reason}`;
}
