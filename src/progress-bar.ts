import cliProgress from 'cli-progress';

/** How far one phase of a long command has come. */
export interface PhaseProgress<P extends string = string> {
  phase: P;
  done: number;
  total: number;
}

export interface PhaseProgressReporter<P extends string = string> {
  update(progress: PhaseProgress<P>): void;
  stop(): void;
}

/**
 * A bar per phase of a command, redrawn in place on `stream` (a terminal): a new phase closes the
 * last bar and starts its own. `labels` name the phases (an unnamed one shows as itself);
 * `format` is cli-progress's, with `{phase}` for the label.
 */
export function phaseProgressBar<P extends string>(
  stream: NodeJS.WritableStream,
  labels: Partial<Record<P, string>>,
  options: { format: string; clearOnComplete?: boolean },
): PhaseProgressReporter<P> {
  const bar = new cliProgress.SingleBar(
    { stream, format: options.format, hideCursor: true, clearOnComplete: options.clearOnComplete ?? false },
    cliProgress.Presets.shades_classic,
  );
  let phase: P | undefined;
  return {
    update(progress) {
      const label = labels[progress.phase] ?? progress.phase;
      if (phase !== progress.phase) {
        if (phase) bar.stop();
        phase = progress.phase;
        bar.start(progress.total, progress.done, { phase: label });
      } else bar.update(progress.done, { phase: label });
    },
    stop() {
      if (phase) bar.stop();
      phase = undefined;
    },
  };
}
