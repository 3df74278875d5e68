import { badUserInput } from '../model/errors.js';
import type { EditSource } from '../data/audit/change.js';
import type { Model, PropertySpec } from '../model/dataset-schema.js';
import { ENTITY_ID, labelPrefix } from '../model/ids.js';

/**
 * Pure checks of mutation inputs, before anything touches Neo4j. Each failure is a
 * BAD_USER_INPUT whose `argument` names the input field as the client wrote it.
 */

/** A value as the API stores it: plain JSON (ints become Neo4j integers when written). */
export type PlainValue = string | number | boolean | string[];

export const LIMITS = {
  name: 200,
  nameEn: 300,
  alias: 200,
  aliases: 50,
  summary: 1000,
  note: 500,
  string: 500,
  text: 10_000,
  listItem: 200,
  listItems: 50,
  /** As the dataset's citations (src/model/dataset-schema.ts). */
  quoteMin: 2,
  quoteMax: 400,
} as const;

/**
 * The largest figure a numeric property takes: above any count or amount in yuan the model
 * holds, and exact as a double. Figures are never negative (counts, amounts, years, numbers).
 */
export const MAX_FIGURE = 1e15;

/** Control characters (NUL included) other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** A trimmed, non-empty string of at most `max` characters, without control characters other than tab and line breaks. */
export function requireText(value: unknown, argument: string, max: number): string {
  if (typeof value !== 'string') throw badUserInput(`${argument} must be a string`, argument);
  const text = value.trim();
  if (text === '') throw badUserInput(`${argument} must not be empty`, argument);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw badUserInput(`${argument} must not contain control characters, got U+${code} at position ${control.index}`, argument);
  }
  if ([...text].length > max) throw badUserInput(`${argument} must be at most ${max} characters, got ${[...text].length}`, argument);
  return text;
}

/** Trimmed, non-empty, unique strings: at most `maxItems`, each at most `maxLength`. */
export function requireTextList(value: unknown, argument: string, maxLength: number, maxItems: number): string[] {
  if (!Array.isArray(value)) throw badUserInput(`${argument} must be a list of strings`, argument);
  if (value.length > maxItems) throw badUserInput(`${argument} must have at most ${maxItems} items, got ${value.length}`, argument);
  const items = value.map((item, i) => requireText(item, `${argument}[${i}]`, maxLength));
  return [...new Set(items)];
}

/** YYYY-MM-DD of a real day. */
export function requireDate(value: unknown, argument: string): string {
  const text = requireText(value, argument, 10);
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw badUserInput(`${argument} must be a date YYYY-MM-DD, got "${text}"`, argument);
  }
  return text;
}

function requireFigure(value: number, argument: string): number {
  if (value < 0 || value > MAX_FIGURE) throw badUserInput(`${argument} must be between 0 and ${MAX_FIGURE}, got ${value}`, argument);
  return value;
}

/** A value of a property declared in data/model.yaml, checked and normalised by its spec. */
export function propertyValue(value: unknown, spec: PropertySpec, argument: string): PlainValue {
  switch (spec.type) {
    case 'string':
      return requireText(value, argument, LIMITS.string);
    case 'text':
      return requireText(value, argument, LIMITS.text);
    case 'int':
      if (!Number.isSafeInteger(value)) throw badUserInput(`${argument} must be a whole number`, argument);
      return requireFigure(value as number, argument);
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badUserInput(`${argument} must be a number`, argument);
      return requireFigure(value, argument);
    case 'boolean':
      if (typeof value !== 'boolean') throw badUserInput(`${argument} must be true or false`, argument);
      return value;
    case 'date':
      return requireDate(value, argument);
    case 'enum':
      if (typeof value !== 'string' || !spec.values!.includes(value)) {
        throw badUserInput(`${argument} must be one of ${spec.values!.join(', ')}, got ${JSON.stringify(value)}`, argument);
      }
      return value;
    case 'string[]':
      return requireTextList(value, argument, LIMITS.listItem, LIMITS.listItems);
  }
}

