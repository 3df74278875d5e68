import { parseArgs } from 'node:util';

export const USAGE = [
  'usage: npm run generate -- --enterprises N [--seed S] [--batch-size B]',
  '       npm run generate -- --clear [--batch-size B]',
].join('\n');

export type GenerateCommand =
  | { command: 'generate'; enterprises: number; seed: number; batchSize?: number }
  | { command: 'clear'; batchSize?: number }
  | { command: 'help' };

/** A command line that names its problem; the CLI prints it with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const DEFAULT_SEED = 1;

function wholeNumber(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${option} must be a whole number, not "${text}"`);
  return Number(text);
}

export function parseGenerateArgs(argv: string[]): GenerateCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        enterprises: { type: 'string' },
        seed: { type: 'string' },
        'batch-size': { type: 'string' },
        clear: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { command: 'help' };
  const batchSize = wholeNumber('batch-size', values['batch-size']);
  if (values.clear) {
    if (values.enterprises !== undefined || values.seed !== undefined) {
      throw new UsageError('--clear removes every synthetic graph: it takes no --enterprises or --seed');
    }
    return { command: 'clear', batchSize };
  }
  const enterprises = wholeNumber('enterprises', values.enterprises);
  if (enterprises === undefined) throw new UsageError('--enterprises is required (how many synthetic enterprises to generate)');
  return { command: 'generate', enterprises, seed: wholeNumber('seed', values.seed) ?? DEFAULT_SEED, batchSize };
}
