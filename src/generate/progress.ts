import { phaseProgressBar } from '../progress-bar.js';
import type { GenerationProgress } from './run.js';

export interface ProgressReporter {
  update(progress: GenerationProgress): void;
  stop(): void;
}

const LABELS: Record<string, string> = {
  nodes: 'nodes        ',
  relationships: 'relationships',
  clear: 'deleting     ',
  files: 'import files ',
  import: 'bulk import  ',
  seed: 'curated graph',
};

/** A bar per phase, redrawn in place: for a terminal. */
export function progressBar(stream: NodeJS.WritableStream): ProgressReporter {
  return phaseProgressBar(stream, LABELS, { format: '{phase} [{bar}] {percentage}% {value}/{total} ETA {eta_formatted}' });
}

/**
 * One line when a phase starts, then at most one every `intervalMs`, and one when it is done:
 * for logs, where a redrawn bar would be noise.
 */
export function progressLines(write: (line: string) => void, intervalMs = 10_000, now: () => number = Date.now): ProgressReporter {
  let phase: string | undefined;
  let last = 0;
  let finished = false;
  return {
    update({ phase: current, done, total }) {
      const complete = done >= total;
      if (current !== phase) {
        phase = current;
        finished = false;
      } else if (finished || (!complete && now() - last < intervalMs)) return;
      last = now();
      finished = complete;
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      write(`${current}: ${done} of ${total} (${percent}%)`);
    },
    stop() {
      phase = undefined;
    },
  };
}
