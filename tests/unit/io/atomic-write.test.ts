import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/io/atomic-write.ts';

describe('writeFileAtomic', () => {
  it('writes the whole file, creating folders, and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'a', 'b', 'x.txt');
    writeFileAtomic(file, '第一版');
    writeFileAtomic(file, '第二版');
    expect(readFileSync(file, 'utf8')).toBe('第二版');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['x.txt']);
  });
});
