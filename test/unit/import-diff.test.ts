import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { dataModel } from '../../src/model/model.js';
import { planNode, planRelationship } from '../../src/ingest/import/diff.js';
import { importFields } from '../../src/ingest/import/fields.js';
import { AUDIT_CAP, type ImportReport, importChange } from '../../src/ingest/import/import.js';
import type { ImportPlan } from '../../src/ingest/import/plan.js';
import type { ImportLink, ImportRow } from '../../src/ingest/import/rows.js';

const fields = importFields(dataModel());
const specs = fields.properties;
const cite = { source: 'liangjiang-tianfu-agreement', paragraph: 26, quote: '猪八戒' };

const row = (overrides: Partial<ImportRow> = {}): ImportRow => ({
  row: 1,
  entry: 'row 1',
  id: 'enterprise:zbj',
  name: '猪八戒网',
  nameEn: 'Zhubajie',
  properties: {},
  links: [],
  ...overrides,
});

/** As the driver returns a stored node: integers as numbers. */
const stored = {
  id: 'enterprise:zbj',
  name: '猪八戒网',
  nameEn: 'Zhubajie',
  nameEnOfficial: false,
  aliases: ['ZBJ'],
  summary: '…',
  registeredEmployees: 7054,
  citationSources: ['liangjiang-tianfu-agreement'],
  citationParagraphs: [22],
  citationQuotes: ['漫客空间'],
};

describe('planNode', () => {
  it('creates a new node with defaults, integers as Neo4j integers and citations as three lists', () => {
    const plan = planNode(row({ properties: { registeredEmployees: 12, registeredCapitalYuan: 5 }, citation: cite }), undefined, specs);
    expect(plan).toEqual({
      status: 'created',
      changed: [],
      properties: {
        name: '猪八戒网',
        nameEn: 'Zhubajie',
        nameEnOfficial: false,
        aliases: [],
        registeredEmployees: neo4j.int(12),
        registeredCapitalYuan: 5,
        citationSources: ['liangjiang-tianfu-agreement'],
        citationParagraphs: [neo4j.int(26)],
        citationQuotes: ['猪八戒'],
      },
    });
  });

  it('leaves a node unchanged when every given field and its provenance are already stored', () => {
    const again = row({
      aliases: ['ZBJ'],
      properties: { registeredEmployees: 7054 },
      citation: { source: 'liangjiang-tianfu-agreement', paragraph: 22, quote: '漫客空间' },
    });
    expect(planNode(again, stored, specs).status).toBe('unchanged');
    // Fields the row leaves out (summary, nameEnOfficial) are neither compared nor written.
    expect(planNode(again, stored, specs).properties).not.toHaveProperty('summary');
  });

  it('updates what differs, naming each property with its value before and after', () => {
    const plan = planNode(row({ nameEn: 'ZBJ.com', properties: { registeredEmployees: 8000 }, sourceNote: 'visit' }), stored, specs);
    expect(plan.status).toBe('updated');
    expect(plan.changed).toEqual([
      { property: 'nameEn', before: 'Zhubajie', after: 'ZBJ.com' },
      { property: 'registeredEmployees', before: 7054, after: 8000 },
      { property: 'sourceNotes', before: null, after: ['visit'] },
    ]);
  });

  it('adds a new citation to the stored ones, never in their place', () => {
    const plan = planNode(row({ citation: cite }), stored, specs);
    expect(plan.status).toBe('updated');
    expect(plan.properties).toMatchObject({
      citationSources: ['liangjiang-tianfu-agreement', 'liangjiang-tianfu-agreement'],
      citationParagraphs: [neo4j.int(22), neo4j.int(26)],
      citationQuotes: ['漫客空间', '猪八戒'],
    });
  });

  it('adds a source note once', () => {
    const noted = { ...stored, sourceNotes: ['visit'] };
    expect(planNode(row({ sourceNote: 'visit' }), noted, specs).status).toBe('unchanged');
    expect(planNode(row({ sourceNote: 'call' }), noted, specs).properties.sourceNotes).toEqual(['visit', 'call']);
  });
});

