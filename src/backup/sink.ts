import fs from 'node:fs';
import path from 'node:path';
import type { Pack as TarPack } from 'tar-stream';
import { MANIFEST_FILE } from './format.js';

/**
 * Where an export writes its files: text is appended to a file by its path inside the backup
 * (`graph/platform.yaml`), `finish` says a file is complete, and `commit` that the backup is.
 * `abort` throws everything written away.
 */
export interface BackupSink {
  append(file: string, text: string): Promise<void>;
  finish(file: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** The top-level entries a backup consists of; an export into a folder replaces these and nothing else. */
export function backupEntries(recordFolders: readonly string[]): string[] {
  return [MANIFEST_FILE, 'model.yaml', 'graph', 'sources', ...recordFolders];
}

export class BackupFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFolderError';
  }
}

/**
 * Writes a backup into a folder: first into a hidden sibling folder, then, once complete, in
 * place of the backup the folder held before (its other files, such as a .git folder, stay). A
 * failed or interrupted export leaves the folder as it was. The folder must be empty, new, or
 * hold a backup (a backup.yaml).
 */
export function directorySink(dir: string, recordFolders: readonly string[]): BackupSink {
  const target = path.resolve(dir);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new BackupFolderError(`${dir} is a file, not a folder`);
    const entries = fs.readdirSync(target).filter((name) => !name.startsWith('.'));
    if (entries.length > 0 && !entries.includes(MANIFEST_FILE)) {
      throw new BackupFolderError(`${dir} is neither empty nor a backup (no ${MANIFEST_FILE}): choose another folder`);
    }
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.partial-`));
  const open = new Map<string, fs.WriteStream>();

  const streamOf = (file: string) => {
    let stream = open.get(file);
    if (!stream) {
      const full = path.join(staging, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      stream = fs.createWriteStream(full, { flags: 'a' });
      open.set(file, stream);
    }
    return stream;
  };
  const close = (stream: fs.WriteStream) => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));

  return {
    async append(file, text) {
      const stream = streamOf(file);
      if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    },
    async finish(file) {
      const stream = open.get(file) ?? streamOf(file);
      open.delete(file);
      await close(stream);
    },
    async commit() {
      for (const [file, stream] of open) {
        open.delete(file);
        await close(stream);
      }
      fs.mkdirSync(target, { recursive: true });
      for (const entry of backupEntries(recordFolders)) fs.rmSync(path.join(target, entry), { recursive: true, force: true });
      for (const entry of fs.readdirSync(staging)) fs.renameSync(path.join(staging, entry), path.join(target, entry));
      fs.rmSync(staging, { recursive: true, force: true });
    },
    async abort() {
      for (const stream of open.values()) stream.destroy();
      open.clear();
      fs.rmSync(staging, { recursive: true, force: true });
    },
  };
}

/**
 * Writes a backup as a tar stream (for a download): each file becomes an entry once it is
 * complete, so the stream starts with the first file and memory holds one file at a time.
 * `abort` breaks the stream, so a reader never takes an incomplete backup for a whole one.
 */
export function tarSink(pack: TarPack): BackupSink {
  const pending = new Map<string, string[]>();
  const emit = (name: string, text: string) =>
    new Promise<void>((resolve, reject) => {
      pack.entry({ name, size: Buffer.byteLength(text), mtime: new Date(0) }, text, (error) => (error ? reject(error) : resolve()));
    });
  return {
    async append(file, text) {
      pending.set(file, [...(pending.get(file) ?? []), text]);
    },
    async finish(file) {
      const text = (pending.get(file) ?? []).join('');
      pending.delete(file);
      await emit(file, text);
    },
    async commit() {
      for (const [file, parts] of pending) {
        pending.delete(file);
        await emit(file, parts.join(''));
      }
      pack.finalize();
    },
    async abort() {
      pending.clear();
      pack.destroy(new Error('the export was abandoned'));
    },
  };
}
