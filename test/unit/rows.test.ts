import { describe, expect, it } from 'vitest';
import { toEntity, toRelationship } from '../../src/data/rows.js';

describe('toEntity', () => {
  const raw = {
    id: 'platform:expo',
    labels: ['Entity', 'Platform'],
    name: '西部国际博览城',
    nameEn: 'Western China International Expo City',
    kind: 'EXPO_CENTER',
    citationSources: ['article'],
    citationParagraphs: [12],
    citationQuotes: ['西部国际博览城'],
    nameKeys: ['n_西部国际博览城'],
    nameKeysFor: 'keys-2',
  };

  it('gives the row its fields and defaults, the label’s other properties, and no citation lists or name keys', () => {
    expect(toEntity(raw)).toEqual({
      __typename: 'Platform',
      id: 'platform:expo',
      labels: ['Entity', 'Platform'],
      name: '西部国际博览城',
      nameEn: 'Western China International Expo City',
      nameEnOfficial: false,
      aliases: [],
      summary: null,
      summaryEn: null,
      citations: [{ source: 'article', paragraph: 12, quote: '西部国际博览城' }],
      sourceNotes: [],
      kind: 'EXPO_CENTER',
    });
  });

  it('keeps its own reading of a field the record also has', () => {
    const row = toEntity({ ...raw, nameEnOfficial: 'yes', aliases: ['博览城'], __typename: 'Task' });
    expect(row).toMatchObject({ __typename: 'Platform', nameEnOfficial: false, aliases: ['博览城'] });
  });

  it('reads a brief record of id, name, nameEn and labels', () => {
    const row = toEntity({ id: 'task:2020-01', name: '产业协同', nameEn: 'Industrial coordination', labels: ['Entity', 'Task'] });
    expect(row).toMatchObject({ __typename: 'Task', id: 'task:2020-01', citations: [], aliases: [], sourceNotes: [] });
  });
});

describe('toRelationship', () => {
  it('reads its type, direction, properties and citations, or none without properties', () => {
    expect(toRelationship('SERVES', false, null)).toEqual({ type: 'SERVES', direction: 'INCOMING', citations: [], sourceNotes: [] });
    expect(toRelationship('LOCATED_IN', true, { basis: 'NAME', citationSources: ['a'], citationParagraphs: [3], citationQuotes: ['q'] })).toEqual({
      type: 'LOCATED_IN',
      direction: 'OUTGOING',
      basis: 'NAME',
      citations: [{ source: 'a', paragraph: 3, quote: 'q' }],
      sourceNotes: [],
    });
  });
});
