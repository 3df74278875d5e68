// The properties of its own that each editable entity type has (data/model.yaml), as the edit form
// offers them: the field the details query reads it under, its kind of value, and the value a form's
// text becomes. A unit test holds this table to the model.
import type { StringKey } from './i18n.js';

export type PropertyValueKind = 'string' | 'int' | 'float' | 'list' | 'enum';

export interface EntityPropertySpec {
  /** The property's name in the model and in the update mutation's input. */
  key: string;
  /** The field of the EntityDetails query holding it (kind and status are aliased per type). */
  field: string;
  kind: PropertyValueKind;
  /** For an enum: its GraphQL enum, whose values vocabulary.ts names. */
  enumName?: string;
  /** Required: it cannot be removed, only changed. */
  required?: boolean;
}

export const ENTITY_PROPERTIES: Record<string, readonly EntityPropertySpec[]> = {
  Platform: [
    { key: 'kind', field: 'platformKind', kind: 'enum', enumName: 'PlatformKind', required: true },
    { key: 'status', field: 'platformStatus', kind: 'enum', enumName: 'PlatformStatus' },
  ],
  Enterprise: [
    { key: 'businessType', field: 'businessType', kind: 'string' },
    { key: 'hostedEnterprisesAtLeast', field: 'hostedEnterprisesAtLeast', kind: 'int' },
    { key: 'registeredEmployees', field: 'registeredEmployees', kind: 'int' },
    { key: 'registeredCapitalYuan', field: 'registeredCapitalYuan', kind: 'float' },
    { key: 'hostedEnterpriseOriginCountries', field: 'hostedEnterpriseOriginCountries', kind: 'list' },
    { key: 'figuresNote', field: 'figuresNote', kind: 'string' },
  ],
  Organization: [{ key: 'kind', field: 'organizationKind', kind: 'enum', enumName: 'OrganizationKind', required: true }],
  Person: [],
  Project: [
    { key: 'kind', field: 'projectKind', kind: 'enum', enumName: 'ProjectKind', required: true },
    { key: 'status', field: 'projectStatus', kind: 'enum', enumName: 'ProjectStatus' },
    { key: 'marketEntitiesServed', field: 'marketEntitiesServed', kind: 'int' },
    { key: 'cities', field: 'cities', kind: 'int' },
    { key: 'pilotCitiesPerSide', field: 'pilotCitiesPerSide', kind: 'int' },
    { key: 'pilotYear', field: 'pilotYear', kind: 'int' },
    { key: 'fullCoverageWithinYears', field: 'fullCoverageWithinYears', kind: 'int' },
    { key: 'coverageScope', field: 'coverageScope', kind: 'string' },
    { key: 'figuresNote', field: 'figuresNote', kind: 'string' },
  ],
};

/** A stored value as the text of its form field: lists one item a line, numbers as digits. */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/** What is wrong with a field's text, as a string key of the dictionary (the field's name is its {field}). */
export type PropertyProblem = Extract<StringKey, 'edit.required' | 'edit.notInteger' | 'edit.notNumber'>;

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A field's text as the mutation takes it: null removes an optional property (empty text), a
 * whole number for an int (and within 32 bits, as GraphQL's Int), a finite number for a float,
 * the non-empty lines of a list; or the problem with it.
 */
export function parsePropertyText(spec: EntityPropertySpec, text: string): { value: unknown } | { problem: PropertyProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return spec.required ? { problem: 'edit.required' } : { value: null };
  switch (spec.kind) {
    case 'int': {
      const n = Number(trimmed);
      return INTEGER.test(trimmed) && Number.isSafeInteger(n) && Math.abs(n) <= 2 ** 31 - 1 ? { value: n } : { problem: 'edit.notInteger' };
    }
    case 'float': {
      const n = Number(trimmed);
      return NUMBER.test(trimmed) && Number.isFinite(n) ? { value: n } : { problem: 'edit.notNumber' };
    }
    case 'list':
      return { value: trimmed.split('\n').map((item) => item.trim()).filter(Boolean) };
    default:
      return { value: trimmed };
  }
}
