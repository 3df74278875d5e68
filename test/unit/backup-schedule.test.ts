import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderName, pruneBackups } from '../../src/backup/schedule.js';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('rolling backups', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names a backup folder by its UTC start time, so names sort by age', () => {
    expect(backupFolderName(new Date('2026-12-04T09:05:03.123Z'))).toBe('20261204T090503Z');
  });

  it('keeps the newest BACKUP_KEEP backups and leaves other folders alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-backups-'));
    dirs.push(dir);
    const names = ['20261201T000000Z', '20261202T000000Z', '20261203T000000Z', '20261204T000000Z'];
    for (const name of names) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'backup.yaml'), 'format: chengyu-graph-backup\n');
    }
    fs.mkdirSync(path.join(dir, 'keep-me'));
    fs.mkdirSync(path.join(dir, '20261130T000000Z')); // no backup.yaml: not a finished backup of ours

    expect(pruneBackups(dir, 2)).toEqual(['20261201T000000Z', '20261202T000000Z']);
    expect(fs.readdirSync(dir).sort()).toEqual(['20261130T000000Z', '20261203T000000Z', '20261204T000000Z', 'keep-me']);
  });

  it('reads BACKUP_DIR, BACKUP_EVERY and BACKUP_KEEP', () => {
    expect(loadConfig({}).backup).toBeNull();
    expect(loadConfig({ BACKUP_DIR: 'backups' }, '/srv/app').backup).toEqual({ dir: '/srv/app/backups', everyMs: 86_400_000, keep: 7 });
    expect(loadConfig({ BACKUP_DIR: '/b', BACKUP_EVERY: '30m', BACKUP_KEEP: '3' }).backup).toEqual({ dir: '/b', everyMs: 1_800_000, keep: 3 });
  });

  it.each([
    [{ BACKUP_DIR: '/b', BACKUP_EVERY: '6 hours' }, 'BACKUP_EVERY="6 hours" must be a number with a unit'],
    [{ BACKUP_DIR: '/b', BACKUP_EVERY: '10s' }, 'BACKUP_EVERY="10s" must be at least a minute'],
    [{ BACKUP_DIR: '/b', BACKUP_KEEP: '0' }, 'BACKUP_KEEP="0" must be at least 1'],
    [{ BACKUP_KEEP: '3' }, 'BACKUP_KEEP="3" needs BACKUP_DIR'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
