import { isSymmetric } from '../../model/model.js';
import type { Model, PropertySpec } from '../../model/dataset-schema.js';
import { labelPrefix } from '../../model/ids.js';

/** The label every imported row becomes. */
export const IMPORT_LABEL = 'Enterprise';

/** Fields every row may have besides the label's properties and its links. */
export const BASE_FIELDS = [
  'id',
  'name',
  'nameEn',
  'nameEnOfficial',
  'aliases',
  'summary',
  'source',
  'paragraph',
  'quote',
  'sourceNote',
] as const;

/** Link fields whose name is not the camelCase of their type. */
const FIELD_NAMES: Record<string, string> = { IN_INDUSTRY: 'industries' };

/** A column (CSV) or key (JSON, YAML) of ids that become relationships of one type from the row's enterprise. */
export interface LinkField {
  field: string;
  type: string;
  /** Labels allowed at the far end. */
  to: string[];
  properties: Record<string, PropertySpec>;
  symmetric: boolean;
}

/** What a row may hold, derived from model.yaml so that the import follows the model as it changes. */
export interface ImportFields {
  label: string;
  properties: Record<string, PropertySpec>;
  /** By field name. */
  links: Map<string, LinkField>;
  /** By relationship type. */
  linksByType: Map<string, LinkField>;
  /** Id prefix (`industry`) → label (`Industry`). */
  labelsByPrefix: Map<string, string>;
  /** Every field a row may have, in documentation order (CSV `<link>.<property>` columns aside). */
  allowed: string[];
}

/** LOCATED_IN → locatedIn (IN_INDUSTRY → industries). */
export function linkFieldName(type: string): string {
  return FIELD_NAMES[type] ?? type.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function importFields(model: Model, label = IMPORT_LABEL): ImportFields {
  const labelSpec = model.labels[label];
  if (!labelSpec) throw new Error(`model.yaml declares no label ${label}`);
  const links = new Map<string, LinkField>();
  const linksByType = new Map<string, LinkField>();
  for (const [type, spec] of Object.entries(model.relationships)) {
    if (!spec.from.includes(label)) continue;
    const link: LinkField = {
      field: linkFieldName(type),
      type,
      to: spec.to,
      properties: spec.properties,
      symmetric: isSymmetric(type),
    };
    links.set(link.field, link);
    linksByType.set(type, link);
  }
  const allowed = [...BASE_FIELDS, ...Object.keys(labelSpec.properties), ...links.keys()];
  const clash = allowed.find((field, i) => allowed.indexOf(field) !== i);
  if (clash) throw new Error(`model.yaml: the import field ${clash} would mean two things for ${label}`);
  const labelsByPrefix = new Map(Object.keys(model.labels).map((l) => [labelPrefix(l), l]));
  return { label, properties: labelSpec.properties, links, linksByType, labelsByPrefix, allowed };
}
