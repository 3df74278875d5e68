import { actorOf, parseOneArgument, runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { RevertError, revertChange } from './revert.js';

const USAGE = 'usage: npm run revert -- <change id> [--actor NAME]';

async function main(): Promise<number> {
  const args = parseOneArgument(USAGE, { one: 'one change at a time', missing: 'no change id given' }, { actor: { type: 'string' } });
  if ('exitCode' in args) return args.exitCode;
  const actor = actorOf(args.values.actor, USAGE);
  if (actor === null) return 1;
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  try {
    const report = await revertChange(neo4j.driver, args.argument.trim(), { database: config.database, actor });
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
