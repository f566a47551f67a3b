/** Ingest writes only its own files: it replaces and removes generated articles, never one written by hand. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithDisk, writeArticles } from '../../../src/ingest/write.ts';
import { GENERATED_NOTICE } from '../../../src/ingest/to-mdast.ts';

const gen = (body: string) => `---\n# ${GENERATED_NOTICE}\n---\n${body}\n`;
const fresh = () => mkdtempSync(join(tmpdir(), 'ingest-write-'));

describe('writeArticles', () => {
  it('writes new files, leaves unchanged ones, and removes generated files the report no longer produces', () => {
    const dir = fresh();
    writeArticles(dir, [
      { name: '00-a.mdx', content: gen('a') },
      { name: '01-b.mdx', content: gen('b') },
    ]);
    const { written, removed } = writeArticles(dir, [
      { name: '00-a.mdx', content: gen('a') },
      { name: '02-c.mdx', content: gen('c') },
    ]);
    expect(written).toEqual([join(dir, '02-c.mdx')]);
    expect(removed).toEqual([join(dir, '01-b.mdx')]);
    expect(readdirSync(dir).sort()).toEqual(['00-a.mdx', '02-c.mdx']);
  });

  it('refuses to overwrite a file written by hand, naming it and the fix, and writes nothing', () => {
    const dir = fresh();
    writeFileSync(join(dir, '00-a.mdx'), 'my own notes');
    expect(() =>
      writeArticles(dir, [
        { name: '01-b.mdx', content: gen('b') },
        { name: '00-a.mdx', content: gen('a') },
      ]),
    ).toThrow(/00-a\.mdx: a file written by hand stands where ingest would write\. Fix: move it elsewhere/);
    expect(readdirSync(dir)).toEqual(['00-a.mdx']);
    expect(readFileSync(join(dir, '00-a.mdx'), 'utf8')).toBe('my own notes');
  });

  it('leaves a file written by hand alone when the report does not produce it', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.mdx'), 'mine');
    expect(writeArticles(dir, [{ name: '00-a.mdx', content: gen('a') }]).removed).toEqual([]);
    expect(readFileSync(join(dir, 'notes.mdx'), 'utf8')).toBe('mine');
  });
});

describe('compareWithDisk', () => {
  it('lists files that differ, are missing, or are generated but no longer produced; hand-written files are not drift', () => {
    const dir = fresh();
    writeFileSync(join(dir, '00-a.mdx'), gen('old'));
    writeFileSync(join(dir, '09-z.mdx'), gen('z'));
    writeFileSync(join(dir, 'notes.mdx'), 'mine');
    const drift = compareWithDisk(dir, [
      { name: '00-a.mdx', content: gen('new') },
      { name: '01-b.mdx', content: gen('b') },
    ]);
    expect(drift).toEqual([
      { file: join(dir, '00-a.mdx'), problem: 'differs' },
      { file: join(dir, '01-b.mdx'), problem: 'missing' },
      { file: join(dir, '09-z.mdx'), problem: 'not produced by the report any more' },
    ]);
    expect(
      compareWithDisk(dir, [
        { name: '00-a.mdx', content: gen('old') },
        { name: '09-z.mdx', content: gen('z') },
      ]),
    ).toEqual([]);
  });
});
