import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatValidationError } from '../../src/model/dataset-schema.js';
import { readDatasetFiles } from '../../src/ingest/read-dataset.js';
import { type DatasetFiles, parseParagraphs, validateDataset } from '../../src/ingest/validate.js';
import { labelPrefix } from '../../src/model/ids.js';

const MODEL = {
  labels: {
    Platform: {
      description: 'A platform.',
      collection: 'platforms',
      properties: { kind: { type: 'enum', values: ['EXPO_CENTER', 'PORT'], required: true, description: 'Kind.' } },
    },
    Task: {
      description: 'A task.',
      collection: 'tasks',
      properties: { number: { type: 'int', required: true, description: 'Number.' } },
    },
    CooperationArea: { description: 'An area.', collection: 'cooperationAreas' },
  },
  relationships: {
    SERVES: { description: 'Serves.', from: ['Platform'], to: ['Task'], properties: { role: { type: 'string', description: 'Role.' } } },
  },
};

const PARAGRAPHS = '[P1] 以重庆国际博览中心为支撑。\n\n[P2] 3 会展协同';
const cite = (paragraph: number, quote: string) => [{ source: 'doc', paragraph, quote }];

function platform(overrides: Record<string, unknown> = {}) {
  return {
    id: 'platform:expo',
    label: 'Platform',
    name: '重庆国际博览中心',
    nameEn: 'Chongqing International Expo Center',
    nameEnOfficial: true,
    properties: { kind: 'EXPO_CENTER' },
    citations: cite(1, '重庆国际博览中心'),
    ...overrides,
  };
}

function task(overrides: Record<string, unknown> = {}) {
  return {
    id: 'task:2020-03',
    label: 'Task',
    name: '会展协同',
    nameEn: 'Exhibition coordination',
    nameEnOfficial: false,
    properties: { number: 3 },
    citations: cite(2, '会展协同'),
    ...overrides,
  };
}

function serves(overrides: Record<string, unknown> = {}) {
  return { type: 'SERVES', from: 'platform:expo', to: 'task:2020-03', citations: cite(1, '为支撑'), ...overrides };
}

function files(graph: { nodes?: unknown[]; relationships?: unknown[] }, model: unknown = MODEL): DatasetFiles {
  return {
    model: { file: 'data/model.yaml', text: stringify(model) },
    graph: [{ file: 'data/graph/test.yaml', text: stringify(graph) }],
    sources: [
      {
        file: 'data/sources/doc.yaml',
        text: stringify({ id: 'doc', title: 'Doc', language: 'zh', paragraphs: 'doc.txt' }),
        paragraphs: { file: 'data/sources/doc.txt', text: PARAGRAPHS },
      },
    ],
  };
}

