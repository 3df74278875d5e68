import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listItem } from '../../src/backup/format.js';
import { RECORD_KINDS, UnexportableError } from '../../src/backup/records.js';

const changes = RECORD_KINDS.find((kind) => kind.folder === 'changes')!;
const progress = RECORD_KINDS.find((kind) => kind.folder === 'progress')!;

const stored = (overrides: Record<string, unknown> = {}) => ({
  id: 'change:1',
  at: '2026-12-04T10:00:00.123456789Z',
  actor: 'api-key:alice',
  role: 'editor',
  operation: 'link',
  entityIds: ['a:x', 'b:y'],
  changes: JSON.stringify([{ kind: 'LINKED', relationship: { from: 'a:x', type: 'T', to: 'b:y' } }]),
  citationSources: [],
  citationParagraphs: [],
  citationQuotes: [],
  sourceNotes: ['n'],
  ...overrides,
});

describe('backup records', () => {
  const index = { entityIds: new Set(['a:x', 'b:y']) };

  it('writes a change record with its entries as YAML, which reads back as they were stored', () => {
    const entry = changes.toEntry({ id: 'change:1', record: stored(), changed: ['b:y', 'a:x'] }, index) as { id: string; changes?: unknown[] };
    expect(entry.changes).toEqual([{ kind: 'LINKED', relationship: { from: 'a:x', type: 'T', to: 'b:y' } }]);
    expect(entry).not.toHaveProperty('changedEntities');
    const [read] = parse(listItem(entry)) as unknown[];
    expect(changes.schema.parse(read)).toEqual(entry);
    expect(changes.fileOf(entry)).toBe('2026-12.yaml');
  });

  it('keeps entries text that would not read back the same, and CHANGED links that differ from the named entities', () => {
    const entry = changes.toEntry({ id: 'change:1', record: stored({ changes: '[ 1 ]' }), changed: ['a:x'] }, index);
    expect(entry).toMatchObject({ changesText: '[ 1 ]', changedEntities: ['a:x'] });
    expect(entry).not.toHaveProperty('changes');
  });

  it('refuses properties it does not know rather than drop them', () => {
    expect(() => changes.toEntry({ id: 'change:1', record: stored({ extra: 1 }), changed: [] }, index)).toThrow(UnexportableError);
  });

  it.each([
    ['a progress update on a missing entity', progress, { id: 'progress:1', entityId: 'task:gone', date: '2020-01-01', note: 'n', recordedBy: 'x', recordedAt: 't', citations: [], sourceNotes: [] }, 'entityId: no entity with id task:gone'],
    ['a change record linked to a missing entity', changes, { ...changes.toEntry({ id: 'change:1', record: stored(), changed: [] }, index), changedEntities: ['c:z'] }, 'changedEntities: no entity with id c:z'],
  ])('reports %s', (_what, kind, entry, reason) => {
    expect(kind.check(kind.schema.parse(entry), index)).toEqual([reason]);
  });
});
