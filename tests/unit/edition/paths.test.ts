/** The 繁體 edition's paths: the same path under /zh-hant/. */
import { describe, expect, it } from 'vitest';
import { HANT_PREFIX, isHantPath, toHantPath } from '../../../src/edition/paths.ts';

describe('edition paths', () => {
  it('puts a page of the base under the 繁體 prefix, with or without a leading slash', () => {
    expect(toHantPath('a/b/')).toBe(`${HANT_PREFIX}a/b/`);
    expect(toHantPath('/a/b/')).toBe(`${HANT_PREFIX}a/b/`);
    expect(toHantPath('')).toBe(HANT_PREFIX);
  });

  it('knows a path already in the edition, and no other', () => {
    expect(isHantPath(toHantPath('a/'))).toBe(true);
    expect(isHantPath(`/${toHantPath('a/')}`)).toBe(true);
    expect(isHantPath('a/zh-hant/')).toBe(false);
    expect(isHantPath('zh-hans/')).toBe(false);
  });
});