/** `input.source`: exactly one of a citation (checked against Neo4j later) and a note. */
export function editSource(value: unknown, argument = 'input.source'): EditSource {
  const source = (value ?? {}) as { citation?: unknown; note?: unknown };
  const hasCitation = source.citation !== undefined && source.citation !== null;
  const hasNote = source.note !== undefined && source.note !== null;
  if (hasCitation === hasNote) throw badUserInput(`${argument} must give exactly one of citation and note`, argument);
  if (hasNote) return { note: requireText(source.note, `${argument}.note`, LIMITS.note) };
  const citation = source.citation as { source?: unknown; paragraph?: unknown; quote?: unknown };
  const sourceId = requireText(citation.source, `${argument}.citation.source`, 200);
  if (!Number.isInteger(citation.paragraph) || (citation.paragraph as number) < 1) {
    throw badUserInput(`${argument}.citation.paragraph must be a paragraph number (1 or more)`, `${argument}.citation.paragraph`);
  }
  // A quote is compared verbatim with the paragraph: only surrounding blanks are dropped.
  const quote = requireText(citation.quote, `${argument}.citation.quote`, LIMITS.quoteMax);
  if ([...quote].length < LIMITS.quoteMin) {
    throw badUserInput(`${argument}.citation.quote must quote at least ${LIMITS.quoteMin} characters`, `${argument}.citation.quote`);
  }
  return { citation: { source: sourceId, paragraph: citation.paragraph as number, quote } };
}

/** An entity id as the dataset writes it, `<label-in-kebab-case>:<slug>`, for this label. */
export function entityIdFor(label: string, value: unknown, argument: string): string {
  const id = requireText(value, argument, 200);
  if (!ENTITY_ID.test(id)) {
    throw badUserInput(`${argument} must read <label-in-kebab-case>:<slug> (lowercase a-z, 0-9, hyphens), got "${id}"`, argument);
  }
  const prefix = `${labelPrefix(label)}:`;
  if (!id.startsWith(prefix)) throw badUserInput(`${argument} must start with "${prefix}" for a ${label}`, argument);
  return id;
}

// ------------------------------------------------------------------------------ entities

/** The properties every entity has, besides its id and citations. */
const COMMON_SPECS = {
  name: { max: LIMITS.name },
  nameEn: { max: LIMITS.nameEn },
} as const;

const COMMON_KEYS = new Set(['id', 'name', 'nameEn', 'nameEnOfficial', 'aliases', 'summary', 'source']);

export interface CreateEntity {
  /** The client's id, when given. */
  id: string | null;
  /** Every property to store (no nulls), common ones and the label's own. */
  properties: Record<string, PlainValue>;
  source: EditSource;
}

export interface UpdateEntity {
  id: string;
  /** Properties to set; null removes one. Only the fields the client gave. */
  changes: Record<string, PlainValue | null>;
  source: EditSource;
}

function ownSpecs(model: Model, label: string): Record<string, PropertySpec> {
  const specs = model.labels[label]?.properties;
  if (!specs) throw new Error(`label ${label} is not in data/model.yaml`);
  return specs;
}

function commonValue(key: string, value: unknown): PlainValue {
  const argument = `input.${key}`;
  switch (key) {
    case 'name':
    case 'nameEn':
      return requireText(value, argument, COMMON_SPECS[key].max);
    case 'summary':
      return requireText(value, argument, LIMITS.summary);
    case 'nameEnOfficial':
      if (typeof value !== 'boolean') throw badUserInput(`${argument} must be true or false`, argument);
      return value;
    case 'aliases':
      return requireTextList(value, argument, LIMITS.alias, LIMITS.aliases);
    default:
      throw new Error(`not a common property: ${key}`);
  }
}

function unknownField(key: string, label: string): Error {
  return badUserInput(`input.${key} is not a property of ${label}`, `input.${key}`);
}

/** A create input: every field checked, optional ones left out when absent or null. */
export function validateCreate(model: Model, label: string, input: Record<string, unknown>): CreateEntity {
  const specs = ownSpecs(model, label);
  const source = editSource(input.source);
  const id = input.id === undefined || input.id === null ? null : entityIdFor(label, input.id, 'input.id');
  const properties: Record<string, PlainValue> = {
    name: commonValue('name', input.name),
    nameEn: commonValue('nameEn', input.nameEn),
    nameEnOfficial: input.nameEnOfficial === undefined || input.nameEnOfficial === null ? false : commonValue('nameEnOfficial', input.nameEnOfficial),
    aliases: input.aliases === undefined || input.aliases === null ? [] : commonValue('aliases', input.aliases),
  };
  if (input.summary !== undefined && input.summary !== null) properties.summary = commonValue('summary', input.summary);
  for (const [key, value] of Object.entries(input)) {
    if (COMMON_KEYS.has(key) || value === undefined || value === null) continue;
    const spec = specs[key];
    if (!spec) throw unknownField(key, label);
    properties[key] = propertyValue(value, spec, `input.${key}`);
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && !(key in properties)) throw badUserInput(`input.${key} is required for a ${label}`, `input.${key}`);
  }
  return { id, properties, source };
}