function errorsOf(input: DatasetFiles): string[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('validateDataset', () => {
  it('accepts a consistent dataset', () => {
    const result = validateDataset(files({ nodes: [platform(), task()], relationships: [serves()] }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.nodes).toHaveLength(2);
      expect(result.dataset.relationships).toHaveLength(1);
    }
  });

  it.each([
    ['a YAML syntax error', { text: 'nodes: [\n' }, /data\/graph\/test.yaml: \(file\): YAML:/],
    ['an unknown top-level key', { text: 'edges: []\n' }, /\(file\): .*edges/],
  ])('rejects %s in a graph file', (_case, override, message) => {
    const input = files({});
    input.graph[0] = { file: 'data/graph/test.yaml', ...override };
    expect(errorsOf(input).join('\n')).toMatch(message);
  });

  it.each([
    ['a missing field', { nameEn: undefined }, 'nodes[0] (platform:expo): nameEn:'],
    ['a malformed id', { id: 'Platform/expo' }, 'nodes[0] (Platform/expo): id: must read <label-in-kebab-case>:<slug>'],
    ['an id without its label prefix', { id: 'task:expo' }, 'nodes[0] (task:expo): id must start with "platform:" for label Platform'],
    ['an unknown label', { label: 'Port' }, 'nodes[0] (platform:expo): unknown label Port'],
    ['no citation', { citations: [] }, 'nodes[0] (platform:expo): citations: needs at least one citation'],
    ['an undeclared property', { properties: { kind: 'PORT', size: 3 } }, 'property size is not declared for Platform'],
    ['a missing required property', { properties: {} }, 'property kind is required for Platform'],
    ['a value outside the enum', { properties: { kind: 'AIRPORT' } }, 'property kind must be one of EXPO_CENTER, PORT'],
    ['a quote not in its paragraph', { citations: cite(1, '重庆国际会展中心') }, 'quote "重庆国际会展中心" is not verbatim in [P1]'],
    ['a paragraph that does not exist', { citations: cite(99, '重庆') }, 'source doc has no paragraph 99'],
    ['an unknown source', { citations: [{ source: 'other', paragraph: 1, quote: '重庆' }] }, 'unknown source other'],
    ['an English summary without a summary', { summary: undefined, summaryEn: 'An expo centre.' }, 'summaryEn: there is no summary for it to translate'],
    ['Chinese in the English summary outside quotes', { summary: '会展平台。', summaryEn: 'An expo centre in 重庆.' }, 'summaryEn: Chinese outside “quotes”'],
  ])('rejects a node with %s', (_case, override, message) => {
    const errors = errorsOf(files({ nodes: [platform(override), task()] }));
    expect(errors.join('\n')).toContain(message);
    expect(errors.every((e) => e.startsWith('data/'))).toBe(true);
  });

  it('rejects duplicate ids, naming where the first one is', () => {
    const errors = errorsOf(files({ nodes: [platform(), task(), platform()] }));
    expect(errors).toEqual([
      'data/graph/test.yaml: nodes[2] (platform:expo): duplicate id platform:expo, first defined in data/graph/test.yaml nodes[0]',
    ]);
  });

  it.each([
    ['a missing end', { to: 'task:2020-99' }, 'to: no node with id task:2020-99'],
    ['an unknown type', { type: 'HOSTS' }, 'unknown relationship type HOSTS'],
    ['a start label the type does not allow', { from: 'task:2020-03', to: 'platform:expo' }, 'SERVES may not start at a Task (allowed: Platform)'],
    ['an end label the type does not allow', { to: 'cooperation-area:x' }, 'SERVES may not end at a CooperationArea (allowed: Task)'],
    ['an undeclared property', { properties: { weight: 2 } }, 'property weight is not declared for SERVES'],
    ['a property of the wrong type', { properties: { role: 7 } }, 'property role must be a non-empty string'],
    ['a bad quote', { citations: cite(2, '会展合作') }, 'quote "会展合作" is not verbatim in [P2]'],
  ])('rejects a relationship with %s', (_case, override, message) => {
    const area = { id: 'cooperation-area:x', label: 'CooperationArea', name: '会展', nameEn: 'x', nameEnOfficial: false, citations: cite(2, '会展') };
    const errors = errorsOf(files({ nodes: [platform(), task(), area], relationships: [serves(override)] }));
    expect(errors.join('\n')).toContain(message);
  });

  it('rejects a duplicate relationship', () => {
    const errors = errorsOf(files({ nodes: [platform(), task()], relationships: [serves(), serves()] }));
    expect(errors.join('\n')).toContain('relationships[1] (platform:expo -SERVES-> task:2020-03): duplicate relationship');
  });

  it('rejects a model whose relationship names an unknown label', () => {
    const model = structuredClone(MODEL) as typeof MODEL & { relationships: { SERVES: { to: string[] } } };
    model.relationships.SERVES.to = ['Mission'];
    expect(errorsOf(files({}, model))).toContain('data/model.yaml: relationships.SERVES: unknown label Mission');
  });

  it('reports every error at once, not just the first', () => {
    const errors = errorsOf(
      files({
        nodes: [platform({ properties: {} }), task({ citations: cite(2, 'nope') })],
        relationships: [serves({ to: 'task:missing' })],
      }),
    );
    expect(errors).toHaveLength(3);
  });
});

describe('helpers', () => {
  it.each([
    ['NewArea', 'new-area'],
    ['CooperationArea', 'cooperation-area'],
    ['Task', 'task'],
  ])('labelPrefix(%s) is %s', (label, prefix) => {
    expect(labelPrefix(label)).toBe(prefix);
  });

  it('parses numbered paragraphs', () => {
    expect([...parseParagraphs('[P1] a\n\n[P2] b c\nnoise')]).toEqual([
      [1, 'a'],
      [2, 'b c'],
    ]);
  });
});

describe('the curated dataset in data/', () => {
  it('passes every rule', () => {
    const result = validateDataset(readDatasetFiles());
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
  });

  it('has an English summary for every entity with a Chinese one, and none without', () => {
    const result = validateDataset(readDatasetFiles());
    if (!result.ok) throw new Error('the dataset is invalid');
    const nodes = result.dataset.nodes.map((located) => located.entry);
    const withSummary = nodes.filter((node) => node.summary !== undefined);
    expect(withSummary.length).toBeGreaterThan(150);
    expect(withSummary.filter((node) => node.summaryEn === undefined).map((node) => node.id)).toEqual([]);
    expect(nodes.filter((node) => node.summaryEn !== undefined && node.summary === undefined).map((node) => node.id)).toEqual([]);
  });
});
