import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listItem, readYaml } from '../../src/backup/format.js';
import { RECORD_KINDS, UnexportableError } from '../../src/backup/records.js';

const changes = RECORD_KINDS.find((kind) => kind.folder === 'changes')!;
const progress = RECORD_KINDS.find((kind) => kind.folder === 'progress')!;
const mentions = RECORD_KINDS.find((kind) => kind.folder === 'mentions')!;
const candidates = RECORD_KINDS.find((kind) => kind.folder === 'candidates')!;

const PARAGRAPH = '在两江数字经济产业园,猪八戒网董事长朱明跃讲解了公司的商业模式和发展布局。';
const storedMention = { id: 'doc-1#3@11', source: 'doc-1', paragraph: 3, start: 11, end: 15, text: '猪八戒网', entityIds: ['enterprise:zbj'], matchKinds: ['NAME'], ambiguous: false };
const storedCandidate = {
  id: 'doc-1#fact-1',
  source: 'doc-1',
  paragraph: 3,
  quote: '猪八戒网董事长朱明跃',
  rule: 'position',
  confidence: 0.8,
  kind: 'RELATIONSHIP',
  fromId: 'person:zhu-mingyue',
  fromName: '朱明跃',
  fromLabel: 'Person',
  relType: 'HOLDS_POSITION',
  toId: 'enterprise:zbj',
  toName: '猪八戒网',
  toLabel: 'Enterprise',
  properties: '{"title":"董事长"}',
  status: 'REJECTED',
  proposedAt: '2026-12-04T10:00:00Z',
  reviewedBy: 'api-key:alice',
  reviewedAt: '2026-12-04T11:00:00Z',
  reason: 'known',
  entityIds: [],
  changeIds: [],
  reviewLock: 1,
};

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
  const index = {
    entityIds: new Set(['a:x', 'b:y']),
    paragraphs: new Map([['doc-1', new Map([[3, PARAGRAPH]])]]),
    recordIds: new Map([['changes', new Set(['change:1'])]]),
  };

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
    ['a mention of a source the backup lacks', mentions, { ...storedMention, source: 'doc-2' }, 'source: no source with id doc-2'],
    ['a mention whose text is not at its place in the paragraph', mentions, { ...storedMention, start: 12 }, 'text: "猪八戒网" is not what paragraph 3 holds from 12 to 15'],
    ['a candidate pointing at a missing paragraph', candidates, { ...storedCandidate, paragraph: 9 }, 'paragraph: source doc-1 has no paragraph 9'],
    ['a candidate whose quote is not in its paragraph', candidates, { ...storedCandidate, quote: '董事长李毅' }, 'quote: not verbatim in paragraph 3 of doc-1'],
    ['a candidate accepted in a change record the backup lacks', candidates, { ...storedCandidate, status: 'ACCEPTED', changeIds: ['change:2'] }, 'changeIds: no change record with id change:2'],
    ['a reviewed candidate without its reviewer', candidates, { ...storedCandidate, reviewedBy: undefined }, 'status: REJECTED needs reviewedBy and reviewedAt'],
    ['a change record linked to a missing entity', changes, { ...changes.toEntry({ id: 'change:1', record: stored(), changed: [] }, index), changedEntities: ['c:z'] }, 'changedEntities: no entity with id c:z'],
  ])('reports %s', (_what, kind, entry, reason) => {
    expect(kind.check(kind.schema.parse(entry), index)).toEqual([reason]);
  });

  it.each([
    ['a mention', mentions, storedMention],
    ['a reviewed fact candidate', candidates, storedCandidate],
  ])('writes %s as a block that reads back as it was stored, and checks it', (_what, kind, record) => {
    const entry = kind.toEntry({ id: record.id, record }, index);
    expect(entry).toEqual(record);
    const [read] = readYaml(listItem(entry)) as unknown[];
    expect(kind.schema.parse(read)).toEqual(entry);
    expect(kind.fileOf(entry)).toBe('doc-1.yaml');
    expect(kind.check(entry, index)).toEqual([]);
  });

  it('refuses a fact candidate with a property it does not know, or without its review state', () => {
    expect(() => candidates.toEntry({ id: 'x', record: { ...storedCandidate, extra: 1 } }, index)).toThrow(/properties the backup format does not know: extra/);
    expect(() => candidates.toEntry({ id: 'x', record: { ...storedCandidate, status: undefined } }, index)).toThrow(/lacks status/);
  });
});

describe('backup YAML', () => {
  it('reads back every string as the string it was, however much it looks like another type', () => {
    const tricky = ['1_000', '2020-04-24', 'yes', 'no', 'on', '0x1F', '0o17', '07', '1e3', '.inf', '.NaN', '~', 'null', 'Null', 'TRUE', '', ' lead', 'trail ', 'a: b', '#x', '- x', 'line1\nline2', '中文：冒号', "it's", '"q"', '@x', '%x', '`x`', '!x', '&x', '*x', '?', '[1]', '{a: 1}'];
    const entry = { values: tricky, numbers: [0, -1, 1.5, 7120000000], flags: [true, false] };
    expect(readYaml(listItem(entry))).toEqual([entry]);
  });

  it('refuses a duplicate key and reads an empty file as nothing', () => {
    expect(() => readYaml('a: 1\na: 2\n')).toThrow(/duplicate|duplicated/i);
    expect(readYaml('# nothing\n\n')).toBeNull();
  });
});
