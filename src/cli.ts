import os from 'node:os';
import { parseArgs } from 'node:util';

/** Runs a command-line entry point: its result is the exit code; an unexpected error is one line on stderr and exit 1. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

/** What a command of one argument was given: the argument and its option values, or the exit code to stop with. */
export type OneArgument<V> = { argument: string; values: V } | { exitCode: number };

/**
 * The command line of a command that takes one argument (`noun`: "file", "folder", …) and
 * `options`: `--help` prints `usage` (exit 0); an unknown option or no or several arguments print
 * what is wrong and `usage` (exit 1).
 */
export function parseOneArgument<O extends Record<string, { type: 'string' | 'boolean' }>>(
  usage: string,
  noun: { one: string; missing: string },
  options: O,
): OneArgument<{ [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean }> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return { exitCode: 1 };
  }
  if ((args.values as { help?: boolean }).help) {
    console.log(usage);
    return { exitCode: 0 };
  }
  if (args.positionals.length !== 1) {
    console.error(`${args.positionals.length === 0 ? noun.missing : noun.one}\n${usage}`);
    return { exitCode: 1 };
  }
  return { argument: args.positionals[0]!, values: args.values as { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean } };
}

/** The actor a change record names: `--actor`, else the user running the command; null (after saying why) when empty. */
export function actorOf(given: string | undefined, usage: string): string | null {
  const actor = (given ?? process.env.USER ?? os.userInfo().username).trim();
  if (actor === '') {
    console.error(`--actor needs a name (it goes into the change record)\n${usage}`);
    return null;
  }
  return actor;
}