/** An update input: only the given fields; null removes an optional property, never a required one. */
export function validateUpdate(model: Model, label: string, input: Record<string, unknown>): UpdateEntity {
  const specs = ownSpecs(model, label);
  const id = entityIdFor(label, input.id, 'input.id');
  const source = editSource(input.source);
  const changes: Record<string, PlainValue | null> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'id' || key === 'source' || value === undefined) continue;
    const argument = `input.${key}`;
    if (COMMON_KEYS.has(key)) {
      if (value === null) {
        if (key === 'aliases') changes.aliases = [];
        else if (key === 'summary') changes.summary = null;
        else throw badUserInput(`${argument} cannot be removed: every entity has one`, argument);
      } else {
        changes[key] = commonValue(key, value);
      }
      continue;
    }
    const spec = specs[key];
    if (!spec) throw unknownField(key, label);
    if (value === null) {
      if (spec.required) throw badUserInput(`${argument} cannot be removed: it is required for a ${label}`, argument);
      changes[key] = null;
    } else {
      changes[key] = propertyValue(value, spec, argument);
    }
  }
  if (Object.keys(changes).length === 0) throw badUserInput('input gives nothing to change', 'input');
  return { id, changes, source };
}

// ------------------------------------------------------------------------- relationships

export interface LinkRequest {
  from: string;
  type: string;
  to: string;
  properties: Record<string, PlainValue>;
  source: EditSource;
}

/** A link input: the type exists, the properties are the type's own and well-typed, required ones given. */
export function validateLink(model: Model, input: Record<string, unknown>): LinkRequest {
  const from = requireText(input.from, 'input.from', 200);
  const to = requireText(input.to, 'input.to', 200);
  const type = requireText(input.type, 'input.type', 100);
  const spec = model.relationships[type];
  if (!spec) throw badUserInput(`input.type: unknown relationship type ${type}`, 'input.type');
  if (from === to) throw badUserInput('input.to must differ from input.from: a relationship joins two entities', 'input.to');
  const given = (input.properties ?? {}) as Record<string, unknown>;
  const properties: Record<string, PlainValue> = {};
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || value === null) continue;
    const argument = `input.properties.${key}`;
    const propertySpec = spec.properties[key];
    if (!propertySpec) {
      const allowed = Object.keys(spec.properties);
      throw badUserInput(`${argument}: ${type} has no property ${key} (${allowed.length ? `it has ${allowed.join(', ')}` : 'it has none'})`, argument);
    }
    properties[key] = propertyValue(value, propertySpec, argument);
  }
  for (const [key, propertySpec] of Object.entries(spec.properties)) {
    if (propertySpec.required && !(key in properties)) {
      throw badUserInput(`input.properties.${key} is required for ${type}`, `input.properties.${key}`);
    }
  }
  return { from, type, to, properties, source: editSource(input.source) };
}

/** Whether the model allows `type` from a node of `fromLabel` to one of `toLabel`; the reason when not. */
export function relationshipAllowed(model: Model, type: string, fromLabel: string, toLabel: string): string | undefined {
  const spec = model.relationships[type];
  if (!spec) return `unknown relationship type ${type}`;
  if (!spec.from.includes(fromLabel)) return `${type} may not start at a ${fromLabel} (allowed: ${spec.from.join(', ')})`;
  if (!spec.to.includes(toLabel)) return `${type} may not end at a ${toLabel} (allowed: ${spec.to.join(', ')})`;
  return undefined;
}

// ------------------------------------------------------------------------------- progress

export interface ProgressRequest {
  entityId: string;
  date: string;
  status: string | null;
  note: string;
  source: EditSource;
}

export function validateProgress(input: Record<string, unknown>): ProgressRequest {
  return {
    entityId: requireText(input.entityId, 'input.entityId', 200),
    date: requireDate(input.date, 'input.date'),
    status: input.status === undefined || input.status === null ? null : requireText(input.status, 'input.status', 50),
    note: requireText(input.note, 'input.note', LIMITS.note),
    source: editSource(input.source),
  };
}
