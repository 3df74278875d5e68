import { z } from 'zod';
import { type Citation, citationSchema, nodeSchema, type ValidationError } from '../../model/dataset-schema.js';
import { labelPrefix, slugify } from '../../model/ids.js';
import { checkProperties, zodReasons } from '../validate.js';
import type { ImportFields, LinkField } from './fields.js';
import type { RawRow } from './parse.js';

/** A relationship a row asks for, from the row's enterprise to `to`. */
export interface ImportLink {
  field: string;
  /** Position in the row's list, for messages: industries[2]. */
  index: number;
  type: string;
  to: string;
  properties: Record<string, unknown>;
}

/** A row that passed every check that needs no database. */
export interface ImportRow {
  row: number;
  line?: number;
  /** How messages name the row: `row 12 (line 13, enterprise:acme)`. */
  entry: string;
  id: string;
  name: string;
  nameEn: string;
  nameEnOfficial?: boolean;
  aliases?: string[];
  summary?: string;
  /** The label's own properties (model.yaml), as given. */
  properties: Record<string, unknown>;
  links: ImportLink[];
  citation?: Citation;
  sourceNote?: string;
}

export interface RowValidation {
  rows: ImportRow[];
  errors: ValidationError[];
  /** The id of every row, valid or not, so that a link to a broken row is not also called a missing node. */
  fileIds: Set<string>;
}

const baseSchema = z
  .object({
    id: nodeSchema.shape.id.optional(),
    // Required, but checked by hand so that a missing one reads "name: required".
    name: nodeSchema.shape.name.optional(),
    nameEn: nodeSchema.shape.nameEn.optional(),
    nameEnOfficial: z.boolean().optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).optional(),
    summary: nodeSchema.shape.summary,
    source: citationSchema.shape.source.optional(),
    paragraph: citationSchema.shape.paragraph.optional(),
    quote: citationSchema.shape.quote.optional(),
    sourceNote: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();

const idSchema = nodeSchema.shape.id;

/**
 * The id a row without one gets: `enterprise:<slug of nameEn>`, with the slug the mutations use
 * (src/editing), so that an enterprise gets the same id either way; undefined when nameEn has no
 * Latin letter or digit to make a slug of.
 */
export function derivedId(prefix: string, nameEn: string): string | undefined {
  if (!/[a-z0-9]/i.test(nameEn.normalize('NFKD'))) return undefined;
  return `${prefix}${slugify(nameEn)}`;
}

/** `row 12 (line 13, enterprise:acme)`; the id, else the name, names the row once known. */
export function rowEntry(raw: Pick<RawRow, 'row' | 'line'>, who?: string): string {
  const parts = [raw.line !== undefined ? `line ${raw.line}` : undefined, who].filter(Boolean);
  return parts.length ? `row ${raw.row} (${parts.join(', ')})` : `row ${raw.row}`;
}

/** null and undefined mean "not given" (an empty YAML value, an empty CSV cell). */
function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));
}

function checkLinks(link: LinkField, value: unknown, rowId: string | undefined, fields: ImportFields): { links: ImportLink[]; reasons: string[] } {
  const { field, type } = link;
  const links: ImportLink[] = [];
  const reasons: string[] = [];
  if (!Array.isArray(value)) {
    const shape = Object.keys(link.properties).length ? ` or of objects { id, ${Object.keys(link.properties).join(', ')} }` : '';
    return { links, reasons: [`${field}: must be a list of ids${shape}`] };
  }
  const seen = new Set<string>();
  value.forEach((element: unknown, index) => {
    let to: unknown;
    let properties: Record<string, unknown> = {};
    if (typeof element === 'string') to = element;
    else if (element !== null && typeof element === 'object' && !Array.isArray(element)) {
      ({ id: to, ...properties } = element as Record<string, unknown>);
      properties = given(properties);
    }
    if (typeof to !== 'string') {
      reasons.push(`${field}[${index}]: must be an id, or an object with an id`);
      return;
    }
    const at = `${field}[${index}] (${to})`;
    const idCheck = idSchema.safeParse(to);
    if (!idCheck.success) {
      reasons.push(`${at}: ${zodReasons(idCheck.error).join('; ')}`);
      return;
    }
    if (seen.has(to)) reasons.push(`${at}: listed twice`);
    seen.add(to);
    if (to === rowId) reasons.push(`${at}: an enterprise cannot be linked to itself`);
    const prefix = to.slice(0, to.indexOf(':'));
    const label = fields.labelsByPrefix.get(prefix);
    if (!label) reasons.push(`${at}: no label has the id prefix "${prefix}:"`);
    else if (!link.to.includes(label)) reasons.push(`${at}: ${type} may not end at a ${label} (allowed: ${link.to.join(', ')})`);
    for (const reason of checkProperties(properties, link.properties, type)) reasons.push(`${at}: ${reason}`);
    links.push({ field, index, type, to, properties });
  });
  return { links, reasons };
}

/**
 * Validates every row without the database: the fields of data/model.yaml with the dataset's
 * own rules, ids (given or derived from nameEn), provenance, links (id shape, the labels the
 * model allows at the far end, relationship properties), and duplicates across rows.
 */