describe('planRelationship', () => {
  const link: ImportLink = { field: 'locatedIn', index: 0, type: 'LOCATED_IN', to: 'new-area:liangjiang', properties: { basis: 'STATED' } };
  const linkSpecs = fields.linksByType.get('LOCATED_IN')!.properties;

  it('creates, keeps or updates a relationship by its properties and provenance', () => {
    expect(planRelationship(link, row({ sourceNote: 'visit' }), undefined, linkSpecs)).toMatchObject({
      status: 'created',
      properties: { basis: 'STATED', sourceNotes: ['visit'] },
    });
    const storedRel = { basis: 'STATED', note: 'from the name', sourceNotes: ['visit'] };
    expect(planRelationship(link, row({ sourceNote: 'visit' }), storedRel, linkSpecs).status).toBe('unchanged');
    expect(planRelationship({ ...link, properties: { basis: 'NAME' } }, row({ sourceNote: 'visit' }), storedRel, linkSpecs)).toMatchObject({
      status: 'updated',
      changed: [{ property: 'basis', before: 'STATED', after: 'NAME' }],
    });
  });
});

describe('importChange', () => {
  const report = (changed: number): ImportReport => ({
    file: 'big.csv',
    format: 'csv',
    rows: changed,
    dryRun: false,
    enterprises: { created: changed, updated: 0, unchanged: 0 },
    relationships: { created: changed, updated: 0, unchanged: 0 },
    changedEntityIds: Array.from({ length: changed }, (_, i) => `enterprise:e-${i}`),
    durationMs: 1,
  });
  const plan = (changed: number): ImportPlan => ({
    errors: [],
    nodes: Array.from({ length: changed }, (_, i) => ({ id: `enterprise:e-${i}`, status: 'created', properties: {}, changed: [] })),
    relationships: Array.from({ length: changed }, (_, i) => ({
      rowId: `enterprise:e-${i}`,
      from: `enterprise:e-${i}`,
      type: 'IN_INDUSTRY',
      to: 'industry:automotive',
      status: 'created',
      properties: {},
      changed: [],
    })),
  });

  it('records a small import in full', () => {
    const change = importChange(plan(2), report(2), 'alice');
    expect(change).toEqual({
      actor: 'alice',
      role: 'import',
      operation: 'importEnterprises',
      entityIds: ['enterprise:e-0', 'enterprise:e-1'],
      changes: [
        { kind: 'CREATED', entityId: 'enterprise:e-0', label: 'Enterprise' },
        { kind: 'CREATED', entityId: 'enterprise:e-1', label: 'Enterprise' },
        { kind: 'LINKED', relationship: { from: 'enterprise:e-0', type: 'IN_INDUSTRY', to: 'industry:automotive' } },
        { kind: 'LINKED', relationship: { from: 'enterprise:e-1', type: 'IN_INDUSTRY', to: 'industry:automotive' } },
      ],
      source: {
        note: 'bulk import of big.csv (csv, 2 rows): enterprises 2 created, 0 updated, 0 unchanged; relationships 2 created, 0 updated, 0 unchanged',
      },
    });
  });

  it('keeps the first entries and ids of a large one, and says so with the full counts', () => {
    const change = importChange(plan(3000), report(3000), 'alice');
    expect(change.entityIds).toHaveLength(AUDIT_CAP);
    expect(change.changes).toHaveLength(AUDIT_CAP);
    expect(change.source).toEqual({
      note:
        'bulk import of big.csv (csv, 3000 rows): enterprises 3000 created, 0 updated, 0 unchanged; relationships 3000 created, 0 updated, 0 unchanged; ' +
        'this record keeps the first 1000 of 6000 changes and 1000 of 3000 entity ids',
    });
  });
});
