import os from 'node:os';
import { parseArgs } from 'node:util';
import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { RevertError, revertChange } from './revert.js';

const USAGE = 'usage: npm run revert -- <change id> [--actor NAME]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { actor: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    console.error(`${args.positionals.length === 0 ? 'no change id given' : 'one change at a time'}\n${USAGE}`);
    return 1;
  }
  const actor = (args.values.actor ?? process.env.USER ?? os.userInfo().username).trim();
  if (actor === '') {
    console.error(`--actor needs a name (it goes into the change record)\n${USAGE}`);
    return 1;
  }
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  try {
    const report = await revertChange(neo4j.driver, args.positionals[0]!.trim(), { database: config.database, actor });
    const { reverted } = report;
    console.log(
      `reverted ${reverted.id} (${reverted.operation} by ${reverted.actor} at ${reverted.at}): ${report.undone} entries undone, recorded as ${report.change.id}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof RevertError) {
      console.error(error.message);
      console.error('nothing was changed');
      return 1;
    }
    throw error;
  } finally {
    await neo4j.close();
  }
}

runCommand(main);
