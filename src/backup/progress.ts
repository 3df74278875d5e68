import { type PhaseProgressReporter, phaseProgressBar } from '../progress-bar.js';

/** A bar per phase on stderr while stderr is a terminal; nothing in logs, where only the summary is printed. */
export function backupProgressBar<P extends string>(labels: Partial<Record<P, string>>): PhaseProgressReporter<P> {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  return phaseProgressBar<P>(process.stderr, labels, { format: '{phase} [{bar}] {value}/{total}', clearOnComplete: true });
}
