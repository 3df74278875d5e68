import { pino } from 'pino';

export type Logger = pino.Logger;
export type LogLevel = pino.LevelWithSilent;

/** Every level LOG_LEVEL accepts. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const satisfies readonly LogLevel[];

export interface LoggerOptions {
  level: LogLevel;
  /** Where the JSON lines go; stdout when omitted. */
  destination?: pino.DestinationStream;
}

/** One JSON object per line: `level` as a name, `time` in ISO 8601, then the fields of the call. */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'chengyu-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing: the default where no logger is given (scripts, tests). */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent' });
}
