import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedPage, keepPage, pageKey } from '../../../src/edition/page-cache.ts';

describe('the 繁體 page cache', () => {
  it('keys a page by everything it is made of', () => {
    const a = pageKey({ rel: 'a/', source: '<p>数据</p>' });
    expect(pageKey({ rel: 'a/', source: '<p>数据</p>' })).toBe(a);
    expect(pageKey({ rel: 'a/', source: '<p>数据。</p>' })).not.toBe(a);
    expect(pageKey({ rel: 'b/', source: '<p>数据</p>' })).not.toBe(a);
  });

  it('gives back a kept page with its character pairs, and nothing for an unknown or damaged entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hant-cache-'));
    const key = pageKey({ rel: 'x/' });
    expect(cachedPage(key, dir)).toBeUndefined();
    const page = { html: '<p>數據</p>', pairs: [['数', [['數', 1]]]] as [string, [string, number][]][] };
    keepPage(key, page, dir);
    expect(cachedPage(key, dir)).toEqual(page);
    writeFileSync(join(dir, `${key}.json`), '{"html": "<p>');
    expect(cachedPage(key, dir)).toBeUndefined();
  });
});
