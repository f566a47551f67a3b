/** README's "How the code is laid out" lists every folder a newcomer meets, and only folders that exist. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = /^## How the code is laid out\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
const listed = [...section.matchAll(/^- `([^`]+)\/`/gm)].map((m) => m[1]);

/** Folders a clone has: top level and src/, leaving out tool output and hidden folders. */
const IGNORED = new Set(['node_modules', 'dist', 'test-results', 'coverage']);
const folders = (dir: string) =>
  readdirSync(dir || '.')
    .filter((n) => !n.startsWith('.') && !n.startsWith('_') && !IGNORED.has(n) && statSync(`${dir || '.'}/${n}`).isDirectory())
    .map((n) => (dir ? `${dir}/${n}` : n));

describe('README layout', () => {
  it('has the section', () => {
    expect(listed.length, 'README has a "## How the code is laid out" list of `folder/` lines').toBeGreaterThan(0);
  });

  it('lists every top-level and src/ folder', () => {
    const actual = [...folders(''), ...folders('src')];
    expect(
      actual.filter((f) => !listed.includes(f)),
      'folders missing from README',
    ).toEqual([]);
  });

  it('lists only folders that exist', () => {
    expect(
      listed.filter((f) => !existsSync(f)),
      'README names folders that are not there',
    ).toEqual([]);
  });
});