export function validateRows(file: string, rawRows: RawRow[], fields: ImportFields): RowValidation {
  const errors: ValidationError[] = [];
  const rows: ImportRow[] = [];
  const fileIds = new Set<string>();
  const firstRowOfId = new Map<string, number>();
  const firstRowOfName = new Map<string, number>();
  const pairs = new Map<string, number>();
  const prefix = `${labelPrefix(fields.label)}:`;

  for (const raw of rawRows) {
    const reasons = [...raw.problems];
    const values = raw.values ? given(raw.values) : undefined;
    let id: string | undefined;
    let who: string | undefined;
    if (values) {
      const base: Record<string, unknown> = {};
      const properties: Record<string, unknown> = {};
      const links: ImportLink[] = [];
      for (const [key, value] of Object.entries(values)) {
        if ((fields.allowed as string[]).includes(key) && !fields.links.has(key) && !(key in fields.properties)) base[key] = value;
        else if (key in fields.properties) properties[key] = value;
        else if (!fields.links.has(key)) reasons.push(`unknown field ${key} (allowed: ${fields.allowed.join(', ')})`);
      }

      // The id first, so that every later message can name the row.
      if (typeof base.id === 'string') {
        id = base.id;
        if (!idSchema.safeParse(id).success) id = undefined;
        else if (!id.startsWith(prefix)) reasons.push(`id: must start with "${prefix}"`);
      } else if (base.id === undefined && typeof base.nameEn === 'string') {
        id = derivedId(prefix, base.nameEn);
        if (!id) reasons.push(`id: none given, and nameEn "${base.nameEn}" has no letters or digits to derive one from`);
      }
      if (id) fileIds.add(id);
      who = id ?? (typeof base.name === 'string' ? base.name : undefined);

      for (const field of ['name', 'nameEn'] as const) if (base[field] === undefined) reasons.push(`${field}: required`);
      const parsedBase = baseSchema.safeParse(base);
      if (!parsedBase.success) reasons.push(...zodReasons(parsedBase.error));

      for (const reason of checkProperties(properties, fields.properties, fields.label)) reasons.push(reason);

      for (const [field, link] of fields.links) {
        if (!(field in values)) continue;
        const checked = checkLinks(link, values[field], id, fields);
        reasons.push(...checked.reasons);
        links.push(...checked.links);
      }

      const citationFields = (['source', 'paragraph', 'quote'] as const).filter((f) => base[f] !== undefined);
      if (citationFields.length > 0 && citationFields.length < 3) {
        for (const missing of (['source', 'paragraph', 'quote'] as const).filter((f) => base[f] === undefined)) {
          reasons.push(`${missing}: required with ${citationFields.join(' and ')} (a citation is source, paragraph and quote)`);
        }
      }
      if (citationFields.length === 0 && base.sourceNote === undefined) {
        reasons.push('provenance: give a citation (source, paragraph, quote) or a sourceNote: every imported fact says where it comes from');
      }

      if (id) {
        const first = firstRowOfId.get(id);
        if (first !== undefined) reasons.push(`id ${id}${base.id === undefined ? ' (derived from nameEn)' : ''}: also the id of row ${first}`);
        else firstRowOfId.set(id, raw.row);
      }
      const name = parsedBase.success ? parsedBase.data.name : undefined;
      if (name !== undefined) {
        const first = firstRowOfName.get(name.toLowerCase());
        if (first !== undefined) reasons.push(`name ${name}: also the name of row ${first} (names are compared ignoring case)`);
        else firstRowOfName.set(name.toLowerCase(), raw.row);
      }
      if (id) {
        for (const link of links) {
          if (!fields.linksByType.get(link.type)?.symmetric) continue;
          const key = [link.type, ...[id, link.to].sort()].join('|');
          const first = pairs.get(key);
          if (first !== undefined && first !== raw.row) {
            reasons.push(`${link.field}[${link.index}] (${link.to}): row ${first} already links this pair (${link.type} is stored once per pair)`);
          } else pairs.set(key, raw.row);
        }
      }

      if (reasons.length === 0 && parsedBase.success && id && parsedBase.data.name && parsedBase.data.nameEn) {
        const b = parsedBase.data;
        const row: ImportRow = { row: raw.row, entry: rowEntry(raw, id), id, name: b.name!, nameEn: b.nameEn!, properties, links };
        if (raw.line !== undefined) row.line = raw.line;
        if (b.nameEnOfficial !== undefined) row.nameEnOfficial = b.nameEnOfficial;
        if (b.aliases !== undefined) row.aliases = b.aliases;
        if (b.summary !== undefined) row.summary = b.summary;
        if (b.source !== undefined && b.paragraph !== undefined && b.quote !== undefined) {
          row.citation = { source: b.source, paragraph: b.paragraph, quote: b.quote };
        }
        if (b.sourceNote !== undefined) row.sourceNote = b.sourceNote;
        rows.push(row);
      }
    }
    const entry = rowEntry(raw, who);
    for (const reason of reasons) errors.push({ file, entry, reason });
  }
  return { rows, errors, fileIds };
}
