import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, parseGenerateArgs, UsageError } from '../../src/generate/args.js';
import { formatClearReport, formatGenerationReport } from '../../src/generate/format.js';
import type { GenerationReport } from '../../src/generate/generate.js';
import { progressLines } from '../../src/generate/progress.js';

describe('parseGenerateArgs', () => {
  it.each([
    [['--enterprises', '1000', '--seed', '42'], { command: 'generate', enterprises: 1000, seed: 42, batchSize: undefined }],
    [['--enterprises', '5'], { command: 'generate', enterprises: 5, seed: DEFAULT_SEED, batchSize: undefined }],
    [['--enterprises', '5', '--batch-size', '2000'], { command: 'generate', enterprises: 5, seed: DEFAULT_SEED, batchSize: 2000 }],
    [['--clear'], { command: 'clear', batchSize: undefined }],
    [['--help'], { command: 'help' }],
  ])('reads %j', (argv, expected) => {
    expect(parseGenerateArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /--enterprises is required/],
    [['--enterprises', 'many'], /--enterprises must be a whole number, not "many"/],
    [['--enterprises', '10', '--seed=-3'], /--seed must be a whole number, not "-3"/],
    [['--enterprises', '10', '--batch-size', '1e4'], /--batch-size must be a whole number, not "1e4"/],
    [['--clear', '--seed', '3'], /--clear removes every synthetic graph: it takes no --enterprises or --seed/],
    [['--enterprises', '10', '--colour'], /Unknown option '--colour'/],
  ])('rejects %j, naming the problem', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });
});

describe('progressLines', () => {
  it('writes a line when a phase starts, at most one per interval, and one when it is done', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = progressLines(
      (line) => lines.push(line),
      1000,
      () => clock,
    );
    progress.update({ phase: 'nodes', done: 0, total: 300 });
    clock = 500;
    progress.update({ phase: 'nodes', done: 100, total: 300 });
    clock = 1200;
    progress.update({ phase: 'nodes', done: 200, total: 300 });
    clock = 1300;
    progress.update({ phase: 'nodes', done: 300, total: 300 });
    progress.update({ phase: 'relationships', done: 0, total: 50 });
    expect(lines).toEqual(['nodes: 0 of 300 (0%)', 'nodes: 200 of 300 (66%)', 'nodes: 300 of 300 (100%)', 'relationships: 0 of 50 (0%)']);
  });
});

describe('formatGenerationReport', () => {
  const report: GenerationReport = {
    enterprises: 100_000,
    seed: 42,
    outcome: 'created',
    nodes: { Enterprise: 100_000, Person: 120_000 },
    relationships: { COOPERATES_WITH: 450_000, IN_INDUSTRY: 165_000 },
    nodeCount: 220_000,
    relationshipCount: 615_000,
    nodesCreated: 220_000,
    relationshipsCreated: 615_000,
    nodesMs: 40_000,
    relationshipsMs: 123_000,
    durationMs: 170_000,
    landmarks: {
      hubEnterprise: { id: 'enterprise:syn-42-2', partners: 869 },
      leafEnterprise: { id: 'enterprise:syn-42-100000', partners: 5 },
      hubPlatform: { id: 'platform:syn-42-952', enterprises: 10_272 },
      hubIndustry: { id: 'industry:syn-42-10', enterprises: 37_050 },
      busiestTask: { id: 'task:2020-07', platforms: 795 },
      personWithTwoPositions: 'person:syn-42-10',
      farApart: { from: 'enterprise:syn-42-9966', to: 'enterprise:syn-42-1384', distance: 4 },
    },
  };

  it('gives counts by label and type, times and rates', () => {
    const text = formatGenerationReport(report, 'bolt://127.0.0.1:7687').join('\n');
    expect(text).toContain('generated the synthetic graph (seed 42, 100,000 enterprises) into bolt://127.0.0.1:7687 in 170.0 s');
    expect(text).toContain('nodes: 220,000 in 40.0 s, 5,500/s (Enterprise 100,000, Person 120,000)');
    expect(text).toContain('relationships: 615,000 in 123.0 s, 5,000/s (COOPERATES_WITH 450,000, IN_INDUSTRY 165,000)');
    expect(text).toContain('hub platform     platform:syn-42-952 (10,272 enterprises)');
  });

  it('says when the graph was already there', () => {
    const [first] = formatGenerationReport({ ...report, outcome: 'present', nodesCreated: 0, relationshipsCreated: 0 }, 'db');
    expect(first).toBe('the synthetic graph (seed 42, 100,000 enterprises) is already in db: nothing written (170.0 s)');
  });

  it('reports a clear, or that there was nothing to clear', () => {
    expect(formatClearReport({ nodesDeleted: 2323, relationshipsDeleted: 9700 }, 'db', 1600)).toBe(
      'removed 2,323 synthetic nodes and 9,700 relationships from db in 1.6 s',
    );
    expect(formatClearReport({ nodesDeleted: 0, relationshipsDeleted: 0 }, 'db', 5)).toBe('no synthetic graph in db: nothing to remove');
  });
});
