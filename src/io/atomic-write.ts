/**
 * Writes a file under a temporary name and renames it into place, so a reader
 * (another build, a worker thread, a server) never sees half a file. The
 * temporary name is unique per process and thread.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
