import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { exportGraph, type ExportReport } from './export.js';
import { MANIFEST_FILE } from './format.js';
import { RECORD_KINDS } from './records.js';
import { directorySink } from './sink.js';

/** Rolling backups while the API runs (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP). */
export interface BackupSchedule {
  dir: string;
  everyMs: number;
  keep: number;
}

export interface BackupLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** Folder names of rolling backups: the UTC time they were started, so they sort by age. */
const NAME = /^\d{8}T\d{6}Z$/;

export function backupFolderName(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Removes all but the newest `keep` rolling backups of `dir`; returns the removed folders. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const backups = fs
    .readdirSync(dir)
    .filter((name) => NAME.test(name) && fs.existsSync(path.join(dir, name, MANIFEST_FILE)))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of removed) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  return removed;
}

/** One rolling backup into a new folder of `dir`, then the oldest beyond `keep` removed. */
export async function runBackup(driver: Driver, database: string, schedule: BackupSchedule, now = new Date()): Promise<{ folder: string; report: ExportReport; removed: string[] }> {
  const folder = path.join(schedule.dir, backupFolderName(now));
  const report = await exportGraph(driver, () => directorySink(folder, RECORD_KINDS.map((kind) => kind.folder)), { database });
  return { folder, report, removed: pruneBackups(schedule.dir, schedule.keep) };
}

/**
 * Starts rolling backups: the first right away, then every `everyMs` after the last one ended
 * (never two at once). Each logs one line; a failed one is logged and the next is tried on time.
 * `stop` cancels the next one; one under way fails when the driver closes, leaving no folder.
 */
export function startBackupSchedule(driver: Driver, database: string, schedule: BackupSchedule, log: BackupLog): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = () => {
    const running = runBackup(driver, database, schedule).then(
      ({ folder, report, removed }) =>
        log.info(
          { backup: folder, durationMs: Math.round(report.durationMs), counts: report.counts, removed },
          `backup written to ${folder} in ${(report.durationMs / 1000).toFixed(1)} s (${report.counts.entities} entities, ${report.counts.relationships} relationships)`,
        ),
      (error: unknown) => stopped || log.error({ err: error }, `backup failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`),
    );
    void running.then(() => {
      if (!stopped) timer = setTimeout(tick, schedule.everyMs).unref();
    });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
