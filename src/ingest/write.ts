/**
 * Writes generated articles, or compares them with what is on disk. Only files
 * that carry the GENERATED notice are ever replaced or removed; each file is
 * written to a temporary name and renamed, so a reader never sees half a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_NOTICE } from './to-mdast.ts';
import { IngestError } from './errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import type { OutputFile } from './plan.ts';

export interface Drift {
  file: string;
  problem: 'differs' | 'missing' | 'not produced by the report any more';
}

const isGenerated = (path: string) => readFileSync(path, 'utf8').includes(GENERATED_NOTICE);

function generatedFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && isGenerated(join(dir, name)))
    .sort();
}

export function compareWithDisk(dir: string, files: OutputFile[]): Drift[] {
  const drift: Drift[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    if (!existsSync(path)) drift.push({ file: path, problem: 'missing' });
    else if (readFileSync(path, 'utf8') !== f.content) drift.push({ file: path, problem: 'differs' });
  }
  const expected = new Set(files.map((f) => f.name));
  for (const name of generatedFilesIn(dir))
    if (!expected.has(name)) drift.push({ file: join(dir, name), problem: 'not produced by the report any more' });
  return drift;
}

/** Writes the files and removes generated files the report no longer produces. Returns what changed. */
export function writeArticles(dir: string, files: OutputFile[]): { written: string[]; removed: string[] } {
  for (const f of files) {
    const path = join(dir, f.name);
    if (existsSync(path) && !isGenerated(path))
      throw IngestError.at(path, 'a file written by hand stands where ingest would write', 'move it elsewhere or choose another --out folder');
  }
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    if (existsSync(path) && readFileSync(path, 'utf8') === f.content) continue;
    writeFileAtomic(path, f.content);
    written.push(path);
  }
  const expected = new Set(files.map((f) => f.name));
  const removed = generatedFilesIn(dir)
    .filter((name) => !expected.has(name))
    .map((name) => join(dir, name));
  for (const path of removed) rmSync(path);
  return { written, removed };
}
